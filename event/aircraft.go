package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// strayCraft reports a match m of a pattern that names an aircraft after
// the verb at v ("- * &AIRCRAFT", "- * (WITH &AIRCRAFT)") where the craft
// is not the verb's own: the object or the "with" of the deed hangs on the
// verb in the parse ("attacked a Peruvian drone", "attacked Ukraine with
// drones"), while one inside another noun's phrase is that noun's ("struck
// a deal to buy fighter jets", "hit out at Peru over its purchase of
// jets", "struck a deal with Chile for new helicopters"). With no usable
// parse the match stands, as does a pattern that codes nothing.
func (a *article) strayCraft(toks []model.Token, v int, cl *clause, m *match) bool {
	if m.p.Code == "---" || !strings.Contains(m.p.Text, "&AIRCRAFT") || !a.t.ok || len(a.t.head) != len(toks) {
		return false
	}
	for _, u := range m.used[:m.n] {
		s, e := int(u[0]), int(u[1])
		if s < cl.vEnd || e > len(toks) || e <= s {
			continue
		}
		// The craft noun ends the span ("fighter jets", "with
		// drones"); its head is the verb, through coordination ("with
		// drones and missiles").
		c := e - 1
		if toks[c].UPOS != "NOUN" {
			continue
		}
		for a.t.rel[c] == "conj" && a.t.head[c] >= 0 && a.t.head[c] != v {
			c = a.t.head[c]
		}
		if a.t.head[c] != v {
			return true
		}
		// "attacked Ukraine with drones": a "with" that opens the span
		// is the craft's own; else the craft is the verb's object.
		if strings.EqualFold(toks[s].Form, "with") {
			if s == e-1 || a.t.head[s] != c && a.t.head[s] != e-1 {
				return true
			}
		} else if a.t.rel[c] != "obj" {
			return true
		}
	}
	return false
}
