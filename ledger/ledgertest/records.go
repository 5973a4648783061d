package ledgertest

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"sync"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/recordsig"
)

// keys remembers the subject key of every record this package signed, by subject_key, so Reseal can sign
// an edited record again.
var keys sync.Map // string -> *ecdsa.PrivateKey

// NewRecord returns a valid, sealed and signed version 2 accept_all record for site made at now, with a fresh
// random id and a fresh subject key pair.
func NewRecord(site string, now time.Time) rules.Record {
	key, err := recordsig.NewKey()
	if err != nil {
		panic(err)
	}
	r := NewRecordV1(site, now)
	sign(&r, key)
	return r
}

// NewRecordV1 returns a valid, sealed version 1 accept_all record (random subject, no signature) for site.
func NewRecordV1(site string, now time.Time) rules.Record {
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

// NewOptInRecord returns a valid, sealed and signed marketing_opt_in record (an e-mail newsletter signup)
// for site.
func NewOptInRecord(site string, now time.Time) rules.Record {
	r := NewRecord(site, now)
	r.Action = rules.ActionMarketingOptIn
	r.Purposes = map[string]bool{"newsletter": true}
	r.Decision = rules.RecordDecision{Model: "double_opt_in", Rules: []string{"DE.UWG.7.2.2"}}
	r.Jurisdiction = "DE" // where the law gives this decision (the ledger re-decides records)
	r.Signals = rules.Signals{ConsentMode: map[string]string{}}
	r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "signup"}
	Reseal(&r)
	return r
}

// Next returns the next record of prev's subject: a fresh id, the given action, prev set to prev's hash,
// sealed and signed with the same key (a withdraw sets every purpose but "necessary" false).
func Next(prev rules.Record, action string, now time.Time) rules.Record {
	r := prev
	r.ID = NewUUID()
	r.Time = now.UTC().Format("2006-01-02T15:04:05.000Z")
	r.Action = action
	r.Prev = prev.Hash
	if action == rules.ActionWithdraw || action == rules.ActionRejectAll {
		ps := map[string]bool{}
		for k := range prev.Purposes {
			ps[k] = k == "necessary"
		}
		r.Purposes = ps
	}
	Reseal(&r)
	return r
}

// Reseal seals r again after an edit and, for a version 2 record signed by this package, signs it again.
func Reseal(r *rules.Record) {
	if k, ok := keys.Load(r.SubjectKey); ok && r.V == rules.RecordVersionSigned {
		sign(r, k.(*ecdsa.PrivateKey))
		return
	}
	r.Seal()
}

func sign(r *rules.Record, key *ecdsa.PrivateKey) {
	if err := recordsig.Sign(r, key); err != nil {
		panic(err)
	}
	keys.Store(r.SubjectKey, key)
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
