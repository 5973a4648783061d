package rules

// Surfaces a choice can be made on: the "surface" of a record's ui (UIMeasurement.Surface).
const (
	// SurfaceBanner is the first layer (layer 1): accept all and reject all side by side.
	SurfaceBanner = "banner"
	// SurfacePreferences is the second layer (layer 2): the purposes one by one, with Save, Reject all and
	// Accept all. It is reached from the banner ("Customise") or, on a later visit, from the reopen control,
	// an element with data-assent-open or Assent.showPreferences().
	SurfacePreferences = "preferences"
	// SurfacePlaceholder is the in-place placeholder of a blocked embed (layer 0): one button that consents
	// to that embed's purpose and loads it. Leaving it alone keeps the purpose refused, so it has no reject.
	SurfacePlaceholder = "placeholder"
	// SurfaceForm is a marketing-consent control in a page's form (layer 0): the opt-in box, or the opt-out
	// box of a soft opt-in notice. It has no reject either: the box itself is the choice.
	SurfaceForm = "form"
)

// Surfaces returns the known surfaces in the order above (a fresh slice).
func Surfaces() []string {
	return []string{SurfaceBanner, SurfacePreferences, SurfacePlaceholder, SurfaceForm}
}

// UIMeasurement is what the widget measured on screen when the person clicked: where the choice was made and
// the controls that made it. Sizes are CSS pixels of computed styles.
//
// Layer is 1 for the banner, 2 for the preferences and 0 for a placeholder or a form (in the page, not in a
// layer of the consent dialog). Accept and Reject are the accept-all and reject-all buttons of that layer; on a
// placeholder Accept is its "allow and load" button, on a form the checkbox, and Reject is left out (the zero
// Box).
//
// Surface, FirstLayer and the optional Reject are contract additions (README, "The consent record"):
//   - Surface is one of Surfaces, or "" in records of widgets that predate it: then layer 2 is the preferences
//     and any other layer the banner, so version 1 records read exactly as before.
//   - FirstLayer is the banner as the visitor was shown it during the same page view, when a choice made on
//     another surface followed it (Customise, then Save; a placeholder clicked while the banner was open). It
//     is nil when no banner was shown first: preferences opened from the reopen control on a later visit.
type UIMeasurement struct {
	Layer      int         `json:"layer"`
	Surface    string      `json:"surface,omitempty"`
	Accept     Box         `json:"accept"`
	Reject     Box         `json:"reject,omitzero"`
	FirstLayer *LayerBoxes `json:"first_layer,omitempty"`
}

// LayerBoxes is a measured layer's accept-all and reject-all buttons. A button the layer lacks is the zero Box
// (all sizes 0, colours "").
type LayerBoxes struct {
	Accept Box `json:"accept"`
	Reject Box `json:"reject"`
}

// Where returns the surface the choice was made on: Surface, or for a record without one, the preferences when
// Layer is 2 and the banner otherwise.
func (m UIMeasurement) Where() string {
	switch {
	case m.Surface != "":
		return m.Surface
	case m.Layer == 2:
		return SurfacePreferences
	}
	return SurfaceBanner
}

// HasReject reports whether the "reject" member is part of m's encoding: always, except on a placeholder or a
// form where it is the zero Box (those surfaces have no reject-all button).
func (m UIMeasurement) HasReject() bool {
	return !SurfaceWithoutReject(m.Surface) || m.Reject != (Box{})
}

// SurfaceWithoutReject reports whether a surface has no reject-all control of its own (placeholder, form), so
// that its ui leaves "reject" out.
func SurfaceWithoutReject(surface string) bool {
	return surface == SurfacePlaceholder || surface == SurfaceForm
}

// jcs builds the JCS value of m: layer, surface (when set), accept, reject (see HasReject), first_layer (when
// set).
func (m *UIMeasurement) jcs() jcsObject {
	o := jcsObject{{"layer", m.Layer}, {"accept", m.Accept.jcs()}}
	if m.Surface != "" {
		o = append(o, jcsMember{"surface", m.Surface})
	}
	if m.HasReject() {
		o = append(o, jcsMember{"reject", m.Reject.jcs()})
	}
	if m.FirstLayer != nil {
		o = append(o, jcsMember{"first_layer", jcsObject{{"accept", m.FirstLayer.Accept.jcs()}, {"reject", m.FirstLayer.Reject.jcs()}}})
	}
	return o
}
