package event

// Nominal events between two parties: calls, meetings, talks, ceasefires,
// wars and fighting "between" two sides, each named by a noun, not a verb.

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

func (a *article) nominalCall(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	if k+1 >= end || a.w.up[k+1] != "WITH" {
		return
	}
	// "with EU foreign policy chief Josep Borrell": the last actor of
	// the phrase, its head; those before it modify it.
	tgt := -1
	for i := range ms {
		if ms[i].Start > k+1 && ms[i].Start < end {
			tgt = i
		}
	}
	src := a.nominalOwner(toks, ms, k-1)
	if src < 0 && a.t.ok {
		// The caller is the subject of the clause the call stands in.
		for h, n := a.t.head[k], 0; h >= 0 && n < 8; h, n = a.t.head[h], n+1 {
			if isVerb(toks[h]) {
				src = a.depSource(ms, h, false)
				if src < 0 || src == tgt {
					// A parse that ran the callee into the subject
					// ("with Josep Borrell, Amir-Abdollahian said"):
					// the actor right before the verb.
					src = a.source(toks, ms, h)
				}
				break
			}
		}
	}
	a.emitNounPair(s, toks, ms, k, end, "041", src, tgt, "<noun> TELEPHONE CALL WITH +", "noun "+toks[k].Form+": a telephone call (041)", says, times)
}

// heldAt reports a noun at k that a preposition of time or place opens,
// past its article and modifiers ("during a meeting", "at a
// high-level meeting", "after their meeting"): a meeting that was held,
// not one cancelled, planned or sought ("cancelled a meeting with").
func (a *article) heldAt(toks []model.Token, k int) bool {
	// "during trade talks", "at a cabinet meeting": a noun before it
	// says what they are about.
	p := a.beforePremods(toks, k, 4, premodDet|premodPoss|premodAdj|premodNoun|premodActor)
	if p < 0 {
		return false
	}
	switch a.w.up[p] {
	case "DURING", "AT", "AFTER", "FOLLOWING", "IN":
		return true
	}
	return false
}

// ownHeld reports a noun at k that an actor's possessive owns ("Peru's
// meeting with Chile", "their talks with"), not one a word before it
// says is yet to be held (unheld).
func (a *article) ownHeld(toks []model.Token, ms []actor.Mention, k int) bool {
	return !unheld(a.w.up, k) && a.nominalOwner(toks, ms, k) >= 0 && k > 0 && (possessiveMark(toks[k-1]) || toks[k-1].XPOS == "PRP$")
}

// copulaPredicate reports a noun at k that heads its clause with a
// copula, stated as a fact ("Peru is in talks with Chile", "was in talks
// with"): the parse hangs the subject on the noun itself. One the clause
// negates, puts in a modal's mouth or makes an infinitive ("is not in
// talks", "could be in talks", "wants to be in talks") is not.
func (a *article) copulaPredicate(toks []model.Token, k int) bool {
	subj, cop := false, false
	for _, c := range a.t.kids[k] {
		switch base(a.t.rel[c]) {
		case "nsubj":
			subj = true
		case "cop":
			cop = true
		case "aux", "advmod":
			if toks[c].XPOS == "MD" || a.w.up[c] == "TO" || negWord(plainWord(toks[c].Form)) {
				return false
			}
		}
	}
	return subj && cop
}

// infinitivePredicate reports a noun at k that is the predicate of an
// infinitive copula ("wants to be in talks with", "hopes to be at the
// meeting").
func (a *article) infinitivePredicate(k int) bool {
	c := a.t.child(k, "cop")
	return c > 0 && a.w.up[c-1] == "TO"
}

// nominalMeeting codes a meeting held ("during a meeting in the Oval
// Office with Liu He", heldAt; "Peru's meeting with Chile", ownHeld) as
// a consultation (040) of the clause's subject, or the meeting's owner,
// with the actor after "with" of another country; talks so held ("after
// talks with Chile's president", "Colombia's talks with the ELN") are
// negotiations (046), with an actor of the same country too.
func (a *article) nominalMeeting(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, talks bool, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	with := -1
	for j := k + 1; j < end; j++ {
		if a.w.up[j] == "WITH" {
			with = j
			break
		}
	}
	if a.t.ok && a.infinitivePredicate(k) {
		// "Peru wants to be in talks with Chile": a wish or a plan,
		// which the verb governing it codes.
		return
	}
	if with < 0 {
		if talks && a.t.ok && a.copulaPredicate(toks, k) {
			// "Peru and Chile are in talks": the two sides of the
			// subject negotiate with each other.
			if x := a.depSource(ms, k, false); x >= 0 {
				if mem := members(toks, ms, x); len(mem) == 2 {
					cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "046", src: mem[0], tgt: mem[1],
						pattern: "$ AND + <noun> IN TALKS", entries: []string{"noun " + toks[k].Form + ": talks held by the subject's two sides (046)"}}
					a.emitMutual(s, toks, ms, cl, mem, says, times)
					return
				}
			}
		}
		if talks {
			a.mediatedTalks(s, toks, ms, k, says, times)
		}
		return
	}
	tgt := -1
	for i := range ms {
		if nameWord(toks, ms[i]) {
			continue
		}
		if ms[i].Start > with && ms[i].Start < end {
			tgt = i
			if ms[i].Start > with+4 {
				tgt = -1
			}
			break
		}
	}
	if tgt < 0 {
		tgt = a.describedName(toks, ms, with+1)
	}
	tm := actor.Mention{}
	if tgt >= 0 {
		tm = ms[tgt]
		// "Liu He, China's top trade negotiator": a country's official
		// is its government.
		if officialAfter(a.w.up, toks, tm.End) && len(tm.Code) == 3 && tm.Code == tm.Country {
			tm.Code = tm.Country + "GOV"
		}
	}
	src := a.nominalOwner(toks, ms, k)
	if src < 0 && a.t.ok && a.copulaPredicate(toks, k) {
		// "Peru is in talks with Chile", "remains in talks with": the
		// noun is its clause's predicate, and its subject holds them.
		src = a.depSource(ms, k, false)
	}
	if src < 0 && a.t.ok {
		for h, n := a.t.head[k], 0; h >= 0 && n < 8; h, n = a.t.head[h], n+1 {
			if isVerb(toks[h]) {
				if _, gov := a.gerundDeed(h); gov >= 0 && chargeLemmas[a.w.lem[gov]] {
					// "accused Chile of spying after talks with
					// Peru": the talks time the deed charged; who
					// held them the sentence does not say.
					return
				}
				src = a.depSource(ms, h, false)
				break
			}
		}
	}
	if src < 0 || tgt < 0 || src == tgt || selfEvent(ms[src], tm) || !talks && sameCountry(ms[src], tm) {
		return
	}
	code, pattern, what := "040", "<noun> MEETING WITH +", "a meeting held (040)"
	if talks {
		code, pattern, what = "046", "<noun> TALKS WITH +", "talks held (046)"
	}
	// "during a meeting in the Oval Office with Li Wei": held on one
	// side's own ground, the meeting is a visit its host received (043)
	// and its guest made (042).
	sc, tc := actor.CountryOf(ms[src].Code), actor.CountryOf(tm.Code)
	if !talks && sc != "" && tc != "" && sc != tc {
		host, guest, hm, gm := src, tgt, ms[src], tm
		home := a.hostPlace(toks, ms, k+1, with, tc)
		if home {
			host, guest, hm, gm = tgt, src, tm, ms[src]
		} else {
			home = a.hostPlace(toks, ms, k+1, with, sc)
		}
		if home {
			cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "043", src: host, tgt: guest,
				pattern: "<noun> MEETING AT HOME WITH +", entries: []string{"noun " + toks[k].Form + ": a visit hosted (043)"}}
			a.emitNominal(s, toks, ms, cl, hm, gm, says, times)
			rev := *cl
			rev.code, rev.src, rev.tgt = "042", guest, host
			rev.entries = []string{"noun " + toks[k].Form + ": a visit made (042)"}
			a.emitNominal(s, toks, ms, &rev, gm, hm, says, times)
			return
		}
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: code, src: src, tgt: tgt,
		pattern: pattern, entries: []string{"noun " + toks[k].Form + ": " + what}}
	a.emitNominal(s, toks, ms, cl, ms[src], tm, says, times)
}

// hostPlace reports a place of country cc that "in" or "at" opens
// between lo and hi ("in the Oval Office", "at the White House", "in
// Paris"): a meeting held there is on cc's own ground.
func (a *article) hostPlace(toks []model.Token, ms []actor.Mention, lo, hi int, cc string) bool {
	for j := lo; j < hi; j++ {
		if a.w.up[j] != "IN" && a.w.up[j] != "AT" {
			continue
		}
		p := j + 1
		for p < hi && toks[p].UPOS == "DET" {
			p++
		}
		if p >= hi {
			return false
		}
		for _, m := range ms {
			// "in his office" leaves who owns the place to the reader.
			if m.Start == p {
				return m.Kind != actor.Pronoun && actor.CountryOf(m.Code) == cc
			}
		}
		if g := a.c.Places; g != nil {
			pl, _, ok := g.Locate(a.text[toks[0].Start:toks[len(toks)-1].End], toks[j:hi], nil)
			return ok && pl.Country == cc
		}
		return false
	}
	return false
}

// officialNouns are the nouns of a country's officials that the agent
// dictionaries lack (upper-case).
var officialNouns = map[string]bool{"NEGOTIATOR": true, "REPRESENTATIVE": true, "ADVISER": true, "ADVISOR": true}

// officialAfter reports an official noun after the possessive at p,
// past at most three modifiers ("'s top trade negotiator").
func officialAfter(up []string, toks []model.Token, p int) bool {
	if p >= len(toks) || !possessiveMark(toks[p]) {
		return false
	}
	for k := p + 1; k < len(toks) && k <= p+4; k++ {
		if officialNouns[up[k]] && toks[k].UPOS == "NOUN" {
			return true
		}
		if toks[k].UPOS != "ADJ" && toks[k].UPOS != "NOUN" {
			return false
		}
	}
	return false
}

// nameWord reports a pronoun mention that is a word of a name, right
// after another ("Liu He"): no pronoun.
func nameWord(toks []model.Token, m actor.Mention) bool {
	return m.Kind == actor.Pronoun && m.Start > 0 && toks[m.Start-1].UPOS == "PROPN" && isCapitalised(toks[m.Start].Form)
}

// isCapitalised reports a word that begins with an upper-case letter.
func isCapitalised(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// describedName returns, for a name at p that no mention resolved and
// that a comma sets off from its description by an actor ("Liu He,
// China's top trade negotiator"), that actor's mention; -1 for none.
func (a *article) describedName(toks []model.Token, ms []actor.Mention, p int) int {
	// The name's words: proper nouns no mention holds, and a
	// capitalised word after one that the tagger took for a pronoun
	// ("Liu He").
	j := p
	for j < len(toks) && j < p+4 && (toks[j].UPOS == "PROPN" && !a.w.act[j] || j > p && toks[j-1].UPOS == "PROPN" && toks[j].UPOS == "PRON" && isCapitalised(toks[j].Form)) {
		j++
	}
	if j == p || j+1 >= len(toks) || toks[j].Form != "," {
		return -1
	}
	// The description is the country's possessive before an official
	// noun, or the country's official read as one mention ("China's
	// top trade negotiator" with NEGOTIATOR an agent).
	for i, m := range ms {
		if m.Start == j+1 && (possessive(toks, m) || m.Agent != "" && m.Country != "" && m.Code != m.Country) {
			return i
		}
	}
	return -1
}

func (a *article) nominalTalks(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	j := k + 1
	if j >= end || a.w.up[j] != "BETWEEN" {
		return
	}
	x := argAt(toks, ms, j+1)
	if x < 0 {
		// "talks between military commanders": a bare agent after
		// its adjectives.
		if p := j + 1; p < end && toks[p].UPOS == "ADJ" {
			for p < end && toks[p].UPOS == "ADJ" {
				p++
			}
			if y := argAt(toks, ms, p); y >= 0 && ms[y].Kind == actor.Agent {
				x = y
			}
		}
	}
	if x < 0 {
		return
	}
	mem := members(toks, ms, x)
	if len(mem) == 1 && ms[x].Kind == actor.Agent {
		if ps := agentsOfPair(toks, ms, ms[x], k); len(ps) == 2 {
			cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "046",
				pattern: "<noun> TALKS BETWEEN +", entries: []string{"noun " + toks[k].Form + ": negotiations (046) between the agents of the sentence's two countries"}}
			a.emitNominal(s, toks, ms, cl, ps[0], ps[1], says, times)
			a.emitNominal(s, toks, ms, cl, ps[1], ps[0], says, times)
		}
		return
	}
	if len(mem) < 2 {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "046", src: mem[0], tgt: mem[1],
		pattern: "<noun> TALKS BETWEEN $ AND +", entries: []string{"noun " + toks[k].Form + ": negotiations (046)"}}
	for _, p := range mem {
		for _, q := range mem {
			if p != q {
				a.emitNominal(s, toks, ms, cl, ms[p], ms[q], says, times)
			}
		}
	}
}

// truceLemmas are the participles (upper-case lemmas) by which a
// ceasefire noun says its parties declared it: "the truce agreed in
// March between", "the armistice signed between".
var truceLemmas = map[string]bool{"AGREE": true, "SIGN": true, "REACH": true, "DECLARE": true}

// nominalCeasefire codes a ceasefire, truce or armistice at k that a
// participle right after it says was agreed, signed, reached or declared
// between two parties ("the ceasefire agreed in March between Armenia and
// Azerbaijan") as each party's declaration of a truce (0871) with the
// other, dated by a time phrase of the participle (a background event when
// that is before the article's day). A ceasefire named with no such
// participle ("the ceasefire between them collapsed"), or with no time
// of its own ("violated the truce agreed between"), says nothing of when
// it was declared and codes nothing; one brokered by a third party is the
// mediator's deed, not coded here.
func (a *article) nominalCeasefire(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	v := k + 1
	// The tagger may take "The ceasefire agreed in March" for a
	// sentence: a ceasefire agrees or signs nothing, so a past tense
	// right after it is the participle.
	j := a.participleBetween(toks, v)
	if j < 0 {
		a.sidesAccord(s, toks, ms, k, "0871", says, times)
		return
	}
	mem, end := betweenMembers(toks, ms, j)
	if mem == nil {
		return
	}
	// "violated the truce agreed between Syria and Russia": with no
	// time of its own, the declaration is of some day before, not of
	// the day the sentence tells of; it codes nothing.
	dated := false
	for _, x := range times {
		dated = dated || x.Start >= toks[v].Start && x.End <= toks[end-1].End
	}
	if !dated {
		return
	}
	cl := &clause{v: v, vEnd: v + 1, lo: k, hi: end, code: "0871", src: mem[0], tgt: mem[1],
		pattern: "<noun> " + a.w.up[k] + " " + a.w.up[v] + " BETWEEN $ AND +", entries: []string{"noun " + toks[k].Form + " " + toks[v].Form + " between two parties: a truce declared (0871)"}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
}

// participleBetween returns, for a participle of truceLemmas at v right
// after a noun of an agreement ("agreed", "signed"), the "between" that
// names the noun's parties past a short phrase of time or place ("signed
// in Lima in March 2023 between"), else -1: nothing that opens a clause
// may stand before it.
func (a *article) participleBetween(toks []model.Token, v int) int {
	if v >= len(toks) || toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" || !truceLemmas[a.w.lem[v]] {
		return -1
	}
	j := v + 1
	for j < len(toks) && j <= v+6 && a.w.up[j] != "BETWEEN" {
		switch toks[j].UPOS {
		case "VERB", "AUX", "PUNCT", "SCONJ", "PRON":
			return -1
		}
		j++
	}
	if j >= len(toks) || a.w.up[j] != "BETWEEN" {
		return -1
	}
	return j
}

// emitMutual emits cl's noun event of each member of mem on each other
// member ("the war between Peru and Ecuador": both ways), none of an
// actor on itself.
func (a *article) emitMutual(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, mem []int, says []say, times []when.Expression) {
	for _, p := range mem {
		for _, q := range mem {
			if p != q && !selfEvent(ms[p], ms[q]) {
				a.emitNominal(s, toks, ms, cl, ms[p], ms[q], says, times)
			}
		}
	}
}

// betweenAt is betweenMembers when the word at j is "between"; nil
// otherwise.
func (a *article) betweenAt(toks []model.Token, ms []actor.Mention, j int) (mem []int, end int) {
	if j >= len(toks) || a.w.up[j] != "BETWEEN" {
		return nil, 0
	}
	return betweenMembers(toks, ms, j)
}

// betweenMembers returns the members of the list that "between" at j
// names, two at least, and the end of the noun's phrase; nil when
// "between" names no such list.
func betweenMembers(toks []model.Token, ms []actor.Mention, j int) (mem []int, end int) {
	x := argAt(toks, ms, j+1)
	if x < 0 {
		return nil, 0
	}
	if mem = members(toks, ms, x); len(mem) < 2 {
		return nil, 0
	}
	return mem, nominalEnd(toks, j)
}

// inPhrase are the parts of speech of words that may stand before a
// noun in its own phrase.
var inPhrase = map[string]bool{"NUM": true, "ADJ": true, "NOUN": true, "PART": true, "PROPN": true, "DET": true}

// nominalWar codes a war at k between two parties that the text dates
// ("the 2008 war between Russia and Georgia", "the war between Peru and
// Ecuador in 1995") as each one's use of military force (190) against
// the other, dated by that time, so in the background when it is before
// the article's day. A war with no time of its own ("the war between
// them has killed thousands") says nothing of when it was fought; the
// verbs of its sentence code what it did.
func (a *article) nominalWar(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	j := k + 1
	mem, end := a.betweenAt(toks, ms, j)
	if mem == nil {
		return
	}
	lo := a.phraseStart(toks, k)
	times, ok := a.phraseTimes(toks, lo, k, end, times, false)
	if !ok {
		// "The war between Peru and Chile began in 1995": the time of
		// its beginning is the war's.
		if end, ok = a.beganAt(toks, k, times); !ok {
			return
		}
	}
	cl := &clause{v: k, vEnd: k + 1, lo: lo, hi: end, code: "190", src: mem[0], tgt: mem[1],
		pattern: "<noun> WAR BETWEEN $ AND +", entries: []string{"noun " + toks[k].Form + " between two parties, dated: military force (190)"}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
}

// beganLemmas are the verbs (upper-case lemmas) of a deed's beginning,
// whose time is its subject's own: "the war began in 1995", "broke out
// in March".
var beganLemmas = map[string]bool{"BEGIN": true, "START": true, "ERUPT": true, "BREAK": true}

// beganAt reports, for a noun at k that is the subject of a verb of
// beganLemmas, a time right after that verb, past only prepositions,
// adverbs and particles ("began in April 2023", "broke out in 1995"),
// and returns the token after that time, to which the noun's clause
// then runs; the time must not begin after the article's day.
func (a *article) beganAt(toks []model.Token, k int, times []when.Expression) (int, bool) {
	t := &a.t
	if !t.ok || base(t.rel[k]) != "nsubj" {
		return 0, false
	}
	h := t.head[k]
	if h < 0 || !isVerb(toks[h]) || !beganLemmas[a.w.lem[h]] {
		return 0, false
	}
	p := h + 1
	for p < len(toks) && (toks[p].UPOS == "ADP" || toks[p].UPOS == "ADV" || toks[p].UPOS == "PART") {
		p++
	}
	for _, x := range times {
		if p >= len(toks) || x.Start != toks[p].Start && !(p > h+1 && x.Start == toks[p-1].Start) {
			continue
		}
		if !a.ref.IsZero() && x.From.After(a.ref) {
			return 0, false
		}
		e := p
		for e < len(toks) && toks[e].Start < x.End {
			e++
		}
		return e, true
	}
	return 0, false
}

// phraseStart returns where the phrase of the noun at k begins: past at
// most four words before it that may stand in its phrase and name no
// actor ("the 1994 border treaty", "last year's war").
func (a *article) phraseStart(toks []model.Token, k int) int {
	lo := k
	for lo > 0 && k-lo < 4 && !a.w.act[lo-1] && inPhrase[toks[lo-1].UPOS] {
		lo--
	}
	return lo
}

// phraseTimes reports whether the phrase [lo, end) of the noun at k has a
// time of its own: one before the noun ("last year's war"), or after it
// up to the phrase's end ("between Peru and Ecuador in 1995"), or a bare
// year before it ("the 2008 war"), which it adds to times. With past,
// the time must not begin after the article's day: a deal "between Peru
// and Chile next year" has not been made.
func (a *article) phraseTimes(toks []model.Token, lo, k, end int, times []when.Expression, past bool) ([]when.Expression, bool) {
	for _, x := range times {
		if x.Start >= toks[lo].Start && x.End <= toks[end-1].End {
			return times, !past || a.ref.IsZero() || !x.From.After(a.ref)
		}
	}
	x, ok := a.bareYear(toks, lo, k)
	if !ok {
		return times, false
	}
	return append(times[:len(times):len(times)], x), true
}

// soughtWords are the prepositions (upper-case) before an agreement's
// phrase that make it a deal sought or discussed, not one made: "talks
// on a deal between", "a push for an accord between".
var soughtWords = map[string]bool{"ON": true, "FOR": true, "TOWARD": true, "TOWARDS": true, "ABOUT": true}

// nominalAgreement codes an agreement, deal, treaty, accord, pact or
// convention between two parties that its own phrase dates, not after
// the article's day ("the 1994 treaty between Peru and Chile", "a deal
// between Peru and Chile in March 2023", "the accord signed in Lima in
// 2016 between Peru and Chile"), as each party's signing of a formal
// agreement (057) with the other, dated by that time, so in the
// background when it is well before the article's day. An agreement with
// no time of its own ("the deal between them collapsed") says nothing of
// when it was made; one sought or discussed ("talks on a deal between")
// was not made.
func (a *article) nominalAgreement(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	j := k + 1
	if p := a.participleBetween(toks, j); p >= 0 {
		j = p
	}
	mem, end := a.betweenAt(toks, ms, j)
	pattern, what := "<noun> "+a.w.up[k]+" BETWEEN $ AND +", " between two parties, dated: a formal agreement (057)"
	if mem == nil {
		// "Peru's 2015 trade agreement with Chile".
		if mem, end = a.ownedWith(toks, ms, k); mem == nil {
			if p := a.participleBetween(toks, k+1); p < 0 {
				a.sidesAccord(s, toks, ms, k, "057", says, times)
			}
			return
		}
		pattern, what = "$ <noun> "+a.w.up[k]+" WITH +", " of one party with another, dated: a formal agreement (057)"
	}
	lo := a.phraseStart(toks, k)
	if o := ms[mem[0]].Start; o < lo && pattern[0] == '$' {
		// The owner's phrase opens the agreement's ("talks on its
		// 2019 deal with Chile").
		lo = o
	}
	if lo > 0 && soughtWords[a.w.up[lo-1]] {
		return
	}
	times, ok := a.phraseTimes(toks, lo, k, end, times, true)
	if !ok {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: lo, hi: end, code: "057", src: mem[0], tgt: mem[1],
		pattern: pattern, entries: []string{"noun " + toks[k].Form + what}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
}

// ownedWith returns, for an agreement noun at k, its owner and the actor
// after "with" right after it, or after a participle of concluding
// it: "Peru's 2015 trade agreement with Chile", "its accord signed with
// Chile in 2016"; and the end of its phrase. The owner is a possessive
// before the noun, past its numbers, adjectives and nouns ("trade",
// "peace", "nuclear"). It returns nil where either is missing.
func (a *article) ownedWith(toks []model.Token, ms []actor.Mention, k int) ([]int, int) {
	p := a.beforePremods(toks, k, 4, premodNum|premodAdj|premodNoun)
	if p < 0 || !possessiveMark(toks[p]) && toks[p].XPOS != "PRP$" {
		return nil, 0
	}
	if possessiveMark(toks[p]) {
		p--
	}
	own := -1
	for i, m := range ms {
		if p >= m.Start && m.End == p+1 {
			own = i
		}
	}
	with := k + 1
	if with < len(toks) && (toks[with].XPOS == "VBN" || toks[with].XPOS == "VBD") && truceLemmas[a.w.lem[with]] {
		with++
	}
	if own < 0 || with >= len(toks) || a.w.up[with] != "WITH" {
		return nil, 0
	}
	tgt := argAt(toks, ms, with+1)
	if tgt < 0 || tgt == own {
		return nil, 0
	}
	return []int{own, tgt}, nominalEnd(toks, ms[tgt].End-1)
}

// nominalClash codes clashes or fighting between two parties that
// happen in the sentence ("Clashes between Peruvian and Chilean troops
// killed five", "Fighting broke out between Peru and Chile") as each
// one's use of military force (190) against the other. The noun must be
// its clause's subject, or "between" must follow the verb it breaks out
// or erupts with: "to prevent clashes between them", "fears of fighting
// between" name none that happened.
func (a *article) nominalClash(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	if !a.t.ok {
		return
	}
	opening := clashOpening(toks, a.w.up, k)
	if base(a.t.rel[k]) != "nsubj" && base(a.t.rel[k]) != "csubj" && !opening {
		return
	}
	j := k + 1
	if v := a.t.head[k]; j < len(toks) && v == j && (a.w.lem[v] == "BREAK" || a.w.lem[v] == "ERUPT") {
		// "Clashes broke out between", "fighting erupted between".
		j = v + 1
		if j < len(toks) && a.w.up[j] == "OUT" {
			j++
		}
	}
	mem, end := a.betweenAt(toks, ms, j)
	if mem == nil || opening && !a.clashVerbHappened(toks, end) {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "190", src: mem[0], tgt: mem[1],
		pattern: "<noun> " + a.w.up[k] + " BETWEEN $ AND +", entries: []string{"noun " + toks[k].Form + " between two parties: military force (190)"}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
}

// clashVerbHappened reports, for clashes whose noun the tagger took for
// the sentence's verb (clashOpening), that the verb after their phrase
// (ending at end) says they happened: no modal or negation before it
// ("could resume", "did not resume"), and no ending ("ended", "stopped").
// The parse hangs that verb on the noun, so the status of the noun's
// clause cannot be read from it.
func (a *article) clashVerbHappened(toks []model.Token, end int) bool {
	for g := end; g < len(toks); g++ {
		switch {
		case toks[g].XPOS == "MD" || a.w.up[g] == "NOT" || a.w.up[g] == "N'T" || a.w.up[g] == "NEVER":
			return false
		case toks[g].UPOS == "VERB":
			return !endingLemmas[a.w.lem[g]] && !unheldLemmas[a.w.lem[g]]
		}
	}
	return false
}

// agentsOfPair returns, for a bare agent ag ("military commanders") of
// talks at k, that agent of each of two countries the sentence names as
// a list before k ("India and China have agreed ... after talks between
// military commanders"), INDMIL and CHNMIL; nil where there is no such
// list of two countries.
func agentsOfPair(toks []model.Token, ms []actor.Mention, ag actor.Mention, k int) []actor.Mention {
	own := actor.CountryOf(ag.Code)
	if own == "" || len(ag.Code) <= len(own) {
		return nil
	}
	suffix := ag.Code[len(own):]
	for i := 0; i < len(ms) && ms[i].Start < k; i++ {
		mem := members(toks, ms, i)
		if len(mem) != 2 {
			continue
		}
		c0, c1 := actor.CountryOf(ms[mem[0]].Code), actor.CountryOf(ms[mem[1]].Code)
		if c0 == "" || c1 == "" || c0 == c1 || ms[mem[0]].Code != c0 || ms[mem[1]].Code != c1 {
			return nil
		}
		var out []actor.Mention
		for _, c := range []string{c0, c1} {
			m := ag
			m.Actor.Code, m.Actor.Country = c+suffix, c
			m.Entry = ag.Entry + "; of " + c + ", one of the sentence's two countries"
			out = append(out, m)
		}
		return out
	}
	return nil
}

// nominalBetween codes a call, conversation or meeting between two
// parties, past a place it was held in ("a phone call between Peru and
// Chile", "a conversation in Lima between Peru's envoy and Chile's
// minister", "the meeting between Peru and Chile"), as a consultation of
// each with the other: by telephone (041) where phone is the noun's
// modifier, else 040; none where a word before the noun says it is yet
// to be held ("a planned meeting between", unheld). It reports whether
// the noun had "between" after it.
func (a *article) nominalBetween(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, phone bool, says []say, times []when.Expression) bool {
	end := nominalEnd(toks, k)
	j := k + 1
	if j < end && (a.w.up[j] == "IN" || a.w.up[j] == "AT") {
		// "in Warsaw", "at the White House": a short place phrase.
		p := j + 1
		for p < end && p <= j+4 && a.w.up[p] != "BETWEEN" {
			p++
		}
		if p < end && a.w.up[p] == "BETWEEN" {
			j = p
		}
	}
	// "a meeting of their foreign ministers": a meeting (not a call)
	// of two parties is one between them.
	of := j < end && a.w.up[j] == "OF" && !phone && a.w.lem[k] == "MEETING"
	if j >= end || a.w.up[j] != "BETWEEN" && !of {
		return false
	}
	code, what := "040", "a consultation (040)"
	if phone {
		code, what = "041", "a telephone call (041)"
	}
	if unheld(a.w.up, k) {
		// "a planned meeting between", "the proposed call between":
		// parties named, nothing held; a meeting planned or set is
		// each party's intent to meet (036), one proposed, possible or
		// called off none.
		if phone || !intended(a.w.up, k) {
			return true
		}
		code, what = "036", "a meeting planned (036)"
	}
	x := argAt(toks, ms, j+1)
	if x < 0 && of {
		// "a meeting of the two countries' ministers": the pair's
		// mentions begin at its article.
		for i, m := range ms {
			if m.Start == j+1 {
				x = i
				break
			}
		}
	}
	if x < 0 {
		return of
	}
	mem := members(toks, ms, x)
	if len(mem) < 2 {
		return of
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: code, src: mem[0], tgt: mem[1],
		pattern: "<noun> " + a.w.up[k] + " " + a.w.up[j] + " $ AND +", entries: []string{"noun " + toks[k].Form + ": " + what}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
	return true
}
