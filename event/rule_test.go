package event

import (
	"strings"
	"testing"
)

// TestRulePattern checks that an event a coder's own rule codes (clause
// rule) keeps the pattern opening the output prints for that rule,
// which later steps no longer read back: a negated answer, a denial of
// one's own deed, a bare refusal, a mandate, a town taken and an
// organisation left.
func TestRulePattern(t *testing.T) {
	tests := []struct {
		text, src, tgt, code, opening string
	}{
		{"Bolivia did not respond to the Paraguayan proposal on Friday.", "BOL", "PRY", "010", "<no answer> NOT "},
		{"Bolivia denied that its soldiers had crossed into Paraguay.", "BOL", "PRY", "016", ownDenialPattern},
		{"Bolivia asked Paraguay to reopen the bridge. Paraguay refused.", "PRY", "BOL", "*", requestPattern},
		{"Bolivia insisted that Paraguay reopen the bridge.", "BOL", "PRY", "*", mandatePattern},
		{"Peruvian rebels took Lima on Sunday.", "PERREB", "PER", "192", townPattern},
		{"Bolivia quit the Union of South American Nations on Tuesday.", "BOL", "IGOSAM", "161", leftPattern},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			e := find(evs, tt.src, tt.tgt, tt.code)
			if e == nil {
				t.Fatalf("no %s>%s:%s in %s", tt.src, tt.tgt, tt.code, describe(evs))
			}
			if !strings.HasPrefix(e.Pattern, tt.opening) {
				t.Errorf("pattern %q, want it to open with %q", e.Pattern, tt.opening)
			}
		})
	}
}
