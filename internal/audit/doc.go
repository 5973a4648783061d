// Package audit checks a live page's consent banner and behaviour the way a regulator would, in headless Chromium.
// It is the engine of `assent audit URL` (docs/contract.md section 2).
//
// # Visits
//
// [Browser.Audit] drives one Chromium ([NewBrowser]) through up to four visits, each in a fresh browser context (an
// empty profile: no cookies, storage or cache), as a first-time visitor whose browser looks ordinary (see
// Automation below):
//
//  1. First visit. Load the page and wait until it is quiet; record cookies, localStorage, sessionStorage,
//     IndexedDB names and third-party requests, classified strictly_necessary / functional / analytics / marketing
//     with the embedded knowledge base ([ClassifyName], [ClassifyHost]). Read Google Consent Mode from dataLayer.
//     Find the banner (role=dialog/alertdialog, aria-modal, <dialog>, fixed or sticky overlays and known consent
//     managers, in the document and in open shadow roots, with consent wording or accept/reject controls) and
//     screenshot it. Classify its controls (accept, reject, preferences, save) by wording in a dozen languages,
//     Assent's data-assent-action hooks and common consent managers' ids. Run axe-core on the banner. Compare reject
//     with accept using rules.ValidateUI (the same equal-prominence rules the widget applies to itself). Reject:
//     with the keyboard (Tab from the top of the page, then Enter, then Space if Enter did nothing, and the banner
//     must go away within 3 s, fade-outs included) when reject is on the first layer, else through
//     the preferences layer (its reject button, or untick everything and save). Then reload, follow two same-site
//     links, and record what is new since the click. Finally look for a control to change or withdraw consent and
//     click it: it must reopen a consent dialog. On a page that runs Assent, read Assent.records().
//  2. Preferences visit (when the first visit did not open it): open the preferences layer and look for pre-ticked
//     purposes (checked, not locked, not labelled strictly necessary).
//  3. Accept visit: click accept and record what loads (the declared vendors should).
//  4. GPC visit (only when the page exposes Consent Mode or Assent): Sec-GPC: 1 and
//     navigator.globalPrivacyControl = true; advertising signals must stay denied before any choice.
//
// A banner that is not found is the finding banner_not_found with an explanation (cross-origin consent iframes,
// automation signals), never a silent pass.
//
// # Findings
//
// Every problem is a [Finding] with a stable code, a severity ("error" is a violation: the command exits 1;
// "warning" is worth a look), the check it belongs to, a message, a citation and evidence (selector, measured
// values, screenshot regions). The codes:
//
//	banner_not_found              error    no consent banner on the first visit
//	non_essential_before_consent  error    analytics/marketing cookies, storage or tracker requests before any choice (one per vendor)
//	functional_before_consent     warning  functional storage before any choice
//	unclassified_before_consent   warning  cookies or storage not in the knowledge base before any choice
//	banner_controls_unrecognised  warning  no accept, reject or preferences control could be recognised
//	reject_not_found              error    no way to refuse on either layer
//	reject_not_on_first_layer     error    refusing needs the preferences layer (evidence: clicks to reject vs accept)
//	reject_not_equal_prominence   error    from rules.ValidateUI: smaller box, font or weight than accept
//	low_contrast                  error    from rules.ValidateUI: reject label under 4.5:1 (a warning for accept)
//	reject_is_link                error    from rules.ValidateUI: reject is a text link (prominence differences folded in)
//	preticked_purposes            error    purposes ticked in advance in the preferences layer
//	reject_not_respected          error    analytics/marketing started after reject, a reload or on two more pages
//	choice_not_remembered         warning  the banner came back after a reload
//	withdrawal_control_missing    error    no control to change or withdraw consent after the choice (or it opens nothing)
//	consent_mode_default_missing  error    gtag config/event ran before any gtag('consent','default',...)
//	consent_mode_default_not_denied error  the default grants ad_storage, analytics_storage, ad_user_data or ad_personalization
//	consent_mode_v2_incomplete    warning  the default omits ad_user_data or ad_personalization
//	gpc_not_honoured              warning  with GPC on, Consent Mode or Assent grants advertising before any choice
//	banner_a11y_violation         warning  an axe-core WCAG 2.1 A/AA violation inside the banner (one per rule)
//	reject_not_keyboard_operable  warning  reject not reached with Tab, or neither Enter nor Space on it closed the banner
//	assent_record_missing         error    Assent runs but holds no record of the choice (or the wrong action)
//	assent_receipt_invalid        error    an Assent receipt does not verify (with Options.VerifyReceipt)
//
// rules.ValidateUI may add its own codes (reject_not_visible, unparseable_color, contrast_unmeasured); they are
// passed through with its severity and citation.
//
// # Report
//
// [Report] is report.json (schema "assent.audit/v1", documented field by field in REPORT.md). [WriteReport] writes
// it with report.html (self-contained: screenshots as data: URIs, the banner and each finding's elements outlined)
// and screenshots/*.png; [WriteSummary] prints the one-screen summary.
//
// # Automation
//
// Chromium runs headless without --enable-automation and with Blink's AutomationControlled feature off (so
// navigator.webdriver is false), with the user agent and client hints of an ordinary Chrome of the same version on
// Windows (desktop) or Android (mobile) instead of "HeadlessChrome", the visitor's languages, and a normal viewport.
// What a page could still use to tell (software WebGL, a default-denied Notification permission, ...) is measured
// in the page on every audit and listed in Environment.AutomationSignals; MayDetectAutomation is then true and the
// report and summary say so.
//
// # Data
//
// data/cookies.csv and data/trackers.csv are a small knowledge base curated by the Assent authors and cross-checked
// against the Open Cookie Database (Apache-2.0); data/axe.min.js is axe-core 4.14.1 (MPL-2.0). See data/NOTICE.
package audit
