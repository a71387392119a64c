package event

// List members: the actors joined to one by "and", commas or apposition
// (members), and whether two mentions stand together in one list or
// subject (joined, together, nextSubject).

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// members returns the mentions joined to ms[i] by commas and "and" /
// "or": the members of a compound actor, in text order.
func members(toks []model.Token, ms []actor.Mention, i int) []int {
	lo, hi := i, i
	for lo > 0 {
		prev, owned := lo-1, lo
		if prev > 0 && possessor(toks, ms, prev) && !ownClause(toks, ms[prev-1], ms[lo]) {
			prev-- // "the president and his Chilean counterpart", from the noun
			owned = joinedAt(ms, prev+1, lo)
		}
		if !together(toks, ms[prev], ms[owned]) {
			break
		}
		// The same from the other side ("left Peru, and Peruvian
		// police sealed off"): a lone name before the comma and the
		// conjunction ends the clause before.
		if lo == hi && conjoined(toks, ms[prev].End, ms[lo].Start) && comma(toks, ms[prev].End, ms[lo].Start) && (prev < 1 || !together(toks, ms[prev-1], ms[prev])) {
			break
		}
		lo = prev
	}
	before := -1 // the member before hi, when there is one
	if lo < hi {
		before = hi - 1
		if before > lo && possessor(toks, ms, before) {
			before--
		}
	}
	for hi+1 < len(ms) {
		next, owned := hi+1, hi+1
		if possessor(toks, ms, next) && !ownClause(toks, ms[hi], ms[next+1]) {
			next++ // "and his Chilean counterpart": the member is the noun
			owned = joinedAt(ms, next-1, next)
		}
		if !together(toks, ms[hi], ms[owned]) {
			break
		}
		// "Gondor and Dagolath, the Osgiliath newspaper": after a
		// member joined by "and" or "or" the list is closed, and a
		// name behind a bare comma is an apposition or a new phrase.
		if before >= 0 && conjoined(toks, ms[before].End, ms[hi].Start) && !conjoined(toks, ms[hi].End, ms[next].Start) {
			break
		}
		// "protested against the government, and security forces
		// responded": a comma and a conjunction after a lone name
		// begin a new clause; a list of two has no comma before its
		// "and".
		if hi == lo && conjoined(toks, ms[hi].End, ms[next].Start) && comma(toks, ms[hi].End, ms[next].Start) {
			break
		}
		before, hi = hi, next
	}
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		if k > lo && possessor(toks, ms, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// ownClause reports a mention b after "and his" that a finite verb
// follows, while the mention a before the conjunction is the object of
// a verb or a preposition ("arrived in Caracas and his Venezuelan
// counterpart presented his credentials"): the possessive opens the
// subject of the next clause, not a member of a's list.
func ownClause(toks []model.Token, a, b actor.Mention) bool {
	k := b.End
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(toks) || toks[k].UPOS != "VERB" && toks[k].UPOS != "AUX" {
		return false
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	j := a.Start - 1
	for j >= 0 && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "NUM") {
		j--
	}
	return j >= 0 && (toks[j].UPOS == "VERB" || toks[j].UPOS == "ADP")
}

// possessor reports a possessive pronoun ms[k] right before the mention
// after it ("his" in "his Chilean counterpart", with the mention of its
// own that coreference gives it), or a country's name with "'s" right
// before a named actor of that country ("Saudi Arabia and Yemen's Houthi
// movement exchanged prisoners"): it names whose the next member is and
// is no member of the list itself.
func possessor(toks []model.Token, ms []actor.Mention, k int) bool {
	if k <= 0 || k+1 >= len(ms) {
		return false
	}
	m, next := ms[k], ms[k+1]
	if m.Kind == actor.Pronoun {
		return m.End == next.Start && m.End-m.Start == 1 && toks[m.Start].XPOS == "PRP$"
	}
	return namedPossessor(toks, m, next)
}

// namedPossessor reports a country's bare name m with "'s" between it
// and the named actor next of that country: "Yemen's Houthi movement" is
// one party, the movement, and the country only says whose it is.
func namedPossessor(toks []model.Token, m, next actor.Mention) bool {
	return m.Kind == actor.Named && next.Kind == actor.Named && m.End+1 == next.Start &&
		toks[m.End].XPOS == "POS" && m.Code != "" && m.Code == m.Country &&
		next.Code != m.Code && actor.CountryOf(next.Code) == m.Code
}

// joinedAt returns the index of the mention whose words join a list:
// the possessor at k of the member at owner when it is a name, as words
// that join a list do not ("and Yemen's Houthi movement": "and" stands
// before "Yemen"), else the member itself, after a possessive pronoun
// the joining words allow ("and his Chilean counterpart").
func joinedAt(ms []actor.Mention, k, owner int) int {
	if ms[k].Kind == actor.Named {
		return k
	}
	return owner
}

// apposed returns the members mem of i's compound, or i alone where
// they are one actor named twice: a name and a description set off by
// bare commas, with no "and", "or" or "nor" among them ("Evo Morales,
// the former Bolivian president, accused Chile"), stand in apposition,
// and coding each of them tells one deed twice under two codes.
func apposed(toks []model.Token, ms []actor.Mention, mem []int, i int) []int {
	if len(mem) < 2 || conjoined(toks, ms[mem[0]].End, ms[mem[len(mem)-1]].Start) {
		return mem
	}
	for k := 1; k < len(mem); k++ {
		// "the two countries": one phrase that stands for a list;
		// "Chile, Peru sign a trade pact": a headline's list of bare
		// names, where an apposition describes ("the former ...").
		if a, b := ms[mem[k-1]].End, ms[mem[k]].Start; a > b || !hasForm(toks, a, b, "the") {
			return mem
		}
	}
	return []int{i}
}

// besideVerb reports a subject ending at end adjacent to the verb at v,
// or so but for a relative clause set off by commas right after it:
// "The neighbours, which share a long border, signed a treaty" sign it
// together as "The neighbours signed a treaty" do.
func besideVerb(toks []model.Token, end, v int) bool {
	return adjacent(toks, end, v) || adjacent(toks, afterAside(toks, end, v), v) || relativeBeside(toks, end, v)
}

// relativeBeside reports a list ending at end that the subject of a
// relative clause set off by a comma stands for, the clause's verb at v
// ("Chile and Bolivia, which signed a treaty on Monday", "..., who are
// holding talks"): the pronoun is the list, right beside the verb.
func relativeBeside(toks []model.Token, end, v int) bool {
	if end+1 >= v || toks[end].Form != "," || !relativePronoun(toks[end+1]) {
		return false
	}
	switch strings.ToLower(toks[end+1].Form) {
	case "which", "who":
		return adjacent(toks, end+2, v)
	}
	return false
}

// afterAside returns where a relative clause set off by commas right
// after a subject ending at end (", which share a border,") stops before
// the verb at v, after its closing comma; end where there is none.
func afterAside(toks []model.Token, end, v int) int {
	if end+2 >= v || toks[end].Form != "," {
		return end
	}
	switch toks[end+1].XPOS {
	case "WDT", "WP":
	default:
		return end
	}
	if e := relativeEnd(toks, end+1); e < v && toks[e].Form == "," {
		return e + 1
	}
	return end
}

// adjacent reports whether only auxiliaries, adverbs and particles stand
// between a subject ending at end and the verb at v, after the subject's
// own bracketed short name and descriptive nouns ("the National
// Liberation Army (ELN) guerrilla group resumed").
func adjacent(toks []model.Token, end, v int) bool {
	if end > v {
		return false // the subject is after the verb ("sponsored by A and B")
	}
	end = afterDescriptor(toks, end, v)
	for k := end; k < v; k++ {
		switch toks[k].UPOS {
		case "AUX", "ADV", "PART":
		default:
			return false
		}
	}
	return true
}

// joined reports whether the tokens [a, b) join two mentions into a
// compound: only commas, "and", "or", "nor", "as well as", "the" and
// modifiers of the next member.
func joined(toks []model.Token, a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	conj, and := false, false
	for k := a; k < b; k++ {
		switch f := strings.ToLower(toks[k].Form); f {
		case ",", "and", "or", "nor", "as", "well":
			conj = true
			and = and || f == "and" || f == "or" || f == "nor"
		case "the":
		case "his", "her", "their", "its":
			// "the president and his Chilean counterpart": a
			// possessive opens the next member, as "the" does, but
			// only after the conjunction ("Peru, its neighbour" may be
			// an apposition).
			if !and {
				return false
			}
		case "a", "an":
			// "an American and an Australian", not an apposition
			// after a bare comma ("Albania, a NATO member").
			if !and {
				return false
			}
		default:
			// "Fornost and the evil awful Gondor": adjectives, and
			// after the conjunction any lower-case modifier of the
			// next member (the tagger may take "evil" for a noun).
			if toks[k].UPOS != "ADJ" && !(conj && premodifier(toks[k])) {
				return false
			}
		}
	}
	return conj
}

// newClause reports a name at start, after the verb's words end at
// vEnd, that follows a comma and "and" or "but" (modifiers between):
// the subject of a new clause, not an object.
func newClause(toks []model.Token, start, vEnd int) bool {
	k := start - 1
	for k > vEnd && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "NOUN" && premodifier(toks[k])) {
		k--
	}
	if k <= vEnd || k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "and", "but":
		return toks[k-1].Form == ","
	}
	return false
}

// verbAfterComma reports a comma, "and" or "but" and a verb (adverbs
// between) after the verb's words end at vEnd and before start ("who
// arrives on Monday, and sign a trade deal with Bolivia"): a second verb
// begins there, and what follows is its, not the first verb's.
func verbAfterComma(toks []model.Token, vEnd, start int) bool {
	for k := vEnd + 1; k+1 < start && k < len(toks); k++ {
		switch strings.ToLower(toks[k].Form) {
		case "and", "but":
		default:
			continue
		}
		if toks[k-1].Form != "," {
			continue
		}
		j := k + 1
		for j < start && toks[j].UPOS == "ADV" {
			j++
		}
		if j < start && toks[j].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// comma reports whether the tokens [a, b) hold a comma.
func comma(toks []model.Token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].Form == "," {
			return true
		}
	}
	return false
}

// conjoined reports whether the tokens [a, b) hold a conjunction
// ("and", "or", "nor"), not just commas.
func conjoined(toks []model.Token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		switch strings.ToLower(toks[k].Form) {
		case "and", "or", "nor":
			return true
		}
	}
	return false
}

// premodifier reports a lower-case noun, adjective or adverb, which may
// modify the name after it.
func premodifier(t model.Token) bool {
	if t.Form == "" || t.Form[0] < 'a' || t.Form[0] > 'z' {
		return false
	}
	switch t.UPOS {
	case "NOUN", "ADJ", "ADV":
		return true
	}
	return false
}

// together reports two mentions that are members of one compound: joined
// by commas and conjunctions, or the two parties one phrase names ("the
// two countries").
func together(toks []model.Token, a, b actor.Mention) bool {
	if a.Start == b.Start && a.End == b.End {
		return true
	}
	// "according to Peruvian army officials, security forces
	// launched": the source a report is according to and the subject
	// after its comma are no list.
	if aside(toks, a) && !conjoined(toks, a.End, b.Start) {
		return false
	}
	return joined(toks, a.End, b.Start) && !trailingSpeaker(toks, a.End, b) && !nextSubject(toks, a, b) && !nextClause(toks, a, b)
}

// nextClause reports a name a, the object of a verb, and a name b after
// "and" or "but" that a finite verb follows ("China criticised Japan and
// South Korea praised the decision", "Iran threatened Israel and the
// United States warned Tehran"): the conjunction joins two clauses, and b
// is the second one's subject, no member of a list with a. An object of
// a preposition stays in its list ("talks between Peru and Chile
// collapsed"), and so does a subject ("Peru and Chile signed").
func nextClause(toks []model.Token, a, b actor.Mention) bool {
	if !conjoined(toks, a.End, b.Start) && !(a.End < b.Start && strings.EqualFold(toks[a.End].Form, "but")) {
		return false
	}
	j := a.Start - 1
	for j >= 0 && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "NUM") {
		j--
	}
	// Not the subject of what a verb of saying or thinking reports
	// ("believes Dagolath and Osgiliath can cope").
	if j < 0 || toks[j].UPOS != "VERB" {
		return false
	}
	if l := strings.ToUpper(toks[j].Lemma); sayLemmas[l] && l != "ACCUSE" && l != "WARN" && l != "TELL" || thinkLemmas[l] {
		return false
	}
	k := b.End
	for k < len(toks) && k < b.End+2 && toks[k].UPOS == "ADV" {
		k++
	}
	// A past tense, or a present that agrees with b alone: a modal or a
	// plural present may have the list as subject.
	if k >= len(toks) || toks[k].UPOS != "VERB" {
		return false
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ":
		return true
	case "VBN":
		// A past the tagger took for a participle ("France called
		// for restraint"): no "by" agent after it.
		return k+1 < len(toks) && !strings.EqualFold(toks[k+1].Form, "by") && toks[k+1].UPOS != "PUNCT"
	}
	return false
}

// thinkLemmas are verbs (upper-case lemmas) of thinking and expecting,
// whose object may be the subject of a clause they report.
var thinkLemmas = map[string]bool{
	"THINK": true, "EXPECT": true, "HOPE": true, "FEAR": true, "KNOW": true,
	"FIND": true, "SEE": true, "FEEL": true, "AGREE": true, "ASSUME": true,
}

// nextSubject reports a lone name a, the last word of its clause, and a
// name b after a bare comma that a finite verb follows ("As Chile
// criticised Peru, Bolivia stayed silent"): b is the subject of the next
// clause, no member of a list with a. A lone name is the object of a
// verb or a preposition; after a comma or a conjunction it is none
// ("Chile, Peru, Bolivia signed" is left a list).
func nextSubject(toks []model.Token, a, b actor.Mention) bool {
	if !comma(toks, a.End, b.Start) || conjoined(toks, a.End, b.Start) {
		return false
	}
	// a is the object of a verb or a preposition: a headline's "Chile,
	// Peru sign pact" stays a list.
	j := a.Start - 1
	for j >= 0 && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ") {
		j--
	}
	if j < 0 || toks[j].UPOS != "VERB" && toks[j].UPOS != "ADP" {
		return false
	}
	k := b.End
	for k < len(toks) && k < b.End+2 && toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "VBN":
		// "Despite warnings from Washington, Israel attacked Rafah":
		// a past the tagger took for a participle, with no "by"
		// agent after it and no auxiliary before it.
		return k+1 < len(toks) && !strings.EqualFold(toks[k+1].Form, "by") && toks[k+1].UPOS != "PUNCT" && toks[k+1].UPOS != "ADP"
	}
	return false
}

// trailingSpeaker reports a mention b after a bare comma (from end on)
// that says the sentence, its verb of saying ending it ("... in a swap
// mediated by the UAE, officials in Kyiv and Moscow said."): the
// speaker of the report, not a member of a list with the name before the
// comma. Names of places and a time may stand between the speaker and
// the verb ("officials in Kyiv said on Monday").
func trailingSpeaker(toks []model.Token, end int, b actor.Mention) bool {
	for k := end; k < b.Start; k++ {
		if toks[k].Form != "," && !strings.EqualFold(toks[k].Form, "the") && toks[k].UPOS != "ADJ" {
			return false
		}
	}
	k := b.End
	for k < len(toks) && k < b.End+6 {
		switch toks[k].UPOS {
		case "ADP", "PROPN", "CCONJ", "DET":
			k++
			continue
		}
		break
	}
	if k >= len(toks) || !isVerb(toks[k]) || !sayLemmas[strings.ToUpper(toks[k].Lemma)] {
		return false
	}
	// "Chile, Peru and Bolivia accused Argentina.": a name or noun right
	// after the verb is its object, and the names before it its
	// subjects; only a time may stand there ("officials said Monday").
	if k+1 < len(toks) && objectWord(toks[k+1]) {
		return false
	}
	for k++; k < len(toks); k++ {
		switch toks[k].UPOS {
		case "PUNCT":
			return toks[k].Form == "." || toks[k].Form == ";"
		case "ADP", "PROPN", "NOUN", "DET", "ADV":
		default:
			return false
		}
	}
	return true
}

// hasForm reports whether the tokens [a, b) hold the word form f, in
// any case.
func hasForm(toks []model.Token, a, b int, f string) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if strings.EqualFold(toks[k].Form, f) {
			return true
		}
	}
	return false
}
