package event

// secondSubject reports a parse that hangs the reported clause of the
// reporting verb at sv on a second subject c after it: "Kenya said the
// army attacked rebels", with "attacked" tagged a participle, comes out
// as two subjects of "said", the deed at v (after c) a modifier inside
// the second. The reporting verb having its own subject before it, the
// words after it are what it reports ("..., said the army" has no subject
// before "said").
func (a *article) secondSubject(sv, c, v int) bool {
	t := &a.t
	if c <= sv || v <= c {
		return false
	}
	for _, k := range t.kids[sv] {
		if k < sv && base(t.rel[k]) == "nsubj" {
			return true
		}
	}
	return false
}
