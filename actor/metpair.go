package actor

import (
	"github.com/casus-project/casus/model"
)

// This file holds the two sides of a meeting that a "they" opening the
// next sentence stands for: "The foreign minister met her Chilean
// counterpart on Monday. They discussed trade and agreed to meet again"
// tells what both did, not what one of them or the country named last
// did, as "he" or "she" would.

// meetings are the verb forms (upper-case) by which the subject meets the
// person or party named right after them, past "with" or "to".
var meetings = map[string]bool{
	"MET": true, "MEETS": true, "MEET": true, "TALKED": true, "SPOKE": true,
}

// talkNouns are the nouns (upper-case) that "held" or "holds" takes to
// tell of a meeting ("held talks with", "held a meeting with").
var talkNouns = map[string]bool{
	"TALKS": true, "MEETING": true, "MEETINGS": true, "DISCUSSIONS": true, "CONSULTATIONS": true,
}

// meetingSides returns the two sides of the first meeting sentence toks
// tells of, with out its mentions: a mention with a country, a verb of
// meeting right after it (past auxiliaries and adverbs: "met", "has met
// with", "held talks with"), and the mention of another country right
// after that verb (past "with", "to" and determiners), each as the
// country's government when it is a government's person, as theTwo has
// them. Both sides are one (a person, a country): a "they" after them
// can only be both, where after a plural side ("officials met envoys")
// it may be that side alone. It is nil when the sentence tells of no
// such meeting.
func meetingSides(toks []model.Token, up []string, out []Mention) []Mention {
	for k := 0; k+1 < len(out); k++ {
		m, n := out[k], out[k+1]
		j := m.End
		for j < len(toks) && (toks[j].UPOS == "AUX" || toks[j].UPOS == "ADV") {
			j++
		}
		if j >= len(toks) {
			return nil
		}
		switch w := up[j]; {
		case meetings[w]:
			j++
		case w == "HELD" || w == "HOLDS":
			j++
			for j < len(toks) && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ") {
				j++
			}
			if j >= len(toks) || !talkNouns[up[j]] {
				continue
			}
			j++
		default:
			continue
		}
		for j < len(toks) && (up[j] == "WITH" || up[j] == "TO" || toks[j].UPOS == "DET") {
			j++
		}
		if n.Start != j {
			continue
		}
		// "Vietnamese officials met Chinese envoys. They accused
		// China": a plural side is what "they" may stand for alone.
		if m.plural || n.plural || m.listed || n.conj || n.listed {
			return nil
		}
		a, okA := side(m)
		b, okB := side(n)
		if !okA || !okB || a.Country == b.Country {
			return nil
		}
		return []Mention{a, b}
	}
	return nil
}

// side returns the actor a mention of a meeting's side stands for: a
// government's person as the government ("the foreign minister" as
// PERGOV), another actor as it is; false for a mention of no country or
// a place. A titled official the text has given no country yet ("The
// Foreign Secretary met the Iraqi Foreign Minister") is a side as it
// is: the "they" that stands for it keeps its name and title, so
// fillCountry, which places the official after the whole text is read,
// places the "they" with it.
func side(a Mention) (Mention, bool) {
	if unplaced(&a) {
		return a, true
	}
	c := CountryOf(a.Code)
	if c == "" || a.place {
		return Mention{}, false
	}
	if a.Person && govCode(a.Code) {
		a.Code = c + "GOV"
	}
	a.Country = c
	return a, true
}

// theySides resolves a "they" at token i that opens its sentence, right
// after a sentence that told of a meeting (st.met, see meetingSides), to
// both sides of that meeting, one mention each; nil otherwise.
func (st *state) theySides(toks []model.Token, i int) []Mention {
	if len(st.met) != 2 || st.up[i] != "THEY" || st.r.Local {
		return nil
	}
	for k := 0; k < i; k++ {
		if toks[k].UPOS != "PUNCT" {
			return nil
		}
	}
	out := make([]Mention, 0, 2)
	for _, a := range st.met {
		m := pronounOf(i, a)
		m.Span = model.Span{Start: toks[i].Start, End: toks[i].End}
		out = append(out, m)
	}
	return out
}
