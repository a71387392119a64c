package tag

import (
	"slices"
	"strings"
	"testing"
)

// TestAcronyms checks which words in capitals clauseTags.acronyms
// retags as names, on hand-tagged sentences.
func TestAcronyms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The/DT WHO/WP criticized/VBD Peru/NNP ./.", "DT NNP VBD NNP ."},
		{"WHO/WP chief/NN Ana/NNP Lind/NNP praised/VBD Chile/NNP ./.", "NNP NN NNP NNP VBD NNP ."},
		// A word of one capital, a word in lower case, and a word that
		// is no function word are left alone.
		{"I/PRP think/VBP who/WP cares/VBZ ./.", "PRP VBP WP VBZ ."},
		{"The/DT UN/NNP met/VBD ./.", "DT NNP VBD ."},
		// Stressed function words keep their tags.
		{"There/EX is/VBZ NO/DT way/NN AND/CC I/PRP mean/VBP IT/PRP ./.", "EX VBZ DT NN CC PRP VBP PRP ."},
		// A headline set in capitals keeps its function words.
		{"WHO/WP WILL/MD PAY/VB FOR/IN IT/PRP ?/.", "WP MD VB IN PRP ."},
	}
	c := newClauseTags(ptbTags)
	for _, tt := range tests {
		var forms []string
		var tags []int
		for _, wt := range strings.Fields(tt.in) {
			i := strings.LastIndex(wt, "/")
			forms = append(forms, wt[:i])
			tags = append(tags, slices.Index(ptbTags, wt[i+1:]))
		}
		c.acronyms(tags, func(i int) string { return forms[i] })
		if g := names(tags); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

// TestTagAcronym checks the default model's tag of initials it would
// read as a pronoun, and of the verb after them.
func TestTagAcronym(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens("The WHO criticized Peru over its vaccine policy .")
	m.Tag(toks)
	if toks[1].XPOS != "NNP" || toks[1].UPOS != "PROPN" || toks[2].XPOS != "VBD" {
		t.Errorf("got WHO %s/%s criticized %s, want NNP/PROPN and VBD", toks[1].XPOS, toks[1].UPOS, toks[2].XPOS)
	}
}
