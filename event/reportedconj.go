package event

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
)

// reportedConj reattaches a verb that the parse joins to the verb of a
// reported clause, but that would make that clause's subject act on its
// own country ("Pakistan said India had violated its airspace and
// summoned the Indian envoy": India summons no envoy of its own), to the
// reporting verb: it is the reporting clause's second verb, done by that
// clause's subject, an actor of another country. The parse cannot tell
// the two readings apart ("Officials said the rebels had seized the town
// and killed ten soldiers" is the rebels' killing), and the tagger's past
// tenses do not either; an actor acting on itself is no event, so the
// reading that makes one is not the sentence's. So is an appeal or
// charge that the reporting clause's speaker, of the reported subject's
// own country, makes after a reported past perfect (see speakersAppeal).
// ms are the sentence's mentions.
func (a *article) reportedConj(ms []actor.Mention) {
	t := &a.t
	if !t.ok {
		return
	}
	for v := range t.head {
		h := t.head[v]
		if base(t.rel[v]) != "conj" || h < 0 || h > v || !isVerb(a.toks[v]) || t.hasSubject(v) || base(t.rel[h]) != "ccomp" {
			continue
		}
		g := t.head[h]
		if g < 0 || g > h || !isVerb(a.toks[g]) {
			continue
		}
		sh, sg := t.nsubj(h), t.nsubj(g)
		if sh < 0 || sg < 0 {
			continue
		}
		s, r := t.subjectAt(ms, sh), t.subjectAt(ms, sg)
		if s < 0 || r < 0 {
			continue
		}
		if sameCountry(ms[s], ms[r]) {
			if !a.speakersAppeal(ms, v, h, g, r) {
				continue
			}
		} else if !a.ownCountryAfter(ms, v, ms[s]) {
			continue
		}
		t.kids[h] = slices.DeleteFunc(t.kids[h], func(c int) bool { return c == v })
		i, _ := slices.BinarySearch(t.kids[g], v)
		t.kids[g] = slices.Insert(t.kids[g], i, v)
		t.head[v] = g
	}
}

// ownCountryAfter reports the first mention in the clause of the verb
// at v after it that is subj's own country or a body of it, so that subj
// would act on itself.
func (a *article) ownCountryAfter(ms []actor.Mention, v int, subj actor.Mention) bool {
	_, hi := a.t.span(v)
	for _, m := range ms {
		if m.Start > v && m.Start < hi {
			return selfEvent(subj, m)
		}
	}
	return false
}

// appealLemmas are the verbs (upper-case lemmas) of what a speaker does
// with words to another: urges, calls on, accuses, summons.
var appealLemmas = map[string]bool{
	"URGE": true, "CALL": true, "APPEAL": true, "ACCUSE": true, "SUMMON": true,
}

// speakersAppeal reports a verb at v, joined by the parse to the reported
// verb at h, that is the second deed of the speaker whose verb of saying
// is at g (ms[r] holding its subject's own word): a simple past of
// appealLemmas with no auxiliary of its own after a reported past
// perfect, whose "had" it would otherwise share ("A spokesman said the
// United States had returned 400 Cubans and urged Havana to stop": the
// spokesman urged). Only a speaker of the reported subject's own country
// is asked about, so that either reading keeps the country.
func (a *article) speakersAppeal(ms []actor.Mention, v, h, g, r int) bool {
	t := &a.t
	if holding(ms, t.nsubj(g)) != r || !sayLemmas[strings.ToUpper(a.toks[g].Lemma)] || !appealLemmas[strings.ToUpper(a.toks[v].Lemma)] ||
		a.toks[v].XPOS != "VBD" || a.toks[h].XPOS != "VBN" || a.hasKid(v, "aux") {
		return false
	}
	for _, c := range t.kids[h] {
		if base(t.rel[c]) == "aux" && strings.EqualFold(a.toks[c].Lemma, "have") && a.toks[c].XPOS == "VBD" {
			return true
		}
	}
	return false
}
