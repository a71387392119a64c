package event

import "testing"

// TestNominalStrike checks that strikes, shelling and bombing by someone
// on someone code force (190), air, drone and missile strikes aerial
// weapons (195), and that a labour strike codes nothing.
func TestNominalStrike(t *testing.T) {
	tests := []eventCase{
		{"Chilean strikes on Lima killed ten people on Monday.", []string{"CHL>PER:190"}, nil},
		{"A Chilean drone strike on Peru killed a commander.", []string{"CHL>PER:195"}, []string{"CHL>PER:190"}},
		{"Chilean air strikes against Peru killed ten people.", []string{"CHL>PER:195"}, []string{"CHL>PER:190"}},
		{"The shelling of Lima by Chile continued on Tuesday.", []string{"CHL>PER:194"}, nil},
		{"Chilean bombing of Peruvian towns resumed.", []string{"CHL>PER:190"}, nil},
		// A labour strike against a government, or on a day, is no force.
		{"A strike by Peruvian teachers against the Chilean government closed schools.", nil, []string{"PEREDU>CHLGOV:190", "PER>CHLGOV:190"}},
		{"Chilean workers began a strike on Monday against Peru.", nil, []string{"CHLLAB>PER:190", "CHL>PER:190"}},
	}
	checkEventCases(t, tests)
}
