package rules

import "slices"

// recordUI checks a record's measured UI (ValidateUI, fields prefixed "ui.") and that the surface it names
// can make the record's action ("ui_action_mismatch"):
//
//	banner, preferences  accept_all, reject_all, save, withdraw (the cookie choices)
//	placeholder          save (consent to the embed's purpose, in place)
//	form                 marketing_opt_in, marketing_opt_out
//	none (ui null)       any action: the JS API, the ledger's doi_confirm, an expiry
//
// expire and doi_confirm are not a person's click on a surface, so their ui is not compared with the action. A
// marketing record may have ui null (widgets that predate the form surface).
func (fs *findings) recordUI(r Record) {
	if r.UI == nil {
		return
	}
	for _, f := range ValidateUI(*r.UI) {
		f.Field = joinField("ui", f.Field)
		*fs = append(*fs, f)
	}
	if r.Action == ActionExpire || r.Action == ActionDOIConfirm || !slices.Contains(Actions(), r.Action) {
		return // not a click (or missing_field, unknown_action already)
	}
	var ok bool
	switch where := r.UI.Where(); where {
	case SurfaceBanner, SurfacePreferences:
		ok = r.Action == ActionAcceptAll || r.Action == ActionRejectAll || r.Action == ActionSave || r.Action == ActionWithdraw
	case SurfacePlaceholder:
		ok = r.Action == ActionSave
	case SurfaceForm:
		ok = r.Action == ActionMarketingOptIn || r.Action == ActionMarketingOptOut
	default:
		return // unknown_surface already
	}
	if !ok {
		fs.err(CodeUIActionMismatch, "ui.surface", "a "+r.Action+" record cannot come from the "+r.UI.Where()+
			" (ui names where the person clicked; use ui null for choices made without the widget's UI)", citeSurface)
	}
}

// uiBox is one measured box of a record's ui with its JSON path.
type uiBox struct {
	name string
	box  Box
}

// uiBoxes lists every box of m with its JSON path, in encoding order.
func uiBoxes(m *UIMeasurement) []uiBox {
	bs := []uiBox{{"ui.accept", m.Accept}, {"ui.reject", m.Reject}}
	if m.FirstLayer != nil {
		bs = append(bs, uiBox{"ui.first_layer.accept", m.FirstLayer.Accept}, uiBox{"ui.first_layer.reject", m.FirstLayer.Reject})
	}
	return bs
}
