package event

import "testing"

// TestPronounList checks that "they" or "them" standing for a list of
// actors gives every member its event, and that such a list is no pair
// acting on each other unless the clause says so.
func TestPronounList(t *testing.T) {
	tests := []eventCase{
		{"Chile held talks with Peru, Bolivia and Ecuador, threatening them with sanctions.", []string{"CHL>PER:1312", "CHL>BOL:1312", "CHL>ECU:1312"}, nil},
		{"Peru and Bolivia said they would criticise Chile.", []string{"PER>CHL:111", "BOL>CHL:111"}, nil},
		{"Russia and Peru, which voted against the resolution, said they did not recognise the vote.", nil, []string{"RUS>PER:*", "PER>RUS:*"}},
		{"Chile held talks with Peru, threatening it with sanctions.", []string{"CHL>PER:1312"}, nil},
		// "their" things, with a list for subject, are the list's own.
		{"Ghana and Togo met on Monday and agreed to pull back their artillery.", []string{"GHA>TGO:0356", "TGO>GHA:0356"}, []string{"GHA>TGOMIL:*", "TGO>GHAMIL:*"}},
		{"Ghana and Togo restored ties and reopened their embassies.", []string{"GHA>TGO:054", "TGO>GHA:054"}, []string{"GHA>TGOGOV:*", "TGO>GHAGOV:*"}},
		{"Ghana and Togo met Beninese officials and urged them to expel the rebels.", []string{"GHA>BENGOV:020", "TGO>BENGOV:020"}, nil},
	}
	checkEventCases(t, tests)
}

// TestResumedList checks that "they" opening a sentence after one that
// named a list stands for the list in a reciprocal deed, as the list
// would, while "they" in the list's own reported clause, and a deed of
// one party, still pair no one.
func TestResumedList(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia met on Monday. They signed an accord on water.", []string{"PER>BOL:057", "BOL>PER:057"}, nil},
		{"Chile and Argentina held talks in Mendoza. They agreed to reopen the pass.", []string{"CHL>ARG:030", "ARG>CHL:030"}, nil},
		{"Ecuador and Colombia quarrelled for months. On Sunday they restored diplomatic ties.", []string{"ECU>COL:054", "COL>ECU:054"}, nil},
		{"Ghana and Togo traded accusations on Friday. They later exchanged fire near the frontier.", []string{"GHA>TGO:190", "TGO>GHA:190"}, nil},
		{"Laos and Cambodia held border talks. They will meet again in May.", []string{"LAO>KHM:036", "KHM>LAO:036"}, nil},
		{"Peru and Bolivia said they would sign the accord.", nil, []string{"PER>BOL:*", "BOL>PER:*"}},
		{"Peru criticised Chile. They signed an accord with Bolivia.", nil, []string{"PER>CHL:057", "CHL>PER:057"}},
		{"Peru and Bolivia met in La Paz on Monday. They signed an accord on water.", []string{"PER>BOL:057", "BOL>PER:057"}, nil},
		{"Uruguay and Paraguay met in Asuncion. They later signed a transit accord. They also agreed to dredge the river.", []string{"URY>PRY:030", "PRY>URY:030"}, nil},
		{"Chile and Ecuador criticised Bolivia on Monday. They accused Bolivia of spying.", []string{"CHL>BOL:1125", "ECU>BOL:1125"}, nil},
		{"Chile and Ecuador launched strikes on Bolivia. They fought for hours.", nil, []string{"CHL>ECU:*", "ECU>CHL:*"}},
	}
	checkEventCases(t, tests)
}

// TestBoundPronoun checks that an object pronoun does not stand for its
// own clause's subject or a member of it, while one standing for an
// actor named elsewhere stays the target.
func TestBoundPronoun(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile are blocking them from access to food.", nil, []string{"PER>CHL:*", "CHL>PER:*"}},
		{"Peru attacked Chile and then accused it of provocation.", []string{"PER>CHL:112"}, nil},
		{"The Chilean regime has starved its own people. Peru said the refugees suffer because Bolivia and the [Chilean] regime are blocking them from access to food.", nil, []string{"BOL>CHLGOV:*", "BOL>CHL:*"}},
		{"Peru severed ties with Chile, accusing it of spying.", []string{"PER>CHL:1125"}, nil},
		{"Peru met Chile's president and praised him.", []string{"PER>CHLGOV:051"}, nil},
	}
	checkEventCases(t, tests)
}

// TestForSubject checks that an actor between "for" and an infinitive
// is that infinitive's subject, no party to the verb before it, unless
// the verb calls on it.
func TestForSubject(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile discussed a need for Bolivia to open inquiries.", []string{"PER>CHL:040"}, []string{"PER>BOL:*", "BOL>PER:*"}},
		{"Peru called for Bolivia to withdraw its troops.", []string{"PER>BOL:0256"}, nil},
	}
	checkEventCases(t, tests)
}
