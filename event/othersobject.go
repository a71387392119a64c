package event

// othersObject reports a match m of the verb at v that uses, before the
// verb, the object of the verb v is joined to, when v has no subject of
// its own: "held talks in Lima but failed to reach a deal" has the talks
// for what was held, not for what failed ("- TALKS * [164] # FAIL":
// talks that failed broke down); the subject the two verbs share did
// the failing.
func (a *article) othersObject(m *match, v int) bool {
	if !a.t.ok || m.first >= v || base(a.t.rel[v]) != "conj" || a.t.hasSubject(v) {
		return false
	}
	g := a.t.head[v]
	for _, u := range m.used[:m.n] {
		for k := int(u[0]); k < int(u[1]) && k < v; k++ {
			if a.t.head[k] == g && base(a.t.rel[k]) == "obj" {
				return true
			}
		}
	}
	return false
}
