package rules

import (
	"strconv"
	"strings"
	"sync"
)

// The text side of the tables (see law.go): the Reason behind every rule id, resolved once, on first use,
// from the fact lists (lawFacts) and the explanations of failed soft opt-ins. Only Decide, LookupRule and
// RuleIDs reach it, so a program that calls DecideBrief alone links none of it and never builds it.

// textState is the text side, built by buildTexts.
type textState struct {
	lists [][]Reason        // lists[i] holds the reasons of the rule ids law.lists[i], capped
	byID  map[string]Reason // every rule id a decision can carry
}

// The text side is built under a sync.Once inside texts, not by a package-level sync.OnceValue: that would
// be set up by the package's init code, which would make buildTexts, and all the texts, reachable from every
// program that imports the package.
var (
	textOnce sync.Once
	textData *textState
)

// texts returns the text side, building it on first use.
func texts() *textState {
	textOnce.Do(buildTexts)
	return textData
}

func buildTexts() {
	known := make(map[string]Reason)
	for _, f := range lawFacts {
		for _, r := range f.Reasons {
			known[r.Rule] = r
		}
	}
	for _, e := range law.routes {
		w := routeTextOf(e.route.Rule)
		for slot, id := range e.ids {
			known[id] = Reason{Rule: id, Text: failureText(e.route, w.Name, slot), Cite: w.Cite, URL: w.URL}
		}
	}
	n := 0
	for _, ids := range law.lists {
		n += len(ids)
	}
	all := make([]Reason, 0, n) // one backing array for every list
	ts := &textState{lists: make([][]Reason, len(law.lists)), byID: make(map[string]Reason)}
	for i, ids := range law.lists {
		start := len(all)
		for _, id := range ids {
			r, ok := known[id]
			if !ok {
				r = Reason{Rule: id} // never: every id names a fact (tested)
			}
			all = append(all, r)
			ts.byID[id] = r
		}
		ts.lists[i] = all[start:len(all):len(all)]
	}
	for _, r := range ageReasons { // added to decisions by Decide (law_age.go, parental)
		ts.byID[r.Rule] = r
	}
	textData = ts
}

// routeTextOf returns the wording of the route with the given rule id.
func routeTextOf(rule string) routeText {
	for _, f := range lawFacts {
		for _, w := range f.Routes {
			if w.Rule == rule {
				return w
			}
		}
	}
	return routeText{Rule: rule, Name: "soft opt-in"} // never: every route has its wording (tested)
}

// LookupRule returns the reason with the given rule id, as Decide would give it, if any table or
// explanation has it.
func LookupRule(id string) (Reason, bool) {
	r, ok := texts().byID[id]
	return r, ok
}

// RuleIDs returns every rule id Decide can give, sorted.
func RuleIDs() []string {
	m := texts().byID
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sortStrings(ids)
	return ids
}

// failureText says why route r, called name, failed at slot.
func failureText(r *softOptIn, name string, slot int) string {
	switch {
	case slot == failChannel:
		return "The " + name + " covers only " + channelNames(r.Channels) + ", not this channel."
	case slot == failNotInForce:
		return "The " + name + " applies only from " + r.From + "."
	case slot == failSender:
		return "The " + name + " is not open to this kind of sender: " + senderNames(r.Senders) + " only."
	case slot >= failRelationship && slot < failNotInForce:
		return relationshipFailure(r, name, relationship(slot-failRelationship))
	case slot == failOtherEntity:
		return "Details collected by another entity (a group company, a platform, a subsidiary) " +
			"cannot be used under the " + name + ": the sender must have collected them itself, directly."
	case slot == failCollectedBefore:
		return "The " + name + " is not retrospective: it covers only details collected on or after " +
			r.CollectedFrom + "."
	case slot == failSimilar:
		return "The " + name + " covers only the sender's own products or services similar to those " +
			"the person bought or asked about."
	case slot == failAtCollection:
		return "The " + name + " needs a simple, free chance to refuse when the details were " +
			"collected; it cannot be added afterwards."
	case slot == failEveryMessage:
		return "The " + name + " needs a simple, free way to opt out in every message."
	case slot == failMonths:
		return "The " + name + " lapses " + strconv.Itoa(r.MaxMonths) + " months after the last sale."
	case slot == failRegister:
		return "The recipient is on the opt-out register, which rules out the " + name + "."
	}
	return "The " + name + " does not apply."
}

func relationshipFailure(r *softOptIn, name string, rel relationship) string {
	need := "it needs " + relationshipNames(r.Relationships) + "."
	switch rel {
	case relNone:
		return "There is no prior relationship, so the " + name + " is not available: " + need
	case relCustomer:
		return "A sale does not open the " + name + ": " + need
	case relNegotiation:
		return "A quote request or negotiation is not enough for the " + name + ": " + need
	case relEnquiry:
		return "A general enquiry is not a sale or a negotiation for one, so the " + name +
			" is not available: " + need
	case relSupporter:
		return "Supporting a cause does not open the " + name + ": " + need
	case relInterest:
		return "An interest in a cause does not open the " + name + ": " + need
	case relThirdPartyList:
		return "A bought, rented or shared list never qualifies for the " + name +
			": the sender must have collected the details itself, directly from the person."
	}
	return need
}

func channelNames(s channelSet) string {
	var out []string
	for c := channel(0); c < numChannels; c++ {
		if s&(1<<c) != 0 {
			out = append(out, channelValues[c])
		}
	}
	return join(out)
}

func senderNames(s senderSet) string {
	var out []string
	for i, v := range senderValues {
		if s&(1<<i) != 0 {
			out = append(out, strings.ReplaceAll(v, "_", " "))
		}
	}
	return join(out) + " senders"
}

func relationshipNames(s relationshipSet) string {
	words := map[relationship]string{relCustomer: "a sale (an existing customer)", relNegotiation: "negotiations for a sale (e.g. a quote request)",
		relSupporter: "support for the organisation's purposes", relInterest: "an expressed interest in the organisation's purposes",
		relEnquiry: "an enquiry"}
	var out []string
	for rel := relationship(1); rel < numRelationships; rel++ {
		if s&(1<<rel) != 0 && words[rel] != "" {
			out = append(out, words[rel])
		}
	}
	return "details obtained in " + strings.Join(out, " or in ")
}

func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
