package event

import "testing"

// TestTalksPartner checks that talks halted with no one named are halted
// with the other party of the article's latest talks of the source, or
// with the partner the talks' own phrase names, and that with no such
// talks before they name no one.
func TestTalksPartner(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia held talks on water rights in La Paz on Monday. Peru's president suspended the talks on Friday.",
			[]string{"PERGOV>BOL:164"}, nil},
		{"Chile held talks with Peru's rebels last month. The Chilean government has now scrapped the talks.",
			[]string{"CHLGOV>PERREB:164"}, nil},
		{"Peru's president suspended the talks on Friday.", nil, []string{"PERGOV>*:164"}},
		{"Peru and Bolivia held talks on Monday. Chile's president suspended the talks.", nil, []string{"CHLGOV>*:164"}},
		{"Peru and Bolivia held talks on Monday. Peru's president said Peru would close the negotiations by 2027.", nil, []string{"*>BOL:164"}},
		// The talks' own phrase names the partner: not the latest
		// talks' partner.
		{"Peru held talks with Chile on Monday. Peru's talks with Bolivia collapsed in 2023.",
			[]string{"PER>BOL:164", "BOL>PER:164"}, []string{"PER>CHL:164", "CHL>PER:164"}},
		{"Ecuador met Colombian officials in Quito last week. Ecuador's talks with the ELN collapsed on Tuesday.",
			[]string{"ECU>COLREB:164"}, []string{"ECU>COLGOV:164"}},
		// A partner of the source's own country is the partner too.
		{"Peru held talks with Chile on Monday. Peru's talks with Peruvian rebels collapsed in 2023.",
			[]string{"PER>PERREB:164"}, []string{"PER>CHL:164"}},
	}
	checkEventCases(t, tests)
}
