package event

import "testing"

// TestSkippedActor checks that the actor a pattern's '^' passes over
// ("- * KILLING (OF ^)", "- STRONGLY * ATTACK (ON ^)") is no target:
// condemning the killing of a country's journalists or an attack on its
// embassy criticises whoever did it, not that country.
func TestSkippedActor(t *testing.T) {
	tests := []eventCase{
		{"Peru condemned the killing of two Chilean journalists.", nil, []string{"PER>CHLMED:111", "PER>CHL:111"}},
		{"Peru strongly condemned the attack on the Chilean embassy.", nil, []string{"PER>CHLGOV:111", "PER>CHL:111"}},
		// An actor the pattern does not pass over is still a target.
		{"Peru condemned Chile for the killing of two journalists.", []string{"PER>CHL:111"}, nil},
	}
	checkEventCases(t, tests)
}
