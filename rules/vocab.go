package rules

// The vocabulary Assent's interfaces share, declared once: the stable codes of findings and HTTP errors, the Google
// Consent Mode signals, the purpose categories and the consent models. Go code uses these constants; the loader's
// signal list, the JSON Schema's enums, wasm/assent.d.ts and the README's code tables are generated from them by
// cmd/genvocab (go generate ./rules, or make generate), and a test fails when a generated file is stale or when a
// code is used that is not declared here.
//
// Constants cost the widget nothing; the tables below (FindingCodes, HTTPErrors) are linked only into programs
// that read them (the generator, tests, the auditor), never into the widget.

//go:generate go run ../cmd/genvocab -root ..

// Finding codes: rules.Finding.Code, as ValidateConfig, ValidateRecord, ValidateUI, package codec, package
// recordsig, the widget's theme check and the auditor report them. FindingCodes gives each its severity,
// citation and meaning.
const (
	// Config.
	CodeMissingField                 = "missing_field"
	CodeControllerMissing            = "controller_missing"
	CodePolicyLinkMissing            = "policy_link_missing"
	CodeInvalidURL                   = "invalid_url"
	CodeInvalidSite                  = "invalid_site"
	CodeInvalidLanguage              = "invalid_language"
	CodeInvalidExpiry                = "invalid_expiry"
	CodeExpiryTooLong                = "expiry_too_long"
	CodeExpiryOverGoodPractice       = "expiry_over_good_practice"
	CodeRejectNotOnFirstLayer        = "reject_not_on_first_layer"
	CodeWithdrawalControlMissing     = "withdrawal_control_missing"
	CodeCookieWall                   = "cookie_wall"
	CodeCookieWallReview             = "cookie_wall_review"
	CodeInvalidPurposeID             = "invalid_purpose_id"
	CodeDuplicatePurpose             = "duplicate_purpose"
	CodeMissingLabel                 = "missing_label"
	CodePretickedPurposes            = "preticked_purposes"
	CodeLegitimateInterestForCookies = "legitimate_interest_for_cookies"
	CodeEssentialUnjustified         = "essential_unjustified"
	CodeNotStrictlyNecessary         = "not_strictly_necessary"
	CodeMissingDescription           = "missing_description"
	CodeUnknownConsentModeType       = "unknown_consent_mode_type"
	CodeBundledPurposes              = "bundled_purposes"
	CodeServiceUnnamed               = "service_unnamed"
	CodeMissingRetention             = "missing_retention"
	CodeMarkupInText                 = "markup_in_text"
	CodeMissingTexts                 = "missing_texts"
	CodeUnlistedLanguage             = "unlisted_language"
	CodeMissingText                  = "missing_text"
	CodeMissingTranslation           = "missing_translation"
	CodeDuplicateForm                = "duplicate_form"
	CodeInvalidForm                  = "invalid_form"
	CodeUnknownCountry               = "unknown_country"
	CodeSoftOptInUnchecked           = "soft_opt_in_unchecked"
	CodeSoftOptInNotAllowed          = "soft_opt_in_not_allowed"
	CodeSoftOptInLimited             = "soft_opt_in_limited"
	CodeUnknownPurpose               = "unknown_purpose"
	CodeInvalidValue                 = "invalid_value"
	CodeGrantedWithoutConsent        = "granted_without_consent"
	CodeInvalidUTF8                  = "invalid_utf8"
	CodeDirectIdentifier             = "direct_identifier"

	// Record.
	CodeFieldNotInVersion      = "field_not_in_version"
	CodeUnsupportedVersion     = "unsupported_version"
	CodeInvalidSubjectKey      = "invalid_subject_key"
	CodeSubjectKeyMismatch     = "subject_key_mismatch"
	CodeInvalidSig             = "invalid_sig"
	CodeTimeOutOfRange         = "time_out_of_range"
	CodeInvalidID              = "invalid_id"
	CodeInvalidSubject         = "invalid_subject"
	CodeUnknownAction          = "unknown_action"
	CodeUnknownModel           = "unknown_model"
	CodeUnknownRule            = "unknown_rule"
	CodeInvalidJurisdiction    = "invalid_jurisdiction"
	CodeInvalidNoticeHash      = "invalid_notice_hash"
	CodeInvalidPrev            = "invalid_prev"
	CodeInvalidHash            = "invalid_hash"
	CodeHashMismatch           = "hash_mismatch"
	CodeInvalidTime            = "invalid_time"
	CodeTimeInFuture           = "time_in_future"
	CodeMissingPurposes        = "missing_purposes"
	CodeActionPurposesMismatch = "action_purposes_mismatch"
	CodeRequiredPurposeFalse   = "required_purpose_false"
	CodeFormMissing            = "form_missing"
	CodeFormUnexpected         = "form_unexpected"
	CodeUnknownForm            = "unknown_form"
	CodeInvalidConsentMode     = "invalid_consent_mode"
	CodeInvalidNumber          = "invalid_number"
	CodeSiteMismatch           = "site_mismatch"
	CodeRevisionOutdated       = "revision_outdated"
	CodePurposeMissing         = "purpose_missing"
	CodeConsentExpired         = "consent_expired"
	CodeJurisdictionNotCovered = "jurisdiction_not_covered"
	CodeDecisionNotLawful      = "decision_not_lawful"
	CodeUIActionMismatch       = "ui_action_mismatch"

	// Measured UI (ValidateUI, the widget's theme check).
	CodeUIUnexpectedReject       = "ui_unexpected_reject"
	CodeUnknownSurface           = "unknown_surface"
	CodeUIUnexpectedFirstLayer   = "ui_unexpected_first_layer"
	CodeUILayerMismatch          = "ui_layer_mismatch"
	CodeControlNotVisible        = "control_not_visible"
	CodeRejectNotVisible         = "reject_not_visible"
	CodeRejectNotEqualProminence = "reject_not_equal_prominence"
	CodeRejectIsLink             = "reject_is_link"
	CodeRejectLooksLikeLink      = "reject_looks_like_link"
	CodeUnparseableColor         = "unparseable_color"
	CodeContrastUnmeasured       = "contrast_unmeasured"
	CodeLowContrast              = "low_contrast"
	CodeThemeUnreadable          = "theme_unreadable"
	CodeUIUnreadable             = "ui_unreadable"

	// The shape of a JSON document (package codec; scenarios).
	CodeUnknownField    = "unknown_field"
	CodeUnexpectedField = "unexpected_field"
	CodeWrongType       = "wrong_type"
	CodeTrailingData    = "trailing_data"
	CodeTooDeep         = "too_deep"
	CodeDuplicateKey    = "duplicate_key"
	CodeMalformed       = "malformed"
	CodeTooLarge        = "too_large"
	CodeNotJSON         = "not_json"

	// Subject signatures (package recordsig).
	CodeBadSubjectKey = "bad_subject_key"
	CodeBadSignature  = "bad_signature"
	CodeNotSigned     = "not_signed"

	// A live site (the auditor, assent audit).
	CodeBannerNotFound              = "banner_not_found"
	CodeNonEssentialBeforeConsent   = "non_essential_before_consent"
	CodeFunctionalBeforeConsent     = "functional_before_consent"
	CodeUnclassifiedBeforeConsent   = "unclassified_before_consent"
	CodeBannerControlsUnrecognised  = "banner_controls_unrecognised"
	CodeRejectNotFound              = "reject_not_found"
	CodeRejectNotRespected          = "reject_not_respected"
	CodeChoiceNotRemembered         = "choice_not_remembered"
	CodeConsentModeDefaultMissing   = "consent_mode_default_missing"
	CodeConsentModeDefaultNotDenied = "consent_mode_default_not_denied"
	CodeConsentModeV2Incomplete     = "consent_mode_v2_incomplete"
	CodeGPCNotHonoured              = "gpc_not_honoured"
	CodeBannerA11yViolation         = "banner_a11y_violation"
	CodeRejectNotKeyboardOperable   = "reject_not_keyboard_operable"
	CodeAssentRecordMissing         = "assent_record_missing"
	CodeAssentReceiptInvalid        = "assent_receipt_invalid"
)

// HTTP error codes: the "error" member of an error answer {"error": code, "message": ..., "findings": [...]} of
// the ledger (assent serve, the Worker) and the CLI's local server. Some are finding codes too (CodeInvalidUTF8,
// CodeTooLarge, CodeNotJSON, CodeMalformed, CodeSubjectKeyMismatch, CodeBadSubjectKey, CodeBadSignature).
const (
	CodeNotFound             = "not_found"
	CodeMethodNotAllowed     = "method_not_allowed"
	CodeOriginNotAllowed     = "origin_not_allowed"
	CodeUnauthorized         = "unauthorized"
	CodeForbidden            = "forbidden"
	CodeRateLimited          = "rate_limited"
	CodeLedgerMisconfigured  = "ledger_misconfigured"
	CodeLedgerUnavailable    = "ledger_unavailable"
	CodeInternal             = "internal"
	CodeUnsupportedMediaType = "unsupported_media_type"
	CodeBadBody              = "bad_body"
	CodeRecordMalformed      = "record_malformed"
	CodeRecordInvalid        = "record_invalid"
	CodeV1NotAccepted        = "v1_not_accepted"
	CodeLedgerAction         = "ledger_action"
	CodePrevNotFound         = "prev_not_found"
	CodePrevForeign          = "prev_foreign"
	CodeRecordIDConflict     = "record_id_conflict"
	CodeUnknownSite          = "unknown_site"
	CodeRecordNotFound       = "record_not_found"
	CodeSubjectNotFound      = "subject_not_found"
	CodeBadQuery             = "bad_query"
	CodeBadRange             = "bad_range"
	CodeDOIRequestMalformed  = "doi_request_malformed"
	CodeDOINotOptIn          = "doi_not_opt_in"
	CodeRedirectNotAllowed   = "redirect_not_allowed"
	CodeDOITokenUnknown      = "doi_token_unknown"
	CodeDOITokenUsed         = "doi_token_used"
	CodeDOITokenExpired      = "doi_token_expired"
	CodeSiteLoader           = "site_loader"
	CodeArchived             = "archived"
	CodeBadArchiveRequest    = "bad_archive_request"
	CodeArchiveOverlap       = "archive_overlap"
	CodeArchiveGap           = "archive_gap"
	CodeArchiveIncomplete    = "archive_incomplete"
	CodeArchiveMismatch      = "archive_mismatch"
)

// CiteFormat is the citation of purely structural findings: the published record and config formats.
const CiteFormat = "site/schema/assent.schema.json, site/schema/record.schema.json; GDPR Art. 7(1) (demonstrable consent)"

// SeverityEither is CodeInfo.Severity for a code whose severity depends on where it is found (it is never a
// Finding's Severity).
const SeverityEither = "error or warning"

// CodeInfo declares a finding code.
type CodeInfo struct {
	Code     string
	Severity string // SeverityError, SeverityWarning or SeverityEither
	Cite     string // the law, guidance or repository file the check comes from (a finding may cite a narrower part)
	Meaning  string // one line
}

// FindingCodes declares every finding code, in the order of the constants.
var FindingCodes = []CodeInfo{
	{CodeMissingField, SeverityError, CiteFormat, "a required field is missing or empty"},
	{CodeControllerMissing, SeverityError, "GDPR Art. 13(1)(a)-(b); EDPB Guidelines 05/2020 para 64", "the config does not name the controller or a contact"},
	{CodePolicyLinkMissing, SeverityError, "GDPR Art. 12(1), Art. 13; EDPB Guidelines 05/2020 para 64", "the config has no privacy policy link"},
	{CodeInvalidURL, SeverityError, "GDPR Art. 12(1); " + citeConfigShape, "a URL is not http(s) (policy_url, endpoint, a service's url)"},
	{CodeInvalidSite, SeverityError, citeConfigShape, "site is not a host name such as shop.example"},
	{CodeInvalidLanguage, SeverityError, "GDPR Art. 7(2), Art. 12(1)", "a language is not a BCP 47 tag"},
	{CodeInvalidExpiry, SeverityError, citeRefresh, "expiry_days is not positive"},
	{CodeExpiryTooLong, SeverityError, citeExpiryMax, "consent is kept longer than 13 months"},
	{CodeExpiryOverGoodPractice, SeverityWarning, citeRefresh, "consent is kept longer than the CNIL's 6 months of good practice"},
	{CodeRejectNotOnFirstLayer, SeverityError, citeSameLayer, "refusing is not possible on the first layer, as accepting is"},
	{CodeWithdrawalControlMissing, SeverityError, citeWithdrawal, "no persistent control to change or withdraw consent"},
	{CodeCookieWall, SeverityError, citeCookieWall, "a cookie wall without a real alternative"},
	{CodeCookieWallReview, SeverityWarning, citeCookieWall, "a cookie wall with an alternative: judged case by case"},
	{CodeInvalidPurposeID, SeverityError, citeGranular, "a purpose id is not lower-case letters, digits, _ or -"},
	{CodeDuplicatePurpose, SeverityError, citeGranular, "a purpose id is used twice"},
	{CodeMissingLabel, SeverityError, citeInformed, "a purpose has no label"},
	{CodePretickedPurposes, SeverityError, citePreticked, "a non-required purpose starts ticked (config) or was ticked in advance (audit)"},
	{CodeLegitimateInterestForCookies, SeverityError, citeLegitimate, "legitimate interest claimed for storage on a device"},
	{CodeEssentialUnjustified, SeverityWarning, citeEssential, "a required purpose does not say why it is strictly necessary"},
	{CodeNotStrictlyNecessary, SeverityError, citeEssential, "a required purpose grants a tracking Consent Mode signal"},
	{CodeMissingDescription, SeverityWarning, citeInformed, "a purpose has no description"},
	{CodeUnknownConsentModeType, SeverityEither, citeConsentMode, "not a Google Consent Mode v2 type (an error in a config, a warning in a record)"},
	{CodeBundledPurposes, SeverityWarning, citeGranular, "one purpose bundles several (analytics with advertising)"},
	{CodeServiceUnnamed, SeverityError, citeThirdParty, "a service or its provider is not named"},
	{CodeMissingRetention, SeverityWarning, citeThirdParty, "a service does not say how long it keeps data"},
	{CodeMarkupInText, SeverityWarning, citeMarkup, "HTML markup in a text, which is shown as text"},
	{CodeMissingTexts, SeverityWarning, citeInformed, "no texts for a configured language: the built-in ones are used"},
	{CodeUnlistedLanguage, SeverityWarning, citeInformed, "texts for a language that is not in languages"},
	{CodeMissingText, SeverityWarning, citeProminence, "accept_all and reject_all are not given together"},
	{CodeMissingTranslation, SeverityWarning, "GDPR Art. 12(1) (clear and plain language)", "a label or description lacks a configured language"},
	{CodeDuplicateForm, SeverityError, citeConfigShape, "a form name is declared twice"},
	{CodeInvalidForm, SeverityError, citeProof, "a form's channel or context is not one of the known values"},
	{CodeUnknownCountry, SeverityError, citeConfigShape, "a country the rules do not cover"},
	{CodeSoftOptInUnchecked, SeverityWarning, citeSoftOptIn, "soft opt-in declared but no date to apply the law at"},
	{CodeSoftOptInNotAllowed, SeverityError, citeSoftOptIn, "soft opt-in declared where the law does not allow it"},
	{CodeSoftOptInLimited, SeverityWarning, citeSoftOptIn, "soft opt-in does not apply in some of the form's countries"},
	{CodeUnknownPurpose, SeverityError, citeSpecific, "a purpose id that is not in the site config"},
	{CodeInvalidValue, SeverityError, citeConfigShape, "a value outside the allowed ones (consent_mode, cookie_domain, scope; scenario fields)"},
	{CodeGrantedWithoutConsent, SeverityError, citeStorage, "a Consent Mode type granted before any choice"},
	{CodeInvalidUTF8, SeverityError, "RFC 8785 §3.2.2.2; RFC 8259 §8.1", "text that is not valid UTF-8"},
	{CodeDirectIdentifier, SeverityError, "GDPR Art. 5(1)(c), Art. 25(1)", "a value looks like an e-mail address, phone number or IP address"},

	{CodeFieldNotInVersion, SeverityError, citeHash, "subject_key or sig in a version 1 record"},
	{CodeUnsupportedVersion, SeverityError, citeHash, "v is not 1 or 2"},
	{CodeInvalidSubjectKey, SeverityError, citeSig, "subject_key is not base64url of an uncompressed P-256 point"},
	{CodeSubjectKeyMismatch, SeverityError, citeSig, "subject is not derived from subject_key"},
	{CodeInvalidSig, SeverityError, citeSig, "sig is not a base64url P1363 signature (or the ledger's mark on another action)"},
	{CodeTimeOutOfRange, SeverityError, citeProof, "time is before 2020 or more than 24 hours ahead"},
	{CodeInvalidID, SeverityError, citeProof, "id is not a lower-case UUID"},
	{CodeInvalidSubject, SeverityError, "GDPR Art. 7(1); Art. 25(1)", "subject is not 16+ random bytes in base64url"},
	{CodeUnknownAction, SeverityError, citeProof, "an action the contract does not define"},
	{CodeUnknownModel, SeverityError, citeProof, "a consent model the rules do not define"},
	{CodeUnknownRule, SeverityWarning, citeProof, "a rule id not in this version of the rules"},
	{CodeInvalidJurisdiction, SeverityError, citeProof, "jurisdiction is not an ISO 3166-1 alpha-2 code"},
	{CodeInvalidNoticeHash, SeverityError, citeProof, "notice_hash is not 64 lower-case hex digits"},
	{CodeInvalidPrev, SeverityError, citeHash, "prev is not \"\" or a hash, or is the record's own hash"},
	{CodeInvalidHash, SeverityError, citeHash, "hash is not 64 lower-case hex digits"},
	{CodeHashMismatch, SeverityError, citeHash, "hash is not the SHA-256 of the record: it was changed"},
	{CodeInvalidTime, SeverityError, citeProof, "time is not RFC 3339 UTC with milliseconds"},
	{CodeTimeInFuture, SeverityWarning, citeProof, "time is more than 5 minutes after the validation time"},
	{CodeMissingPurposes, SeverityError, citeSpecific, "purposes does not map every configured purpose"},
	{CodeActionPurposesMismatch, SeverityError, citeSpecific, "the purposes contradict the action"},
	{CodeRequiredPurposeFalse, SeverityError, citeNecessary, "a required purpose is false"},
	{CodeFormMissing, SeverityError, "GDPR Art. 7(1); EDPB Guidelines 05/2020 para 108", "a marketing record does not name its form"},
	{CodeFormUnexpected, SeverityWarning, citeProof, "a form on a record that is not about marketing"},
	{CodeUnknownForm, SeverityWarning, citeProof, "a form not in the site config"},
	{CodeInvalidConsentMode, SeverityError, citeConsentMode, "a Consent Mode value other than granted or denied"},
	{CodeInvalidNumber, SeverityError, "RFC 8785 §3.2.2.3", "a measured size that is not a finite number"},
	{CodeSiteMismatch, SeverityError, citeProof, "the record is for another site than the config"},
	{CodeRevisionOutdated, SeverityWarning, "EDPB Guidelines 05/2020 paras 64, 110 (new purposes or information need new consent)", "the record was made under an older revision"},
	{CodePurposeMissing, SeverityError, citeSpecific, "a configured purpose is missing from the record"},
	{CodeConsentExpired, SeverityError, citeRefresh, "the choice is older than expiry_days"},
	{CodeJurisdictionNotCovered, SeverityWarning, citeRedecide, "the rules do not cover the record's jurisdiction"},
	{CodeDecisionNotLawful, SeverityError, citeRedecide, "the record's model or rules are not what the law gives"},
	{CodeUIActionMismatch, SeverityError, citeSurface, "the action cannot come from the surface the ui names"},

	{CodeUIUnexpectedReject, SeverityError, citeSurface, "a reject button measured on a surface that has none"},
	{CodeUnknownSurface, SeverityError, citeSurface, "a surface other than banner, preferences, placeholder, form"},
	{CodeUIUnexpectedFirstLayer, SeverityError, citeSurface, "first_layer on a banner record"},
	{CodeUILayerMismatch, SeverityError, citeSurface, "the layer does not fit the surface"},
	{CodeControlNotVisible, SeverityError, citeInPlace, "the control has no visible size"},
	{CodeRejectNotVisible, SeverityError, citeProminence, "the reject button has no visible size"},
	{CodeRejectNotEqualProminence, SeverityError, citeProminence, "reject is smaller, in a smaller or lighter font than accept"},
	{CodeRejectIsLink, SeverityError, citeLink, "reject is a link in running text, not a button"},
	{CodeRejectLooksLikeLink, SeverityWarning, citeLink, "reject has no background while accept has one"},
	{CodeUnparseableColor, SeverityWarning, citeContrast, "a colour that cannot be read"},
	{CodeContrastUnmeasured, SeverityWarning, citeContrast, "a background that is not opaque: contrast not measured"},
	{CodeLowContrast, SeverityEither, citeContrast, "a label's contrast is under 4.5:1"},
	{CodeThemeUnreadable, SeverityWarning, citeContrast, "the theme could not be read, so its contrast is not checked"},
	{CodeUIUnreadable, SeverityWarning, citeContrast, "the measured ui could not be read, so it is not checked"},

	{CodeUnknownField, SeverityEither, CiteFormat, "a field the format does not define (a warning in a config, an error in a record)"},
	{CodeUnexpectedField, SeverityError, CiteFormat, "a field that does not belong with the others present"},
	{CodeWrongType, SeverityError, CiteFormat, "a value of the wrong JSON type"},
	{CodeTrailingData, SeverityError, CiteFormat, "data after the JSON value"},
	{CodeTooDeep, SeverityError, CiteFormat, "JSON nested too deep"},
	{CodeDuplicateKey, SeverityError, CiteFormat, "a JSON object with a key twice"},
	{CodeMalformed, SeverityError, CiteFormat, "not a well-formed document"},
	{CodeTooLarge, SeverityError, CiteFormat, "over the size limit"},
	{CodeNotJSON, SeverityError, CiteFormat, "not JSON"},

	{CodeBadSubjectKey, SeverityError, citeSig, "subject_key is not a point on P-256"},
	{CodeBadSignature, SeverityError, citeSig, "sig is malformed or does not verify"},
	{CodeNotSigned, SeverityError, citeSig, "a version 1 record: no subject signature to verify"},

	{CodeBannerNotFound, SeverityError, "ePrivacy Directive 2002/58/EC Art 5(3); GDPR Art 4(11), 7(1)", "no consent banner for a first-time visitor"},
	{CodeNonEssentialBeforeConsent, SeverityError, "ePrivacy Directive Art 5(3); CJEU C-673/17 Planet49; EDPB Guidelines 05/2020 para 86", "non-essential cookies, storage or trackers before any choice"},
	{CodeFunctionalBeforeConsent, SeverityWarning, "ePrivacy Directive Art 5(3); WP29 Opinion 04/2012 (only strictly necessary storage is exempt)", "functional storage before any choice"},
	{CodeUnclassifiedBeforeConsent, SeverityWarning, "ePrivacy Directive Art 5(3); EDPB Cookie Banner Taskforce report (17 Jan 2023): controllers must justify each essential classification", "storage the auditor cannot classify before any choice"},
	{CodeBannerControlsUnrecognised, SeverityWarning, "GDPR Art 4(11), 7(3)", "a banner whose accept and reject controls the auditor cannot tell"},
	{CodeRejectNotFound, SeverityError, "GDPR Art 4(11), 7(3); EDPB Cookie Banner Taskforce report para 8; CNIL recommandation 2020-092", "no reject control anywhere in the banner"},
	{CodeRejectNotRespected, SeverityError, "ePrivacy Directive Art 5(3); GDPR Art 4(11), 7(3)", "after reject, non-essential storage or trackers anyway"},
	{CodeChoiceNotRemembered, SeverityWarning, "CNIL recommandation 2020-092 (keep the choice 6 months); Garante guidelines 10 Jun 2021", "the banner asks again after a choice"},
	{CodeConsentModeDefaultMissing, SeverityError, "Google Consent Mode v2: gtag('consent', 'default', ...) before any config or event; ePrivacy Directive Art 5(3)", "Google tags without a Consent Mode default first"},
	{CodeConsentModeDefaultNotDenied, SeverityError, "Google Consent Mode v2; ePrivacy Directive Art 5(3) (no storage before consent)", "the Consent Mode default grants a tracking type"},
	{CodeConsentModeV2Incomplete, SeverityWarning, "Google Consent Mode v2 (ad_user_data and ad_personalization, required for EEA traffic since March 2024)", "the Consent Mode default omits ad_user_data or ad_personalization"},
	{CodeGPCNotHonoured, SeverityWarning, "Global Privacy Control specification; GDPR Art 21(5) (objection by automated means); Cal. Code Regs. tit. 11 §7025", "advertising signals granted despite Global Privacy Control"},
	{CodeBannerA11yViolation, SeverityWarning, "WCAG 2.1 A/AA (axe-core); EN 301 549; European Accessibility Act (Directive 2019/882)", "the banner fails WCAG 2.1 A/AA checks"},
	{CodeRejectNotKeyboardOperable, SeverityWarning, "WCAG 2.1 SC 2.1.1 Keyboard; GDPR Art 7(3) (refusing as easy as accepting)", "reject cannot be reached or used with the keyboard"},
	{CodeAssentRecordMissing, SeverityError, "GDPR Art 7(1); EDPB Guidelines 05/2020 paras 104-108", "an Assent page emitted no consent record"},
	{CodeAssentReceiptInvalid, SeverityError, "GDPR Art 7(1); EDPB Guidelines 05/2020 paras 104-108", "an Assent receipt does not verify"},
}

// HTTPErrorInfo declares an HTTP error code.
type HTTPErrorInfo struct {
	Code    string
	Status  []int // the HTTP statuses it is sent with
	Meaning string
}

// HTTPErrors declares every HTTP error code, in the order of the constants (then the finding codes sent as errors).
var HTTPErrors = []HTTPErrorInfo{
	{CodeNotFound, []int{404}, "no such endpoint"},
	{CodeMethodNotAllowed, []int{405}, "the method is not allowed on this endpoint"},
	{CodeOriginNotAllowed, []int{403}, "the Origin is not one of the site's origins"},
	{CodeUnauthorized, []int{401}, "no or a wrong Authorization: Bearer site key"},
	{CodeForbidden, []int{403}, "the key belongs to another site"},
	{CodeRateLimited, []int{429}, "too many requests; retry later"},
	{CodeLedgerMisconfigured, []int{500}, "the ledger has no signing key or a broken configuration"},
	{CodeLedgerUnavailable, []int{503}, "the ledger could not complete the request; retry later"},
	{CodeInternal, []int{500}, "the answer could not be encoded"},
	{CodeUnsupportedMediaType, []int{415}, "the body is not application/json"},
	{CodeBadBody, []int{400}, "the body could not be read"},
	{CodeRecordMalformed, []int{400}, "the body is not a well-formed consent record (findings say where)"},
	{CodeRecordInvalid, []int{400}, "the record fails validation (findings say why)"},
	{CodeV1NotAccepted, []int{400}, "the site accepts version 2 (signed) records only"},
	{CodeLedgerAction, []int{400}, "doi_confirm records are written by the ledger only"},
	{CodePrevNotFound, []int{400}, "prev is not the hash of a record in the site's log"},
	{CodePrevForeign, []int{400}, "prev is the hash of another subject's record"},
	{CodeRecordIDConflict, []int{409}, "another record is logged under this id"},
	{CodeUnknownSite, []int{403, 404}, "the site is not registered"},
	{CodeRecordNotFound, []int{404}, "no such record in the site's log"},
	{CodeSubjectNotFound, []int{404}, "no record of this subject in the site's log"},
	{CodeBadQuery, []int{400}, "a query parameter is missing"},
	{CodeBadRange, []int{400}, "a range or date outside what the log holds"},
	{CodeDOIRequestMalformed, []int{400}, "a double opt-in request is not {record_id, redirect}"},
	{CodeDOINotOptIn, []int{400}, "double opt-in confirms marketing_opt_in records only"},
	{CodeRedirectNotAllowed, []int{400}, "redirect is not on one of the site's origins"},
	{CodeDOITokenUnknown, []int{404}, "the confirmation link is not valid"},
	{CodeDOITokenUsed, []int{410}, "the confirmation link was already used"},
	{CodeDOITokenExpired, []int{410}, "the confirmation link has expired"},
	{CodeSiteLoader, []int{500}, "assent serve: the site's loader could not be built"},
	{CodeArchived, []int{410}, "the record was moved to an archive file (the body names the range and the file's SHA-256)"},
	{CodeBadArchiveRequest, []int{400}, "an archive request is not {start, end, sha256, archive_sha256}"},
	{CodeArchiveOverlap, []int{409}, "the range is archived already (by another file, or the next archive starts later)"},
	{CodeArchiveGap, []int{409}, "the range does not start where the archived range ends"},
	{CodeArchiveIncomplete, []int{409}, "an entry of the range has no receipt yet"},
	{CodeArchiveMismatch, []int{409}, "the archive's hash differs from the entries the ledger holds: nothing dropped"},
	{CodeInvalidUTF8, []int{400}, "the body is not valid UTF-8"},
	{CodeNotJSON, []int{415}, "the body is not JSON"},
	{CodeTooLarge, []int{413}, "the body or the canonical record is over the size limit"},
	{CodeSubjectKeyMismatch, []int{400}, "subject is not derived from subject_key (with findings)"},
	{CodeBadSubjectKey, []int{400}, "subject_key is not a point on P-256 (with findings)"},
	{CodeBadSignature, []int{400}, "the subject signature does not verify (with findings)"},
}

// Google Consent Mode v2 consent types
// (https://developers.google.com/tag-platform/security/concepts/consent-mode).
const (
	SignalAdStorage              = "ad_storage"
	SignalAdUserData             = "ad_user_data"
	SignalAdPersonalization      = "ad_personalization"
	SignalAnalyticsStorage       = "analytics_storage"
	SignalFunctionalityStorage   = "functionality_storage"
	SignalPersonalizationStorage = "personalization_storage"
	SignalSecurityStorage        = "security_storage"
)

// The strictest reading: a visitor whose country is unknown or outside the rules gets StrictestCountry's rules,
// and records name JurisdictionFallback. Germany is the strictest: only storage strictly necessary for a digital
// service the user asked for is exempt from consent (TDDDG §25(1) and (2) Nr. 2, rules DE.TDDDG.25.*), with no
// analytics exemption, where France exempts some audience measurement (Loi Informatique et Libertés art. 82; CNIL
// audience measurement guidance, rule FR.CNIL.audience) and the UK statistics (PECR reg 6 and Sch A1, rule
// GB.PECR.SchA1.statistics).
const (
	StrictestCountry     = "DE"
	JurisdictionFallback = "EU"
)

// Purpose categories: the cookie purposes of a scenario ("purpose") and of PurposeCategory. Strictly necessary
// storage is exempt from consent (ePrivacy Directive 2002/58/EC Art. 5(3), second sentence; WP29 Opinion 04/2012);
// the others need it, and an unrecognised purpose is read as marketing, the strictest.
const (
	CategoryStrictlyNecessary = "strictly_necessary"
	CategoryFunctional        = "functional"
	CategoryAnalytics         = "analytics"
	CategoryMarketing         = "marketing"
	CategoryPersonalization   = "personalization"
)

// Categories are the purpose categories, in scenario order.
var Categories = []string{CategoryStrictlyNecessary, CategoryFunctional, CategoryAnalytics, CategoryMarketing, CategoryPersonalization}

// ConsentModeTypes are the Google Consent Mode v2 consent types, in Google's order.
var ConsentModeTypes = []string{SignalAdStorage, SignalAdUserData, SignalAdPersonalization, SignalAnalyticsStorage,
	SignalFunctionalityStorage, SignalPersonalizationStorage, SignalSecurityStorage}

// ChoiceSignals are the Consent Mode types a choice grants or denies: all but security_storage, which is always
// granted. Callers must not modify it.
var ChoiceSignals = []string{SignalAdStorage, SignalAdUserData, SignalAdPersonalization, SignalAnalyticsStorage,
	SignalFunctionalityStorage, SignalPersonalizationStorage}

// trackingModes are Consent Mode types that are never strictly necessary (WP29 Opinion 04/2012).
var trackingModes = []string{SignalAdStorage, SignalAdUserData, SignalAdPersonalization, SignalAnalyticsStorage}

// CategorySignals returns the Consent Mode types a purpose of a category grants when its config names none:
// analytics analytics_storage, functional functionality_storage, personalization personalization_storage,
// marketing the three advertising types; strictly necessary none (security_storage is always granted).
func CategorySignals(category string) []string {
	switch category {
	case CategoryAnalytics:
		return []string{SignalAnalyticsStorage}
	case CategoryFunctional:
		return []string{SignalFunctionalityStorage}
	case CategoryPersonalization:
		return []string{SignalPersonalizationStorage}
	case CategoryMarketing:
		return []string{SignalAdStorage, SignalAdUserData, SignalAdPersonalization}
	}
	return nil
}

// Models are the consent models a decision (and a record's decision.model) may name, from the least to the most
// demanding; Decide documents each.
var Models = []string{ModelExempt, ModelOptOut, ModelSoftOptIn, ModelOptIn, ModelDoubleOptIn, ModelNotAllowed}
