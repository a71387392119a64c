package event

import "testing"

// TestDeniedClause checks that a deed a verb of denial says did not
// happen is negated, not claimed by the denier, while one others claim
// and the actor denies after a comma stays their claim. A gerund denied
// ("denied sending troops") is negated too.
func TestDeniedClause(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Bolivia denied that it had attacked Peru.", "BOL", "PER", "190", "negated"},
		{"Bolivia denied reports that its troops had attacked Peru.", "BOLMIL", "PER", "190", "negated"},
		{"Bolivia said that Chile had attacked Peru.", "CHL", "PER", "190", "claimed"},
		{"Chile said Bolivia had attacked Peru, which Bolivia denied.", "BOL", "PER", "190", "claimed"},
		{"Chile denied sending troops to Peru.", "CHL", "PER", "074", "negated"},
		{"Chile admitted sending troops to Peru.", "CHL", "PER", "074", "asserted"},
	})
}

// TestDisallowed checks that a deed a negated verb of allowing governs
// is negated, while one allowed stays asserted.
func TestDisallowed(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru did not allow Bolivian rebels to launch attacks against Chile from Peruvian soil.", "BOLREB", "CHL", "190", "negated"},
		{"Peru allowed Bolivian rebels to launch attacks against Chile from Peruvian soil.", "BOLREB", "CHL", "190", "asserted"},
	})
}
