package event

import "testing"

// TestConjoinedVerbsDisagreeInNumber checks that a verb coordinated with
// one whose present tense is of another number does not take its subject
// ("agree that Chile has ... and support"), while coordinated verbs that
// agree, or share an auxiliary, still do.
func TestConjoinedVerbsDisagreeInNumber(t *testing.T) {
	tests := []eventCase{
		{"Many farmers agree that Chile has long exploited Peru and support the Bolivian government's efforts to end the dispute.", nil, []string{"CHL>BOLGOV:050"}},
		{"Chile criticises Peru and supports the Bolivian government's efforts to end the dispute.", []string{"CHL>BOLGOV:*"}, nil},
		{"Chile does not criticise Peru and support the Bolivian government.", []string{"CHL>BOLGOV:*"}, nil},
	}
	checkEventCases(t, tests)
}
