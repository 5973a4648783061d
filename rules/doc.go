// Package rules is "the law as code": the consent rules of EU and UK privacy law as declared data, and the
// pure engine that applies them. The same package runs in the browser widget (WebAssembly), in the consent
// ledger and in the assent command.
//
// # Purity
//
// The package uses the standard library only (no fmt, encoding/json, reflect, regexp, net, os or clock
// reads): callers pass the date in. Nothing here does I/O, and no output depends on map order. JSON reading
// and writing of these types lives in package rules/codec.
//
// # Deciding
//
// [Decide] answers "which consent do I need?" for one [Scenario]: a marketing message by email, SMS, live
// phone call, automated call or post, or a cookie, sent to a recipient in a given country on a given date.
// The answer, a [Decision], is the least demanding lawful basis:
//
//	exempt         no consent needed (strictly necessary cookies; a regulator's analytics exemption met)
//	opt_out        may send without prior consent; identify yourself, offer an opt-out, honour objections,
//	               screen against Decision.RegisterCheck when it is set
//	soft_opt_in    may send without prior consent because every soft opt-in condition holds
//	opt_in         prior consent needed; DoubleOptIn says when a confirmation step is recommended
//	double_opt_in  prior consent confirmed by a second step (Germany, email: the courts' standard of proof)
//	not_allowed    may not be sent at all (a banned sector, a hidden sender)
//
// Every decision carries its reasons, most decisive first: a stable rule id (e.g. "GB.PECR.22.3"), a
// plain-English sentence, a citation and a URL. When a soft opt-in was tried and failed, a reason names the
// condition that failed (e.g. "GB.PECR.22.3.optout_at_collection"). [LookupRule] returns the reason for any
// rule id; [RuleIDs] lists them all.
//
// [DecideBrief] is Decide without the texts: for every scenario, the same model, register check and double
// opt-in, and in [Brief].Rules the rule ids of Decide's reasons in the same order (or the same error). A
// program that calls DecideBrief and not Decide, LookupRule or RuleIDs, such as the wasm widget, which records
// rule ids only, links none of the law's sentences, citations and URLs (tested by building a probe).
//
// Where sources disagree or a fact could not be verified, the tables choose the stricter model and say so in
// the reason text.
//
// # Scenarios
//
// A Scenario holds the fields of docs/contract.md section 6 as text. [Scenario.Set] sets one field by its
// contract name from its text form and validates it; codec.ParseScenario and the widget's JavaScript bridge
// both build scenarios through it, so every target validates alike. [Scenario.Validate] checks a whole scenario
// (country, channel and date required; a purpose for cookies). Errors are [*FieldError] values naming the
// field, with a stable code. [Fields] lists the fields, their kinds and accepted values. One addition to the
// contract's scenario: the flag "hidden_sender" (the message hides the sender or gives no valid opt-out
// address), which makes any marketing message not_allowed.
//
// # Jurisdictions
//
// [Countries] lists the 32 supported countries: the EU 27, the EEA members Iceland, Liechtenstein and Norway,
// the United Kingdom ("GB"; "UK" is accepted) and Switzerland. Country codes are case-insensitive ("EL" is
// read as Greece). Austria, Belgium, France, Germany, Ireland, Italy, the Netherlands, Poland, Spain, Sweden,
// the EEA members, the UK and Switzerland have their own tables (law_xx.go); the other EU members use the EU
// baseline table (law_eu.go), which reads the ePrivacy Directive strictly and says so in every decision.
// [LookupCountry] tells which table applies.
//
// The law in force on Scenario.Date applies: the UK's Data (Use and Access) Act 2025 changes from 5 Feb 2026,
// France's phone canvassing reform from 11 Aug 2026, Poland's electronic communications law from
// 10 Nov 2024, among others.
//
// # The tables
//
// Each jurisdiction is one declared value (var lawFR = jurisdiction{...}) readable on one screen: an ordered
// list of rules, each a condition on the scenario and an outcome that cites its facts by rule id
// (Reasons: []string{"FR.Conso.L223-1.Bloctel"}). The first rule that holds decides. Soft opt-in routes are
// declared values too (their conditions: qualifying relationships, own similar products, refusal offered at
// collection and in every message, time windows, registers, dates). All of it is plain static data.
//
// The texts live apart, in the same file: the facts in a list of Reason values (var frReasons =
// []Reason{{"FR.Conso.L223-1.Bloctel", "Until 10 Aug 2026 ...", "C. conso L.223-1; ...", urlBloctel}, ...}),
// and each route's name and citation, used to explain its failures, in a list of route wordings (frRoutes).
// Every rule id names exactly one fact and every fact is cited (tested); the EU baseline's facts (law_eu.go)
// are cited by many national tables. Only Decide, LookupRule and RuleIDs read the texts, which they resolve
// on first use; DecideBrief never does, so the linker leaves them out of programs that need only the ids.
//
// The engine (decide*.go) holds no law; it compiles the tables once, at start-up, into per-channel lists
// with ready-made lists of rule ids (explanations included), so DecideBrief allocates nothing, and Decide
// nothing after its first call, which resolves the texts once.
//
// # Records, configurations and rendered UIs
//
// The package also defines the consent record (docs/contract.md section 5) with its canonical encoding and hash, and
// validates records, site configurations and measured consent UIs, returning every [Finding].
//
// A record's ui ([UIMeasurement]) is the proof of how the choice was presented, and what it must prove depends
// on the surface it was made on ([Surfaces]). On the banner: reject all beside accept all on the first layer,
// as prominent and as legible. On the preferences: the layer's own reject all as prominent as its accept all
// (refusing or withdrawing there is as easy as accepting), and, when the visitor came through the banner, that
// banner as it was shown ([LayerBoxes] in FirstLayer), which must have offered reject on the same terms. On an
// embed's placeholder or a marketing form: the one control was visible, and the record is a save or a
// marketing action respectively. [ValidateUI] checks a measurement, [ValidateRecord] the measurement against
// the action; both cite the law each check comes from. Records of widgets that predate surfaces (no
// "surface") read as before: layer 1 is the banner, layer 2 the preferences.
package rules
