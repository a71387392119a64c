package event

import "testing"

// TestAttributiveParticiple checks that an -ing participle between a verb
// of telling and its object ("told visiting officials") is neither a
// predicate nor a noun of the verb's pattern, while the same word as the
// pattern's noun still codes.
func TestAttributiveParticiple(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian minister told visiting Bolivian officials that the border would stay closed.", nil, []string{"PERGOV>BOLGOV:036", "PERGOV>BOLGOV:042", "BOLGOV>PERGOV:043"}},
		{"The Peruvian minister told Bolivian officials about a visit next month.", []string{"PERGOV>BOLGOV:036"}, nil},
	}
	checkEventCases(t, tests)
}
