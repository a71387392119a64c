package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// pledgeLemmas are the verbs (upper-case lemmas) by which their subject
// pledges its own deed, the infinitive after them ("agreed to withdraw",
// "pledged to send aid", "vowed to lift the blockade", "offered to
// mediate") or, after COMMIT's "to", the gerund ("committed itself to
// supplying"): the pledge is the event, an intent to do the deed (03),
// which has not happened. A decision ("decided to hold talks") commits
// its subject alike.
var pledgeLemmas = map[string]bool{
	"AGREE": true, "OFFER": true, "PLEDGE": true, "VOW": true, "PROMISE": true,
	"COMMIT": true, "UNDERTAKE": true, "DECIDE": true,
}

// pledgeAdjectives (lower-case) say, after one of readyVerbs, that their
// subject stands ready to do the infinitive's deed: "is ready to
// withdraw", "were willing to release", "is prepared to send", "stands
// ready to mediate", "remains willing to talk".
var pledgeAdjectives = map[string]bool{"ready": true, "willing": true, "prepared": true}

// readyVerbs are the verbs (lower-case lemmas) that give their subject
// the state one of pledgeAdjectives names.
var readyVerbs = map[string]bool{"be": true, "stand": true, "remain": true}

// readyVerbBefore returns the verb of readyVerbs before the word at j
// (past adverbs), or -1: the "is" of "is (fully) prepared to".
func readyVerbBefore(toks []model.Token, j int) int {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if readyVerbs[strings.ToLower(toks[k].Lemma)] {
			return k
		}
		if toks[k].UPOS != "ADV" {
			return -1
		}
	}
	return -1
}

// pledgeNouns (lower-case) name a pledge whose infinitive is its
// holder's deed, once a verb of pledgeVerbsOfNouns voices it: "expressed
// its willingness to negotiate", "reaffirmed their commitment to
// cooperate", "made a pledge to send aid".
var pledgeNouns = map[string]bool{
	"willingness": true, "readiness": true, "commitment": true, "pledge": true,
	"promise": true, "offer": true, "determination": true,
}

// pledgeVerbsOfNouns are the verbs (upper-case lemmas) that voice one of
// pledgeNouns as their subject's own: "expressed its readiness to".
var pledgeVerbsOfNouns = map[string]bool{
	"EXPRESS": true, "REAFFIRM": true, "REITERATE": true, "CONFIRM": true, "RENEW": true,
	"SIGNAL": true, "STATE": true, "MAKE": true, "GIVE": true, "ANNOUNCE": true, "REPEAT": true,
	"VOICE": true, "UNDERLINE": true, "STRESS": true, "EMPHASIZE": true, "EMPHASISE": true,
}

// pledgedBy returns the word that pledges the deed at v as its subject's
// own (a verb of pledgeLemmas, one of readyVerbs before one of pledgeAdjectives, or a
// verb of pledgeVerbsOfNouns before one of pledgeNouns), or -1: "agreed
// to withdraw", "agreed on Tuesday to withdraw", "committed itself to
// supplying", "is ready to release", "expressed its willingness to
// negotiate". A pledge of someone else's deed ("agreed with Peru's
// demand that Chile withdraw", "offered Chile money to withdraw") or one
// said not to be made ("is not ready to", "did not agree to": negated)
// is none.
func pledgedBy(toks []model.Token, v int) int {
	if w := joinedInfinitive(toks, v); w >= 0 {
		// "agreed to reopen the border and exchange prisoners": the
		// second deed is pledged as the first is.
		v = w
	}
	g := governor(toks, v)
	if g < 0 {
		return -1
	}
	to := v - 1
	for to > g && !strings.EqualFold(toks[to].Form, "to") {
		to--
	}
	if to <= g || negated(toks, g) {
		return -1
	}
	for k := g + 1; k < to; k++ {
		if f := plainWord(toks[k].Form); negWord(f) || f == "no" {
			return -1
		}
	}
	lem := strings.ToUpper(toks[g].Lemma)
	if pledgeAdjectives[strings.ToLower(toks[g].Form)] && to == g+1 {
		// "is prepared to talk": the tagger may read the adjective
		// as the verb's participle, which then governs the
		// infinitive itself and pledges it, as the adjective would.
		if b := readyVerbBefore(toks, g); b >= 0 && !negated(toks, b) {
			return g
		}
		return -1
	}
	if pledgeLemmas[lem] {
		if pledgeGap(toks, g+1, to) {
			return g
		}
		return -1
	}
	if to-1 <= g {
		return -1
	}
	w := strings.ToLower(toks[to-1].Form)
	switch {
	case pledgeAdjectives[w] && readyVerbs[strings.ToLower(toks[g].Lemma)]:
		for k := g + 1; k < to-1; k++ {
			if u := toks[k].UPOS; u != "ADV" && u != "PART" {
				return -1
			}
		}
		return g
	case pledgeNouns[w] && pledgeVerbsOfNouns[lem]:
		// "its", "their", "a", "full", "renewed": the noun's own
		// determiners and adjectives.
		for k := g + 1; k < to-1; k++ {
			switch toks[k].UPOS {
			case "DET", "ADJ", "ADV", "PRON":
			default:
				return -1
			}
			if toks[k].UPOS == "PRON" && toks[k].XPOS != "PRP$" {
				return -1
			}
		}
		return g
	}
	return -1
}

// pledgeGap reports the words from lo to hi (the "to") between a verb of
// pledgeLemmas and its infinitive as ones that leave the deed the
// verb's subject's own: adverbs, a reflexive pronoun ("committed itself
// to") and a phrase of time or place ("agreed on Tuesday to", "pledged in
// Brussels to"), but no object ("offered Chile money to").
func pledgeGap(toks []model.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := toks[k]
		switch {
		case t.UPOS == "ADV" || t.UPOS == "PART":
		case t.UPOS == "PRON" && (strings.HasSuffix(strings.ToLower(t.Form), "self") || strings.HasSuffix(strings.ToLower(t.Form), "selves")):
		case t.UPOS == "ADP":
			// A preposition and its object, to the next word that
			// is neither.
			k++
			for k < hi {
				u := toks[k].UPOS
				if u != "DET" && u != "ADJ" && u != "NUM" && u != "NOUN" && u != "PROPN" {
					break
				}
				k++
			}
			k--
		default:
			return false
		}
	}
	return true
}

// pledgedIntent recodes the deed at st.cl, which its source pledges or
// stands ready to do (pledgedBy), as the intent to do it (03): "Peru and
// Chile agreed to withdraw troops" is an intent to de-escalate (0356)
// each way, not a withdrawal; "pledged to provide military aid" 0332;
// "agreed to extradite the suspect" 0313. The intent replaces the
// pledging word's own, less specific, event and is as real as the pledge
// (asserted, or claimed when reported), unless the pledge is itself
// hypothetical ("could agree to withdraw", "would agree to withdraw if").
// A deed already coded as an intent ("agreed to sign a trade
// agreement", 0311) keeps its code; one with no intent of its own
// (intentCode: "agreed to praise") stays as it is. A meeting (04)
// pledged by a verb is decideStatus's own case. It returns the status the event then has and
// whether it recoded it.
func (a *article) pledgedIntent(s *model.Sentence, toks []model.Token, cl *clause, status string, attr *model.Actor) (string, bool) {
	v := cl.v
	if a.c.stems || a.c.Unrealised || strings.HasPrefix(cl.code, "04") && status == model.Hypothetical {
		// A meeting pledged, which reads as hypothetical, is
		// decideStatus's own case.
		return status, false
	}
	// An infinitive after a pledging verb is hypothetical (status);
	// one after a noun of pledge ("expressed its willingness to
	// release") or a gerund after COMMIT's "to" ("committed itself to
	// supplying") may read as done.
	if status != model.Hypothetical && !(v > 1 && strings.EqualFold(toks[v-1].Form, "to") && (toks[v].XPOS == "VBG" || pledgeNouns[strings.ToLower(toks[v-2].Form)])) {
		return status, false
	}
	if status != model.Hypothetical && status != model.Asserted && status != model.Claimed {
		return status, false
	}
	ic := cl.code
	switch {
	case ic == "036":
		// A journey's own pattern ("fly to Santiago", 036) says a
		// trip, not what is pledged by "offered to fly aid to
		// Santiago"; meetings pledged are decideStatus's own case.
		return status, false
	case !strings.HasPrefix(ic, "03"):
		ic = intentCode(ic)
	}
	g := pledgedBy(toks, v)
	if ic == "" {
		// "vowed to defeat the rebels": a threat of force (138), not
		// an intent.
		if g = defeatVowedBy(toks, v, a.w.lem[v], cl.code); g >= 0 {
			ic = "138"
			cl.pattern += " (vowed defeat: 138)"
		}
	}
	if ic == "" || g < 0 || a.hypothetical(toks, &clause{v: g, lo: cl.lo, hi: cl.hi}) {
		return status, false
	}
	// "promised to send military aid": the pledging verb's own pattern,
	// which reads the deed's object, may name the intent (0332) more
	// closely than the deed's does (send military, 062: 0312); any
	// intent it names but the bare one (030) stands.
	for e := range a.codedAt(toks[g].Start) {
		if ic != "138" && strings.HasPrefix(e.Code, "03") && e.Code != "030" {
			ic = e.Code
		}
	}
	cl.code, cl.rev = ic, ""
	a.dropGovernor(toks, v)
	a.rankPledged(cl, g)
	if attr != nil {
		return model.Claimed, true
	}
	return model.Asserted, true
}

// rankPledged ranks the intent at cl that stands in the place of the
// word at g that pledges it (pledgedBy): as main as that word is, so that
// "met in Lima and agreed to reopen the border" keeps the intent beside
// the meeting and "promised to hold talks and release the prisoners"
// keeps both intents. Every pledge ranks so, an intent to meet
// (decideStatus) as any other (pledgedIntent), whichever word pledges
// it: a verb, "be" before an adjective or a verb before a noun
// ("expressed its willingness to"). "Be" as a copula ranks as the
// adjective it links, which heads its clause in the parse: "said he was
// ready to host the talks" is as main as "ready", the said clause, not
// as the copula, which no clause is headed by.
func (a *article) rankPledged(cl *clause, g int) {
	if t := &a.t; t.ok && t.rel[g] == "cop" && t.head[g] >= 0 {
		g = t.head[g]
	}
	cl.sub = a.subordinate(g)
}
