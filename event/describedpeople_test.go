package event

import "testing"

// TestDescribedPeople checks that a bare "people" described by a relative
// clause is no source of what the clause says they did ("people who
// defeated the rebels" are not a country's people), while a people named
// with its country, or acting in a clause of its own, still is.
func TestDescribedPeople(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"\"Chile is attacking people who defeated the Peruvian rebels,\" the Bolivian commander said.", nil, []string{"CHLCVL>PERREB:190", "BOLCVL>PERREB:190"}},
		{"Chilean police arrested people who attacked the Peruvian embassy.", nil, []string{"CHLCVL>PERGOV:190"}},
		{"Chile protested on Monday. People in Lima attacked the Chilean embassy.", []string{"PERCVL>CHLGOV:190"}, nil},
	})
}

// TestReflexiveForce checks that force a bare verb turns on its own
// subject ("kill themselves") is aimed at no one else the sentence names,
// while force on another still codes.
func TestReflexiveForce(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Bolivians who have been willing to kill themselves to end the Chilean occupation were not driven by poverty.", nil, []string{"BOL>CHL:190"}},
		{"Bolivian rebels killed two Chilean soldiers near the border.", []string{"BOLREB>CHLMIL:190"}, nil},
	})
}

// TestExplodeIntransitive checks that "explode" with no object says what
// blew up or boomed ("Chile's economy is exploding"), no blast set off,
// while exploding a bomb still codes.
func TestExplodeIntransitive(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile's economy is exploding, hampered only by its thirst for Peruvian gas.", nil, []string{"CHL>PER:183"}},
		{"Peruvian rebels exploded a bomb near the Chilean embassy.", []string{"PERREB>CHLGOV:183"}, nil},
	})
}
