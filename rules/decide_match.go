package rules

// Matching a validated input against a compiled table, and finding which condition of a soft opt-in failed.

// decide returns the first rule of t that holds for in and the index in law.lists of the reasons it gives
// (its own, or those explaining the closest failed soft opt-in), or nil if no rule holds (the tables are
// tested never to leave a gap).
func (t *compiled) decide(in *input) (*compiledRule, int32) {
	for _, r := range t.byChannel[in.ch] {
		if !r.when.matches(in) {
			continue
		}
		if r.when.SoftOptIn != nil && r.when.SoftOptIn.check(in) >= 0 {
			continue
		}
		if in.ch == chanPost && in.onRegister && r.model == ModelOptOut { // after an objection
			return t.objection, t.objection.reasons
		}
		if route, slot := closestFailure(r.explain, in); route >= 0 {
			return r, r.fails[route][slot]
		}
		return r, r.reasons
	}
	return nil, -1
}

// matches reports whether every condition of w holds for in (the channel is matched by the index).
func (w *when) matches(in *input) bool {
	return w.Recipients.has(in.rc) && w.Senders.has(in.sd) && w.Sectors.has(in.sec) && w.Purposes.has(in.pu) &&
		(w.From == "" || in.date >= w.From) && (w.Until == "" || in.date < w.Until) &&
		w.OnRegister.holds(in.onRegister) && w.OngoingContract.holds(in.ongoing) &&
		w.BusinessRelevant.holds(in.relevant) && w.AnalyticsExemption.holds(in.analytics) &&
		w.HiddenSender.holds(in.hidden) && w.Impersonal.holds(in.impersonal) &&
		w.AtCollection.holds(in.atCollection) && w.EveryMessage.holds(in.everyMessage)
}

// Failure slots of a soft opt-in route, in the order they are checked. The relationship slots hold one
// entry per relationship value so that the explanation can name it.
const (
	failChannel = iota
	failSender
	failRelationship // failRelationship + r: one slot per relationship value r
)

const (
	failNotInForce = failRelationship + int(numRelationships) + iota
	failOtherEntity
	failCollectedBefore
	failSimilar
	failAtCollection
	failEveryMessage
	failMonths
	failRegister
	numFailSlots
)

// failCodes names each failure slot; the rule id of a failure is the route's Rule, a dot and the code.
var failCodes = [numFailSlots]string{
	failChannel:                               "channel",
	failSender:                                "sender",
	failRelationship + int(relNone):           "relationship_none",
	failRelationship + int(relCustomer):       "relationship_customer",
	failRelationship + int(relNegotiation):    "relationship_negotiation",
	failRelationship + int(relEnquiry):        "relationship_enquiry",
	failRelationship + int(relSupporter):      "relationship_supporter",
	failRelationship + int(relInterest):       "relationship_interest",
	failRelationship + int(relThirdPartyList): "relationship_third_party_list",
	failNotInForce:                            "in_force",
	failOtherEntity:                           "other_entity",
	failCollectedBefore:                       "collected_before",
	failSimilar:                               "similar_products",
	failAtCollection:                          "optout_at_collection",
	failEveryMessage:                          "optout_in_every_message",
	failMonths:                                "months",
	failRegister:                              "register",
}

// stage orders failure slots by how far the check got: all relationship slots are one stage.
func stage(slot int) int {
	if slot >= failNotInForce {
		return slot - int(numRelationships) + 1
	}
	if slot >= failRelationship {
		return failRelationship
	}
	return slot
}

// check returns -1 if every condition of the route holds for in, else the slot of the first that fails.
func (r *softOptIn) check(in *input) int {
	switch {
	case !r.Channels.has(in.ch):
		return failChannel
	case !r.Senders.has(in.sd):
		return failSender
	case in.rel == relNone || !r.Relationships.has(in.rel):
		return failRelationship + int(in.rel)
	case r.From != "" && in.date < r.From:
		return failNotInForce
	case in.otherEntity:
		return failOtherEntity
	case r.CollectedFrom != "" && in.collectedOn < r.CollectedFrom:
		return failCollectedBefore
	case r.Similar && !in.similar:
		return failSimilar
	case r.AtCollection && !in.atCollection:
		return failAtCollection
	case r.EveryMessage && !in.everyMessage:
		return failEveryMessage
	case r.MaxMonths > 0 && in.months > r.MaxMonths:
		return failMonths
	case r.NotOnRegister && in.onRegister:
		return failRegister
	}
	return -1
}

// closestFailure picks, among routes that fail for in, the one that got furthest (the first on a tie), and
// returns its index and failure slot, or -1 when there is nothing to explain.
func closestFailure(routes []*softOptIn, in *input) (int, int) {
	best, bestSlot, bestStage := -1, 0, -1
	for i, route := range routes {
		slot := route.check(in)
		if slot < 0 {
			continue
		}
		if st := stage(slot); st > bestStage {
			best, bestSlot, bestStage = i, slot, st
		}
	}
	return best, bestSlot
}
