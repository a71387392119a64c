package event

import "testing"

// TestAvoidedGerund checks that a deed named by a gerund after a verb of
// avoiding, refraining or ceasing is negated, and that one after a verb
// of beginning is not.
func TestAvoidedGerund(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Chile refrained from attacking Peru.", "CHL", "PER", "190", "negated"},
		{"Chile avoided criticising Peru.", "CHL", "PER", "111", "negated"},
		{"Chile carefully avoided criticising Peru on Monday.", "CHL", "PER", "111", "negated"},
		{"Chile began attacking Peru.", "CHL", "PER", "190", "asserted"},
	})
}
