package event

import "testing"

// TestTimeToLeave checks that giving someone hours or days to leave is an
// expulsion (174), told once beside the expulsion it sets the term of,
// while hours given for another deed stay an ultimatum (139).
func TestTimeToLeave(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia's government expelled the Chilean ambassador on Friday, giving him 72 hours to leave.", []string{"BOLGOV>CHLGOV:174"}, []string{"*>*:139"}},
		{"Ecuador gave two Colombian diplomats five days to leave.", []string{"ECU>COLGOV:174"}, []string{"*>*:139"}},
		{"Peru gave Bolivia 48 hours to withdraw its troops.", []string{"PER>BOL:139"}, nil},
	})
}
