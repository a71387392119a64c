package event

import "github.com/casus-project/casus/dict"

// heldPersonPattern reports whether p names people held ("- *
// &HELDPERSON [173] # HOLD"): its only element after the verb is a noun
// of the verb supplement's &HELDPERSON.
func heldPersonPattern(p *dict.Pattern) bool {
	if len(p.Before) != 0 || len(p.After) != 1 || p.After[0].Kind != dict.Noun {
		return false
	}
	terms := p.After[0].Terms
	return len(terms) == 1 && terms[0].Synset == "HELDPERSON"
}

// heldPerson reports whether the person noun m found after HOLD at v is
// whom HOLD holds: its direct object ("is holding four fishermen"), the
// noun a number or pronoun object is of ("held two of the sailors"), or
// the noun HOLD's participle describes ("the fishermen held since
// March"). HOLD's patterns may skip words, so "held talks with the
// fishermen" would otherwise detain them.
func (a *article) heldPerson(v int, m *match) bool {
	if m.n == 0 {
		return false
	}
	n := int(m.used[0][1]) - 1
	t := &a.t
	if !t.ok || n < 0 || n >= len(t.head) || v >= len(t.head) {
		return false
	}
	if t.head[v] == n {
		return true
	}
	o := t.object(v)
	if o < 0 {
		return false
	}
	if o == n {
		return true
	}
	switch a.toks[o].UPOS {
	case "NUM", "PRON", "DET":
		return t.head[n] == o
	}
	return false
}
