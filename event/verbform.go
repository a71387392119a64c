package event

// Which words codeVerbs takes as verbs to code: not adjectives, compounds,
// names, predications or other verb forms that report no deed.

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// attributive reports an -ing participle at k right after a verb of
// telling and before a noun: the verb takes a person and no deed as its
// object, so the participle is the object's adjective ("told visiting
// officials", "warned departing crews"), neither a predicate nor a
// pattern's noun.
func attributive(toks []model.Token, k int) bool {
	if toks[k].XPOS != "VBG" || k == 0 || k+1 >= len(toks) || !isVerb(toks[k-1]) || !tellLemmas[strings.ToLower(toks[k-1].Lemma)] {
		return false
	}
	switch toks[k+1].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	return false
}

// relativeVerb reports a verb at v right after a relative pronoun
// subject and its auxiliaries ("who are suing", "that attacked").
func relativeVerb(toks []model.Token, v int) bool {
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "who", "which", "that":
		return toks[k].XPOS == "WP" || toks[k].XPOS == "WDT"
	}
	return false
}

// isWordToken reports a token that is a word: a noun, name, adjective,
// number or adverb ("ad" in "ad-funded", "state" in "state-owned").
func isWordToken(t model.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM", "ADV":
		return true
	}
	return false
}

// adjectival reports a participle used as an adjective before a noun
// ("the exiled Iranian opposition", "an armed group", an adverb in
// "-ly" between: "a newly elected parliament"), or joined by a
// hyphen to the common noun it governs ("a survival-threatening
// situation", "life-saving aid"), or after a verb of telling ("told
// visiting officials", attributive): not a predicate.
func adjectival(toks []model.Token, v int) bool {
	x := toks[v].XPOS
	if x != "VBN" && x != "VBG" || v == 0 || v+1 >= len(toks) {
		return false
	}
	if v > 1 && toks[v-1].XPOS == "HYPH" && (toks[v-2].UPOS == "NOUN" || toks[v-2].UPOS == "PROPN") && toks[v-1].End == toks[v].Start && toks[v-2].End == toks[v-1].Start {
		switch toks[v+1].UPOS {
		case "NOUN", "PROPN", "ADJ", "PUNCT":
			return true
		}
	}
	if attributive(toks, v) {
		return true
	}
	// "bomber and remotely piloted aircraft", "a newly elected
	// parliament": an adverb on the participle stands between.
	if v > 1 && toks[v-1].UPOS == "ADV" && strings.HasSuffix(strings.ToLower(toks[v-1].Form), "ly") {
		switch toks[v-2].UPOS {
		case "DET", "ADJ", "ADP", "NUM", "CCONJ":
			switch toks[v+1].UPOS {
			case "NOUN", "PROPN":
				return true
			}
		}
	}
	switch toks[v-1].UPOS {
	case "DET", "ADJ", "ADP", "NUM":
	case "PRON":
		if toks[v-1].XPOS != "PRP$" {
			return false
		}
	default:
		return false
	}
	switch toks[v+1].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	// "the stepped up rivalry": a phrasal participle's particle
	// between it and its noun.
	if x == "VBN" && v+2 < len(toks) && (toks[v+1].UPOS == "ADP" || toks[v+1].UPOS == "PART") && toks[v+2].UPOS == "NOUN" {
		switch strings.ToLower(toks[v+1].Form) {
		case "up", "down", "out", "off":
			return true
		}
	}
	return false
}

// compoundHalf reports a verb written as the second half of a hyphenated
// word whose first half is a word of manner or degree ("ill-advised",
// "strong-arm", "well-armed", "self-declared"): the compound is a word of
// its own, no act of the verb.
func compoundHalf(toks []model.Token, v int) bool {
	if v < 2 || toks[v-1].XPOS != "HYPH" || toks[v-1].End != toks[v].Start || toks[v-2].End != toks[v-1].Start {
		return false
	}
	return compoundFirst[strings.ToLower(toks[v-2].Form)]
}

// compoundFirst are the first halves of hyphenated adjectives and verbs
// that make a word of their own of a verb (lower case).
var compoundFirst = map[string]bool{
	"ill": true, "well": true, "strong": true, "hard": true, "short": true,
	"self": true, "half": true, "long": true, "much": true, "little": true,
}

// extraposed reports a present participle that is an adjective after
// "it" and a form of "be" and before the clause it judges ("it's
// striking that ...", "it is alarming how ...", "it was shocking to
// see ..."): a comment on a fact, no act of the participle's verb.
func extraposed(toks []model.Token, v int) bool {
	if v < 2 || v+1 >= len(toks) || toks[v].XPOS != "VBG" {
		return false
	}
	if !strings.EqualFold(toks[v-2].Form, "it") || !strings.EqualFold(toks[v-1].Lemma, "be") {
		return false
	}
	switch strings.ToLower(toks[v+1].Form) {
	case "that", "how":
		return true
	}
	return false
}

// isArticle reports "a", "an" or "the".
func isArticle(t model.Token) bool {
	switch strings.ToLower(t.Form) {
	case "a", "an", "the":
		return true
	}
	return false
}

// nounVerb reports whether a TABARI verb word the tagger did not take
// for a verb codes anyway: TABARI finds verbs by dictionary, not by
// part of speech, so "raised its voice for Bree" is VOICE with the
// pattern "- RECENTLY {RAISED | OTTERED} ITS *". Only a pattern with
// words before the word vouches for it; a bare noun is no predicate.
func nounVerb(cl *clause) bool {
	return cl.m.p != nil && cl.score > 0 && len(cl.m.p.Before) > 0
}

// spreadAgent gives the agent of "lawmakers in Fornost and Gondor" and
// "the ambassadors of Arnor, Osgiliath and Gondor" to every country of the
// compound: the agent named first, then "in" or "of" and the country,
// then countries joined to it; bare agents joined before the agent take
// its countries too ("lawmakers and officials in Fornost and Gondor"). It
// returns ms, or a changed copy.
func spreadAgent(toks []model.Token, ms []actor.Mention) []actor.Mention {
	var out []actor.Mention
	for i := 0; i+1 < len(ms); i++ {
		m := ms[i]
		if m.Kind != actor.Named || m.Agent == "" || len(m.Country) != 3 || !strings.HasPrefix(m.Code, m.Country) || len(m.Code) <= 3 {
			continue
		}
		of := false
		for k := m.Start + 1; k < m.End-1 && k < len(toks); k++ {
			if f := strings.ToLower(toks[k].Form); f == "in" || f == "of" {
				of = true
			}
		}
		if !of {
			continue
		}
		countries := []string{m.Country}
		for j := i + 1; j < len(ms) && joined(toks, ms[j-1].End, ms[j].Start); j++ {
			n := ms[j]
			if n.Kind != actor.Named || n.Agent != "" || len(n.Code) != 3 || n.Code != n.Country {
				break
			}
			if out == nil {
				out = append([]actor.Mention(nil), ms...)
			}
			out[j].Code = dict.Combine(n.Code, "~"+m.Code[3:])
			countries = append(countries, n.Code)
		}
		// "Lawmakers and officials in Fornost and Gondor": bare agents
		// joined before it are of the same countries, one actor each
		// (a group code, "FORLEG/GONLEG").
		for j := i - 1; j >= 0 && ms[j].Kind == actor.Agent && joined(toks, ms[j].End, ms[j+1].Start); j-- {
			a := ms[j].Code
			if ms[j].Country != "" {
				a = strings.TrimPrefix(a, ms[j].Country)
			} else {
				a = strings.TrimLeft(a, "-~")
			}
			if a == "" {
				break
			}
			codes := make([]string, len(countries))
			for k, c := range countries {
				codes[k] = dict.Combine(c, "~"+a)
			}
			if out == nil {
				out = append([]actor.Mention(nil), ms...)
			}
			out[j].Code, out[j].Country = strings.Join(codes, "/"), m.Country
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// usedBy reports a word that the pattern of an earlier verb matched
// ("SUGGESTED * DEMAND CONVENTIONS" of "should"): part of that verb's
// event, not a predicate of its own, as TABARI reads its dictionaries
// (only TABARI clauses are passed: PETRARCH-2 codes every verb phrase,
// and "hoped to visit Tehran" is a visit).
func usedBy(cls []*clause, v int) bool {
	for _, cl := range cls {
		if cl.m.uses(v) {
			return true
		}
	}
	return false
}

// afterActor reports a word right after an actor mention (adverbs may
// stand between), where TABARI, which finds verbs by dictionary, reads a
// verb the tagger took for a noun: "Estonia act on a resolution". A
// possessor is no subject ("Iran's deal").
func afterActor(toks []model.Token, ms []actor.Mention, v int) bool {
	k := v
	for k > 0 && toks[k-1].UPOS == "ADV" {
		k--
	}
	for _, m := range ms {
		if m.End == k && m.End > m.Start && m.Start < len(toks) {
			last := toks[m.End-1]
			return last.XPOS != "PRP$" && last.XPOS != "POS" && !strings.HasSuffix(last.Form, "'s") && !strings.HasSuffix(last.Form, "’s") &&
				clauseStart(toks, m.Start)
		}
	}
	return false
}

// clauseStart reports a token that begins a clause: the sentence's
// first, or one after a comma, a semicolon or a conjunction (not a
// modifier: "an anti- Gondor parade").
func clauseStart(toks []model.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.Form == "," || p.Form == ";" || p.UPOS == "CCONJ" || p.UPOS == "SCONJ"
}

// goingTo reports the "going" of a future "is going to expel": no
// movement, and no predicate of its own.
func goingTo(toks []model.Token, v int) bool {
	return v+2 < len(toks) && strings.EqualFold(toks[v].Form, "going") &&
		strings.EqualFold(toks[v+1].Form, "to") && toks[v+2].XPOS == "VB"
}

// namingLemmas name or describe something (upper-case lemmas).
var namingLemmas = map[string]bool{"CALL": true, "DESCRIBE": true, "TERM": true, "DUB": true, "LABEL": true}

// naming reports a verb at v by which an actor, a pronoun for the actor
// of the clause around it, names its own deed in a free relative: "North
// Korea test-fired what it called a new missile" is no call and no
// description of anyone. Another actor's words ("what Turkey called a
// provocation") are its reaction, and stay.
func naming(toks []model.Token, lem []string, v int) bool {
	if !namingLemmas[lem[v]] || v < 2 || !strings.EqualFold(toks[v-2].Form, "what") {
		return false
	}
	return toks[v-1].UPOS == "PRON" && toks[v-1].XPOS == "PRP"
}

// predicationLemmas hold or put something as something (upper-case
// lemmas).
var predicationLemmas = map[string]bool{
	"SEE": true, "VIEW": true, "REGARD": true, "CONSIDER": true, "DEEM": true,
	"SERVE": true, "PERCEIVE": true,
}

// predication reports a verb at v that, by a usable parse, only says what
// something is or is held to be: a role or judgement introduced by "as"
// ("territories seen as pivotal", "was serving as the president's
// physician", "viewed the move as a violation"), or a small clause of a
// verb of judgement ("considers the settlements illegal"). It observes,
// consults or serves no one.
func (a *article) predication(toks []model.Token, v int) bool {
	t := &a.t
	if !t.ok || !predicationLemmas[a.w.lem[v]] {
		return false
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obl", "advcl", "xcomp", "nmod":
			for _, x := range t.kids[c] {
				if (base(t.rel[x]) == "case" || base(t.rel[x]) == "mark") && a.w.up[x] == "AS" {
					return true
				}
			}
			if base(t.rel[c]) == "xcomp" && (a.w.lem[v] == "CONSIDER" || a.w.lem[v] == "DEEM") &&
				(toks[c].UPOS == "ADJ" || toks[c].UPOS == "NOUN" || a.xpos(c) == "VBN") {
				return true
			}
		}
	}
	return false
}

// anonymity reports a verb at v by which a source only asks to go
// unnamed ("a refugee who asked not to be identified", "spoke on
// condition of anonymity"): no appeal to, or talk with, anyone the
// sentence names.
func anonymity(toks []model.Token, v int) bool {
	at := func(k int, words ...string) bool {
		if k+len(words) > len(toks) {
			return false
		}
		for i, w := range words {
			if !strings.EqualFold(toks[k+i].Form, w) {
				return false
			}
		}
		return true
	}
	if at(v+1, "on", "condition", "of", "anonymity") || at(v+1, "anonymously") {
		return true
	}
	if !at(v+1, "not", "to", "be") || v+4 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[v+4].Form) {
	case "named", "identified", "quoted":
		return true
	}
	return false
}

// changeOfAmount reports a "go" at v that, by a usable parse, only
// measures a change of amount ("going from 175 gigawatts to 450",
// "went up to 5 percent", "the rate is going up."): no one goes
// anywhere.
func (a *article) changeOfAmount(toks []model.Token, v int) bool {
	if a.w.lem[v] != "GO" || v+1 >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[v+1].Form)
	switch w {
	case "from", "to", "up", "down":
	default:
		return false
	}
	// "the morbidity rate is going up, ...", "prices went down sharply":
	// up or down and nothing it goes to.
	if (w == "up" || w == "down") && (v+2 >= len(toks) || toks[v+2].UPOS == "PUNCT" || toks[v+2].UPOS == "CCONJ" || toks[v+2].UPOS == "ADV") {
		return true
	}
	for k := v + 2; k < len(toks) && k <= v+4; k++ {
		if toks[k].UPOS == "NUM" {
			return true
		}
	}
	return false
}

// soCalled reports the participle of "so-called" written as three
// tokens ("the so-called Lazarus Group"): a label for the noun after it,
// no act of calling.
func soCalled(toks []model.Token, v int) bool {
	return v >= 2 && toks[v].Form != "" && strings.EqualFold(toks[v].Form, "called") &&
		toks[v-1].Form == "-" && strings.EqualFold(toks[v-2].Form, "so")
}

// mistaggedPassive reports an "-ed" word at v that the tagger took for an
// adjective although it is a passive with its agent: a form of "be" before
// it (adverbs between) and "by" right after it ("was shocked by the raid",
// "is deeply shocked by reports"). Taggers read feelings so ("shocked",
// "disgusted") and the sentence then had no verb to code.
func mistaggedPassive(toks []model.Token, v int) bool {
	if v < 1 || v+1 >= len(toks) || toks[v].UPOS != "ADJ" || toks[v].XPOS != "JJ" {
		return false
	}
	if f := strings.ToLower(toks[v].Form); !strings.HasSuffix(f, "ed") || !strings.EqualFold(toks[v+1].Form, "by") {
		return false
	}
	k := v - 1
	for k > 0 && (toks[k].UPOS == "ADV" || toks[k].UPOS == "CCONJ" || toks[k].UPOS == "ADJ") {
		k--
	}
	return strings.EqualFold(toks[k].Lemma, "be")
}
