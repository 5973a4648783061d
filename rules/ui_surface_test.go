package rules

import (
	"slices"
	"strings"
	"testing"
)

// button is a measured widget button as the demo theme renders it.
var button = Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"}

// banner is the first layer as a visitor was shown it.
func banner() *LayerBoxes { return &LayerBoxes{Accept: button, Reject: button} }

// surfaceUI returns a valid measurement of each surface, as the widget makes them.
func surfaceUI(surface string) UIMeasurement {
	switch surface {
	case SurfacePreferences: // came through the banner: Customise, then a button of the preferences
		return UIMeasurement{Layer: 2, Surface: surface, Accept: button, Reject: button, FirstLayer: banner()}
	case SurfacePlaceholder:
		return UIMeasurement{Layer: 0, Surface: surface, Accept: button}
	case SurfaceForm:
		return UIMeasurement{Layer: 0, Surface: surface, Accept: Box{Width: 13, Height: 13, FontSize: 16, FontWeight: 400, Color: "#111111", Background: "#ffffff"}}
	}
	return UIMeasurement{Layer: 1, Surface: surface, Accept: button, Reject: button}
}

func TestValidateUISurfaces(t *testing.T) {
	for _, tc := range []struct {
		name    string
		surface string
		edit    func(*UIMeasurement)
		want    []string
	}{
		// Every surface the widget has, as it measures them: no finding at all.
		{"banner", SurfaceBanner, func(*UIMeasurement) {}, nil},
		{"banner of a v1 widget (no surface)", "", func(*UIMeasurement) {}, nil},
		{"preferences after the banner", SurfacePreferences, func(*UIMeasurement) {}, nil},
		{"preferences from the reopen control (no banner shown)", SurfacePreferences, func(m *UIMeasurement) { m.FirstLayer = nil }, nil},
		{"preferences of a v1 widget (no surface, layer 2)", SurfacePreferences, func(m *UIMeasurement) { m.Surface, m.FirstLayer = "", nil }, nil},
		{"placeholder", SurfacePlaceholder, func(*UIMeasurement) {}, nil},
		{"placeholder while the banner was open", SurfacePlaceholder, func(m *UIMeasurement) { m.FirstLayer = banner() }, nil},
		{"form", SurfaceForm, func(*UIMeasurement) {}, nil},

		// What each surface must still refuse.
		{"banner without reject", SurfaceBanner, func(m *UIMeasurement) { m.Reject = Box{} }, []string{"reject_not_visible@reject", "unparseable_color@reject.color"}},
		{"banner with a smaller reject", SurfaceBanner, func(m *UIMeasurement) { m.Reject.Height = 20 }, []string{"reject_not_equal_prominence@reject.width"}},
		{"banner with a first layer", SurfaceBanner, func(m *UIMeasurement) { m.FirstLayer = banner() }, []string{"ui_unexpected_first_layer@first_layer"}},
		{"preferences with a lighter reject", SurfacePreferences, func(m *UIMeasurement) { m.Reject.FontWeight = 400 },
			[]string{"reject_not_equal_prominence@reject.font_weight"}},
		{"preferences with a link for reject", SurfacePreferences, func(m *UIMeasurement) { m.Reject.Kind = "link" }, []string{"reject_is_link@reject.kind"}},
		{"preferences after a banner without reject", SurfacePreferences, func(m *UIMeasurement) { m.FirstLayer.Reject = Box{} },
			[]string{"reject_not_on_first_layer@first_layer.reject"}},
		{"preferences after a banner with a small reject", SurfacePreferences, func(m *UIMeasurement) { m.FirstLayer.Reject.Width = 60 },
			[]string{"reject_not_equal_prominence@first_layer.reject.width"}},
		{"preferences after a banner with grey reject", SurfacePreferences, func(m *UIMeasurement) { m.FirstLayer.Reject.Color = "#6b8de3" },
			[]string{"low_contrast@first_layer.reject.color"}},
		{"preferences on layer 1", SurfacePreferences, func(m *UIMeasurement) { m.Layer = 1 }, []string{"ui_layer_mismatch@layer"}},
		{"placeholder hidden", SurfacePlaceholder, func(m *UIMeasurement) { m.Accept.Width = 0 }, []string{"control_not_visible@accept"}},
		{"placeholder faint", SurfacePlaceholder, func(m *UIMeasurement) { m.Accept.Color = "#5a7fe0" }, []string{"low_contrast@accept.color"}},
		{"placeholder with a reject", SurfacePlaceholder, func(m *UIMeasurement) { m.Reject = button }, []string{"ui_unexpected_reject@reject"}},
		{"placeholder in a layer", SurfacePlaceholder, func(m *UIMeasurement) { m.Layer = 1 }, []string{"ui_layer_mismatch@layer"}},
		{"placeholder after a banner without reject", SurfacePlaceholder, func(m *UIMeasurement) { m.FirstLayer = &LayerBoxes{Accept: button} },
			[]string{"reject_not_on_first_layer@first_layer.reject"}},
		{"form box hidden", SurfaceForm, func(m *UIMeasurement) { m.Accept.Height = 0 }, []string{"control_not_visible@accept"}},
		{"unknown surface", "modal", func(*UIMeasurement) {}, []string{"unknown_surface@surface"}},
	} {
		m := surfaceUI(tc.surface)
		m.Surface = tc.surface
		tc.edit(&m)
		fs := ValidateUI(m)
		got := codes(fs)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, want)
		}
		for _, f := range fs {
			if f.Cite == "" || f.Message == "" || !isSnake(f.Code) {
				t.Errorf("%s: incomplete finding %+v", tc.name, f)
			}
		}
	}
}

// A layer-2 measurement never warns about the first layer: the widget checks every layer it renders.
func TestValidateUILayerTwoNotFirstLayerFinding(t *testing.T) {
	for _, m := range []UIMeasurement{{Layer: 2, Accept: button, Reject: button}, surfaceUI(SurfacePreferences)} {
		for _, f := range ValidateUI(m) {
			t.Errorf("%+v: %s@%s", m, f.Code, f.Field)
		}
	}
}

// surfaceRecord is a sealed record of testConfig made on a surface with an action that surface makes.
func surfaceRecord(surface, action string) Record {
	r := validRecord()
	ui := surfaceUI(surface)
	r.UI = &ui
	r.Action = action
	switch action {
	case ActionAcceptAll:
		r.Purposes = map[string]bool{"necessary": true, "analytics": true, "marketing": true}
	case ActionSave:
		r.Purposes = map[string]bool{"necessary": true, "analytics": true, "marketing": false}
	case ActionMarketingOptIn, ActionMarketingOptOut:
		r.Form = &Form{Name: "newsletter", Channel: "email", Context: "signup"}
		r.Decision = RecordDecision{Model: "double_opt_in", Rules: []string{"DE.UWG.7.2.2"}}
		r.Jurisdiction = "DE" // the law that gives this decision
	}
	r.Seal()
	return r
}

func TestValidateRecordSurfaces(t *testing.T) {
	c := testConfig()
	for _, tc := range []struct {
		surface, action string
		want            []string
	}{
		{SurfaceBanner, ActionAcceptAll, nil},
		{SurfaceBanner, ActionRejectAll, nil},
		{SurfacePreferences, ActionSave, nil},
		{SurfacePreferences, ActionRejectAll, nil},
		{SurfacePreferences, ActionAcceptAll, nil},
		{SurfacePreferences, ActionWithdraw, nil},
		{SurfacePlaceholder, ActionSave, nil},
		{SurfaceForm, ActionMarketingOptIn, nil},
		{SurfaceForm, ActionMarketingOptOut, nil},
		{SurfacePlaceholder, ActionRejectAll, []string{"ui_action_mismatch@ui.surface"}},
		{SurfaceForm, ActionSave, []string{"ui_action_mismatch@ui.surface"}},
		{SurfaceBanner, ActionMarketingOptIn, []string{"ui_action_mismatch@ui.surface"}},
		{SurfacePreferences, ActionMarketingOptOut, []string{"ui_action_mismatch@ui.surface"}},
	} {
		r := surfaceRecord(tc.surface, tc.action)
		got := codes(ValidateRecord(r, testNow, &c))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %s: got %v, want %v", tc.surface, tc.action, got, tc.want)
		}
	}
	// A record from the JS API has no ui, whatever its action.
	r := validRecord()
	r.UI = nil
	r.Seal()
	if fs := ValidateRecord(r, testNow, &c); len(fs) != 0 {
		t.Errorf("API record: %v", codes(fs))
	}
}

func TestUIEncodingPerSurface(t *testing.T) {
	for _, tc := range []struct {
		surface string
		has     []string
		hasNot  []string
	}{
		{"", []string{`"ui":{"accept":{`, `"layer":1,"reject":{`}, []string{`"surface"`, `"first_layer"`}},
		{SurfacePreferences, []string{`"first_layer":{"accept":{`, `"layer":2,"reject":{`, `"surface":"preferences"}`}, nil},
		{SurfacePlaceholder, []string{`"layer":0,"surface":"placeholder"}`}, []string{`"reject"`, `"first_layer"`}},
		{SurfaceForm, []string{`"layer":0,"surface":"form"}`}, []string{`"reject"`}},
	} {
		r := validRecord()
		ui := surfaceUI(tc.surface)
		ui.Surface = tc.surface
		r.UI = &ui
		r.Seal()
		b, _ := r.MarshalJSON()
		for _, s := range tc.has {
			if !strings.Contains(string(b), s) {
				t.Errorf("%q: %s lacks %s", tc.surface, b, s)
			}
		}
		for _, s := range tc.hasNot {
			if strings.Contains(string(b), s) {
				t.Errorf("%q: %s has %s", tc.surface, b, s)
			}
		}
		// Every measured value is covered by the hash.
		r2 := r
		ui2 := ui
		r2.UI = &ui2
		ui2.Accept.Width++
		if r2.ComputeHash() == r.Hash {
			t.Errorf("%q: the hash does not cover ui.accept", tc.surface)
		}
		if ui.FirstLayer != nil {
			fl := *ui.FirstLayer
			fl.Reject.Width++
			ui2 = ui
			ui2.FirstLayer = &fl
			if r2.ComputeHash() == r.Hash {
				t.Errorf("%q: the hash does not cover ui.first_layer", tc.surface)
			}
		}
	}
}
