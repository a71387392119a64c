package event

import "testing"

// TestProtestNote checks the verb supplement's &PROTESTNOTE patterns: a
// protest note or letter handed, delivered or sent to someone is a formal
// complaint to them (114), not a protest (140), whichever object comes
// first; handing over anything else is no complaint, and a note handed to
// an envoy just summoned is the summons' complaint, not a second one.
func TestProtestNote(t *testing.T) {
	tests := []eventCase{
		{"Bolivia handed a protest note to the Chilean ambassador.", []string{"BOL>CHLGOV:114"}, nil},
		{"Ecuador handed the Peruvian envoy a note of protest on Friday.", []string{"ECU>PERGOV:114"}, nil},
		{"Chile delivered a note of protest to Argentina.", []string{"CHL>ARG:114"}, []string{"CHL>ARG:140"}},
		{"Paraguay sent Brazil a letter of protest.", []string{"PRY>BRA:114"}, nil},
		{"Peru handed Chile the keys to the old embassy.", nil, []string{"PER>CHL:114"}},
		{"Argentina summoned Chile's ambassador and handed him a protest note.", []string{"ARGGOV>CHLGOV:114"}, []string{"ARG>CHLGOV:114"}},
	}
	checkEventCases(t, tests)
}
