package event

import "strings"

// openQuestion reports a verb at v in a clause that "whether" opens ("It
// is unclear whether Peru will recognise the junta", "Chile is deciding
// whether to expel the envoy", "to see whether or not Bolivia retaliates"):
// the clause asks if the deed is done; it reports none. A verb that
// completes another (xcomp) or is joined to it (conj) is in that one's
// clause ("whether Peru will close the border and expel the envoy").
func (a *article) openQuestion(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for n := 0; n < 4 && t.head[v] >= 0; n++ {
		if r := base(t.rel[v]); r != "xcomp" && r != "conj" {
			break
		}
		v = t.head[v]
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "mark" && strings.EqualFold(a.toks[c].Form, "whether") {
			return true
		}
	}
	return false
}
