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
		// Unless the reaction names the noun the accord's own sentence
		// used: the definite noun takes it up again.
		{"Peru and Chile signed an accord on Monday. Rains fell in Lima. Markets were calm. Schools reopened. Buses ran late. Bolivia praised the accord.", []string{"BOL>PER:051", "BOL>CHL:051"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAgreedAmong checks that parties who agree to a deed agree with
// each other, both ways, with the intent to cooperate (030) where the
// deed codes nothing more specific, and that a party of the agreed deed
// is no target of the agreement, while a partner named before the
// infinitive, a single party's agreement and a negated one stay as they
// were.
func TestAgreedAmong(t *testing.T) {
	tests := []eventCase{
		// The deed's object (a people, a place) is no party to the
		// agreement; a phrase of time before the infinitive still
		// makes the agreement an intent (030), not 050.
		{"Peru and Chile agreed on Monday to double the number of flights carrying Peruvian workers home.", []string{"PER>CHL:030", "CHL>PER:030"}, []string{"PER>PERLAB:*", "CHL>PERLAB:*", "PER>CHL:050"}},
		{"Peru and Chile agreed to take the dispute to The Hague.", []string{"PER>CHL:037", "CHL>PER:037"}, []string{"PER>NLD:*", "CHL>NLD:*"}},
		{"Peru and Chile agreed in May to explore joint fishing in the bay.", []string{"PER>CHL:030", "CHL>PER:030"}, []string{"PER>CHL:050"}},
		// Three parties: each to each.
		{"Peru, Chile and Bolivia agreed on Friday to build a railway to Brazil.", []string{"PER>CHL:030", "CHL>BOL:030", "BOL>PER:030"}, []string{"PER>BRA:*", "BOL>BRA:*"}},
		// A quoted infinitive is the pledge's own.
		{"Peru and Chile agreed to \"dredge the river\" along the border.", []string{"PER>CHL:030", "CHL>PER:030"}, []string{"PER>CHL:050"}},
		// The deed is an appeal: the parties agree with each other;
		// whom they will ask is no party to the agreement.
		{"Peru and Chile agreed to ask Brazil to mediate.", []string{"PER>CHL:030", "CHL>PER:030"}, []string{"PER>BRA:030", "CHL>BRA:030"}},
		// A partner named before the infinitive stays the target.
		{"Ecuador agreed with Colombia on Tuesday to reopen the border.", []string{"ECU>COL:030"}, []string{"ECU>ECU:*"}},
		// One party alone: its agreement is aimed where its deed is.
		{"Peru agreed on Friday to let inspectors from the United Nations visit the dam.", []string{"PER>IGOUNO:030"}, []string{"PER>IGOUNO:050"}},
		// A negated agreement is coded as negated (below), a possible
		// one not at all; neither is aimed at the deed's party.
		{"Peru and Chile did not agree to double the flights carrying Peruvian workers.", nil, []string{"PER>PERLAB:*", "CHL>PERLAB:*"}},
		{"Peru and Chile could agree next week to double the flights carrying Peruvian workers.", nil, []string{"PER>CHL:030", "PER>PERLAB:*"}},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Peru and Chile did not agree to double the flights carrying Peruvian workers.", "PER", "CHL", "030", "negated"},
	})
}
