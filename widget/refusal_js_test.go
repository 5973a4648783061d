//go:build js && wasm

package widget

import (
	"testing"
)

// The error event's detail carries the endpoint's code, message and findings, whatever the answer looked like.
func TestRefusalDetail(t *testing.T) {
	body := `{"error":"record_invalid","message":"record invalid","findings":[{"code":"low_contrast","field":"ui.reject.color"}]}`
	for _, c := range []struct {
		status          int
		body, code, msg string
		findings        int
	}{
		{400, body, "record_invalid", "record invalid", 1},
		{403, "Forbidden", "http_403", "the endpoint answered HTTP 403", 0},
		{404, "", "http_404", "the endpoint answered HTTP 404", 0},
		{400, "null", "http_400", "the endpoint answered HTTP 400", 0},
	} {
		d := global("__assent").Call("refusal", "rec-1", c.status, RefusalText(c.status, c.body))
		if str(d.Get("code")) != c.code || str(d.Get("message")) != c.msg || d.Get("findings").Length() != c.findings ||
			str(d.Get("record_id")) != "rec-1" || d.Get("status").Int() != c.status {
			t.Errorf("%d %q: detail %s", c.status, c.body, global("JSON").Call("stringify", d).String())
		}
	}
}
