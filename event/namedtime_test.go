package event

import "testing"

// TestNamedTime checks that a month a date names is no noun of a pattern
// (namedTime): LEAD's "- * MARCH [141]" codes a march led, not an
// operation led "in March 2015".
func TestNamedTime(t *testing.T) {
	tests := []eventCase{
		{"Chile led an intervention in Bolivia in March 2015.", nil, []string{"CHL>BOL:141"}},
		{"Peru led a march against Chile in May.", []string{"PER>CHL:141"}, nil},
		{"Peruvian students led a march against the Chilean embassy in March.", []string{"PEREDU>CHLGOV:141"}, nil},
	}
	checkEventCases(t, tests)
}
