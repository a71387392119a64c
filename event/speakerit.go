package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// selfReport are the verbs of saying (upper-case lemmas) whose complement
// clause's subject "it" stands for the speaker: "the ministry said it
// would take the case to the WTO", "Hungary warned it would veto".
var selfReport = map[string]bool{
	"SAY": true, "ANNOUNCE": true, "ADD": true, "STATE": true, "INSIST": true,
	"CONFIRM": true, "STRESS": true, "WARN": true, "DECLARE": true,
}

// speakerIt makes "it", the subject of the complement of a verb of saying
// (selfReport), or "its" on that subject, stand for that verb's subject
// in the parse, when that subject is one actor that is not a person nor
// an agent of no country: the speaker speaks of itself. The verb may be
// the second of two joined verbs that share the subject ("China's
// commerce ministry accused Lima of dumping and said it would take the
// case to the WTO": "it" is the ministry, not Lima, the last actor named
// before it). Every other "it" and "its" of the complement that stood for
// the same actor as that subject did stands for the speaker too ("said
// it would defend its islands"). It returns ms, or a changed copy.
func (a *article) speakerIt(toks []model.Token, ms []actor.Mention) []actor.Mention {
	t := &a.t
	if !t.ok || len(ms) == 0 {
		return ms
	}
	out := ms
	for i, m := range ms {
		k := m.Start
		if !itPronoun(toks, m) || m.Code == "" {
			continue
		}
		if t.rel[k] == "nmod:poss" && t.head[k] > k {
			k = t.head[k] // "its troops would"
		}
		c := t.head[k]
		if base(t.rel[k]) != "nsubj" || c < 0 || t.rel[c] != "ccomp" {
			continue
		}
		v := t.head[c]
		if v < 0 || v > m.Start || !selfReport[a.w.lem[v]] {
			continue
		}
		s := a.speakerOf(ms, v)
		if s < 0 || s == i || !selfSpeaker(ms[s]) || out[i].Code == ms[s].Code || len(members(toks, ms, s)) > 1 {
			continue
		}
		if &out[0] == &ms[0] {
			out = append([]actor.Mention(nil), ms...)
		}
		old := out[i].Code
		lo, hi := t.span(c)
		for j := range out {
			if out[j].Start >= lo && out[j].End <= hi && itPronoun(toks, out[j]) && out[j].Code == old {
				sp := ms[s].Actor
				out[j].Code, out[j].Name, out[j].Country, out[j].Entry = sp.Code, sp.Name, sp.Country, sp.Entry
				out[j].Origin = ms[s].Origin
				out[j].Antecedent = sp.Span
			}
		}
	}
	return out
}

// speakerOf returns the mention that holds the subject of the verb at v
// in the parse, or of the verb it is joined to when it has none of its
// own ("accused Lima of dumping and said"); -1 when no mention holds the
// subject's head word ("the EU's mission in Armenia said": neither the EU
// nor Armenia is the speaker).
func (a *article) speakerOf(ms []actor.Mention, v int) int {
	t := &a.t
	for depth := 0; depth < 4 && v >= 0; depth++ {
		for _, c := range t.kids[v] {
			if t.rel[c] != "nsubj" || c > v {
				continue
			}
			return holding(ms, c)
		}
		if t.rel[v] != "conj" {
			return -1
		}
		v = t.head[v]
	}
	return -1
}

// itPronoun reports a mention that is the pronoun "it" or "its".
func itPronoun(toks []model.Token, m actor.Mention) bool {
	if m.Kind != actor.Pronoun || m.End-m.Start != 1 || m.Start >= len(toks) {
		return false
	}
	f := toks[m.Start].Form
	return strings.EqualFold(f, "it") || strings.EqualFold(f, "its")
}

// selfSpeaker reports a speaker "it" may stand for: an actor that is not
// one person, nor an agent of no known country ("the ministry", coded
// with no country), which says nothing of whom it speaks for.
func selfSpeaker(m actor.Mention) bool {
	if m.Person || m.Code == "" {
		return false
	}
	return !(m.Kind == actor.Agent && m.Country == "" && !strings.HasPrefix(m.Code, "IGO"))
}
