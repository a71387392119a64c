package event

import "testing"

// TestCommittedIntentStatus checks that a meeting or mediation its
// source agrees, offers or pledges to hold is an intent (036, 039)
// expressed by that commitment, asserted or claimed as the commitment
// is, while one it only hopes for or says will come stays hypothetical.
func TestCommittedIntentStatus(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru agreed on Tuesday to hold technical talks with Chile.", "PER", "CHL", "036", "asserted"},
		{"Peru pledged to hold talks with Chile next month.", "PER", "CHL", "036", "asserted"},
		{"Bolivian officials said Peru had offered to mediate between Chile and Argentina.", "PER", "CHL", "039", "claimed"},
		// Hoped for or said to come: not committed to.
		{"Peru hopes to hold talks with Chile next month.", "PER", "CHL", "036", "hypothetical"},
		{"Peru said it would hold talks with Chile.", "PER", "CHL", "036", "hypothetical"},
	})
}
