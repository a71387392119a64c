package event

import "testing"

// TestNoObjectNegates checks that an object opening with "no" right
// after the verb negates the deed, while "no fewer than" and the like
// count without negating, and "no" after a verb of saying opens what is
// said.
func TestNoObjectNegates(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru signed no agreement with Chile.", "PER", "CHL", "057", "negated"},
		{"Peru received no message from Chile.", "CHL", "PER", "040", "negated"},
		{"Peru signed an agreement with Chile.", "PER", "CHL", "057", "asserted"},
		{"Peru fired no fewer than 20 missiles at Chile.", "PER", "CHL", "195", "asserted"},
		{"Peru warned no country could attack Chile.", "PER", "CHL", "130", "hypothetical"},
	})
}
