package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// byAside returns, for a mention m before an active verb at v, the first
// token of the participle phrase m is the "by" agent of, when that phrase
// describes the verb's subject: "Chadian soldiers, trained by French
// instructors, attacked", "rebels backed by Rwanda attacked". It returns
// -1 when m is no such agent.
//
// The agent backed or trained the subject; it did not do the verb's deed,
// so word order must not take it for the verb's source. The phrase is a
// past participle (adverbs may come between it and "by"), and between the
// agent and the verb there is no other verb: either the phrase stands
// between commas, the second right before the verb, or neither comma is
// there and a noun stands right before the participle.
func byAside(toks []model.Token, m actor.Mention, v int) int {
	b := m.Start - 1
	if b < 1 || b >= len(toks) || m.End > v || !strings.EqualFold(toks[b].Form, "by") {
		return -1
	}
	p := b - 1
	for p > 0 && toks[p].XPOS == "RB" {
		p--
	}
	if p < 1 || toks[p].XPOS != "VBN" && toks[p].XPOS != "VBD" {
		return -1
	}
	comma := -1 // the comma closing the phrase, -1 none
	for k := m.End; k < v; k++ {
		switch {
		case toks[k].Form == ",":
			if comma >= 0 {
				return -1
			}
			comma = k
		case isVerb(toks[k]) || toks[k].UPOS == "AUX" || toks[k].UPOS == "CCONJ" || toks[k].UPOS == "PRON" || toks[k].UPOS == "SCONJ":
			return -1
		}
	}
	open := toks[p-1].Form == ","
	switch {
	case open && comma >= 0:
		// Only adverbs between the closing comma and the verb.
		for k := comma + 1; k < v; k++ {
			if toks[k].UPOS != "ADV" {
				return -1
			}
		}
		return p - 1
	case !open && comma < 0 && (toks[p-1].UPOS == "NOUN" || toks[p-1].UPOS == "PROPN"):
		return p
	}
	return -1
}

// asideSource returns the source of an active verb at v when word order
// found the "by" agent of a participle phrase on the verb's subject
// (byAside): the mention the phrase follows, which must end right where
// the phrase begins (within the same noun phrase), or -1 when the
// subject names no actor ("the resolution, drafted by France,
// criticised Iran": France did not criticise). Any other src is returned
// as it is.
func (a *article) asideSource(toks []model.Token, ms []actor.Mention, lo, v, src int) int {
	if src < 0 {
		return src
	}
	first := members(toks, ms, src)[0]
	start := byAside(toks, ms[first], v)
	if start < 0 {
		return src
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.End > start || m.Start < lo {
			continue
		}
		// Only words of the same noun phrase between the mention and
		// the phrase ("Haitian police", "the Saudi-led coalition").
		for k := m.End; k < start; k++ {
			if t := toks[k]; t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "ADJ" {
				return -1
			}
		}
		return i
	}
	return -1
}

// frontedPassiveTarget returns, for a past participle at v that opens the
// sentence with its "by" agent ("Accused by Baku of sabotage, Armenia
// denied any role", "After being attacked by Russian drones, Ukraine
// asked"), the subject of the clause after its comma, whom the
// participle's deed was done to: a mention right after the comma that a
// verb follows. It returns -1 otherwise.
func frontedPassiveTarget(toks []model.Token, ms []actor.Mention, v int) int {
	if v >= len(toks) || toks[v].XPOS != "VBN" {
		return -1
	}
	for k := 0; k < v; k++ {
		switch strings.ToLower(toks[k].Form) {
		case "after", "having", "been", "being", "when":
		default:
			return -1
		}
	}
	by, comma := false, -1
	for k := v + 1; k < len(toks) && comma < 0; k++ {
		switch {
		case toks[k].Form == ",":
			comma = k
		case strings.EqualFold(toks[k].Form, "by"):
			by = true
		case isVerb(toks[k]) || toks[k].UPOS == "AUX":
			return -1
		}
	}
	if !by || comma < 0 {
		return -1
	}
	for i, m := range ms {
		if m.Start != comma+1 && !(m.Start == comma+2 && strings.EqualFold(toks[comma+1].Form, "the")) {
			continue
		}
		k := m.End
		for k < len(toks) && (toks[k].UPOS == "ADV" || toks[k].UPOS == "AUX") {
			k++
		}
		if k < len(toks) && isVerb(toks[k]) && !strings.EqualFold(toks[min(k+1, len(toks)-1)].Form, "by") {
			return i
		}
		return -1
	}
	return -1
}
