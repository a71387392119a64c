package event

// Attribution and reported speech: who is said to have done or said an
// event, and whether the story only reports it (disputed, attribution).

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// disputed looks for a scare-quoted or distanced term in the clause. A
// statement, appeal, demand, disapproval, rejection or threat (CAMEO 01 to
// 13) quotes its source's own words ("called Iran's conduct \"a troubling
// precedent\"", "protest against what it called \"baseless\"
// accusations"): quotation marks and "what it called" in its clause are
// the speaker's, not the outlet's doubt, and only words such as
// "so-called" or "alleged" dispute it ("so-called" before a name only
// labels the name: "attributed the theft to the so-called Lazarus
// Group").
func (a *article) disputed(toks []model.Token, cl *clause) bool {
	lo, hi := toks[cl.v].Start, toks[max(cl.hi-1, cl.v)].End
	verbal := len(cl.code) >= 2 && cl.code[:2] < "14"
	for _, f := range a.framing {
		if verbal {
			continue
		}
		if f.Start >= lo && f.End <= hi && (f.Kind == "scare_quote" || f.Kind == "distancing") {
			return true
		}
	}
	// "the so-called Lazarus Group": "so-called" before a name labels
	// the name; it does not doubt the event.
	named := func(k int) bool {
		return k+1 < len(toks) && (toks[k+1].UPOS == "PROPN" || toks[k+1].Form != "" && toks[k+1].Form[0] >= 'A' && toks[k+1].Form[0] <= 'Z')
	}
	for k := cl.lo; k < cl.hi; k++ {
		switch strings.ToLower(toks[k].Form) {
		case "so-called":
			if !named(k) {
				return true
			}
		case "alleged", "allegedly", "purported", "purportedly", "supposed":
			return true
		case "called":
			// "so-called" split at its hyphen.
			if (k > 0 && (toks[k-1].Form == "-" || strings.EqualFold(toks[k-1].Form, "so") && toks[k-1].End == toks[k].Start) ||
				k > 1 && toks[k-1].Form == "-" && strings.EqualFold(toks[k-2].Form, "so")) && !named(k) {
				return true
			}
		}
	}
	return false
}

// attribution returns who an event is reported through: the speaker of a
// quotation holding the verb, a reporting verb's subject before it or
// after it, or "according to".
func (a *article) attribution(toks []model.Token, ms []actor.Mention, cl *clause, says []say) *model.Actor {
	v := cl.v
	pos := toks[v].Start
	for _, q := range a.quotes {
		if pos >= q.Start && pos < q.End && q.Speaker.Name != "" {
			if !q.Direct && a.besideCue(toks, says, q.Cue, v) {
				continue
			}
			x := model.Actor{Code: q.Speaker.Actor, Name: q.Speaker.Name, Country: q.Speaker.Country}
			if x.Code == "" {
				if i := a.namedSpeaker(ms, q); i >= 0 {
					x.Code, x.Country, x.Entry, x.Span = ms[i].Code, ms[i].Country, ms[i].Entry, ms[i].Span
				}
			}
			return &x
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		if strings.EqualFold(toks[k].Form, "according") && strings.EqualFold(toks[k+1].Form, "to") {
			for _, m := range ms {
				if m.Start > k+1 && m.Start <= k+4 {
					x := m.Actor
					return &x
				}
			}
		}
	}
	if sayLemmas[a.w.lem[v]] && !strings.EqualFold(a.w.lem[v], "ACCUSE") {
		return nil
	}
	// "condemned Russia for shelling Ukrainian cities": the deed is the
	// word of who holds Russia to account.
	if _, gov := a.gerundDeed(v); gov >= 0 && chargeLemmas[a.w.lem[gov]] {
		if i := a.depSource(ms, gov, false); i >= 0 {
			x := ms[i].Actor
			return &x
		}
	}
	// So is what follows from the deed ("accused Indian troops of
	// firing ..., wounding two villagers").
	if a.t.ok && forceCode(cl.code) && a.chargeEffect(v) >= 0 {
		if i := a.depSource(ms, a.t.head[v], false); i >= 0 {
			x := ms[i].Actor
			return &x
		}
	}
	for i := len(says) - 1; i >= 0; i-- {
		sv := says[i]
		// With a usable parse, only what the reporting verb reports:
		// "announced the decision, ordering diplomats to leave" and
		// "announced the suspension and expelled advisers" are acts
		// beside the announcement, not its content.
		if a.t.ok && sv.v != v && !a.reports(sv.v, v) {
			continue
		}
		if sv.v < v {
			// "Beijing announced it was suspending talks": announcing
			// one's own act does it; no one else's word is needed.
			if a.w.lem[sv.v] == "ANNOUNCE" && a.t.ok {
				if s := a.depSource(ms, v, false); s >= 0 && s != sv.who && ms[s].Code == ms[sv.who].Code {
					return nil
				}
			}
			x := ms[sv.who].Actor
			return &x
		}
		// "..., Rama said." after the verb; "..., the health ministry
		// said." too, the words before the name being the speaker's.
		if sv.v > v && ms[sv.who].Start > v && (ms[sv.who].Start > sv.v || afterComma(toks, v, ms[sv.who].Start)) {
			if ownAnnouncement(toks, ms, cl, sv.v, sv.who) {
				return nil
			}
			x := ms[sv.who].Actor
			return &x
		}
	}
	// "..., the army said on Tuesday." and "..., said the health
	// ministry." close the sentence with who reports all of it, however
	// the parse hangs the report.
	if i, sv := closingSpeaker(toks, ms, v); i >= 0 {
		// "..., both companies announced": announcing one's own act
		// does it, as above.
		if ownAnnouncement(toks, ms, cl, sv, i) {
			return nil
		}
		x := ms[i].Actor
		return &x
	}
	// "..., witnesses said.", "..., according to diplomatic sources.":
	// a speaker no dictionary knows still makes it a claim, theirs.
	if lo, hi := uncodedSpeaker(toks, ms, v); lo >= 0 {
		var name []string
		for k := lo; k < hi; k++ {
			name = append(name, toks[k].Form)
		}
		return &model.Actor{Name: strings.Join(name, " ")}
	}
	return nil
}

// namedSpeaker returns the mention of the current sentence, outside the
// quote q, whose words are the speaker's name or part of it ("A
// spokesman for the Chilean army" said what q holds: the army's
// spokesman, CHLMIL), the one nearest the quote; -1 for none. The quotes
// a Coder is given name their speakers but need not code them.
func (a *article) namedSpeaker(ms []actor.Mention, q model.Quote) int {
	best, dist := -1, 0
	for i, m := range ms {
		sp := m.Span
		if m.Code == "" || sp.End > q.Start && sp.Start < q.End || sp.Start < 0 || sp.End > len(a.text) || sp.Start >= sp.End {
			continue
		}
		if !strings.Contains(q.Speaker.Name, a.text[sp.Start:sp.End]) {
			continue
		}
		d := q.Start - sp.End
		if sp.Start >= q.End {
			d = sp.Start - q.End
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// uncodedSpeaker returns the words lo to hi of a speaker that closes the
// sentence after the verb at v but names no actor: ", witnesses said",
// ", the report said on Friday", ", according to local sources". Its
// determiners are left out; the phrase ends with a noun, and nothing but
// words without a verb follow it (see closingSpeaker). It returns -1, -1
// if there is none.
func uncodedSpeaker(toks []model.Token, ms []actor.Mention, v int) (int, int) {
	hi := -1
	for k := len(toks) - 1; k > v+1; k-- {
		t := toks[k]
		if t.UPOS == "AUX" || strings.EqualFold(t.Form, "that") || t.Form == "\"" || t.Form == "“" || t.Form == "”" {
			return -1, -1
		}
		if strings.EqualFold(t.Form, "to") && strings.EqualFold(toks[k-1].Form, "according") && k-2 > v && toks[k-2].Form == "," {
			// ", according to local sources."
			end := k + 1
			for end < len(toks) && nounPhraseWord(toks[end]) && toks[end].XPOS != "IN" {
				end++
			}
			if end < len(toks) && toks[end].Form != "." {
				return -1, -1
			}
			if end > k+1 && recordNouns[strings.ToUpper(toks[end-1].Lemma)] {
				// ", according to customs figures": a record, no one's
				// word on it.
				return -1, -1
			}
			return speakerWords(toks, ms, k+1, end)
		}
		if !isVerb(t) {
			continue
		}
		if !trailingLemmas[strings.ToUpper(t.Lemma)] {
			return -1, -1
		}
		hi = k
		break
	}
	if hi < 0 {
		return -1, -1
	}
	lo := hi
	for lo-1 > v && lo > hi-5 && nounPhraseWord(toks[lo-1]) && toks[lo-1].Form != "," {
		lo--
	}
	if lo-1 <= v || toks[lo-1].Form != "," {
		return -1, -1
	}
	return speakerWords(toks, ms, lo, hi)
}

// recordNouns are the nouns (upper-case lemmas) of records that report
// without a speaker: what "according to customs figures" or "according
// to trade statistics" reports is the outlet's own account of the
// record, as "according to trade data published on Monday" already is.
var recordNouns = map[string]bool{
	"FIGURE": true, "FIGURES": true, "DATA": true, "STATISTICS": true, "STATISTIC": true,
	"RECORD": true, "RECORDS": true,
}

// speakerWords trims the determiners off the speaker's words lo to hi and
// checks that they end with a noun and hold no actor.
func speakerWords(toks []model.Token, ms []actor.Mention, lo, hi int) (int, int) {
	for lo < hi && toks[lo].XPOS == "DT" {
		lo++
	}
	if lo >= hi || !strings.HasPrefix(toks[hi-1].XPOS, "NN") {
		return -1, -1
	}
	for _, m := range ms {
		if m.Start < hi && m.End > lo {
			return -1, -1
		}
	}
	return lo, hi
}

// ownAnnouncement reports a closing "..., both companies announced" at sv
// whose speaker ms[who] is of no country or of the country of one named
// before the verb in its clause ("Kenya and Uganda signed a pact, the two
// governments announced"): announcing one's own act does it; no one
// else's word is needed.
func ownAnnouncement(toks []model.Token, ms []actor.Mention, cl *clause, sv, who int) bool {
	if !strings.EqualFold(toks[sv].Lemma, "announce") {
		return false
	}
	sp := ms[who]
	if sp.Country == "" {
		return true
	}
	for _, m := range ms {
		if m.Start >= cl.lo && m.End <= cl.v && (m.Code == sp.Code || m.Country == sp.Country) {
			return true
		}
	}
	return false
}

// trailingLemmas are the reporting verbs (upper-case lemmas) of a
// sentence-closing attribution (", officials said."). Denying, believing
// and accusing are not plain reports.
var trailingLemmas = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "ALLEGE": true, "REPORT": true,
	"ANNOUNCE": true, "INSIST": true, "STATE": true, "ADD": true, "WRITE": true,
	"TWEET": true, "CONFIRM": true, "ASSERT": true, "MAINTAIN": true,
}

// closingSpeaker returns the index in ms of the speaker of an
// attribution that closes the sentence after the verb at v: a comma,
// then the speaker and a reporting verb (", the health ministry said",
// ", a spokesman for the army told reporters") or the verb and the
// speaker (", said Amnesty International"), then nothing but words
// without a verb but a participle on a noun to the sentence's end (",
// ... said on Tuesday in a statement issued in Geneva.", trailingVerb).
// It returns the speaker and the reporting verb, or -1, -1.
func closingSpeaker(toks []model.Token, ms []actor.Mention, v int) (int, int) {
	sv := trailingVerb(toks, v)
	if sv < 0 {
		return -1, -1
	}
	for i, m := range ms {
		switch {
		case m.End == sv && m.Start > v && afterComma(toks, v, m.Start):
			return i, sv // ", the health ministry said"
		case sv > v+1 && toks[sv-1].Form == "," && m.Start > sv && nounPhraseGap(toks, sv+1, m.Start):
			return i, sv // ", said the health ministry"
		}
	}
	return -1, -1
}

// nounPhraseGap reports whether the tokens from lo up to hi are words that
// may open a noun phrase ("the", "a senior", "Nigeria's").
func nounPhraseGap(toks []model.Token, lo, hi int) bool {
	if hi-lo > 5 {
		return false
	}
	for k := lo; k < hi; k++ {
		if !nounPhraseWord(toks[k]) {
			return false
		}
	}
	return true
}

// nounPhraseWord reports a determiner, possessive, number, adjective or
// noun, or "for" and "of" that join one noun to another ("a spokesman
// for the ministry").
func nounPhraseWord(t model.Token) bool {
	switch {
	case t.XPOS == "DT" || t.XPOS == "PRP$" || t.XPOS == "POS" || t.XPOS == "CD":
		return true
	case strings.HasPrefix(t.XPOS, "JJ") || strings.HasPrefix(t.XPOS, "NN"):
		return true
	case t.XPOS == "IN" && (strings.EqualFold(t.Form, "for") || strings.EqualFold(t.Form, "of")):
		return true
	}
	return false
}

// afterComma reports whether the mention starting at token start opens a
// phrase that follows a comma after the verb at v: the comma right before
// it, or before a few words of the same noun phrase (", the health
// ministry said", ", a senior military spokesman said", ", a spokesman
// for the army said").
func afterComma(toks []model.Token, v, start int) bool {
	for k, n := start-1, 0; k > v && n <= 5; k, n = k-1, n+1 {
		switch t := toks[k]; {
		case t.Form == ",":
			return true
		case !nounPhraseWord(t):
			return false
		}
	}
	return false
}

// besideCue reports a verb at v that an indirect quotation's span holds
// but that its cue ("said") does not report by the parse ("said its
// fighters were responding ... and accused the military": the
// accusation is the spokesman's own act).
func (a *article) besideCue(toks []model.Token, says []say, cue string, v int) bool {
	if !a.t.ok {
		return false
	}
	for _, sv := range says {
		if sv.v != v && strings.EqualFold(toks[sv.v].Form, cue) {
			return !a.reports(sv.v, v)
		}
	}
	return false
}

// commaSpeaker reports a reporting verb at sv whose subject opens its
// clause right after a comma (", officials said").
func (a *article) commaSpeaker(sv int) bool {
	t := &a.t
	for _, c := range t.kids[sv] {
		if base(t.rel[c]) != "nsubj" || c > sv {
			continue
		}
		// The comma may hang on the subject itself (the parse's
		// choice of where punctuation attaches varies), so that the
		// subject's span opens with it.
		lo, _ := t.span(c)
		return a.toks[lo].Form == "," || lo > 0 && a.toks[lo-1].Form == ","
	}
	return false
}

// reports reports whether the verb at v is what the reporting verb at sv
// reports: in its complement ("said Iran had attacked", "said that",
// "accused X of attacking"), or the verb the report is a parenthesis to
// ("Iran attacked, Rama said").
func (a *article) reports(sv, v int) bool {
	t := &a.t
	if t.head[sv] == v {
		switch base(t.rel[sv]) {
		case "parataxis", "advcl", "conj":
			return true
		case "ccomp":
			// "Chile criticised Bolivia, officials said on Monday":
			// the parse may take the report after the comma for the
			// verb's complement.
			if sv > v && a.commaSpeaker(sv) {
				return true
			}
		}
	}
	for c, n := v, 0; c >= 0 && n < len(t.head); c, n = t.head[c], n+1 {
		// "said its fighters were responding ... and accused the
		// military": a past-tense verb the parse joins to a verb of
		// another form is joined to the reporting verb, beside it.
		if h := t.head[c]; h >= 0 && base(t.rel[c]) == "conj" && a.xpos(c) == "VBD" && a.xpos(h) != "VBD" && a.xpos(h) != "VBZ" && a.xpos(h) != "VBP" {
			return false
		}
		if t.head[c] != sv {
			continue
		}
		switch base(t.rel[c]) {
		case "ccomp", "parataxis", "csubj", "obj", "xcomp":
			return true
		case "nsubj":
			return a.secondSubject(sv, c, v)
		case "advcl", "acl":
			// "accused Iran of launching": a clause marked "of" or
			// "that" is the charge.
			for _, m := range t.kids[c] {
				if t.rel[m] == "mark" && (a.w.up[m] == "OF" || a.w.up[m] == "THAT") {
					return true
				}
			}
		}
		return false
	}
	return false
}
