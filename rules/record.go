package rules

// Consent record versions (the "v" field). Version 2 is version 1 with a self-certifying subject: SubjectKey
// and Sig (docs/contract.md section 5; see ValidateRecord and package rules/recordsig).
const (
	RecordVersion       = 1
	RecordVersionSigned = 2
)

// LedgerSig is the "sig" of a version 2 record the ledger writes itself (doi_confirm): it says the record
// carries no subject signature and is vouched for by the log's signed head alone. The ledger refuses it in
// records sent to it.
const LedgerSig = "ledger"

// Actions a consent record may carry (the "action" field, docs/contract.md section 5).
const (
	ActionAcceptAll       = "accept_all"
	ActionRejectAll       = "reject_all"
	ActionSave            = "save"
	ActionWithdraw        = "withdraw"
	ActionExpire          = "expire"
	ActionMarketingOptIn  = "marketing_opt_in"
	ActionMarketingOptOut = "marketing_opt_out"
	ActionDOIConfirm      = "doi_confirm"
)

// Actions returns every known action, in the order of docs/contract.md section 5 (a fresh slice).
func Actions() []string {
	return []string{ActionAcceptAll, ActionRejectAll, ActionSave, ActionWithdraw, ActionExpire,
		ActionMarketingOptIn, ActionMarketingOptOut, ActionDOIConfirm}
}

// Record is one consent record, version 1 (docs/contract.md section 5): what a person chose, when, under which
// notice and rules, and how the choice was presented. The set of fields is closed; a new field means a new V.
// Records hold no direct identifiers: Subject is a random per-browser id.
//
// The JSON names are the struct tags; Canonical gives the RFC 8785 encoding the hash covers, and
// MarshalJSON the same encoding with the hash, which is the stored and transmitted form.
//
// # Mapping to the consent receipt standards
//
// A record holds what ISO/IEC TS 27560:2023 (consent record information structure) and the Kantara
// Initiative Consent Receipt Specification v1.1 ask for, under these names (Kantara name in brackets):
//
//	v                 schema version                        [version]
//	id                record identifier                     [consentReceiptID]
//	site              the service / notice owner; the config names the PII controller, contact and policy
//	                  URL for that site and revision          [piiControllers, policyUrl]
//	subject           PII principal identifier, pseudonymous [piiPrincipalId]
//	time              consent event timestamp (UTC, ms)      [consentTimestamp, as milliseconds]
//	action            event type / state: given (accept_all, save, marketing_opt_in, doi_confirm),
//	                  refused (reject_all, marketing_opt_out), withdrawn (withdraw), expired (expire)
//	purposes          per-purpose state; the config's purposes give the description, services and
//	                  third parties                          [services[].purposes[], thirdPartyDisclosure]
//	jurisdiction      applicable jurisdiction                [jurisdiction]
//	decision          lawful basis / consent type and the rules behind it [consentType]
//	revision, notice_hash  the notice shown: version and hash of its exact text
//	language          language of the notice                 [language]
//	ui, form, signals collection method: the banner as measured, the marketing form, GPC and Consent Mode
//	                                                         [collectionMethod]
//	prev, hash        the chain of the subject's records; the transparency log's receipt adds the
//	                  signature                              [publicKey, JWS signature]
//
// Expiry (TS 27560 "duration") is the config's expiry_days from time.
type Record struct {
	V            int             `json:"v"`
	ID           string          `json:"id"`      // a UUID
	Site         string          `json:"site"`    // the site config's "site"
	Subject      string          `json:"subject"` // >= 16 random bytes, base64url without padding
	Time         string          `json:"time"`    // RFC 3339 UTC with milliseconds, 2026-11-23T10:00:00.000Z
	Action       string          `json:"action"`  // one of Actions
	Purposes     map[string]bool `json:"purposes"`
	Jurisdiction string          `json:"jurisdiction"` // ISO 3166-1 alpha-2 the rules were applied for
	Decision     RecordDecision  `json:"decision"`
	Revision     string          `json:"revision"`    // the site config's "revision"
	Language     string          `json:"language"`    // BCP 47 tag of the text shown
	NoticeHash   string          `json:"notice_hash"` // lower-case hex SHA-256 of the exact text shown
	UI           *UIMeasurement  `json:"ui"`          // nil when the choice came through the JS API
	Signals      Signals         `json:"signals"`
	Form         *Form           `json:"form"` // marketing records only
	Prev         string          `json:"prev"` // Hash of the subject's previous record for the site, or ""
	Hash         string          `json:"hash"` // ComputeHash of this record

	// SubjectKey (version 2 only) is the base64url (no padding) of the 65-byte uncompressed ECDSA P-256 public
	// point of the subject's key pair; Subject is then SubjectID(SubjectKey).
	SubjectKey string `json:"subject_key,omitempty"`
	// Sig (version 2 only) is the base64url (no padding) of the 64-byte IEEE P1363 signature (r||s) by
	// SubjectKey, ECDSA P-256 with SHA-256 over the ASCII bytes of Hash; LedgerSig for records the ledger
	// writes itself. It is the one field besides Hash that Hash does not cover.
	Sig string `json:"sig,omitempty"`
}

// RecordDecision is the rules outcome a record was collected under: the consent model (see Decision) and
// the rule ids that produced it.
type RecordDecision struct {
	Model string   `json:"model"`
	Rules []string `json:"rules"`
}

// Signals are the browser signals present when the choice was made: Global Privacy Control and the Google
// Consent Mode v2 states sent (e.g. "ad_storage": "denied").
type Signals struct {
	GPC         bool              `json:"gpc"`
	ConsentMode map[string]string `json:"consent_mode"`
}

// Form identifies the marketing-consent control a marketing record came from: its data-assent-form name,
// channel ("email", "sms") and context ("signup", "checkout").
type Form struct {
	Name    string `json:"name"`
	Channel string `json:"channel"`
	Context string `json:"context"`
}

// Box is one measured control. Color and Background are computed CSS colours ("#rrggbb", "#rgb", "rgb()",
// "rgba()", "transparent").
//
// Kind is a contract addition: "button" or "link" as the widget or auditor classified the element (a
// <button> or role=button versus an <a> or text link), or "" when unknown. It is omitted from the JSON when "".
type Box struct {
	Width      float64 `json:"width"`
	Height     float64 `json:"height"`
	FontSize   float64 `json:"font_size"`
	FontWeight int     `json:"font_weight"`
	Color      string  `json:"color"`
	Background string  `json:"background"`
	Kind       string  `json:"kind,omitempty"`
}

// Canonical returns the RFC 8785 (JCS) encoding of r without its "hash" and "sig" fields: the bytes
// ComputeHash covers. "subject_key" is a member for version 2 records only, as "sig" in MarshalJSON.
// A nil Purposes or ConsentMode map encodes as {}, a nil Rules slice as [], a nil UI or Form as null.
func (r Record) Canonical() []byte {
	return appendJCS(make([]byte, 0, 768), r.jcs(false))
}

// MarshalJSON returns the RFC 8785 encoding of r including its "hash" (and for version 2 "sig") field as it stands (it does not
// recompute it). It is the form records are stored and sent in; codec.FormatRecord returns the same bytes.
func (r Record) MarshalJSON() ([]byte, error) {
	return appendJCS(make([]byte, 0, 850), r.jcs(true)), nil
}

// ComputeHash returns the lower-case hex SHA-256 of r.Canonical().
func (r Record) ComputeHash() string {
	return SHA256Hex(r.Canonical())
}

// SHA256Hex returns the lower-case hex SHA-256 of b, e.g. for a record's notice_hash. It is synchronous and
// needs neither crypto/sha256 nor WebCrypto (see record_sha256.go).
func SHA256Hex(b []byte) string {
	sum := sha256Sum(b)
	out := make([]byte, 0, 2*len(sum))
	for _, c := range sum {
		out = append(out, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return string(out)
}

// ExpiresAt returns when the choice lapses after days (see SiteConfig.Expiry), in milliseconds since the Unix
// epoch, and false when r.Time is not RFC 3339 UTC with milliseconds.
func (r Record) ExpiresAt(days int) (int64, bool) {
	t, ok := recordMillis(r.Time)
	if !ok {
		return 0, false
	}
	return t + int64(min(days, 1e8))*dayMillis, true // 1e8 days: beyond year 270000, and no overflow
}

// Seal sets r.Hash to r.ComputeHash(). Call it after every other field is final (but Sig, which signs Hash).
func (r *Record) Seal() {
	r.Hash = r.ComputeHash()
}

// jcs builds the JCS value of r, with or without the hash member.
func (r Record) jcs(withHash bool) jcsObject {
	purposes := r.Purposes
	if purposes == nil {
		purposes = map[string]bool{}
	}
	cm := r.Signals.ConsentMode
	if cm == nil {
		cm = map[string]string{}
	}
	ruleIDs := r.Decision.Rules
	if ruleIDs == nil {
		ruleIDs = []string{}
	}
	var ui, form any
	if r.UI != nil {
		ui = r.UI.jcs()
	}
	if r.Form != nil {
		form = jcsObject{{"name", r.Form.Name}, {"channel", r.Form.Channel}, {"context", r.Form.Context}}
	}
	o := jcsObject{
		{"v", r.V}, {"id", r.ID}, {"site", r.Site}, {"subject", r.Subject}, {"time", r.Time},
		{"action", r.Action}, {"purposes", purposes}, {"jurisdiction", r.Jurisdiction},
		{"decision", jcsObject{{"model", r.Decision.Model}, {"rules", ruleIDs}}},
		{"revision", r.Revision}, {"language", r.Language}, {"notice_hash", r.NoticeHash},
		{"ui", ui}, {"signals", jcsObject{{"gpc", r.Signals.GPC}, {"consent_mode", cm}}},
		{"form", form}, {"prev", r.Prev},
	}
	if r.V == RecordVersionSigned {
		o = append(o, jcsMember{"subject_key", r.SubjectKey})
	}
	if withHash {
		o = append(o, jcsMember{"hash", r.Hash})
		if r.V == RecordVersionSigned {
			o = append(o, jcsMember{"sig", r.Sig})
		}
	}
	return o
}

func (b Box) jcs() jcsObject {
	o := jcsObject{{"width", b.Width}, {"height", b.Height}, {"font_size", b.FontSize},
		{"font_weight", b.FontWeight}, {"color", b.Color}, {"background", b.Background}}
	if b.Kind != "" {
		o = append(o, jcsMember{"kind", b.Kind})
	}
	return o
}
