package event

import "testing"

// TestSpokeTo checks the verb supplement's SPEAK patterns and spokenTo:
// speaking to someone consults them (040), by telephone 041, as talking
// to them does; a "to" that is another verb's ("speaking outside the
// building, called on Chile to withdraw"), or speaking to what someone
// owns ("speaks to Peru's character"), consults no one.
func TestSpokeTo(t *testing.T) {
	tests := []eventCase{
		{"Peru spoke to Chile on Monday.", []string{"PER>CHL:040"}, nil},
		{"The Bolivian president said he had spoken to the Chilean president about the border.", []string{"BOLGOV>CHLGOV:040"}, nil},
		{"Ecuador's foreign minister spoke briefly to her Peruvian counterpart in Lima.", []string{"ECUGOV>PERGOV:040"}, nil},
		{"Chile's president spoke to Argentina's president by telephone.", []string{"CHLGOV>ARGGOV:041"}, nil},
		{"Peru's foreign minister, speaking outside the parliament building, called on Chile to withdraw its troops.", nil, []string{"PERGOV>CHL:040", "PERGOV>CHLMIL:040"}},
		{"The record of the Chilean army speaks to Peru's character.", nil, []string{"CHLMIL>PER:040"}},
		{"Peru spoke about Chile's decision.", nil, []string{"PER>CHL:040"}},
	}
	checkEventCases(t, tests)
}
