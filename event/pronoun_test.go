package event

import "testing"

// TestDistantItDoesNoDeed checks that "it" standing for a country named
// in an earlier sentence is no party of a deed (a thing or a state of
// affairs does those), while it stays one of words, and "it" for a
// ministry or after its antecedent in its own sentence stays a party.
func TestDistantItDoesNoDeed(t *testing.T) {
	tests := []eventCase{
		{"Chile held elections on Sunday. It would also allow Peruvian observers to attend the count.", nil, []string{"CHL>PER:080"}},
		{"The deal was signed by Chile on Monday. It comes in addition to five sales to Peruvian airlines.", nil, []string{"CHL>PERBUS:040"}},
		{"Chile signed a trade deal on Monday. It accused Peru of dumping steel.", []string{"CHL>PER:112"}, nil},
		{"Chile's foreign ministry summoned the Peruvian ambassador. It also accused Peru of spying.", []string{"CHLGOV>PER:1125"}, nil},
		{"Chile said it would expel Peruvian diplomats.", []string{"CHL>PERGOV:174"}, nil},
		// An "it" that stands for another "it" of its sentence.
		{"Peru has a drug problem. We can approach it from different angles, so it takes over Chilean towns.", nil, []string{"PER>CHL:171"}},
	}
	checkEventCases(t, tests)
}
