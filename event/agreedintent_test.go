package event

import "testing"

// TestAgreedIntents checks that what parties agree to do names their
// intent more closely than the bare agreement (030): keeping channels of
// communication open is an intent to meet or negotiate (036); settling a
// dispute, or taking it to a court or arbitration, an intent to settle it
// (037) aimed at each other, not at the court; joint development an intent
// to cooperate economically (0311); sharing intelligence or data an intent
// to cooperate on intelligence (0314). Data a list shares is the
// codebook's 064, while data shared with nobody named codes nothing.
func TestAgreedIntents(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile agreed on Monday to keep communication channels open.", []string{"PER>CHL:036", "CHL>PER:036"}, []string{"PER>CHL:030"}},
		{"Peru and Chile agreed to keep the lines of communication open.", []string{"PER>CHL:036", "CHL>PER:036"}, nil},
		{"Peru and Chile agreed to take their dispute to the International Court of Justice.", []string{"PER>CHL:037", "CHL>PER:037"}, []string{"PER>IGOUNOJUDICJ:037", "PER>CHL:030"}},
		{"Peru and Chile agreed to submit their border dispute to arbitration.", []string{"PER>CHL:037", "CHL>PER:037"}, nil},
		{"Peru and Chile agreed to settle their border dispute peacefully.", []string{"PER>CHL:037", "CHL>PER:037"}, []string{"PER>CHL:039"}},
		{"Peru and Chile agreed to explore joint development of the offshore gas field.", []string{"PER>CHL:0311", "CHL>PER:0311"}, []string{"PER>CHL:030"}},
		{"Peru and Chile agreed to share intelligence on smuggling networks.", []string{"PER>CHL:0314", "CHL>PER:0314"}, nil},
		{"Peru and Chile agreed to share data on fishing stocks.", []string{"PER>CHL:0314", "CHL>PER:0314"}, nil},
		{"Peru and Chile shared data on fishing stocks.", []string{"PER>CHL:064", "CHL>PER:064"}, nil},
		{"Chile settled its dispute with Peru last year.", []string{"CHL>PER:039"}, []string{"CHL>PER:037"}},
	}
	checkEventCases(t, tests)
}
