package audit

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
)

type assentProbe struct {
	Present bool            `json:"present"`
	State   json.RawMessage `json:"state"`
	Records json.RawMessage `json:"records"`
	Error   string          `json:"error"`
}

// assentRecords checks, on a page that runs Assent, that the choice produced a record and that its receipts verify.
func (r *run) assentRecords(v *visit, want string) error {
	var a assentProbe
	if err := v.eval("p.assent()", &a); err != nil {
		return err
	}
	if !a.Present {
		r.setCheck(CheckAssentRecords, StatusNotApplicable, "the page does not run Assent (no window.Assent)")
		return nil
	}
	info := &AssentInfo{State: a.State, Note: a.Error}
	r.rep.Assent = info
	var items []map[string]json.RawMessage
	_ = json.Unmarshal(a.Records, &items)
	info.Records = len(items)
	for _, it := range items {
		rec, receipt := it["record"], it["receipt"]
		if rec == nil { // a record with its receipt as one more field
			delete(it, "receipt")
			rec, _ = json.Marshal(it)
		}
		var head struct {
			Action string `json:"action"`
		}
		_ = json.Unmarshal(rec, &head)
		info.LastAction = head.Action
		if r.o.VerifyReceipt == nil || receipt == nil || string(receipt) == "null" {
			continue
		}
		if err := r.o.VerifyReceipt(rec, receipt); err != nil {
			info.ReceiptsFailed++
			r.add(newFinding(CodeAssentReceiptInvalid, "A receipt does not verify: "+err.Error()+".",
				Evidence{Values: map[string]any{"action": head.Action}}))
		} else {
			info.ReceiptsValid++
		}
	}
	switch {
	case info.Records == 0:
		r.add(newFinding(CodeAssentRecordMissing, "Assent runs on the page, but Assent.records() holds no record after the "+
			"visitor's choice.", Evidence{Values: map[string]any{"error": a.Error}}))
	case info.LastAction != want:
		r.add(newFinding(CodeAssentRecordMissing, fmt.Sprintf("The last Assent record says %q; the visitor chose %q.",
			info.LastAction, want), Evidence{}))
	}
	note := fmt.Sprintf("%d record(s), last %q; %d receipt(s) verified", info.Records, info.LastAction, info.ReceiptsValid)
	if r.o.VerifyReceipt == nil {
		note = fmt.Sprintf("%d record(s), last %q; receipts not verified (no verifier wired into this audit)", info.Records, info.LastAction)
	}
	r.setCheck(CheckAssentRecords, StatusPass, note)
	return nil
}

// advertisingPurpose matches purpose ids that GPC must leave denied.
var advertisingPurpose = regexp.MustCompile(`(?i)marketing|advertis|\bads?\b|sale|sharing|targeting`)

// assentGPC reads Assent's state with GPC on and lists advertising purposes that are granted.
func (r *run) assentGPC(v *visit) ([]string, error) {
	var a assentProbe
	if err := v.eval("p.assent()", &a); err != nil || !a.Present {
		return nil, err
	}
	var st struct {
		Purposes map[string]bool `json:"purposes"`
	}
	_ = json.Unmarshal(a.State, &st)
	var out []string
	for id, on := range st.Purposes {
		if on && advertisingPurpose.MatchString(id) {
			out = append(out, "Assent purpose "+id+" granted")
		}
	}
	sort.Strings(out)
	return out, nil
}
