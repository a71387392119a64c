package event

import "testing"

// TestTalksPartner checks that talks halted with no one named are halted
// with the other party of the article's latest talks of the source, and
// that with no such talks before they name no one.
func TestTalksPartner(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia held talks on water rights in La Paz on Monday. Peru's president suspended the talks on Friday.",
			[]string{"PERGOV>BOL:164"}, nil},
		{"Chile held talks with Peru's rebels last month. The Chilean government has now scrapped the talks.",
			[]string{"CHLGOV>PERREB:164"}, nil},
		{"Peru's president suspended the talks on Friday.", nil, []string{"PERGOV>*:164"}},
		{"Peru and Bolivia held talks on Monday. Chile's president suspended the talks.", nil, []string{"CHLGOV>*:164"}},
		{"Peru and Bolivia held talks on Monday. Peru's president said Peru would close the negotiations by 2027.", nil, []string{"*>BOL:164"}},
	}
	checkEventCases(t, tests)
}
