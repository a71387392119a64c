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

// TestDemonstrateObject checks that demonstrating something shows it and
// protests nothing, while demonstrating with no object is a protest (141).
func TestDemonstrateObject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile demonstrated its commitment to the Peruvian peace process.", nil, []string{"CHL>PER:141"}},
		{"The Chilean president demonstrated a number of poor instincts in his dealings with Peru.", nil, []string{"CHLGOV>PER:141"}},
		{"Chilean students demonstrated against the Peruvian government.", []string{"CHLEDU>PERGOV:141"}, nil},
	})
}
