package event

// One verb: the dictionary entries that name it and the best pattern match
// among their blocks (blockMatch, belied, gapMatch).

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

type say struct{ v, who int }

// verb looks the verb at v up and matches its patterns.
func (a *article) verb(toks []model.Token, v int) (*clause, bool) {
	refs := a.verbRefs(toks, v)
	if len(refs) == 0 {
		return nil, false
	}
	cl := a.pickVerb(refs, v)
	if cl.verb == nil {
		return nil, false
	}
	a.setWindow(toks, cl)
	a.matchPatterns(toks, cl, refs)
	if !a.keepCode(toks, cl) {
		return nil, false
	}
	src := cmp.Or(cl.verb.Source, cl.block.Source, "verbs")
	cl.entries = append(cl.entries, fmt.Sprintf("verb %s in block %s (%s:%d): %s", cl.verb.Word, cl.block.Name, src, cl.verb.Line, cl.pattern))
	return cl, true
}

// verbRefs returns the verb dictionary's listings of the word at v: by
// its form, else its lemma, else (coding as TABARI does) the longest
// stem it begins with or a closed verb with a regular ending.
func (a *article) verbRefs(toks []model.Token, v int) []dict.VerbRef {
	d := a.c.d
	refs := d.Verbs(toks[v].Form)
	if len(refs) == 0 && toks[v].Lemma != "" {
		refs = d.Verbs(toks[v].Lemma)
	}
	if len(refs) == 0 && a.c.stems {
		// The longest stem the word begins with, or a verb written
		// closed ("DEPART_") with a regular ending ("departen").
		up := a.w.up[v]
		for n := len(up) - 1; n >= 3 && len(refs) == 0; n-- {
			for _, r := range d.Verbs(up[:n]) {
				if slices.Contains(r.Verb.Stems, up[:n]) || !r.Verb.Exact && r.Verb.Word == up[:n] && regularEnding(up[n:]) {
					refs = append(refs, r)
				}
			}
		}
	}
	return refs
}

// pickVerb returns a clause for the verb at v with the listing of refs
// it is: a multi-word verb whose other words are there before a single
// word, and a verb written as this very word before one it is a form of.
// Its verb is nil when none fits.
func (a *article) pickVerb(refs []dict.VerbRef, v int) *clause {
	cl := &clause{v: v, vEnd: v + 1, src: -1, tgt: -1}
	// Prefer a multi-word verb whose other words are there ("cut off",
	// "took in").
	for _, r := range refs {
		vb := r.Verb
		if vb.Exact && a.w.up[v] != vb.Word {
			continue
		}
		if len(vb.Before) == 0 && len(vb.After) == 0 {
			// A verb written as this very word ("ATTACKED" beside
			// "ATTACK") before one it is a form of.
			if cl.verb == nil || vb.Word == a.w.up[v] && cl.verb.Word != a.w.up[v] && len(cl.verb.Before)+len(cl.verb.After) == 0 {
				cl.block, cl.verb = r.Block, vb
			}
			continue
		}
		end, ok := a.multi(vb, v)
		if ok && (cl.verb == nil || len(cl.verb.Before)+len(cl.verb.After) < len(vb.Before)+len(vb.After)) {
			cl.block, cl.verb, cl.vEnd = r.Block, vb, end
		}
	}
	return cl
}

// setWindow sets the clause's window [lo, hi): by word order, narrowed to
// the parse's reach of the verb where the parse is plausible (ended where
// a clause of another verb or with a subject of its own opens), and ended
// by a comma that closes the verb's clause.
func (a *article) setWindow(toks []model.Token, cl *clause) {
	v := cl.v
	cl.lo, cl.hi = a.window(toks, v, cl.vEnd)
	if a.depPlausible(v) {
		cl.dep = true
		cl.hi = max(a.depReach(v, cl.hi), cl.vEnd)
		cl.hi = max(a.subjectClause(v, cl.vEnd, cl.hi), cl.vEnd)
	}
	if c := closingComma(toks, v); c >= cl.vEnd && c < cl.hi {
		cl.hi = c
	}
	if e := quoteClose(a.quotes, toks, v); e >= cl.vEnd && e < cl.hi {
		cl.hi = e
	}
}

// matchPatterns sets the clause's code from the verb's bare code, or
// from its best pattern in any block that lists it (blockMatch); a deed
// a verb of saying's pattern finds after "must" is a demand.
func (a *article) matchPatterns(toks []model.Token, cl *clause, refs []dict.VerbRef) {
	v := cl.v
	code := cl.verb.Code
	if code == "" {
		code = cl.block.Code
	}
	cl.code, cl.rev, _ = strings.Cut(code, ":")
	cl.pattern = cl.verb.Word + " [" + code + "]"
	// A verb the dictionary lists in more than one block ("REOPEN" in
	// RE_ESTABLISH and in START) has its code without a pattern from its
	// first listing, as PETRARCH-2 reads it (which never reaches the
	// later blocks); the patterns a later block writes for it ("- *
	// EMBASSY [054] # OPEN , REOPEN") are tried too, the best match
	// winning and the earlier block on a tie (blockMatch).
	first, firstVerb := cl.block, cl.verb
	best := match{score: -1}
	bestBlock, bestVerb := first, firstVerb
	for _, r := range listings(refs, cl.block, cl.verb) {
		cl.block, cl.verb = r.Block, r.Verb
		if m := a.blockMatch(toks, v, cl, r.Block != first); m.p != nil && m.score > best.score {
			best, bestBlock, bestVerb = m, r.Block, r.Verb
		}
	}
	cl.block, cl.verb = first, firstVerb
	if best.p != nil && best.score > 0 {
		cl.block, cl.verb = bestBlock, bestVerb
		cl.code, cl.rev = best.p.Code, best.p.Passive
		cl.m = best
		cl.score = best.score
		cl.pattern = strings.TrimSpace(best.p.Text)
		// "told Chile it must withdraw its troops", "told Chile to
		// withdraw its troops": a deed a verb of saying's pattern
		// finds after "must" or "had to", or in an infinitive
		// after whom it is told to, is demanded of them, not done
		// by the speaker.
		if demandSayers[a.w.lem[v]] && material(cl.code) && (obligedDeed(toks, best) || a.w.lem[v] == "TELL" && toldInfinitive(toks, v, best)) {
			d := appealCode("10", cl.code)
			if d == "" {
				d = "100"
			}
			cl.code, cl.rev = d, ""
			cl.pattern += " (said must: " + d + ")"
			// "told the Peruvian envoy that Chile must release the
			// fishermen": a deed with a named subject of its own is
			// demanded of that subject (mustDemand), not of whom it
			// is told to.
			if namedDeedSubject(toks, best) {
				cl.code = ""
			}
		}
	}
}

// keepCode drops codes the coder does not use and bare codes the words
// around the verb belie (wanting or planning one's own deed, a negated
// answer, which is declining comment, 010, a denied charge, 016). It
// reports false when the clause codes nothing.
func (a *article) keepCode(toks []model.Token, cl *clause) bool {
	v := cl.v
	if !usable(cl.code) {
		cl.code = ""
	}
	// "Bolivia wants to withdraw its troops", "Chile needs to release
	// the fishermen": wanting or needing to do something oneself asks
	// no one for anything; the infinitive's deed is coded for itself
	// (an intent, or what a speaker says must be done).
	if selfNeedLemmas[a.w.lem[v]] && (strings.HasPrefix(cl.code, "02") || strings.HasPrefix(cl.code, "10")) && a.ownInfinitive(toks, cl) {
		return false
	}
	// "Chile was preparing to attack Peru", "intends to expel Peru's
	// ambassador", "failed to attack Peru": a verb of planning or
	// failing with no pattern of its own says nothing of the deed by its
	// bare code (030 intent to cooperate, 120 rejection); the
	// infinitive's deed is coded for itself.
	if cl.score == 0 && planLemmas[a.w.lem[v]] && (a.ownInfinitive(toks, cl) || cl.code == "030") {
		// "is preparing an attack on Peru", "plans a new port": a plan
		// no pattern names is no intent to cooperate either.
		return false
	}
	// "Peru and Chile agreed to reopen their embassies", "agreed on
	// Thursday to reopen them": a pledge of one's own deed whose verb codes no intent by its bare code
	// (AGREE's 050, diplomatic cooperation) is the unspecified intent
	// to cooperate (030); a deed coded for itself then names the intent
	// more closely in its place (pledgedIntent). Coding as the peers
	// do (stems, Unrealised), the bare code stands.
	if cl.score == 0 && !a.c.stems && !a.c.Unrealised && pledgeLemmas[a.w.lem[v]] && a.w.lem[v] != "DECIDE" && cl.code != "" && !strings.HasPrefix(cl.code, "03") && (a.ownInfinitive(toks, cl) || pledgeInfinitive(toks, cl.vEnd, cl.hi) >= 0) {
		cl.code = "030"
		if cl.rev != "" {
			cl.rev = "030"
		}
	}
	// "North Korea did not immediately respond", "Russia has not
	// commented on the proposal": a verb of answering, negated, is
	// declining comment, a plain statement (010), whatever its object.
	if answerLemmas[a.w.lem[v]] && negated(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.rule = "010", "", "<no answer> NOT "+a.w.up[v]+" [010]", ruleNoAnswer
		cl.m, cl.score = match{}, 0
	}
	if cl.score == 0 && a.deniedCharge(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.rule, cl.charge = "016", "", "<accusation> SUBJECT "+a.w.up[v], ruleCharge, true
	}
	// "Chile denied that its troops had laid mines": denying one's
	// own deed denies responsibility (016), as "denied laying mines"
	// does by &DENIEDACT; like a denied charge it is no statement that
	// another event of the sentence replaces (dropSpeech).
	if cl.score == 0 {
		if c := a.ownDeedDenied(toks, v); c >= 0 {
			cl.code, cl.rev, cl.pattern, cl.rule, cl.charge = "016", "", ownDenialPattern+a.w.up[v]+" THAT [016]", ruleOwnDenial, true
			cl.denied[0], cl.denied[1] = a.t.span(c)
		}
	}
	// "Chile asked Peru to return the boat. Peru refused.": a refusal
	// of a request made before (CAMEO 12); the request says which
	// rejection, and whose (requester).
	if a.bareRefusal(toks, cl) {
		cl.code, cl.rev, cl.pattern, cl.rule, cl.refused = "120", "", requestPattern+a.w.up[v], ruleRequest, true
	}
	// "Chile insisted that Peru withdraw its troops": insisting that
	// someone do something, in a "that" clause with a bare verb,
	// demands it (100, then the deed's own demand), though a bare
	// INSIST, insisting that something is so, codes nothing.
	if cl.code == "" && cl.score == 0 && a.w.lem[v] == "INSIST" && mandates(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.rule = "100", "", mandatePattern+a.w.up[v]+" THAT [100]", ruleMandate
	}
	// "the rebels took Goma", "Mosul was taken by ISIL": a bare TAKE
	// of a named town occupies it (192; see townTaken), though TAKE
	// alone codes nothing.
	if cl.code == "" && cl.score == 0 && a.w.lem[v] == "TAKE" && a.townTaken(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.rule = "192", "", townPattern+"TAKE [192]", ruleTown
	}
	// "Mali quit ECOWAS", "withdrew from the International Criminal
	// Court": a bare verb of leaving whose object is an international
	// organisation reduces relations with it (161; see
	// organisationLeft), whatever its bare code.
	if cl.score == 0 && (cl.code == "" || cl.code == "080") && a.organisationLeft(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.rule = "161", "", leftPattern+a.w.up[v]+" [161]", ruleLeft
	}
	if !usable(cl.rev) {
		cl.rev = ""
	}
	if cl.code == "" && cl.rev == "" {
		return false
	}
	return true
}

// namesVerb reports whether a pattern's comment names verb vb among the
// verbs it lists ("OPEN , REOPEN <ab 02 Dec 2005>"), as its word or one
// of its forms, a multi-word verb by its words joined with '_'.
func namesVerb(comment string, vb *dict.Verb) bool {
	c, _, _ := strings.Cut(strings.TrimLeft(comment, "# \t"), "<")
	whole := strings.Join(slices.Concat(vb.Before, []string{vb.Word}, vb.After), "_")
	single := len(vb.Before)+len(vb.After) == 0
	for _, name := range strings.Split(c, ",") {
		w := verbName(name)
		if w == "" {
			continue
		}
		if strings.ReplaceAll(w, "+", "") == whole || single && (w == vb.Word || slices.Contains(vb.Forms, w)) {
			return true
		}
	}
	return false
}

// listings returns the verb vb of block b first, then the same verb as
// listed in the other blocks among refs, each block once.
func listings(refs []dict.VerbRef, b *dict.VerbBlock, vb *dict.Verb) []dict.VerbRef {
	out := []dict.VerbRef{{Block: b, Verb: vb}}
	for _, r := range refs {
		if r.Block == b || r.Verb.Word != vb.Word || !slices.Equal(r.Verb.Before, vb.Before) || !slices.Equal(r.Verb.After, vb.After) {
			continue
		}
		if !slices.ContainsFunc(out, func(o dict.VerbRef) bool { return o.Block == r.Block }) {
			out = append(out, r)
		}
	}
	return out
}

// blockMatch returns the best match of the patterns of the clause's
// block for its verb at v, with score -1 when none matches. In a later
// listing of the verb only the patterns whose comment names it are its
// own: the block's others were written for the verbs it lists first
// (GRANT's "- * THREAT [130] # ISSUE" is no "he added: ... under threat
// of starvation").
func (a *article) blockMatch(toks []model.Token, v int, cl *clause, later bool) match {
	b := a.c.blocks[cl.block]
	if b == nil {
		return match{score: -1}
	}
	// Of equally specific patterns the first in the block wins, so
	// that a supplement's patterns (merged ahead of the block's own)
	// override the dictionary's whatever word anchors them.
	best, bestAt := match{score: -1}, int32(-1)
	foreign := func(i int32) bool {
		if later {
			return !namesVerb(cl.block.Patterns[i].Comment, cl.verb)
		}
		o := b.owner[i]
		return o >= 0 && !sameVerb(&cl.block.Verbs[o], cl.verb) && (b.phrasal[i] || verbCode(cl.block, &cl.block.Verbs[o]) != verbCode(cl.block, cl.verb))
	}
	try := func(i int32) {
		if foreign(i) {
			return
		}
		p := &cl.block.Patterns[i]
		m, ok := matchPattern(p, &a.w, v, cl.lo, cl.hi, cl.vEnd)
		if ok && a.belied(toks, v, cl, b, i, &m) {
			ok = false
		}
		if ok && m.score == 0 && a.w.slotFilled(m) {
			// "- $ * [095]": a pattern of slots alone, whose
			// slots hold actors, is more than the bare verb.
			m.score, m.slots = 1, true
		}
		better := m.score > best.score
		if m.score == best.score {
			better = i < bestAt
			if lp, lb := literal(p), literal(best.p); a.c.stems && lp != lb {
				better = lp > lb
			}
			// The same words written for two verbs of a block
			// ("- * INDEPENDENCE [017] # CELEBRATE" and "[054] #
			// RECOGNISE"): the matched verb's own wins.
			if mine, theirs := b.ownedBy(i, cl), b.ownedBy(bestAt, cl); mine != theirs && sameWords(p, best.p) {
				better = mine
			}
			// "received tanks from Germany": a pattern's word
			// ("- * TANKS") says more than slots alone ("- * +") or
			// a bare passive agent ("- * (BY)").
			if mw, bw := m.slots || bareBy(p), best.slots || bareBy(best.p); mw != bw {
				better = !mw
			}
		}
		if ok && better {
			best, bestAt = m, i
		}
	}
	for _, i := range b.free {
		try(i)
	}
	for k := cl.lo; k < cl.hi; k++ {
		if k >= v && k < cl.vEnd {
			continue
		}
		if a.w.forms {
			a.w.keys(k, func(key string) {
				for _, i := range b.byWord[key] {
					try(i)
				}
			})
			continue
		}
		for _, i := range b.byWord[a.w.up[k]] {
			try(i)
		}
		if a.w.lem[k] != a.w.up[k] {
			for _, i := range b.byWord[a.w.lem[k]] {
				try(i)
			}
		}
	}
	// "the deal Peru struck with Chile", "the truce it struck with the
	// rebels": an agreement that is the gap object is what the verb
	// concluded, whatever pattern the words after the verb matched
	// alone ("- * WITH [190]" of STRIKE).
	if best.score > 0 {
		if h := a.gapObject(v); h >= 0 && agreedNoun(a.w.lem[h]) {
			if g := a.gapMatch(cl, b, v, h, match{}, math.MaxInt32, foreign); g.score > 0 {
				best = g
			}
		}
	}
	// "a ceasefire the two countries agreed": the noun a relative
	// clause hangs on is the object of a verb that has none of its
	// own, and a pattern of that noun alone after the verb matches
	// it. A charge denied ("an allegation Lima rejected") is the
	// denial of the accusation before it (deniedCharge, below).
	if best.score <= 0 && !a.deniedCharge(toks, v) {
		if h := a.gapObject(v); h >= 0 {
			best = a.gapMatch(cl, b, v, h, best, bestAt, foreign)
		} else if h := a.agentParticipleNoun(v); h >= 0 {
			best = a.gapMatch(cl, b, v, h, best, bestAt, foreign)
		} else if h := a.passiveObject(v); h >= 0 {
			// "an accord was signed by Peru and Chile": the
			// passive subject is what the agent did.
			best = a.gapMatch(cl, b, v, h, best, bestAt, foreign)
		}
	}
	return best
}

// agreedNoun reports a noun (upper-case lemma) of an agreement or a
// truce, which a verb with it as its object concludes.
func agreedNoun(lem string) bool {
	switch eventNoun(lem) {
	case nounAgreement, nounCeasefire:
		return true
	}
	return false
}

// belied reports a match m of pattern i of the clause's block that the
// words around it belie: a phrasal pattern's object slot that is no
// actor of the verb's own, a saying's cooperation that is the reported
// clause's, a deed's noun after a verb of going on, a particle that is
// another phrase's or a date's, a month a date names, the content of a
// decision or plan.
func (a *article) belied(toks []model.Token, v int, cl *clause, b *block, i int32, m *match) bool {
	if b.phrasal[i] && m.tgt[1] > 0 && m.tgt[0] == cl.vEnd && !a.w.opensWithActor(m.tgt) {
		// "- * + TO [020] # WANT": the slot of a phrasal
		// pattern right after its verb is the verb's own
		// object, an actor from its first word ("wants the UK to extradite"), not one
		// inside a noun ("wanted the talks with Peru to
		// succeed").
		return true
	}
	if sayLemmas[a.w.lem[v]] && cooperative(cl.block.Patterns[i].Code) && pastThat(toks, m, cl) {
		// "told reporters that Chile had agreed to talks",
		// "told lawmakers that he opposed the plan": a word of
		// the clause a verb of saying reports is that clause's,
		// coded by its own verb, not the saying's cooperation
		// (a demand, "told Chile that it had to release", is).
		return true
	}
	if aspectLemmas[a.w.lem[v]] && a.pastGerund(toks, m, cl) {
		// "kept attacking Chilean positions": a verb of going
		// on with a deed the dictionary codes has that deed
		// for its complement; a noun after it is the deed's,
		// not the pattern's ("KEEP ... POSITION").
		return true
	}
	lead := b.phrasal[i] || leadsWithParticle(&cl.block.Patterns[i])
	if lead && a.w.lem[v] == "CALL" && !particleNext(toks, m, cl.vEnd) {
		// "called Peru's decision a mistake in remarks on
		// Monday": "call on" and "call for" keep their particle
		// next to the verb; one after its object is another
		// phrase's.
		return true
	}
	if timeWordPattern(&cl.block.Patterns[i]) && a.timeParticle(toks, m, cl.vEnd) {
		// "rebels have fought the government since 2007",
		// "have attacked the troops since March": a preposition
		// of time that opens a date is the date's, not the word
		// a pattern of that word alone wants (CAMEO.2.0's "- *
		// SINCE [---] # CLASH" left every such fight uncoded).
		return true
	}
	if lead && a.timeParticle(toks, m, cl.vEnd) {
		// "called Peru's president on Monday": a preposition
		// that opens a time is the date's, not the particle
		// of a phrasal verb ("call on" someone, 020), nor of a
		// pattern that opens with one ("- * (ON) TO RESOLVE":
		// "called Peru's president on Monday, and the two
		// agreed to resolve ...").
		return true
	}
	if a.namedTime(toks, m, cl.vEnd) {
		// "led an intervention in Bolivia in March 2015": a month
		// a date names is not LEAD's "- * MARCH [141]".
		return true
	}
	if a.strayCraft(toks, v, cl, m) {
		// "struck a deal to buy fighter jets": see strayCraft.
		return true
	}
	if o := a.t.object(v); o >= 0 && cl.dep && strings.HasPrefix(cl.block.Patterns[i].Code, "051") && a.toks[o].UPOS == "NOUN" && !(o < len(a.w.act) && a.w.act[o]) && !m.uses(o) {
		// "expressed concern about Chinese support for Russia",
		// "voiced alarm at Bolivia's backing of the rebels",
		// "presented evidence of Iran's backing": support named
		// beside or inside the verb's object, not as that object, is
		// someone else's, not praise by the verb's subject. An
		// actor object is whom the praise is for ("supported Iraq in
		// its fight").
		return true
	}
	if a.w.lem[v] == "HOLD" && heldPersonPattern(m.p) && !a.heldPerson(v, m) {
		// "held talks with the fishermen": see heldPerson.
		return true
	}
	if passiveComplement(toks, m) {
		// "ordered that talks with Chile be held": a participle
		// a pattern wants right after its target ("- * + HELD
		// [173] # ORDER", "ordered the consul held") is that of
		// a passive clause of its own when an auxiliary comes
		// between.
		return true
	}
	if a.placedPosition(m) {
		// "maintained their defensive positions against the
		// rebels": see placedPosition.
		return true
	}
	if a.relativeVerbUsed(m, cl.vEnd) {
		// "took back the territory the rebels once controlled":
		// see relativeVerbUsed.
		return true
	}
	if a.othersObject(m, v) {
		// "held talks but failed to reach a deal": see
		// othersObject.
		return true
	}
	if a.pastPlanInfinitive(toks, m, cl) {
		// "slammed Washington's decision to sell weapons
		// to Taiwan": what a decision or plan is to do is its
		// content, not the verb's (SLAM's "- * &WEAPON
		// [195]").
		return true
	}
	return false
}

// gapMatch returns the best of best and the matches of the clause's
// block that take h, the noun a relative clause on the verb at v hangs
// on, for the object the verb has none of ("a ceasefire the two
// countries agreed"), with bestAt the index of best's pattern; a
// pattern of that noun alone after the verb matches it.
func (a *article) gapMatch(cl *clause, b *block, v, h int, best match, bestAt int32, foreign func(int32) bool) match {
	tryGap := func(i int32) {
		p := &cl.block.Patterns[i]
		if foreign(i) || len(p.Before) != 0 {
			return
		}
		m, ok := matchPattern(p, &a.w, v, v, h+1, h)
		if ok && m.src[1] == 0 && m.tgt[1] == 0 && m.comp[1] == 0 && (m.score > best.score || m.score == best.score && i < bestAt) {
			best, bestAt = m, i
		}
	}
	for _, i := range b.free {
		tryGap(i)
	}
	if a.w.forms {
		a.w.keys(h, func(key string) {
			for _, i := range b.byWord[key] {
				tryGap(i)
			}
		})
	} else {
		for _, i := range b.byWord[a.w.up[h]] {
			tryGap(i)
		}
		if a.w.lem[h] != a.w.up[h] {
			for _, i := range b.byWord[a.w.lem[h]] {
				tryGap(i)
			}
		}
	}
	return best
}

// regularEnding reports an ending TABARI allows on a verb written
// closed: S, ES, D, ED, EN, ING.
func regularEnding(e string) bool {
	switch e {
	case "S", "ES", "D", "ED", "EN", "ING":
		return true
	}
	return false
}

// literal counts the plain words of a pattern: of TABARI patterns that
// match as much, the one naming the word beats the one naming its set
// ("* DOLLAR" over "* &CURRENCY").
func literal(p *dict.Pattern) int {
	if p == nil {
		return 0
	}
	n := 0
	for _, side := range [2][]dict.Element{p.Before, p.After} {
		for _, e := range side {
			for _, t := range e.Terms {
				if t.Synset == "" {
					n++
				}
			}
		}
	}
	return n
}

// verbCode returns the code of verb v of block b without a pattern.
func verbCode(b *dict.VerbBlock, v *dict.Verb) string {
	if v.Code != "" {
		return v.Code
	}
	return b.Code
}

// sameVerb reports whether two verb entries are one.
// ownedBy reports whether pattern i of b names the clause's verb in its
// comment ("# RECOGNISE" for "recognise" and for "recognize").
func (b *block) ownedBy(i int32, cl *clause) bool {
	if i < 0 || int(i) >= len(b.owner) {
		return false
	}
	o := b.owner[i]
	if o < 0 {
		return false
	}
	v := &cl.block.Verbs[o]
	return sameVerb(v, cl.verb) || len(v.Before)+len(v.After)+len(cl.verb.Before)+len(cl.verb.After) == 0 && ise(v.Word) == ise(cl.verb.Word)
}

// ise spells a verb ending in -IZE as -ISE, so that the two spellings
// of one verb, listed apart, are one.
func ise(w string) string {
	if s, ok := strings.CutSuffix(w, "IZE"); ok {
		return s + "ISE"
	}
	return w
}

// sameWords reports whether two patterns are written alike but for
// their codes and comments.
func sameWords(p, q *dict.Pattern) bool {
	if p == nil || q == nil {
		return false
	}
	pt, _, _ := strings.Cut(p.Text, "[")
	qt, _, _ := strings.Cut(q.Text, "[")
	return strings.Join(strings.Fields(pt), " ") == strings.Join(strings.Fields(qt), " ")
}

func sameVerb(a, b *dict.Verb) bool {
	return a == b || a.Word == b.Word && a.Line == b.Line
}

// usable reports whether an event code codes an event: a CAMEO code, or
// the code of another ontology in a validation dictionary (WEIS codes,
// letter suffixes), which is coded as written. "---" codes nothing.
func usable(c string) bool {
	if c == "" || c == "---" {
		return false
	}
	if _, err := cameo.ParseCode(c); err == nil {
		return true
	}
	return plausibleCode(c)
}

// plausibleCode accepts the codes of validation dictionaries: up to five
// digits or letters.
func plausibleCode(c string) bool {
	if len(c) == 0 || len(c) > 5 {
		return false
	}
	for _, r := range c {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// bareBy reports a pattern of a bare "(BY)" after the verb and nothing
// else: it says only that the verb is passive.
func bareBy(p *dict.Pattern) bool {
	return p != nil && len(p.Before) == 0 && len(p.After) == 1 && p.After[0].Kind == dict.Prep && p.After[0].Prep == "BY" && len(p.After[0].Objects) == 0
}
