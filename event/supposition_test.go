package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestSuppositionIsHypothetical checks that a deed in the "that" clause
// of a noun of supposition ("the idea that", "speculation that") is
// hypothetical, while one in a clause a reporting verb governs is claimed
// (a Coder that codes deeds that may happen, to see their status).
func TestSuppositionIsHypothetical(t *testing.T) {
	tests := []statusCase{
		{"The minister dismissed the idea that Chile is arming Bolivian rebels.", "CHL", "BOLREB", "*", model.Hypothetical},
		{"There is growing speculation that Peru is training Bolivian rebels.", "PER", "BOLREB", "*", model.Hypothetical},
		{"The minister said that Chile is arming Bolivian rebels.", "CHL", "BOLREB", "*", model.Claimed},
	}
	checkUnrealisedStatuses(t, tests)
}
