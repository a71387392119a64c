package event

import (
	"fmt"
	"slices"
	"strings"

	"github.com/casus-project/casus/model"
)

// restated records that sentence s reports again an event already coded
// from another sentence of the article (the same source, target, code
// and date: key), instead of emitting it twice: the kept event's
// evidence gains an entry naming the other sentence's span ("restated in
// the sentence at 1200-1310"), once per sentence, so a user sees one
// deed with every sentence that reports it, and how often it was
// reported.
func (a *article) restated(key string, s *model.Sentence) {
	for i := range a.events {
		e := &a.events[i]
		if e.Source == nil || e.Target == nil || e.Evidence.Sentence == s.Span {
			continue
		}
		if eventKey(e.Source.Code, e.Target.Code, e.Code, e.Date, e.Sentence) != key {
			continue
		}
		entry := fmt.Sprintf("restated in the sentence at %d-%d", s.Span.Start, s.Span.End)
		for _, x := range e.Evidence.Entries {
			if x == entry {
				return
			}
		}
		e.Evidence.Entries = append(e.Evidence.Entries, entry)
		return
	}
}

// mergeVaguer folds an event into another of the same code and date from
// another sentence whose source and target are the same actors or more
// specific ones of the same country: "an allegation Tehran swiftly
// denied" (IRN>ISR 016) and, later, "Iran's foreign ministry spokesman
// rejected the accusation" (IRNGOV>ISR 016) are one denial. The more
// specific event is kept, its evidence naming the other sentence
// (restated); an event the outlet asserts is not folded into one a
// speaker only claims. A member of a list ("include Australia, Canada
// and the United States") is no vaguer telling of a deed of its country
// that another sentence reports: the list tells each member's own.
// described flags, per event of evs, one whose source and target were
// both found through definite descriptions ("the two countries"), not
// named; nil flags none. It returns evs without the folded events.
func mergeVaguer(evs []model.Event, described []bool) []model.Event {
	drop := make([]bool, len(evs))
	n := 0
	for i := range evs {
		if listMember(evs, i) {
			continue
		}
		for j := range evs {
			if i == j || drop[j] || !vaguer(&evs[i], &evs[j], flagged(described, i), flagged(described, j)) {
				continue
			}
			drop[i] = true
			n++
			s := evs[i].Evidence.Sentence
			entry := fmt.Sprintf("restated in the sentence at %d-%d", s.Start, s.End)
			if !slices.Contains(evs[j].Evidence.Entries, entry) {
				evs[j].Evidence.Entries = append(evs[j].Evidence.Entries, entry)
			}
			break
		}
	}
	if n == 0 {
		return evs
	}
	out := evs[:0]
	for i := range evs {
		if !drop[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// listMember reports an event evs[i] whose predicate codes the same
// deed on the same target for another source too: one of a list of
// doers.
func listMember(evs []model.Event, i int) bool {
	e := &evs[i]
	if e.Source == nil || e.Target == nil {
		return false
	}
	for j := range evs {
		o := &evs[j]
		if j != i && o.Source != nil && o.Target != nil && o.Source.Code != e.Source.Code && o.Target.Code == e.Target.Code && o.Code == e.Code && o.Evidence.Sentence == e.Evidence.Sentence && o.Evidence.Predicate == e.Evidence.Predicate {
			return true
		}
	}
	return false
}

// vaguer reports an event a that b, from another sentence with the same
// code and date, reports with the same actors or more specific ones:
// each of b's source and target is a's, or a sector of a's bare country,
// and not both are a's codes. aDescribed and bDescribed say whether a's
// and b's parties were both found through descriptions, not named.
func vaguer(a, b *model.Event, aDescribed, bDescribed bool) bool {
	if a.Source == nil || a.Target == nil || b.Source == nil || b.Target == nil || a.Code != b.Code || a.Date != b.Date || a.Evidence.Sentence == b.Evidence.Sentence {
		return false
	}
	if a.Source.Code == b.Source.Code && a.Target.Code == b.Target.Code || placeScope(a.Code, a.Sentence) != placeScope(b.Code, b.Sentence) {
		return false
	}
	if cooperation(a.Root) && (len(a.Source.Code) == 3 || len(a.Target.Code) == 3) {
		// "Indonesia signed a contract with France", then "Defence
		// Minister Sjafrie and his French counterpart signed the deal":
		// a country's own cooperation (an agreement, a pledge, aid)
		// binds the country, and its officials' act that restates it is
		// theirs; both are told.
		return false
	}
	if a.Status == model.Asserted && b.Status == model.Claimed {
		// "a swap mediated by the UAE", then "the UAE foreign ministry
		// said it had mediated 15 exchanges between the two
		// countries": what the outlet reports as fact a party's own
		// claim does not restate; the claim may tell of other deeds.
		return false
	}
	// "Armenia and Azerbaijan signed an agreement", then "the foreign
	// ministers of the two countries signed the deal": a telling that
	// names its parties only by descriptions of those named before adds
	// no one, and the named telling is kept, whichever is more specific.
	if aDescribed != bDescribed {
		if aDescribed {
			return sameOrSector(b.Source, a.Source) && sameOrSector(b.Target, a.Target)
		}
		return false
	}
	return sameOrSector(a.Source, b.Source) && sameOrSector(a.Target, b.Target)
}

// flagged reports flags[i], false past the end of flags.
func flagged(flags []bool, i int) bool {
	return i < len(flags) && flags[i]
}

// sameOrSector reports an actor b that is a (the same code and name: two
// officials of one government, "Sondland" and "Morrison", are not), or a
// sector of a when a is a bare country ("IRN", "IRNGOV").
func sameOrSector(a, b *model.Actor) bool {
	if a.Code == b.Code {
		return a.Name == b.Name
	}
	return len(a.Code) == 3 && len(b.Code) > 3 && strings.HasPrefix(b.Code, a.Code)
}

// cooperation reports a CAMEO root of cooperation, verbal or material:
// intent to cooperate (03), consultation (04), diplomatic (05) and
// material (06) cooperation.
func cooperation(root string) bool {
	return root == "03" || root == "04" || root == "05" || root == "06"
}
