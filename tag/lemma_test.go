package tag

import "testing"

func TestLearnLemmatizer(t *testing.T) {
	const (
		vbd = iota
		nns
		nnp
		nXPOS
	)
	var ex []lemmaExample
	add := func(xpos int, pairs ...string) {
		for i := 0; i < len(pairs); i += 2 {
			ex = append(ex, lemmaExample{form: pairs[i], lemma: pairs[i+1], xpos: xpos})
		}
	}
	add(vbd, "walked", "walk", "talked", "talk", "jumped", "jump", "went", "go",
		"stopped", "stop", "dropped", "drop", "Walked", "walk")
	add(nns, "cats", "cat", "dogs", "dog", "cities", "city", "parties", "party", "children", "child")
	add(nnp, "Paris", "Paris", "London", "London", "Obama", "Obama")
	l := learnLemmatizer([]string{"VBD", "NNS", "NNP"}, ex, dict{})
	tests := []struct {
		form string
		xpos int
		want string
	}{
		{"walked", vbd, "walk"},         // seen
		{"went", vbd, "go"},             // seen, irregular
		{"kicked", vbd, "kick"},         // unseen: -ed
		{"Kicked", vbd, "kick"},         // capitals dropped for verbs
		{"shopped", vbd, "shop"},        // unseen: -pped
		{"birds", nns, "bird"},          // unseen: -s
		{"ladies", nns, "lady"},         // unseen: -ies
		{"children", nns, "child"},      // seen, irregular
		{"Berlin", nnp, "Berlin"},       // proper nouns keep their case
		{"", nns, ""},                   // empty
		{"x", vbd, "x"},                 // nothing to strip
		{"walked", -1, "walked"},        // no tag
		{"walked", nXPOS + 5, "walked"}, // unknown tag index
	}
	for _, tc := range tests {
		if got := l.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %d) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

func TestRuleFor(t *testing.T) {
	tests := []struct {
		src, lemma string
		cut        uint8
		add        string
	}{
		{"walked", "walk", 2, ""},
		{"went", "go", 4, "go"},
		{"cities", "city", 3, "y"},
		{"cat", "cat", 0, ""},
		{"", "a", 0, "a"},
	}
	for _, tc := range tests {
		r, ok := ruleFor(tc.src, tc.lemma)
		if !ok || r.cut != tc.cut || r.add != tc.add {
			t.Errorf("ruleFor(%q, %q) = %+v, %v; want cut %d add %q", tc.src, tc.lemma, r, ok, tc.cut, tc.add)
		}
	}
}
