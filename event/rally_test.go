package event

import "testing"

// TestProtestersRally checks that protesters who rally demonstrate (141,
// the supplement's "- PROTESTERS *" of MOBILIZE), against their own
// government when they name no one, and do not mobilise force (150).
func TestProtestersRally(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Protesters rallied in Lima on Sunday.", want: []string{"PEROPP>PERGOV:141"}},
		{text: "Hundreds of protesters rallied in Lima on Sunday.", want: []string{"PEROPP>PERGOV:141"}, not: []string{"PEROPP>PERGOV:150"}},
	})
}
