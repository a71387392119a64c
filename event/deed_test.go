package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestAccusedDeed checks that the use of force an accusation charges its
// target with is coded as the accused's, claimed by the accuser, aimed at
// the accuser or at the other country the charge names, and that a charge
// with no such deed adds nothing.
func TestAccusedDeed(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a cyberattack on the accuser", "Peru on Monday accused Chile of a cyberattack on its tax office.", []string{"PER>CHL:112", "CHL>PER:176"}, nil},
		{"a gerund before the deed", "Peru accused Chile of launching a drone attack on a Peruvian ship.", []string{"CHL>PER:195"}, nil},
		{"another country's victim named", "Peru accused Chile of an attack on Bolivia.", []string{"CHL>BOL:190"}, []string{"CHL>PER:190"}},
		{"a charge that is no use of force", "Peru accused Chile of lying about the talks.", []string{"PER>CHL:112"}, []string{"CHL>PER:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Source != nil && e.Source.Code == "CHL" && e.Code != "112" && e.Status != model.Claimed {
					t.Errorf("the charged deed %s is %s, not claimed", e.Code, e.Status)
				}
			}
		})
	}
}

// TestRelativeClauseEvent checks that a relative clause with a subject
// of its own ("an attack that Peru blamed on Chilean rebels") keeps its
// event beside the main clause's.
func TestRelativeClauseEvent(t *testing.T) {
	evs := code(t, "Peru expelled Chile's ambassador on Monday, a week after a bomb attack in Lima that Peru blamed on Chilean rebels.", nil, nil)
	for _, w := range []string{"PER>CHLGOV:174", "PER>CHLREB:112"} {
		if !hasTriple(evs, w) {
			t.Errorf("no %s among %s", w, describe(evs))
		}
	}
}
