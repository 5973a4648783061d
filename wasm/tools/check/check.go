// Package check verifies pasted consent proofs: a record with its receipt, or a whole export. It is the logic
// of the verifier page (wasm/tools), kept apart from syscall/js so it is tested natively.
package check

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// Result is what the page shows.
type Result struct {
	Valid   bool     `json:"valid"`
	Error   string   `json:"error,omitempty"`
	Site    string   `json:"site,omitempty"`
	Records int      `json:"records"`
	Head    string   `json:"head,omitempty"` // the verified tree head: size and root
	Notes   []string `json:"notes"`
}

// JSON returns r as JSON text.
func (r Result) JSON() string {
	if r.Notes == nil {
		r.Notes = []string{}
	}
	b, _ := json.Marshal(r)
	return string(b)
}

type item struct {
	Record  json.RawMessage `json:"record"`
	Receipt json.RawMessage `json:"receipt"`
}

// Verify checks text, one JSON object {"record","receipt"} (as Assent.records() gives them) or NDJSON lines of
// them (the export), against the log's verifier key. Every record must hash to its "hash", and every receipt must
// carry that hash, a valid inclusion proof and a head signed by the key; a version 2 record's subject
// signature must verify (rules/recordsig). When the export holds every entry of
// the log up to the newest receipt's tree size, the whole tree is rebuilt and checked against that signed head.
func Verify(text, verifierKey string) Result {
	v, err := proof.NewVerifier(strings.TrimSpace(verifierKey))
	if err != nil {
		return Result{Error: "verifier key: " + err.Error()}
	}
	items, err := parseItems(text)
	if err != nil {
		return Result{Error: err.Error()}
	}
	var res Result
	type logged struct {
		index int64
		entry proof.Entry
	}
	var entries []logged
	var newest proof.Receipt
	for i, it := range items {
		where := "item " + strconv.Itoa(i+1) + ": "
		rec, rc, head, err := bundle.VerifyJSON(it.Record, it.Receipt, v)
		if err != nil {
			if rec.ID != "" {
				where += "record " + rec.ID + ": "
			}
			return Result{Error: where + err.Error()}
		}
		if res.Site != "" && res.Site != rc.Site {
			return Result{Error: where + "receipt of another site: " + rc.Site}
		}
		res.Site = rc.Site
		res.Notes = append(res.Notes, "record "+rec.ID+" ("+rec.Action+", "+rec.Time+") is entry "+
			strconv.FormatInt(rc.Index, 10)+" of a signed tree of "+strconv.FormatInt(head.Size, 10))
		entries = append(entries, logged{rc.Index, rc.Entry()})
		if rc.TreeSize > newest.TreeSize {
			newest = rc
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].index < entries[j].index })
	complete := int64(len(entries)) == newest.TreeSize
	for i, e := range entries {
		complete = complete && e.index == int64(i)
	}
	res.Records = len(items)
	head, err := proof.OpenHead(newest.Head, v)
	if err != nil {
		return Result{Error: err.Error()}
	}
	res.Head = "size " + strconv.FormatInt(head.Size, 10) + ", root " + head.Root.String()
	if complete && len(items) > 1 {
		list := make([]proof.Entry, len(entries))
		for i, e := range entries {
			list[i] = e.entry
		}
		if _, err := proof.VerifyLog(res.Site, list, newest.Head, v); err != nil {
			return Result{Error: "whole log: " + err.Error()}
		}
		res.Notes = append(res.Notes, "the export is the whole log up to that head: the tree was rebuilt and matches")
	}
	res.Valid = true
	return res
}

func parseItems(text string) ([]item, error) {
	var out []item
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "[") { // an array, as Assent.records() returns
		if err := json.Unmarshal([]byte(trimmed), &out); err != nil {
			return nil, fmt.Errorf("not a JSON array of {record, receipt}: %w", err)
		}
	} else if strings.Count(trimmed, "\n") > 0 && !strings.HasPrefix(trimmed, "{\n") {
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var it item
			if err := json.Unmarshal([]byte(line), &it); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			out = append(out, it)
		}
	} else {
		var it item
		if err := json.Unmarshal([]byte(trimmed), &it); err != nil {
			return nil, fmt.Errorf("not a JSON object {record, receipt}: %w", err)
		}
		out = append(out, it)
	}
	for i, it := range out {
		if len(it.Record) == 0 || len(it.Receipt) == 0 || string(it.Receipt) == "null" {
			return nil, errors.New("item " + strconv.Itoa(i+1) + ": needs both a record and a receipt")
		}
	}
	if len(out) == 0 {
		return nil, errors.New("nothing to verify")
	}
	return out, nil
}

// ValidateConfig checks a site config (JSON text) as `assent validate --kind config` does, as of now, and returns
// the findings as a JSON array: parse problems and unknown fields included.
func ValidateConfig(text string, now time.Time) string {
	c, findings, err := codec.ParseConfig([]byte(text))
	if err != nil {
		findings = append(findings, codec.Findings(err)...)
	} else {
		findings = append(findings, rules.ValidateConfigAt(c, now)...)
	}
	if findings == nil {
		findings = []rules.Finding{}
	}
	b, _ := json.Marshal(findings)
	return string(b)
}

// Decide decides a scenario (JSON text, docs/contract.md section 6) as `assent decide` does, with today filling a
// missing date, and returns the decision as JSON, or {"error": message} when the scenario is invalid.
func Decide(text, today string) string {
	d, err := codec.Decide([]byte(text), today)
	if err != nil {
		b, _ := json.Marshal(map[string]string{"error": err.Error()})
		return string(b)
	}
	return string(d)
}
