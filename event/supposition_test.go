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

// TestSuppositionCodesNothing checks that by default the "that" clause
// of a noun of supposition codes nothing, an intent or a threat no more
// than a deed, while the same words stated are coded.
func TestSuppositionCodesNothing(t *testing.T) {
	tests := []eventCase{
		{"The minister described the idea that Chile is training the Shining Path rebels as absurd.", nil, []string{"CHL>PERREB:*"}},
		{"There is speculation that Peru will threaten Chile with sanctions.", nil, []string{"PER>CHL:*"}},
		{"Chile is training the Shining Path rebels.", []string{"CHL>PERREB:*"}, nil},
		{"Peru threatened Chile with sanctions.", []string{"PER>CHL:1312"}, nil},
		// "no evidence (sign) that": what is not shown.
		{"There is no evidence that Bolivia attacked Peru.", nil, []string{"BOL>PER:*"}},
		{"Officials found no sign that Bolivia had attacked Peru.", nil, []string{"BOL>PER:*"}},
		{"There is evidence that Bolivia attacked Peru.", []string{"BOL>PER:190"}, nil},
	}
	checkEventCases(t, tests)
}
