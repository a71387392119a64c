package event

import "testing"

// TestLetGovernor checks that a bare infinitive under a negated "let"
// ("did not let the rebels attack", "refused to let ...") is a deed not
// done (disallowed, through letGovernor), negated as under a negated
// "allow ... to"; under "let" alone it was done.
func TestLetGovernor(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru did not let Bolivian rebels attack Chile.", "BOLREB", "CHL", "190", "negated"},
		{"Peru refused to let Bolivian rebels attack Chile.", "BOLREB", "CHL", "190", "negated"},
		{"Peru let Bolivian rebels attack Chile.", "BOLREB", "CHL", "190", "asserted"},
	})
}
