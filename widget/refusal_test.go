package widget

import (
	"encoding/json"
	"testing"
)

func TestRefusalTextMarksTheEntryRefused(t *testing.T) {
	body := `{"error":"record_invalid","message":"record invalid","findings":[{"code":"low_contrast"}]}`
	for _, c := range []struct {
		status     int
		body, code string
	}{{400, body, "record_invalid"}, {403, "", "http_403"}, {404, " \n", "http_404"}} {
		e := Entry{ID: "x", Record: "{}", Error: RefusalText(c.status, c.body)}
		if e.Pending() {
			t.Errorf("%d %q: a refused record is still pending, so it would be sent for ever", c.status, c.body)
		}
		var v struct {
			Error    string `json:"error"`
			Findings []any  `json:"findings"`
		}
		if err := json.Unmarshal([]byte(e.Error), &v); err != nil || v.Error != c.code || v.Findings == nil {
			t.Errorf("%d %q: kept %s, want the JSON error %s with findings", c.status, c.body, e.Error, c.code)
		}
	}
}
