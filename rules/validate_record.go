package rules

import (
	"math"
	"slices"
	"strings"
)

// Citations used by the record checks.
const (
	citeProof     = "GDPR Art. 7(1); EDPB Guidelines 05/2020 paras 104-108"
	citeHash      = "GDPR Art. 7(1); RFC 8785; README “The consent record and the standards”; site/schema/record.schema.json"
	citeSpecific  = "GDPR Art. 4(11), Art. 6(1)(a); EDPB Guidelines 05/2020 §3.2"
	citeWithdraw  = "GDPR Art. 7(3)"
	citeNecessary = "ePrivacy Directive 2002/58/EC Art. 5(3) (strictly necessary exemption)"
	citeRefresh   = "CNIL Délibération 2020-092 §2 (keep the choice 6 months); Garante Linee guida cookie 10 Jun 2021; EDPB Guidelines 05/2020 para 110"
	citeExpiryMax = "CNIL Délibération 2020-091 art. 5 and audience measurement guidance (13 months at most); EDPB Guidelines 05/2020 para 110"
)

// ValidateRecord checks a consent record and returns every finding (an empty, non-nil slice when it is
// valid). now is the time to check expiry against, usually a time.Time (callers pass the clock; rules never
// reads it; the zero time skips the expiry and "time_in_future" checks). c is the
// site config the record claims to follow, or nil; with a config the purposes, site, revision, forms and
// expiry are checked against it too.
//
// Checked: the version (1, or 2 with subject_key and sig well-formed and subject derived from subject_key:
// "subject_key_mismatch"; the signature itself is checked by package rules/recordsig); the time between
// 2020-01-01 and 24 hours after now ("time_out_of_range"); every required field present and well-formed (UUID id, subject of >= 16 random bytes
// in base64url, RFC 3339 UTC time with milliseconds, known action and model, hex hashes, "" or a hash in prev);
// hash equals ComputeHash ("hash_mismatch"); purposes consistent with the action (accept_all: all true;
// reject_all: only required purposes true; withdraw/expire: every non-required purpose false); required
// purposes true; marketing actions carry a form and others do not; no direct identifiers anywhere
// ("direct_identifier"); the measured UI, if any, passes ValidateUI (its fields prefixed "ui.") and fits the
// action ("ui_action_mismatch": a placeholder grants with save, a form records marketing actions, the banner
// and the preferences record cookie choices); the decision is one the law of the jurisdiction gives for the
// record's form or cookie purposes on its date ("decision_not_lawful", see recordLaw).
func ValidateRecord(r Record, now Instant, c *SiteConfig) []Finding {
	var fs findings
	fs.recordFormat(r, now)
	fs.recordPurposes(r, c)
	fs.recordForm(r, c)
	fs.recordSignals(r)
	fs.recordStrings(r)
	fs.recordUI(r)
	fs.recordLaw(r, c)
	if c != nil {
		fs.recordAgainstConfig(r, now, c)
	}
	return fs.list()
}

func (fs *findings) recordFormat(r Record, now Instant) {
	fs.recordVersion(r)
	for _, f := range []struct{ name, v string }{{"id", r.ID}, {"site", r.Site}, {"subject", r.Subject},
		{"time", r.Time}, {"action", r.Action}, {"jurisdiction", r.Jurisdiction}, {"decision.model", r.Decision.Model},
		{"revision", r.Revision}, {"language", r.Language}, {"notice_hash", r.NoticeHash}, {"hash", r.Hash}} {
		if f.v == "" {
			fs.err(CodeMissingField, f.name, f.name+" is required", citeProof)
		}
	}
	if r.ID != "" && !isUUID(r.ID) {
		fs.err(CodeInvalidID, "id", "id must be a lower-case UUID (8-4-4-4-12 hex digits)", citeProof)
	}
	if r.Subject != "" && !isRandomID(r.Subject) {
		fs.err(CodeInvalidSubject, "subject", "subject must be at least 16 random bytes in unpadded base64url (22+ characters)", "GDPR Art. 7(1); Art. 25(1)")
	}
	if r.Time != "" {
		fs.recordTime(r.Time, now)
	}
	if r.Action != "" && !slices.Contains(Actions(), r.Action) {
		fs.err(CodeUnknownAction, "action", "unknown action "+quote(r.Action)+"; want one of "+strings.Join(Actions(), ", "), citeProof)
	}
	if r.Decision.Model != "" && !slices.Contains(Models, r.Decision.Model) {
		fs.err(CodeUnknownModel, "decision.model", "unknown model "+quote(r.Decision.Model), citeProof)
	}
	if r.Decision.Model != "" && len(r.Decision.Rules) == 0 {
		fs.err(CodeMissingField, "decision.rules", "decision.rules must name the rules the model came from", citeProof)
	}
	for i, id := range r.Decision.Rules {
		if !knownRule(id) {
			fs.warn(CodeUnknownRule, "decision.rules["+itoa(i)+"]", "rule "+quote(id)+" is not in this version of the rules", citeProof)
		}
	}
	if r.Jurisdiction != "" && !isCountryCode(r.Jurisdiction) {
		fs.err(CodeInvalidJurisdiction, "jurisdiction", "jurisdiction must be an upper-case ISO 3166-1 alpha-2 code", citeProof)
	}
	if r.Language != "" && !isLanguageTag(r.Language) {
		fs.err(CodeInvalidLanguage, "language", "language must be a BCP 47 tag such as en or fr-CA", "GDPR Art. 7(2), Art. 12(1)")
	}
	if r.NoticeHash != "" && !isHexHash(r.NoticeHash) {
		fs.err(CodeInvalidNoticeHash, "notice_hash", "notice_hash must be 64 lower-case hex digits", citeProof)
	}
	if r.Prev != "" && !isHexHash(r.Prev) {
		fs.err(CodeInvalidPrev, "prev", "prev must be \"\" or the 64 lower-case hex digit hash of the previous record", citeHash)
	}
	switch {
	case r.Hash == "":
	case !isHexHash(r.Hash):
		fs.err(CodeInvalidHash, "hash", "hash must be 64 lower-case hex digits", citeHash)
	case r.Hash != r.ComputeHash():
		fs.err(CodeHashMismatch, "hash", "hash is not the SHA-256 of the record's RFC 8785 encoding; it was changed after it was made", citeHash)
	}
	if r.Prev != "" && r.Prev == r.Hash {
		fs.err(CodeInvalidPrev, "prev", "prev equals the record's own hash", citeHash)
	}
}

func (fs *findings) recordTime(s string, now Instant) {
	t, ok := recordMillis(s)
	if !ok {
		fs.err(CodeInvalidTime, "time", "time must be RFC 3339 UTC with milliseconds, e.g. 2026-11-23T10:00:00.000Z", citeProof)
		return
	}
	fs.recordTimeRange(t, now)
	if !isZero(now) && t > now.UnixMilli()+5*60*1000 {
		fs.warn(CodeTimeInFuture, "time", "time is more than 5 minutes after the validation time", citeProof)
	}
}

func (fs *findings) recordPurposes(r Record, c *SiteConfig) {
	cookieAction := r.Action == ActionAcceptAll || r.Action == ActionRejectAll || r.Action == ActionSave ||
		r.Action == ActionWithdraw || r.Action == ActionExpire
	if len(r.Purposes) == 0 {
		if cookieAction {
			fs.err(CodeMissingPurposes, "purposes", "purposes must map every configured purpose id to true or false", citeSpecific)
		}
		return
	}
	required := map[string]bool{}
	if c != nil {
		for _, p := range c.Purposes {
			required[p.ID] = p.Required
		}
	}
	ids := sortedKeys(r.Purposes)
	switch r.Action {
	case ActionAcceptAll:
		for _, id := range ids {
			if !r.Purposes[id] {
				fs.err(CodeActionPurposesMismatch, "purposes."+id, "accept_all with purpose "+quote(id)+" false", citeSpecific)
			}
		}
	case ActionRejectAll, ActionWithdraw, ActionExpire:
		fs.refusalPurposes(r, ids, required, c != nil)
	}
	for _, id := range ids {
		if required[id] && !r.Purposes[id] {
			fs.err(CodeRequiredPurposeFalse, "purposes."+id, "required purpose "+quote(id)+" must be true", citeNecessary)
		}
	}
}

// refusalPurposes checks that a reject_all, withdraw or expire record grants only required purposes. Without a
// config, which purposes are required is unknown: then only "everything granted" is reported.
func (fs *findings) refusalPurposes(r Record, ids []string, required map[string]bool, haveConfig bool) {
	cite := citeWithdraw
	if r.Action == ActionRejectAll {
		cite = "GDPR Art. 4(11), Art. 7(3); EDPB Cookie Banner Taskforce report (2023) para 8"
	}
	if !haveConfig {
		all := true
		for _, id := range ids {
			all = all && r.Purposes[id]
		}
		if all && len(ids) > 1 {
			fs.err(CodeActionPurposesMismatch, "purposes", r.Action+" with every purpose true", cite)
		}
		return
	}
	for _, id := range ids {
		if r.Purposes[id] && !required[id] {
			fs.err(CodeActionPurposesMismatch, "purposes."+id, r.Action+" with non-required purpose "+quote(id)+" true", cite)
		}
	}
}

func (fs *findings) recordForm(r Record, c *SiteConfig) {
	marketing := r.Action == ActionMarketingOptIn || r.Action == ActionMarketingOptOut || r.Action == ActionDOIConfirm
	switch {
	case marketing && r.Form == nil:
		fs.err(CodeFormMissing, "form", r.Action+" records must name the form they came from", "GDPR Art. 7(1); EDPB Guidelines 05/2020 para 108")
	case !marketing && r.Form != nil && r.Action != "":
		fs.warn(CodeFormUnexpected, "form", "form is for marketing records only; "+r.Action+" should have form null", citeProof)
	}
	if r.Form == nil {
		return
	}
	if r.Form.Name == "" {
		fs.err(CodeMissingField, "form.name", "form.name is required", citeProof)
	}
	if !slices.Contains(FormChannels, r.Form.Channel) {
		fs.err(CodeInvalidForm, "form.channel", "form.channel must be one of "+strings.Join(FormChannels, ", "), "ePrivacy Directive Art. 13(1); EDPB Guidelines 05/2020 §3.2 (specific per channel)")
	}
	if !slices.Contains(FormContexts, r.Form.Context) {
		fs.err(CodeInvalidForm, "form.context", "form.context must be one of "+strings.Join(FormContexts, ", "), citeProof)
	}
	if c != nil && r.Form.Name != "" && !slices.ContainsFunc(c.Forms, func(f FormConfig) bool { return f.Name == r.Form.Name }) {
		fs.warn(CodeUnknownForm, "form.name", "form "+quote(r.Form.Name)+" is not in the site config", citeProof)
	}
}

// FormChannels and FormContexts are the values a form's channel and context may take.
var (
	FormChannels = []string{"email", "sms"}
	FormContexts = []string{"signup", "checkout"}
)

func (fs *findings) recordSignals(r Record) {
	for _, k := range sortedKeys(r.Signals.ConsentMode) {
		v := r.Signals.ConsentMode[k]
		if !slices.Contains(ConsentModeTypes, k) {
			fs.warn(CodeUnknownConsentModeType, "signals.consent_mode."+k, "not a Google Consent Mode v2 type", "Google Consent Mode v2")
		}
		if v != "granted" && v != "denied" {
			fs.err(CodeInvalidConsentMode, "signals.consent_mode."+k, "must be \"granted\" or \"denied\"", "Google Consent Mode v2")
		}
	}
}

// recordStrings scans every free-text string of the record for direct identifiers and invalid UTF-8. The
// fixed-format fields (id, subject, time, hashes) are checked by format instead.
func (fs *findings) recordStrings(r Record) {
	fs.checkText("site", r.Site)
	fs.checkText("revision", r.Revision)
	fs.checkText("jurisdiction", r.Jurisdiction)
	fs.checkText("language", r.Language)
	fs.checkText("decision.model", r.Decision.Model)
	for i, id := range r.Decision.Rules {
		fs.checkText("decision.rules["+itoa(i)+"]", id)
	}
	for _, k := range sortedKeys(r.Purposes) {
		fs.checkText("purposes."+k, k)
	}
	for _, k := range sortedKeys(r.Signals.ConsentMode) {
		fs.checkText("signals.consent_mode."+k, k+" "+r.Signals.ConsentMode[k])
	}
	if r.Form != nil {
		fs.checkText("form.name", r.Form.Name)
		fs.checkText("form.channel", r.Form.Channel)
		fs.checkText("form.context", r.Form.Context)
	}
	if r.UI != nil {
		fs.checkText("ui.surface", r.UI.Surface)
		for _, b := range uiBoxes(r.UI) {
			fs.checkText(b.name+".color", b.box.Color)
			fs.checkText(b.name+".background", b.box.Background)
			fs.checkText(b.name+".kind", b.box.Kind)
			for _, x := range []float64{b.box.Width, b.box.Height, b.box.FontSize} {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					fs.err(CodeInvalidNumber, b.name, "sizes must be finite numbers", "RFC 8785 §3.2.2.3")
					break
				}
			}
		}
	}
}

func (fs *findings) recordAgainstConfig(r Record, now Instant, c *SiteConfig) {
	if r.Site != "" && c.Site != "" && r.Site != c.Site {
		fs.err(CodeSiteMismatch, "site", "record is for site "+quote(r.Site)+", the config for "+quote(c.Site), citeProof)
	}
	if r.Revision != "" && c.Revision != "" && r.Revision != c.Revision {
		fs.warn(CodeRevisionOutdated, "revision", "record was made under revision "+quote(r.Revision)+"; the config is at "+
			quote(c.Revision)+": ask again", "EDPB Guidelines 05/2020 paras 64, 110 (new purposes or information need new consent)")
	}
	cookieAction := r.Action == ActionAcceptAll || r.Action == ActionRejectAll || r.Action == ActionSave || r.Action == ActionWithdraw
	known := map[string]bool{}
	for _, p := range c.Purposes {
		known[p.ID] = true
		if _, ok := r.Purposes[p.ID]; !ok && cookieAction {
			fs.err(CodePurposeMissing, "purposes."+p.ID, "configured purpose "+quote(p.ID)+" is missing", citeSpecific)
		}
	}
	for _, id := range sortedKeys(r.Purposes) {
		if !known[id] {
			fs.err(CodeUnknownPurpose, "purposes."+id, "purpose "+quote(id)+" is not in the site config", citeSpecific)
		}
	}
	if exp, ok := r.ExpiresAt(c.Expiry()); ok && r.Action != ActionExpire && !isZero(now) && exp <= now.UnixMilli() {
		fs.err(CodeConsentExpired, "time", "the choice is older than "+itoa(c.Expiry())+" days (expiry_days): ask again", citeRefresh)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func joinField(prefix, field string) string {
	if field == "" {
		return prefix
	}
	return prefix + "." + field
}
