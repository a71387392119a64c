package actor

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestAgentBeginsOrgName checks that an agent word that only begins a
// longer organisation's name the names model found is no agent, when
// the name goes on with a capitalised word that is neither an actor nor
// an agent, and that an agent alone, in lower case, or before another
// agent or an actor still is one.
func TestAgentBeginsOrgName(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src  string // {braced} names are organisations
		want string
	}{
		{"Peru protested/VERB . the/DET {Gang Suppression Force} arrived/VERB", "Peru=PER"},
		{"Peru protested/VERB . the/DET {Military Times} reported/VERB", "Peru=PER"},
		{"Peru protested/VERB . the/DET {Gang} attacked/VERB", "Peru=PER|Gang=PERCRM"},
		{"Peru protested/VERB . gangs/NOUN attacked/VERB", "Peru=PER|gangs=PERCRM"},
		{"Peru protested/VERB . {Police Kosovo} attacked/VERB", "Peru=PER|Police Kosovo=KSVCOP"},
	} {
		text, s, ents := sentence(tt.src)
		for i := range ents {
			ents[i].Kind = model.Organization
		}
		ms := r.Resolve([]model.Sentence{s}, ents, day2022)
		got := spelled(text, ms[0])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: %q, want %q", tt.src, g, tt.want)
		}
	}
}
