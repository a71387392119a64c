package actor

import (
	"strings"
	"testing"
)

// TestPossessed checks which mentions are a person named after a
// country's possessive (possessed, which afterPossessedPerson reads): the
// person, and a pronoun standing for it with its entry, but not the
// country alone nor an agent after its possessive.
func TestPossessed(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		// want lists "text=possessed" for each mention of the last sentence.
		want []string
	}{
		{"person after a possessive", []string{"Peru 's/PART [Ana Quispe] met/VERB Chile"}, []string{"Peru 's Ana Quispe=true", "Chile=false"}},
		{"pronoun for the person", []string{"Peru 's/PART [Ana Quispe] spoke/VERB", "she/PRON met/VERB Chile"}, []string{"she=true", "Chile=false"}},
		{"agent after a possessive", []string{"Peru 's/PART foreign/ADJ ministry met/VERB Chile"}, []string{"Peru 's foreign ministry=false", "Chile=false"}},
		{"country alone", []string{"Peru met/VERB Chile"}, []string{"Peru=false", "Chile=false"}},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastMentionFlags(r, tt.sents, (*Mention).possessed)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
