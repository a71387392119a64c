package tag

import (
	"strings"
	"testing"
)

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
	l := learnLemmatizer([]string{"VBD", "NNS", "NNP"}, ex, dict{}, nil)
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

func TestIrregulars(t *testing.T) {
	xpos := []string{"NNS", "VB", "VBD", "VBN"}
	const (
		nns = iota
		vb
		vbd
		vbn
	)
	ex := []lemmaExample{
		{"walked", "walk", vbd}, {"talked", "talk", vbd}, {"walked", "walk", vbn},
		{"talked", "talk", vbn}, {"cats", "cat", nns}, {"dogs", "dog", nns},
		{"walk", "walk", vb}, {"talk", "talk", vb},
		// The training data's own word wins over WordNet's.
		{"crept", "creep", vbd},
		// A lemma the training data uses, to choose between two.
		{"thesis", "thesis", nns},
	}
	irr := []irregular{
		{form: "fled", lemmas: []string{"flee"}, pos: wnVerb, senses: []int{2}},
		{form: "saw", lemmas: []string{"see"}, pos: wnVerb, senses: []int{24}},
		{form: "crept", lemmas: []string{"crep"}, pos: wnVerb, senses: []int{1}},
		{form: "mice", lemmas: []string{"mouse"}, pos: wnNoun, senses: []int{4}},
		{form: "theses", lemmas: []string{"these", "thesis"}, pos: wnNoun, senses: []int{3, 2}},
		{form: "glens", lemmas: []string{"glen", "glenn"}, pos: wnNoun, senses: []int{1, 2}},
		{form: "tors", lemmas: []string{"tor", "torr"}, pos: wnNoun, senses: []int{1, 1}},
		{form: "better", lemmas: []string{"good"}, pos: wnAdj, senses: []int{20}}, // no JJR here
	}
	l := learnLemmatizer(xpos, ex, dict{}, irr)
	tests := []struct {
		form string
		xpos int
		want string
	}{
		{"fled", vbd, "flee"},      // irregular past
		{"fled", vbn, "flee"},      // irregular participle
		{"Fled", vbd, "flee"},      // capitals dropped for verbs
		{"saw", vbd, "see"},        // the past tense
		{"saw", vb, "saw"},         // the verb of its own: base forms keep theirs
		{"crept", vbd, "creep"},    // seen in training: its lemma wins
		{"crept", vbn, "crep"},     // not seen with this tag: WordNet's
		{"mice", nns, "mouse"},     // irregular plural
		{"theses", nns, "thesis"},  // two lemmas: the one training uses
		{"glens", nns, "glenn"},    // neither used: more senses
		{"tors", nns, "tor"},       // a tie: the first listed
		{"jumped", vbd, "jump"},    // regular forms keep their rules
		{"kittens", nns, "kitten"}, // likewise
	}
	for _, tc := range tests {
		if got := l.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, xpos[tc.xpos], got, tc.want)
		}
	}
	// An adjective's irregular form is no verb's: a verb tag keeps the
	// rules' lemma, as without WordNet.
	l0 := learnLemmatizer(xpos, ex, dict{}, nil)
	if got, want := l.lemma("better", vbd), l0.lemma("better", vbd); got != want {
		t.Errorf("lemma(%q, VBD) = %q, want the rules' %q", "better", got, want)
	}
}

func TestIrregularTags(t *testing.T) {
	tests := []struct {
		form string
		pos  uint16
		want string
	}{
		{"fled", wnVerb, "VBD VBN"},
		{"hopping", wnVerb, "VBG"},
		{"degasses", wnVerb, "VBZ"},
		{"geese", wnNoun, "NNS"},
		{"worse", wnAdj, "JJR"},
		{"worst", wnAdj, "JJS"},
		{"further", wnAdv, "RBR"},
		{"best", wnAdv, "RBS"},
		{"anything", 0, ""},
	}
	for _, tc := range tests {
		got := strings.Join(irregularTags(irregular{form: tc.form, pos: tc.pos}), " ")
		if got != tc.want {
			t.Errorf("irregularTags(%q, %d) = %q, want %q", tc.form, tc.pos, got, tc.want)
		}
	}
}

func TestRespell(t *testing.T) {
	xpos := []string{"NN", "VBD", "VBG", "VBN"}
	const (
		nn = iota
		vbd
		vbg
		vbn
	)
	// The rules learned here cut -ed and -ing whole, as most regular
	// verbs want; WordNet knows which stems are verbs.
	ex := []lemmaExample{
		{"walked", "walk", vbd}, {"talked", "talk", vbd}, {"jumped", "jump", vbd},
		{"walked", "walk", vbn}, {"talked", "talk", vbn}, {"jumped", "jump", vbn},
		{"walking", "walk", vbg}, {"talking", "talk", vbg}, {"jumping", "jump", vbg},
		{"tim", "tim", nn}, {"dog", "dog", nn},
	}
	wn := map[uint64]uint16{}
	for _, w := range []string{"walk", "talk", "jump", "trade", "resume", "label", "panic", "need", "kick"} {
		wn[hashString(w)] = wnVerb
	}
	wn[hashString("time")] = wnNoun | wnVerb
	l := learnLemmatizer(xpos, ex, newDict(wn), nil)
	tests := []struct {
		form string
		xpos int
		want string
	}{
		{"traded", vbn, "trade"},    // a dropped e
		{"resumed", vbd, "resume"},  // likewise
		{"trading", vbg, "trade"},   // likewise, before -ing
		{"labelled", vbd, "label"},  // a doubled consonant
		{"panicking", vbg, "panic"}, // a k after c
		{"need", vbn, "need"},       // a base form tagged as a past one
		{"kicked", vbd, "kick"},     // the rule's stem is a verb already
		{"texted", vbd, "text"},     // WordNet knows no spelling: the rule's
		{"tim", nn, "tim"},          // no ending cut: no respelling ("time")
		{"fizzled", vbd, "fizzl"},   // none known: the rule's
	}
	for _, tc := range tests {
		if got := l.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, xpos[tc.xpos], got, tc.want)
		}
	}
}

func TestPastFormIsLemma(t *testing.T) {
	xpos := []string{"VBD", "VBZ"}
	const (
		vbd = iota
		vbz
	)
	ex := []lemmaExample{
		{"freed", "free", vbd}, {"agreed", "agree", vbd}, {"decreed", "decree", vbd},
		{"walked", "walk", vbd}, {"talked", "talk", vbd},
		{"walks", "walk", vbz}, {"talks", "talk", vbz},
	}
	wn := map[uint64]uint16{}
	for _, w := range []string{"free", "agree", "decree", "walk", "talk", "see", "seed", "guarantee", "summon", "summons"} {
		wn[hashString(w)] = wnVerb
	}
	l := learnLemmatizer(xpos, ex, newDict(wn), nil)
	tests := []struct {
		form string
		xpos int
		want string
	}{
		{"seed", vbd, "seed"},            // a verb of its own, not see's past
		{"guaranteed", vbd, "guarantee"}, // not a WordNet verb: the rule's
		{"freed", vbd, "free"},           // seen
		{"summons", vbz, "summon"},       // only past tags keep their form
	}
	for _, tc := range tests {
		if got := l.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, xpos[tc.xpos], got, tc.want)
		}
	}
}
