package event

import "testing"

// TestFoughtSince checks that a fight dated from a time ("since 2007",
// "since March") is coded: a preposition of time that opens a date is
// not CAMEO.2.0's null "- * SINCE" pattern; and that an armed side
// fighting a government it names as the object uses force (190), while
// a politician's attack on a government stays verbal (111).
func TestFoughtSince(t *testing.T) {
	tests := []eventCase{
		{"Bolivian rebels have attacked Peruvian troops since March.", []string{"BOLREB>PERMIL:190"}, nil},
		{"Bolivian and Peruvian troops have clashed since Tuesday.", []string{"BOLMIL>PERMIL:190", "PERMIL>BOLMIL:190"}, nil},
		{"Bolivian rebels have fought the Peruvian government since 2007.", []string{"BOLREB>PERGOV:190"}, []string{"BOLREB>PERGOV:111"}},
		{"Bolivian rebels fought the Peruvian government last year.", []string{"BOLREB>PERGOV:190"}, []string{"BOLREB>PERGOV:111"}},
		{"The Peruvian opposition attacked the government over the budget.", []string{"PEROPP>PERGOV:111"}, []string{"PEROPP>PERGOV:190"}},
		{"Bolivian rebels attacked the Peruvian government's proposal.", nil, []string{"BOLREB>PERGOV:190"}},
	}
	checkEventCases(t, tests)
}
