package event

import "testing"

// TestOthersObject checks that a pattern noun before a verb that is the
// object of the verb it is joined to ("held talks ... but failed") is
// not that verb's subject, while a noun that is the verb's own subject
// ("the talks collapsed") still matches.
func TestOthersObject(t *testing.T) {
	tests := []eventCase{
		{"Peruvian and Chilean trade officials held talks in Lima in May but failed to reach a deal.", []string{"PERGOV>CHLGOV:046"}, []string{"CHLGOV>PERGOV:164", "PERGOV>CHLGOV:164"}},
		{"Peru and Chile resumed talks in Lima, but the talks collapsed in June.", []string{"PER>CHL:164"}, nil},
	}
	checkEventCases(t, tests)
}
