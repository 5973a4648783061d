package audit

// Finding codes. They are stable: programs branch on them, and the same strings appear in report.json.
const (
	CodeBannerNotFound              = "banner_not_found"
	CodeNonEssentialBeforeConsent   = "non_essential_before_consent"
	CodeFunctionalBeforeConsent     = "functional_before_consent"
	CodeUnclassifiedBeforeConsent   = "unclassified_before_consent"
	CodeControlsUnrecognised        = "banner_controls_unrecognised"
	CodeRejectNotFound              = "reject_not_found"
	CodeRejectNotOnFirstLayer       = "reject_not_on_first_layer"
	CodeRejectNotEqualProminence    = "reject_not_equal_prominence" // from rules.ValidateUI
	CodeLowContrast                 = "low_contrast"                // from rules.ValidateUI
	CodeRejectIsLink                = "reject_is_link"              // from rules.ValidateUI
	CodePretickedPurposes           = "preticked_purposes"
	CodeRejectNotRespected          = "reject_not_respected"
	CodeChoiceNotRemembered         = "choice_not_remembered"
	CodeWithdrawalControlMissing    = "withdrawal_control_missing"
	CodeConsentModeDefaultMissing   = "consent_mode_default_missing"
	CodeConsentModeDefaultNotDenied = "consent_mode_default_not_denied"
	CodeConsentModeV2Incomplete     = "consent_mode_v2_incomplete"
	CodeGPCNotHonoured              = "gpc_not_honoured"
	CodeBannerA11yViolation         = "banner_a11y_violation"
	CodeRejectNotKeyboardOperable   = "reject_not_keyboard_operable"
	CodeAssentRecordMissing         = "assent_record_missing"
	CodeAssentReceiptInvalid        = "assent_receipt_invalid"
)

// Check identifiers, in report order.
const (
	CheckBannerPresent      = "banner_present"
	CheckNothingBefore      = "nothing_before_choice"
	CheckRejectFirstLayer   = "reject_first_layer"
	CheckEqualProminence    = "equal_prominence"
	CheckRejectNotLink      = "reject_not_link"
	CheckNoPreticked        = "no_preticked"
	CheckChoiceRespected    = "choice_respected"
	CheckAcceptEffective    = "accept_effective"
	CheckWithdrawalControl  = "withdrawal_control"
	CheckConsentModeDefault = "consent_mode_default"
	CheckGPC                = "gpc"
	CheckAccessibility      = "accessibility"
	CheckKeyboardReject     = "keyboard_reject"
	CheckAssentRecords      = "assent_records"
)

var checkTitles = []struct{ id, title string }{
	{CheckBannerPresent, "A consent banner is shown to a first-time visitor"},
	{CheckNothingBefore, "Nothing non-essential before any choice (cookies, storage, trackers)"},
	{CheckRejectFirstLayer, "Reject on the first layer, in no more clicks than accept"},
	{CheckEqualProminence, "Reject as prominent as accept (size, font, colours, contrast)"},
	{CheckRejectNotLink, "Reject is a button, not a link in running text"},
	{CheckNoPreticked, "No pre-ticked purposes in the preferences layer"},
	{CheckChoiceRespected, "Reject is respected after a reload and on two more pages"},
	{CheckAcceptEffective, "Accept in a fresh profile: what loads"},
	{CheckWithdrawalControl, "A control to change or withdraw consent after the choice"},
	{CheckConsentModeDefault, "Google Consent Mode: a denied default before any tag"},
	{CheckGPC, "Global Privacy Control: advertising signals denied"},
	{CheckAccessibility, "Banner accessibility (axe-core, WCAG 2.1 A/AA)"},
	{CheckKeyboardReject, "Reject reachable and operable with the keyboard only"},
	{CheckAssentRecords, "Assent pages: records emitted and receipts verifiable"},
}

type codeInfo struct {
	severity, check, cite string
}

var codeInfos = map[string]codeInfo{
	CodeBannerNotFound: {SeverityError, CheckBannerPresent,
		"ePrivacy Directive 2002/58/EC Art 5(3); GDPR Art 4(11), 7(1)"},
	CodeNonEssentialBeforeConsent: {SeverityError, CheckNothingBefore,
		"ePrivacy Directive Art 5(3); CJEU C-673/17 Planet49; EDPB Guidelines 05/2020 para 86"},
	CodeFunctionalBeforeConsent: {SeverityWarning, CheckNothingBefore,
		"ePrivacy Directive Art 5(3); WP29 Opinion 04/2012 (only strictly necessary storage is exempt)"},
	CodeUnclassifiedBeforeConsent: {SeverityWarning, CheckNothingBefore,
		"ePrivacy Directive Art 5(3); EDPB Cookie Banner Taskforce report (17 Jan 2023): controllers must justify each essential classification"},
	CodeControlsUnrecognised: {SeverityWarning, CheckRejectFirstLayer,
		"GDPR Art 4(11), 7(3)"},
	CodeRejectNotFound: {SeverityError, CheckRejectFirstLayer,
		"GDPR Art 4(11), 7(3); EDPB Cookie Banner Taskforce report para 8; CNIL recommandation 2020-092"},
	CodeRejectNotOnFirstLayer: {SeverityError, CheckRejectFirstLayer,
		"EDPB Cookie Banner Taskforce report (17 Jan 2023) para 8; CNIL recommandation 2020-092; OLG Köln 6 U 80/23 (19 Jan 2024)"},
	CodePretickedPurposes: {SeverityError, CheckNoPreticked,
		"GDPR Recital 32; CJEU C-673/17 Planet49; EDPB Cookie Banner Taskforce report para 10"},
	CodeRejectNotRespected: {SeverityError, CheckChoiceRespected,
		"ePrivacy Directive Art 5(3); GDPR Art 4(11), 7(3)"},
	CodeChoiceNotRemembered: {SeverityWarning, CheckChoiceRespected,
		"CNIL recommandation 2020-092 (keep the choice 6 months); Garante guidelines 10 Jun 2021"},
	CodeWithdrawalControlMissing: {SeverityError, CheckWithdrawalControl,
		"GDPR Art 7(3); EDPB Cookie Banner Taskforce report paras 32-35"},
	CodeConsentModeDefaultMissing: {SeverityError, CheckConsentModeDefault,
		"Google Consent Mode v2: gtag('consent', 'default', ...) before any config or event; ePrivacy Directive Art 5(3)"},
	CodeConsentModeDefaultNotDenied: {SeverityError, CheckConsentModeDefault,
		"Google Consent Mode v2; ePrivacy Directive Art 5(3) (no storage before consent)"},
	CodeConsentModeV2Incomplete: {SeverityWarning, CheckConsentModeDefault,
		"Google Consent Mode v2 (ad_user_data and ad_personalization, required for EEA traffic since March 2024)"},
	CodeGPCNotHonoured: {SeverityWarning, CheckGPC,
		"Global Privacy Control specification; GDPR Art 21(5) (objection by automated means); Cal. Code Regs. tit. 11 §7025"},
	CodeBannerA11yViolation: {SeverityWarning, CheckAccessibility,
		"WCAG 2.1 A/AA (axe-core); EN 301 549; European Accessibility Act (Directive 2019/882)"},
	CodeRejectNotKeyboardOperable: {SeverityWarning, CheckKeyboardReject,
		"WCAG 2.1 SC 2.1.1 Keyboard; GDPR Art 7(3) (refusing as easy as accepting)"},
	CodeAssentRecordMissing: {SeverityError, CheckAssentRecords,
		"GDPR Art 7(1); EDPB Guidelines 05/2020 paras 104-108"},
	CodeAssentReceiptInvalid: {SeverityError, CheckAssentRecords,
		"GDPR Art 7(1); EDPB Guidelines 05/2020 paras 104-108"},
}

// newFinding builds a finding of a known code with its severity, check and citation.
func newFinding(code, msg string, ev Evidence) Finding {
	ci, ok := codeInfos[code]
	if !ok {
		panic("audit: unknown finding code " + code)
	}
	return Finding{Code: code, Severity: ci.severity, Check: ci.check, Message: msg, Cite: ci.cite, Evidence: ev}
}
