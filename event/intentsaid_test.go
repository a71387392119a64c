package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestSaidIntentStatus checks that cooperation, aid or a concession an
// actor will give, coded as the intent to give it (03x), has the status
// of the words that express the intent, which were said: asserted in
// the outlet's voice or the party's own, a third party's claim, and
// hypothetical only on a condition.
func TestSaidIntentStatus(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru's foreign minister said Lima would work with Santiago to fight smuggling.", "PERGOV", "CHL", "030", model.Asserted},
		{"The European Union will lend Bolivia 50 million euros.", "IGOEUREEC", "BOL", "0331", model.Asserted},
		{"Brazil said Argentina would lend Bolivia 50 million dollars.", "ARG", "BOL", "0331", model.Claimed},
		{"If Chile agrees, Peru will lend Bolivia 50 million dollars.", "PER", "BOL", "0331", model.Hypothetical},
	})
}
