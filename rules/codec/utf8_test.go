package codec

import (
	"errors"
	"testing"
)

func TestCheckUTF8(t *testing.T) {
	for _, ok := range []string{`{"a":"é"}`, `"\ud83d\ude00"`, `"\\ud800"`, `"\u00e9\u0041"`, `"\\\\\ud83d\ude00"`, `"\u12"`} {
		if err := CheckUTF8([]byte(ok)); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{"\"\xff\"", "\"\xc3\"", `"\ud800"`, `"\uDBFF x"`, `"\udc00"`, `"\ud800\u0041"`, `"\\\ud800"`, "\"\xed\xa0\x80\""} {
		if err := CheckUTF8([]byte(bad)); !errors.Is(err, ErrInvalidUTF8) {
			t.Errorf("%q: %v, want ErrInvalidUTF8", bad, err)
		}
	}
	if _, err := ParseRecord([]byte(`{"v":1,"revision":"` + "\xff\xff" + `"}`)); !errors.Is(err, ErrInvalidUTF8) || Findings(err)[0].Code != "invalid_utf8" {
		t.Errorf("ParseRecord: %v", err)
	}
}
