package ledgertest

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"time"

	"github.com/assent-dev/assent/rules"
)

// NewRecord returns a valid, sealed accept_all record for site made at now, with a fresh random id and
// subject.
func NewRecord(site string, now time.Time) rules.Record {
	notice := sha256.Sum256([]byte("notice " + site))
	r := rules.Record{
		V:            rules.RecordVersion,
		ID:           NewUUID(),
		Site:         site,
		Subject:      randomID(),
		Time:         now.UTC().Format("2006-01-02T15:04:05.000Z"),
		Action:       rules.ActionAcceptAll,
		Purposes:     map[string]bool{"necessary": true, "analytics": true, "marketing": true},
		Jurisdiction: "FR",
		Decision:     rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}},
		Revision:     "2026-11-01",
		Language:     "fr",
		NoticeHash:   hex.EncodeToString(notice[:]),
		Signals: rules.Signals{ConsentMode: map[string]string{
			"ad_storage": "granted", "analytics_storage": "granted"}},
	}
	r.Seal()
	return r
}

// NewOptInRecord returns a valid, sealed marketing_opt_in record (an e-mail newsletter signup) for site.
func NewOptInRecord(site string, now time.Time) rules.Record {
	r := NewRecord(site, now)
	r.Action = rules.ActionMarketingOptIn
	r.Purposes = map[string]bool{"newsletter": true}
	r.Decision = rules.RecordDecision{Model: "double_opt_in", Rules: []string{"DE.UWG.7.2.2"}}
	r.Signals = rules.Signals{ConsentMode: map[string]string{}}
	r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "signup"}
	r.Seal()
	return r
}

// NewUUID returns a random (version 4) UUID in lower case.
func NewUUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	x := hex.EncodeToString(b[:])
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

func randomID() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}
