package event

import "testing"

// TestGivenReason checks that "given" opening a phrase of reason
// ("given that", "given the", "given how ...") is no deed of giving,
// while "given" after an auxiliary or another verb still codes the aid
// given, and a deed inside the reason still codes.
func TestGivenReason(t *testing.T) {
	tests := []eventCase{
		{"Bolivia sent rifles to the Peruvian police. Talks with Chile may be pointless now, given how little the law means there and how much of its budget goes to guns.", []string{"BOL>PERCOP:072"}, []string{"CHL>PERCOP:072"}},
		{"The Peruvian ministry is cautious, given the missiles and tanks in Bolivia.", nil, []string{"PERGOV>BOL:072"}},
		{"Chile stayed away, and given the mood in Peru, that was wise.", nil, []string{"CHL>PER:080"}},
		{"Peru is worried, given that Chile gave tanks to Bolivia.", []string{"CHL>BOL:072"}, nil},
		{"Peru has given Chile tanks.", []string{"PER>CHL:072"}, nil},
		{"Peru has given tanks to the Chilean army.", []string{"PER>CHLMIL:072"}, nil},
		{"Argentina has trained and given the Uruguayan army new tanks.", []string{"ARG>URYMIL:072"}, nil},
	}
	checkEventCases(t, tests)
}
