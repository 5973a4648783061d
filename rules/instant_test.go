package rules

import (
	"strings"
	"testing"
	"time"
)

// oldRecordTime is how record times were read with package time: RFC 3339 parsed by time.Parse, then required
// to be UTC ("Z") with exactly three fractional digits.
func oldRecordTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	dot := strings.LastIndexByte(s, '.')
	if err != nil || !strings.HasSuffix(s, "Z") || dot < 0 || len(s)-dot != 5 {
		return time.Time{}, false
	}
	return t, true
}

// TestRecordMillisMatchesTime checks recordMillis against package time on valid times across the calendar
// and on every single-character change of one.
func TestRecordMillisMatchesTime(t *testing.T) {
	inputs := []string{"0000-01-01T00:00:00.000Z", "0000-02-29T23:59:59.999Z", "0001-01-01T00:00:00.000Z",
		"1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2000-02-29T12:00:00.500Z", "2100-02-28T00:00:00.001Z",
		"9999-12-31T23:59:59.999Z", "2026-11-23T10:00:00.000Z"}
	for d := time.Date(1899, 12, 25, 7, 8, 9, 123e6, time.UTC); d.Year() < 2450; d = d.Add(97*time.Hour + 13*time.Minute + 7*time.Second + 31*time.Millisecond) {
		inputs = append(inputs, d.Format("2006-01-02T15:04:05.000Z"))
	}
	base := "2024-02-29T23:59:59.999Z"
	for i := range base {
		for _, c := range "09/-:.TZzt+ 1a" {
			inputs = append(inputs, base[:i]+string(c)+base[i+1:])
		}
		inputs = append(inputs, base[:i]+base[i+1:], base[:i]+"0"+base[i:])
	}
	inputs = append(inputs, "", "2026-11-23T10:00:00Z", "2026-11-23T10:00:00.000+01:00", "2026-02-30T10:00:00.000Z",
		"2026-11-23T24:00:00.000Z", "2026-11-23T10:60:00.000Z", "2026-11-23T10:00:60.000Z", "2026-13-01T10:00:00.000Z")
	for _, s := range inputs {
		want, wok := oldRecordTime(s)
		got, ok := recordMillis(s)
		if wok && len(s) == 23 && s[12] == ':' {
			continue // time.Parse's fallback reads a one-digit hour; RFC 3339 (and recordMillis) do not
		}
		if ok != wok || ok && got != want.UnixMilli() {
			t.Errorf("recordMillis(%q) = %d, %v; package time: %d, %v", s, got, ok, want.UnixMilli(), wok)
		}
	}
	if _, ok := recordMillis("2026-11-23T1:00:00.000Z"); ok {
		t.Error("a one-digit hour is not RFC 3339")
	}
}

// TestValidateConfigRevisionDate checks that ValidateConfig reads the law's date from the revision exactly
// where a YYYY-MM-DD date parses.
func TestValidateConfigRevisionDate(t *testing.T) {
	for _, rev := range []string{"2026-11-01", "2026-11-01 v2", "2026-02-29", "2028-02-29", "2026-1-1", "v2", "",
		"2026-11-01T10:00", "0000-01-01"} {
		_, err := time.Parse(time.DateOnly, rev[:min(len(rev), 10)])
		if got := validDate(rev[:min(len(rev), 10)]); got != (err == nil) {
			t.Errorf("revision %q: validDate %v, time.Parse error %v", rev, got, err)
		}
	}
}
