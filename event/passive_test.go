package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// TestCompoundAndParticiple checks that a compound subject acts on itself
// only for reciprocal events, and that a participle followed by "by" is
// a passive whose agent is the source and whose target is not another
// participle's agent, and that a participle right after a reporting verb
// ("he said, accusing") is the speaker's.
func TestCompoundAndParticiple(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
		want          bool
	}{
		{"Colombia and Brazil called for a recount.", "COL", "BRA", "*", false},
		{"Colombia and Brazil restored diplomatic relations on Sunday.", "COL", "BRA", "*", true},
		{"Peru and Chile signed a treaty in 1929. The two countries fought a war in 1879.", "PER", "CHL", "190", true},
		{"Previous talks in Lima, sponsored by Peru and Chile, collapsed in 2023.", "PER", "CHL", "*", false},
		{"Merchant ships damaged undersea cables owned by Peru.", "BUS", "PER", "*", false},
		{"Peru and Chile exchanged 40 prisoners of war on Saturday.", "PER", "CHL", "0841", true},
		{"Peru and Chile exchanged 40 prisoners of war on Saturday.", "PER", "CHLMIL", "*", false},
		{"The plan, drafted by France and backed by Germany, was adopted.", "FRA", "DEU", "*", false},
		{"The plan, drafted by France and backed by Germany, was adopted.", "DEU", "FRA", "*", false},
		{"Peru, backed by Chile, rejected the plan.", "CHL", "PER", "050", true},
		{"Peru's president spoke on Monday. \"The other side did not want to,\" he said, accusing Chile of stalling.", "PERGOV", "CHL", "112", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := find(evs, tt.src, tt.tgt, tt.cam) != nil; got != tt.want {
			t.Errorf("%q: %s>%s:%s coded %v, want %v; got %s", tt.text, tt.src, tt.tgt, tt.cam, got, tt.want, describe(evs))
		}
	}
}

// TestObjectAt checks the actor taken as the object of a verb whatever
// the parse says: the one right after the verb, unless it begins a
// clause of its own or owns what follows.
func TestObjectAt(t *testing.T) {
	tests := []struct {
		words string // "form/XPOS" tokens; the verb is token 1
		at    []int  // mention starts (each one token long)
		want  int
	}{
		{"Chile/NNP blamed/VBD Peru/NNP for/IN backing/VBG militants/NNS", []int{0, 2, 5}, 1},
		{"Chile/NNP blamed/VBD the/DT Peruvians/NNPS for/IN it/PRP", []int{0, 3}, 1},
		{"Chile/NNP said/VBD Peru/NNP had/VBD acted/VBN", []int{0, 2}, -1},
		{"Chile/NNP condemned/VBD Peru/NNP 's/POS conduct/NN", []int{0, 2}, -1},
		{"Chile/NNP blamed/VBD militants/NNS backed/VBN by/IN Peru/NNP", []int{0, 5}, -1},
	}
	for _, tt := range tests {
		var toks []model.Token
		for _, w := range strings.Fields(tt.words) {
			f, x, _ := strings.Cut(w, "/")
			u := ""
			if x == "VBD" {
				u = "VERB"
			}
			toks = append(toks, model.Token{Form: f, XPOS: x, UPOS: u})
		}
		var ms []actor.Mention
		for _, k := range tt.at {
			ms = append(ms, actor.Mention{Start: k, End: k + 1, Head: k, Kind: actor.Named})
		}
		a := &article{}
		if got := a.objectAt(toks, ms, &clause{v: 1, vEnd: 2}, 0); got != tt.want {
			t.Errorf("%s: objectAt = %d, want %d", tt.words, got, tt.want)
		}
	}
}
