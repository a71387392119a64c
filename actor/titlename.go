package actor

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// titleOfName gives each bare title in out, the mentions of the sentence
// toks, that stands right before the name of a person the dictionaries
// place, set off by a comma or by the office's portfolio ("The Foreign
// Secretary, Boris Johnson, said", "Minister for the Middle East Tobias
// Ellwood said"), that person's code and country: the title is the
// person's office, not an official of the country the story was on.
// The same mention in the history, and the sentence's first mention
// with a country (curM), are changed alike. It reports whether the
// sentence's first mention was changed.
func (st *state) titleOfName(toks []model.Token, out []Mention) bool {
	first := false
	for k := 0; k+1 < len(out); k++ {
		m, n := &out[k], out[k+1]
		if m.Kind != Agent || !m.Person || m.Name != m.Agent || n.Kind != Named || !n.Person || n.Country == "" || n.Country != CountryOf(n.Code) {
			continue
		}
		if m.Country == n.Country || !officeOf(toks, m.End, n.Start) {
			continue
		}
		for h := st.curAt; h < len(st.history); h++ {
			if a := &st.history[h]; a.Start == m.Start && a.End == m.End && a.Kind == Agent {
				a.Code, a.Country, a.Antecedent = n.Code, n.Country, n.Span
			}
		}
		if st.curM != nil && st.curM.Start == m.Start && st.curM.End == m.End {
			st.curM.Code, st.curM.Country = n.Code, n.Country
		}
		m.Code, m.Country, m.Antecedent = n.Code, n.Country, n.Span
		first = first || k == 0
	}
	return first
}

// officeOf reports whether the tokens of toks from i to j, between a
// title and a name, tie the title to the name: nothing, a comma, or a
// portfolio of capitalised words after "for" or "of" ("for the Middle
// East", "of State for Europe"), with a comma after it or not.
func officeOf(toks []model.Token, i, j int) bool {
	if j < i || j > len(toks) {
		return false
	}
	between := toks[i:j]
	if len(between) > 0 && between[len(between)-1].Form == "," {
		between = between[:len(between)-1]
	}
	if len(between) == 0 {
		return true
	}
	if w := strings.ToUpper(between[0].Form); w != "FOR" && w != "OF" || len(between) > 8 {
		return false
	}
	named := false
	for _, t := range between[1:] {
		switch {
		case t.UPOS == "DET" || t.UPOS == "CCONJ" || strings.EqualFold(t.Form, "for") || strings.EqualFold(t.Form, "of"):
		case capitalised(t.Form):
			named = true
		default:
			return false
		}
	}
	return named
}
