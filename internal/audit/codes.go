package audit

import (
	"slices"

	"github.com/assent-dev/assent/rules"
)

// Finding codes. They are stable: programs branch on them, and the same strings appear in report.json. They are
// declared, with their severity and citation, in package rules (rules.FindingCodes).
const (
	CodeBannerNotFound              = rules.CodeBannerNotFound
	CodeNonEssentialBeforeConsent   = rules.CodeNonEssentialBeforeConsent
	CodeFunctionalBeforeConsent     = rules.CodeFunctionalBeforeConsent
	CodeUnclassifiedBeforeConsent   = rules.CodeUnclassifiedBeforeConsent
	CodeControlsUnrecognised        = rules.CodeBannerControlsUnrecognised
	CodeRejectNotFound              = rules.CodeRejectNotFound
	CodeRejectNotOnFirstLayer       = rules.CodeRejectNotOnFirstLayer
	CodeRejectNotEqualProminence    = rules.CodeRejectNotEqualProminence // from rules.ValidateUI
	CodeLowContrast                 = rules.CodeLowContrast              // from rules.ValidateUI
	CodeRejectIsLink                = rules.CodeRejectIsLink             // from rules.ValidateUI
	CodePretickedPurposes           = rules.CodePretickedPurposes
	CodeRejectNotRespected          = rules.CodeRejectNotRespected
	CodeChoiceNotRemembered         = rules.CodeChoiceNotRemembered
	CodeWithdrawalControlMissing    = rules.CodeWithdrawalControlMissing
	CodeConsentModeDefaultMissing   = rules.CodeConsentModeDefaultMissing
	CodeConsentModeDefaultNotDenied = rules.CodeConsentModeDefaultNotDenied
	CodeConsentModeV2Incomplete     = rules.CodeConsentModeV2Incomplete
	CodeGPCNotHonoured              = rules.CodeGPCNotHonoured
	CodeBannerA11yViolation         = rules.CodeBannerA11yViolation
	CodeRejectNotKeyboardOperable   = rules.CodeRejectNotKeyboardOperable
	CodeAssentRecordMissing         = rules.CodeAssentRecordMissing
	CodeAssentReceiptInvalid        = rules.CodeAssentReceiptInvalid
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

// codeChecks gives the check each code the auditor reports itself belongs to; its severity and citation are
// rules.FindingCodes'.
var codeChecks = map[string]string{
	CodeBannerNotFound:              CheckBannerPresent,
	CodeNonEssentialBeforeConsent:   CheckNothingBefore,
	CodeFunctionalBeforeConsent:     CheckNothingBefore,
	CodeUnclassifiedBeforeConsent:   CheckNothingBefore,
	CodeControlsUnrecognised:        CheckRejectFirstLayer,
	CodeRejectNotFound:              CheckRejectFirstLayer,
	CodeRejectNotOnFirstLayer:       CheckRejectFirstLayer,
	CodePretickedPurposes:           CheckNoPreticked,
	CodeRejectNotRespected:          CheckChoiceRespected,
	CodeChoiceNotRemembered:         CheckChoiceRespected,
	CodeWithdrawalControlMissing:    CheckWithdrawalControl,
	CodeConsentModeDefaultMissing:   CheckConsentModeDefault,
	CodeConsentModeDefaultNotDenied: CheckConsentModeDefault,
	CodeConsentModeV2Incomplete:     CheckConsentModeDefault,
	CodeGPCNotHonoured:              CheckGPC,
	CodeBannerA11yViolation:         CheckAccessibility,
	CodeRejectNotKeyboardOperable:   CheckKeyboardReject,
	CodeAssentRecordMissing:         CheckAssentRecords,
	CodeAssentReceiptInvalid:        CheckAssentRecords,
}

// newFinding builds a finding of a known code with its severity, check and citation.
func newFinding(code, msg string, ev Evidence) Finding {
	check, ok := codeChecks[code]
	i := slices.IndexFunc(rules.FindingCodes, func(c rules.CodeInfo) bool { return c.Code == code })
	if !ok || i < 0 {
		panic("audit: unknown finding code " + code)
	}
	ci := rules.FindingCodes[i]
	return Finding{Code: code, Severity: ci.Severity, Check: check, Message: msg, Cite: ci.Cite, Evidence: ev}
}
