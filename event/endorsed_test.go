package event

import "testing"

// TestEndorsedAndJoinedSanctions checks two readings of the verb
// supplement: backing or supporting another's claim, position, bid or
// decision endorses it (051); and joining sanctions against or on
// someone imposes them on that actor (163), not a gathering with the
// bloc that named them.
func TestEndorsedAndJoinedSanctions(t *testing.T) {
	tests := []eventCase{
		{"Peru backed Bolivia's claim to the coast.", []string{"PER>BOL:051"}, []string{"PER>BOL:050"}},
		{"Ecuador supported Colombia's position on the dispute.", []string{"ECU>COL:051"}, nil},
		{"Argentina backed Chile's bid to host the games.", []string{"ARG>CHL:051"}, nil},
		{"Paraguay joined European Union sanctions against Bolivia.", []string{"PRY>BOL:163"}, []string{"PRY>IGOEUREEC:163", "PRY>IGOEUREEC:040"}},
		{"Uruguay joined the sanctions on Peru in May.", []string{"URY>PER:163"}, nil},
	}
	checkEventCases(t, tests)
}
