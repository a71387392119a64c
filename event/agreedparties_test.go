package event

import "testing"

// TestAgreementParties checks that a reaction to something two parties
// did together, named by a noun alone, is aimed at both parties of the
// latest mutual event of a family the noun may name, and at no one when
// the reacting actor is a party, the mutual event is of another kind, or
// too far back.
func TestAgreementParties(t *testing.T) {
	tests := []eventCase{
		{"Kenya and Uganda agreed a truce on Monday. The African Union welcomed the truce.", []string{"IGOAFR>KEN:051", "IGOAFR>UGA:051"}, nil},
		{"Iran and Iraq swapped prisoners on Friday. The United Nations welcomed the exchange.", []string{"IGOUNO>IRN:051", "IGOUNO>IRQ:051"}, nil},
		{"Armenia and Azerbaijan signed a peace treaty in Washington. Russia criticised the treaty.", []string{"RUS>ARM:111", "RUS>AZE:111"}, nil},
		{"Peru and Chile signed a fisheries accord on Tuesday. Bolivia praised the agreement.", []string{"BOL>PER:051", "BOL>CHL:051"}, nil},
		// A party praising its own accord praises no one in particular.
		{"Peru and Chile signed an accord. Peru praised the agreement.", nil, []string{"PER>CHL:051", "PER>PER:051"}},
		// Talks are no agreement; a criticism is no mutual event.
		{"Sudan and Chad held talks in Cairo. Egypt welcomed the agreement.", nil, []string{"EGY>SDN:*", "EGY>TCD:*"}},
		{"Chile criticised Peru on Monday. Bolivia welcomed the agreement.", nil, []string{"BOL>CHL:*", "BOL>PER:*"}},
		// Four sentences on, the accord is no longer what a reaction
		// answers.
		{"Peru and Chile signed an accord on Monday. Rains fell in Lima. Markets were calm. Schools reopened. Buses ran late. Bolivia praised the agreement.", nil, []string{"BOL>PER:*", "BOL>CHL:*"}},
	}
	checkEventCases(t, tests)
}
