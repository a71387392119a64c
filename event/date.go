package event

// An event's date: a time expression in its clause or sentence, else the
// paragraph's past date or the story's day (date and its helpers).

import (
	"strings"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// date picks the event's time expression: the nearest one after the verb
// in its clause, else one before it in the clause, else one of a clause
// the verb's clause continues ("severed ties on Wednesday, accusing
// Tehran of ...": the accusation is Wednesday's), else any in the
// sentence, else the paragraph's explicit past date, else the story's day
// (see storyDay); failing all, the article's date. A verb in the present
// tense takes neither the paragraph's date nor the story's day: it tells
// of the time of writing. A time expression in
// a clause of its own below the verb dates that clause, not the verb
// ("accusing Tehran of orchestrating an attack in July": July is the
// attack's, not the accusation's; "attacked the ship that had docked on
// Monday"), and neither does one in a relative clause or a quotation the
// verb is no part of (asideTime). A time right before the verb beats one
// after it (adjacentTime); one right after the verb and its object dates
// it, whatever clause the parse hangs it on (followingTime).
func (a *article) date(toks []model.Token, cl *clause, times []when.Expression) (model.Date, when.Expression, bool) {
	heads := a.timeClauses(toks, times)
	asked := a.askedDeed(cl)
	aside := a.pastAside(cl.v)
	if d, x, ok := a.countedDate(toks, cl.v, times); ok {
		// "resumed talks on Monday, two weeks after an attack killed
		// nine": the attack is two weeks before that Monday.
		return d, x, true
	}
	seq := a.sequencedClause(toks, cl.v, times)
	pledged := pledgeOf(toks, cl) >= 0
	// pledgedAhead reports the time of a pledged deed ("offered to
	// hold talks next month"): the offer was made by the time of
	// writing; next month is the talks'.
	pledgedAhead := func(i int) bool { return pledged && a.deedAhead(toks, cl.v, times[i]) }
	own := func(i int) bool {
		if pledgedAhead(i) {
			return false
		}
		if a.nounsTime(toks, times[i], cl.v) || asideTime(toks, times[i], cl.v) || aside && heads[i] != cl.v {
			return false
		}
		if seq >= 0 && !coarse(times[i]) {
			lo, hi := a.t.span(seq)
			if times[i].Start < toks[lo].Start || times[i].End > toks[hi-1].End {
				return false
			}
		}
		return heads[i] < 0 || heads[i] != asked && !a.nestedClause(cl.v, heads[i])
	}
	vb := toks[cl.v].Start
	hiB := toks[max(cl.hi-1, cl.v)].End
	loB := toks[cl.lo].Start
	best := a.adjacentTime(toks, cl.v, times, loB, own)
	if best < 0 {
		best = a.followingTime(toks, cl.v, times, hiB)
		if best >= 0 && pledgedAhead(best) {
			best = -1
		}
	}
	for i, x := range times {
		if best >= 0 {
			break
		}
		if x.Start >= vb && x.End <= hiB && own(i) {
			best = i
		}
	}
	if best < 0 {
		for i, x := range times {
			if x.Start >= loB && x.End <= vb && own(i) {
				best = i
			}
		}
	}
	if best < 0 && !aside {
		if g := a.governorTime(cl.v, heads); g >= 0 && own(g) {
			best = g
		}
	}
	if best < 0 && !aside && seq < 0 {
		for i := range times {
			if own(i) {
				best = i
				break
			}
		}
	}
	if best >= 0 && a.laterThanArticle(toks, cl.v, times[best]) {
		return model.Date{}, when.Expression{}, false
	}
	if best >= 0 {
		x := times[best]
		if x.Bare != when.NotBare && !a.ref.IsZero() && ahead(toks, cl.v, x) {
			x = when.Ahead(x, a.ref)
		}
		return model.Day(x.From), x, true
	}
	if aside {
		// "said on Monday that the agency had hacked computers": the
		// hacking is not Monday's, nor the story's day.
		return model.Date{}, when.Expression{}, false
	}
	if seq >= 0 {
		// "warned on Thursday, after India suspended the treaty": the
		// suspension came before Thursday, on a day not said here.
		return model.Date{}, when.Expression{}, false
	}
	if a.datedSubject(cl.v, times, heads) {
		// "The armistice signed in 1953 ended the fighting": the
		// subject is a deed of its own past time, so the verb tells of
		// history, not of the story's day; when is not known.
		return model.Date{}, when.Expression{}, false
	}
	if spanWithin(a.impossible, loB, hiB) {
		// "expelled two diplomats on Feb 30": a day the text got
		// wrong, which is no reason to take the article's.
		return model.Date{}, when.Expression{}, false
	}
	if when.CountsFromBefore(a.text[loB:hiB]) || when.CountsFromDeed(a.text[vb:runEnd(toks, cl.v)]) {
		// "The army struck back the same day" with no day named
		// before, or "two weeks after the talks collapsed": some
		// other day than the article's, not known.
		return model.Date{}, when.Expression{}, false
	}
	if a.paraDate != nil && !a.present(cl.v) && !a.presentPerfect(cl.v) {
		x := *a.paraDate
		x.Reason = "inherited from the paragraph: " + x.Reason
		return model.Day(x.From), x, true
	}
	if a.storyDay != nil && !a.present(cl.v) {
		x := *a.storyDay
		x.Reason = "the story's day, from its lede: " + x.Reason
		return model.Day(x.From), x, true
	}
	if a.ref.IsZero() {
		return model.Date{}, when.Expression{}, false
	}
	return model.Day(a.ref), when.Expression{}, false
}

// sequencedClause returns the clause, if any (else -1), that holds the
// verb at v and that the word "after", "before" or "until" sets against a
// day the sentence names outside it ("warned on Thursday after India
// suspended the treaty", "met on Friday after Pyongyang fired a
// missile"), through the infinitives and conjuncts of that clause ("after
// Iran seized a tanker and detained its crew"). Such a deed takes only a
// time of its own clause, or a month or a year (coarse): the other day
// is the other clause's. So does one counted from in days or longer
// ("came two weeks after Bolivia accused Chile"). Where the sentence
// names no day ("came hours
// after the government freed three prisoners"), or the clause is a
// participle ("said on Monday after meeting the minister": one actor's
// two deeds of one occasion), the verb is dated as any other.
func (a *article) sequencedClause(toks []model.Token, v int, times []when.Expression) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	for c, steps := v, 0; c >= 0 && steps < len(t.head); steps++ {
		switch base(t.rel[c]) {
		case "xcomp", "conj":
		case "advcl":
			if a.xpos(c) == "VBG" {
				return -1
			}
			switch t.caseOf(&a.w, c) {
			case "AFTER", "BEFORE", "UNTIL":
			default:
				return -1
			}
			for _, m := range t.kids[c] {
				if t.rel[m] == "mark" && m > 0 && longCount(toks[m-1].Form) {
					return c
				}
			}
			lo, hi := t.span(c)
			for _, x := range times {
				if !coarse(x) && (x.Start < toks[lo].Start || x.End > toks[hi-1].End) {
					return c
				}
			}
			return -1
		default:
			return -1
		}
		c = t.head[c]
	}
	return -1
}

// longCount reports a unit that counts a day or more, so that "two weeks
// after" or "days before" puts a deed on another day.
func longCount(word string) bool {
	switch strings.ToLower(word) {
	case "day", "days", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}

// coarse reports a time of a month or longer, which a deed set before or
// after another in it most likely shares ("broke off ties in 2019, after
// Bogota backed the opposition leader").
func coarse(x when.Expression) bool {
	switch x.Precision {
	case when.Month, when.Year, when.Range:
		return true
	}
	return false
}

// ahead reports a verb at v that tells of something still to come at
// the time x names, so that a weekday, month or date named alone lies
// ahead of the article's day, not behind it: a verb marked for the
// future ("will meet on Friday", "said it would resume talks in
// September"), or an infinitive of intent or schedule with the time
// after it ("are due to meet in September", "is set to visit on
// Monday", "plans to hold a vote on June 3"). A time before such an
// infinitive may be its governor's ("agreed on Friday to hold talks"),
// which is past.
func ahead(toks []model.Token, v int, x when.Expression) bool {
	if future(toks, v) && !conditional(toks, v) {
		return true
	}
	if x.Start < toks[v].End {
		return false
	}
	return intends(toks, v) || afterGoingTo(toks, v) || scheduled(toks, v)
}

// scheduled reports an infinitive at v after a word of schedule ("is
// set to visit", "are scheduled to meet") or after a form of "be" ("the
// ministers are to meet"). "due", "expected" and "planned" are intends'.
func scheduled(toks []model.Token, v int) bool {
	if v < 2 || !strings.EqualFold(toks[v-1].Form, "to") {
		return false
	}
	switch strings.ToLower(toks[v-2].Form) {
	case "set", "scheduled", "slated", "poised", "is", "are", "was", "were":
		return true
	}
	return false
}

// runEnd returns the byte offset where the words from the verb at v run
// on to: the next comma, semicolon or colon, or the sentence's end. They
// hold what counts the verb's time from a deed after it ("accused Peru
// of spying two weeks after the talks collapsed"), whatever clause the
// parse gives those words; words before the verb ("came two weeks after
// Chile accused Peru") count another verb's time from this one.
func runEnd(toks []model.Token, v int) int {
	end := toks[v].End
	for k := v + 1; k < len(toks); k++ {
		switch toks[k].Form {
		case ",", ";", ":":
			return end
		}
		end = toks[k].End
	}
	return end
}

// adjacentTime returns the time expression of times that stands right
// before the verb at v, inside its clause (from byte offset lo), with
// nothing but auxiliaries and adverbs between ("Peru on Monday accused
// Chile of firing over the weekend", "Chile on Friday formally
// recalled"): it can date nothing but that verb, so it beats a time after
// the verb, which may be the complement's. It returns -1 for none.
func (a *article) adjacentTime(toks []model.Token, v int, times []when.Expression, lo int, own func(int) bool) int {
	for i := len(times) - 1; i >= 0; i-- {
		x := times[i]
		if x.End > toks[v].Start {
			continue
		}
		if x.Start < lo || !own(i) {
			return -1
		}
		for k := v - 1; k >= 0 && toks[k].Start >= x.End; k-- {
			if u := toks[k].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
				return -1
			}
		}
		return i
	}
	return -1
}

// followingTime returns the first time expression of times after the
// verb at v, inside its clause (to byte offset hi), with no verb,
// conjunction, relative word or comma between them ("deported 4,000
// migrants over the past week, the agency said on Thursday"): it dates
// the verb, whatever clause the parse hangs it on. A time before an
// event noun stays that noun's (preNominalTime). It returns -1 for none.
func (a *article) followingTime(toks []model.Token, v int, times []when.Expression, hi int) int {
	for i, x := range times {
		if x.Start < toks[v].End {
			continue
		}
		if x.End > hi || a.nounsTime(toks, x, v) || !timeInClause(toks, v, x, false) {
			return -1
		}
		return i
	}
	return -1
}

// timeInClause reports that no verb, subordinating conjunction,
// relative word, break or double quotation mark stands between the verb
// at v and the time x after it, nor, unless list is true, a
// coordinating one: x is a time of v's own clause. With list, "and" and
// "or" may join places or objects before it ("will visit Lima and
// Quito next week"). followingTime and setTime share it.
func timeInClause(toks []model.Token, v int, x when.Expression, list bool) bool {
	for k := v + 1; k < len(toks) && toks[k].End <= x.Start; k++ {
		switch t := toks[k]; {
		case t.UPOS == "VERB", t.UPOS == "AUX", t.UPOS == "SCONJ", partBreak(t), t.UPOS == "CCONJ" && !list:
			return false
		case t.XPOS == "WDT", t.XPOS == "WP", t.XPOS == "WP$", t.XPOS == "WRB", doubleQuote(t.Form):
			return false
		}
	}
	return true
}

// datedSubject reports a time expression before the article's week that
// dates a participle on the subject of the verb at v, a noun of a deed ("The armistice
// signed in 1953", "The deal reached in 2015"), for a verb with no time
// of its own: the verb tells of that subject's history, so neither the
// paragraph's date nor the story's day is its date.
func (a *article) datedSubject(v int, times []when.Expression, heads []int) bool {
	t := &a.t
	if !t.ok || a.ref.IsZero() {
		return false
	}
	for i, x := range times {
		c := heads[i]
		if c < 0 || c == v || !when.Background(x, a.ref) {
			continue
		}
		// A participle on a noun of a deed, not a relative clause on a
		// person ("the minister, who was appointed in 2021, met ...":
		// the meeting is still the story's).
		if n := t.head[c]; n >= 0 && t.rel[c] == "acl" && t.head[n] == v && base(t.rel[n]) == "nsubj" &&
			eventNoun(strings.ToUpper(a.toks[n].Lemma)) != nounNone {
			return true
		}
	}
	return false
}

// preNominalTime reports a time expression that stands before an event
// noun after the verb at v and modifies it ("denied any role in the Nov.
// 13 bombing", "condemned Saturday's attack", "since the 2008 war",
// "condemned the 1990s conflict"): it dates that noun's event, not the
// verb's, unless the verb fights or wages it ("fought the 1990s war"). A time after the noun ("the
// attack on Monday") may be the verb's too, and dates it as before. The
// lemma is read from toks, as the words of the sentence may not be set
// yet (Coder.Code's setStoryDay).
func (a *article) preNominalTime(toks []model.Token, x when.Expression, v int) bool {
	t := &a.t
	k := a.expressionTop(toks, x)
	if k < 0 {
		return false
	}
	h := t.head[k]
	if h <= k || h <= v || h == v || toks[h].UPOS != "NOUN" {
		return false
	}
	l := strings.ToUpper(toks[h].Lemma)
	return (eventNoun(l) != nounNone || timedDeedNouns[l]) && !fightsNoun(toks, v)
}

// askedDeed returns, for an appeal, demand or threat (CAMEO 02, 10, 13),
// the deed it asks of its object (askedInfinitive), else -1.
func (a *article) askedDeed(cl *clause) int {
	if !addressing(cl.code) {
		return -1
	}
	return a.askedInfinitive(cl.v)
}

// askedInfinitive returns, for a verb at v with an object and an
// infinitive complement ("urged Peru to approve the bid before the
// summit in July", "told Chile to withdraw its troops by Friday"), that
// infinitive: the deed asked of the object, whose time is when it should
// be done, not when it was asked. Else -1 ("applied to join the EU in
// 2009" has no object: the time dates the application).
func (a *article) askedInfinitive(v int) int {
	t := &a.t
	if !t.ok || v < 0 || v >= len(t.kids) {
		return -1
	}
	obj, inf := false, -1
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj":
			obj = true
		case "xcomp":
			if c > v && strings.HasPrefix(a.xpos(c), "VB") {
				inf = c
			}
		}
	}
	if !obj {
		return -1
	}
	return inf
}

// askLemmas are verbs (upper-case lemmas) that ask their object to do
// the deed of their infinitive: "urged Peru to approve", "asked Chile to
// withdraw".
var askLemmas = map[string]bool{
	"URGE": true, "ASK": true, "CALL": true, "PRESS": true, "TELL": true,
	"ORDER": true, "INSTRUCT": true, "INVITE": true, "ENCOURAGE": true,
	"WARN": true, "REQUEST": true, "PUSH": true,
}

// timeClauses returns, for each time expression, the head of the clause
// the parse puts it in: the nearest ancestor of the expression's top word
// that heads a clause; -1 where the parse is unusable or the expression
// lies outside toks.
func (a *article) timeClauses(toks []model.Token, times []when.Expression) []int {
	heads := a.timeHeads[:0]
	for _, x := range times {
		heads = append(heads, a.timeClause(toks, x))
	}
	a.timeHeads = heads
	return heads
}

func (a *article) timeClause(toks []model.Token, x when.Expression) int {
	t := &a.t
	k := a.expressionTop(toks, x)
	if k < 0 {
		return -1
	}
	for c, steps := t.head[k], 0; c >= 0 && steps < len(toks); c, steps = t.head[c], steps+1 {
		if a.headsClause(c) {
			return c
		}
	}
	return -1
}

// expressionTop returns the top word of the time expression x in the
// parse: its first token, then up its heads while they lie inside x; -1
// where the parse is unusable or x lies outside toks.
func (a *article) expressionTop(toks []model.Token, x when.Expression) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	k := -1
	for i, tk := range toks {
		if tk.Start >= x.Start && tk.End <= x.End {
			k = i
			break
		}
	}
	if k < 0 {
		return -1
	}
	inside := func(i int) bool { return i >= 0 && toks[i].Start >= x.Start && toks[i].End <= x.End }
	for steps := 0; inside(t.head[k]) && steps < len(toks); steps++ {
		k = t.head[k]
	}
	return k
}

// headsClause reports a word that heads a clause: a verb's relation, a
// conjunct only if it is a verb ("on Monday and Tuesday" is no clause).
func (a *article) headsClause(c int) bool {
	r := base(a.t.rel[c])
	if r == "root" {
		return true
	}
	return verbal(r) && (r != "conj" || strings.HasPrefix(a.xpos(c), "VB"))
}

// nestedClause reports whether the clause headed by c lies below the
// predicate at v, in a clause of its own: not v's own clause, not a bare
// participle v's clause goes on with ("attacked the town, killing nine on
// Monday" is one event's time), not v's infinitive complement and not a
// clause on an event noun.
func (a *article) nestedClause(v, c int) bool {
	t := &a.t
	if c == v || !t.dominates(v, c) {
		return false
	}
	// "a cyberattack that disrupted services in August": a clause on an
	// event noun tells of that event.
	if !strings.HasPrefix(a.xpos(v), "VB") && t.head[c] == v && base(t.rel[c]) == "acl" {
		return false
	}
	if t.head[c] == v && base(t.rel[c]) == "advcl" && (a.xpos(c) == "VBG" || a.xpos(c) == "VBN") && a.t.caseOf(&a.w, c) == "" {
		return false
	}
	// "applied to join the EU in 2009": the parser hangs the time on
	// the infinitive as often as on the verb that governs it.
	if t.head[c] == v && base(t.rel[c]) == "xcomp" {
		return false
	}
	return true
}

// present reports a verb in the simple present or the present
// progressive ("Tehran denies", "are protesting"), which tells of the
// article's time, not of a past its paragraph dates.
func (a *article) present(v int) bool {
	if v >= len(a.toks) {
		return false
	}
	switch a.xpos(v) {
	case "VBZ", "VBP":
		return true
	case "VBG":
		for _, c := range a.t.kids[v] {
			if base(a.t.rel[c]) == "aux" && (a.xpos(c) == "VBZ" || a.xpos(c) == "VBP") {
				return true
			}
		}
	}
	return false
}

// pastAside reports a verb in the past perfect, which tells of a time
// before its sentence's own ("media reported on Monday that the agency
// had hacked the ministry's computers"). Such a verb is dated only by a
// time in its own clause; without one its time is not known, so it
// takes neither another clause's time, nor its paragraph's, nor the
// story's day.
func (a *article) pastAside(v int) bool { return a.haveAux(v) == "VBD" }

// presentPerfect reports a verb in the present perfect ("Chile has
// accused Peru", "have been detained"), which tells of a past up to the
// article's time, not of a past its paragraph dates.
func (a *article) presentPerfect(v int) bool {
	x := a.haveAux(v)
	return x == "VBZ" || x == "VBP"
}

// haveAux returns the tag of the "have" auxiliary of a past participle
// at v ("has accused": VBZ, "had hacked": VBD), which tells the perfect's
// tense, or "" when v is no participle with one.
func (a *article) haveAux(v int) string {
	if v >= len(a.toks) || v >= len(a.t.kids) || a.xpos(v) != "VBN" {
		return ""
	}
	for _, c := range a.t.kids[v] {
		if base(a.t.rel[c]) == "aux" && a.w.lem[c] == "HAVE" {
			return a.xpos(c)
		}
	}
	return ""
}

// presentTense reports a clause headed by c in the present tense, simple
// or with an auxiliary or copula ("Peru says", "have held talks", "are
// due to meet in September", "is expected"): it tells of the time of
// writing.
func (a *article) presentTense(c int) bool {
	if c >= len(a.toks) {
		return false
	}
	if x := a.xpos(c); x == "VBZ" || x == "VBP" {
		return true
	}
	for _, k := range a.t.kids[c] {
		switch base(a.t.rel[k]) {
		case "aux", "cop":
			if x := a.xpos(k); x == "VBZ" || x == "VBP" {
				return true
			}
		}
	}
	return false
}

// modalTime reports a time expression x whose clause has a modal ("said
// talks would resume in June"): it tells of what may come, not of what
// happened. So does a weekday, month or date named alone in a clause
// that lies ahead ("agreed to resume talks in October": ahead).
func (a *article) modalTime(toks []model.Token, x when.Expression) bool {
	c := a.timeClause(toks, x)
	if c < 0 {
		return false
	}
	if x.Bare != when.NotBare && ahead(toks, c, x) {
		return true
	}
	for _, k := range a.t.kids[c] {
		if a.xpos(k) == "MD" {
			return true
		}
	}
	return false
}

// governorTime returns the time expression of the nearest clause that the
// clause of v continues, through a participle, an infinitive or a
// conjunct ("severed ties on Wednesday, accusing ..."; "agreed on Monday
// to release"); -1 for none. Reported speech does not pass its time down:
// "said on Wednesday that Iran had attacked" dates the saying only.
func (a *article) governorTime(v int, heads []int) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	for c, steps := v, 0; c >= 0 && steps < len(t.head); steps++ {
		switch base(t.rel[c]) {
		case "xcomp", "conj", "acl":
		case "advcl":
			// "met on Friday after Iran fired": a clause marked
			// "after", "before", "because" has a time of its own.
			if a.t.caseOf(&a.w, c) != "" {
				return -1
			}
		default:
			return -1
		}
		g := t.head[c]
		for i, h := range heads {
			if h == g {
				return i
			}
		}
		c = g
	}
	return -1
}

// spanWithin reports whether one of spans lies within the bytes lo to hi.
func spanWithin(spans []model.Span, lo, hi int) bool {
	for _, sp := range spans {
		if sp.Start >= lo && sp.End <= hi {
			return true
		}
	}
	return false
}

// nounsTime reports a time x that dates a noun, not the word at v: one
// before an event noun ("the Monday talks", preNominalTime) or one in
// the possessive before another noun than v ("Sunday's election",
// possessedBy): date and followingTime both pass such a time by.
func (a *article) nounsTime(toks []model.Token, x when.Expression, v int) bool {
	return a.preNominalTime(toks, x, v) || x.Possessive && !possessedBy(toks, x, v)
}

// possessedBy reports whether the word at v is the noun a time in the
// possessive stands before ("Sunday's attack on the station", "last
// week's border talks"), so that the time is that noun's own. A time in
// the possessive dates no other word: in "protested against the
// decision to declare him the winner of Sunday's election, and police
// responded with tear gas", Sunday is the election's day, not the
// protest's or the police's.
//
// A time in the possessive after "in", "at" or "during" names the
// occasion the deed took place at, and so dates it: "won the most votes
// in Sunday's election", "spoke at Friday's summit".
func possessedBy(toks []model.Token, x when.Expression, v int) bool {
	k := 0
	for k < len(toks) && toks[k].Start < x.End {
		k++
	}
	for j := k - 1; j >= 0; j-- {
		if toks[j].End <= x.Start {
			switch strings.ToLower(toks[j].Form) {
			case "in", "at", "during":
				return true
			}
			break
		}
	}
	if k < len(toks) {
		switch toks[k].Form {
		case "'s", "’s", "'", "’", "s":
			k++
		}
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		if k == v {
			return true
		}
		switch toks[k].UPOS {
		case "ADJ", "NOUN", "PROPN", "NUM":
		default:
			return false
		}
	}
	return false
}

// pledgeOf returns, for an intent (03) coded at the deed it pledges
// ("offered to hold talks next month", "promised to withdraw its troops
// by March", "agreed to resume talks in October"), the word that pledges
// it (pledgedBy), else -1. A time that the deed's clause sets ahead of
// the article's day tells when the deed is to be done, not when it was
// pledged (deedAhead).
func pledgeOf(toks []model.Token, cl *clause) int {
	if !strings.HasPrefix(cl.code, "03") || cl.v < 0 || cl.v >= len(toks) {
		return -1
	}
	if g := pledgedBy(toks, cl.v); g >= 0 && g != cl.v {
		return g
	}
	return -1
}

// deedAhead reports a time x after the deed at v that lies after the
// article's day, once a weekday, month or date named alone is read
// forwards where the deed lies ahead ("next month", "in October", "by
// March").
func (a *article) deedAhead(toks []model.Token, v int, x when.Expression) bool {
	if a.ref.IsZero() || x.Start < toks[v].End {
		return false
	}
	if x.Bare != when.NotBare && ahead(toks, v, x) {
		x = when.Ahead(x, a.ref)
	}
	return x.From.After(a.ref)
}
