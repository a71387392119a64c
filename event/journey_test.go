package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestJourneyVisits checks journeys as visits: an organisation's envoy
// or mission travelling to a country visits it (042); flying to a
// capital is a visit, not an intent (036); goods or aid that arrive make
// no visit of the country they come from.
func TestJourneyVisits(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "The African Union's envoy travelled to Khartoum on Sunday.", want: []string{"IGOAFR>SDN:042"}},
		{text: "A NATO team arrived in Skopje on Wednesday.", want: []string{"IGOWSTNAT>MKD:042"}},
		{text: "The UN human rights chief flew to Caracas to meet government officials.", want: []string{"IGOUNO>VEN:042"}},
		{text: "The Polish president flew to Vilnius on Friday.", want: []string{"POLGOV>LTU:042"}, not: []string{"POLGOV>LTU:036"}},
		{text: "Canada's trade minister flew to Seoul for talks.", want: []string{"CANGOV>KOR:042"}, not: []string{"CANGOV>KOR:036"}},
		// Flying something somewhere is no journey of the subject's.
		{text: "Oman's air force flew medical supplies to Yemen.", not: []string{"OMNMIL>YEM:042", "OMNMIL>YEM:036"}},
		// Goods and aid travel; their country visits no one.
		{text: "A tanker of Iranian fuel arrived in Lebanon on Thursday.", not: []string{"IRN>LBN:042", "IRN>LBN:040"}},
		{text: "A consignment of vaccines from India arrived in Ghana last week.", not: []string{"IND>GHA:042", "IND>GHA:040"}},
		{text: "A delegation from Ethiopia arrived in Kenya on Friday.", want: []string{"ETH>KEN:042"}},
	})
}

// TestTalksInSeat checks that a city named as where a list of parties
// holds talks, though the dictionaries code it as the organisation seated
// there, is no party to them (the gazetteer knows the city), while talks
// "with" the city stay with the organisation.
func TestTalksInSeat(t *testing.T) {
	lc, a := placedCoder(t)
	for _, tt := range []eventCase{
		{text: "Croatia and Slovenia held talks in Brussels on Tuesday.", want: []string{"HRV>SVN:046", "SVN>HRV:046"}, not: []string{"HRV>IGOEUREEC:046"}},
		{text: "Bosnia and Serbia resumed negotiations in Brussels.", want: []string{"BIH>SRB:046"}, not: []string{"BIH>IGOEUREEC:046"}},
		{text: "Montenegro held talks with Brussels on its membership.", want: []string{"MNE>IGOEUREEC:046"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			checkEvents(t, lc.Code(context.Background(), art, doc, nil, nil), tt.want, tt.not)
		})
	}
}

// TestPurposeTarget checks that whom the purpose of a journey is aimed at
// is not the journey's target, unless the purpose is to meet or hold
// talks.
func TestPurposeTarget(t *testing.T) {
	tests := []eventCase{
		{"Chilean volunteers arrived in Lima to fight against Bolivia.", []string{"CHL>PER:042"}, []string{"CHL>BOL:040"}},
		{"Peruvian volunteers arrived on Tuesday to strengthen the army of Bolivia.", nil, []string{"PER>BOL:040", "PER>BOLMIL:040"}},
		{"The Chilean president arrived to meet Peruvian officials.", []string{"CHLGOV>PERGOV:040"}, nil},
		{"The Chilean envoy arrived to hold talks with Peru.", []string{"CHLGOV>PER:040"}, nil},
	}
	checkEventCases(t, tests)
}

// TestCooperationAgainst checks that whom a cooperative deed is aimed
// against is no partner in it, while a yielding deed against an actor
// (lifting sanctions against it) or a call to end what is aimed against
// it still aims at it.
func TestCooperationAgainst(t *testing.T) {
	tests := []eventCase{
		{"Peruvian volunteers arrived on Tuesday to support the campaign against Bolivia.", nil, []string{"PER>BOL:050", "PER>BOL:051", "PER>BOL:040"}},
		{"Chilean volunteers came to help the struggle against Bolivia.", nil, []string{"CHL>BOL:040"}},
		{"Chile joined the coalition against Bolivia.", nil, []string{"CHL>BOL:050"}},
		{"Chile offered help in the fight against Bolivia.", nil, []string{"CHL>BOL:030"}},
		{"Chile supported Peru in its dispute with Bolivia.", []string{"CHL>PER:051"}, nil},
		{"Chile called for an end to the sanctions against Peru.", []string{"CHL>PER:053"}, nil},
	}
	checkEventCases(t, tests)
}

// TestCommittedToDeed checks that a deed one is committed or close to
// has not happened, while cooperation one is committed to is done.
func TestCommittedToDeed(t *testing.T) {
	tests := []eventCase{
		{"Chile's foreign minister said the group remains committed to carrying out attacks against Peru.", nil, []string{"CHLGOV>PER:190", "CHL>PER:190"}},
		{"Chile remains dedicated to expelling Peruvian diplomats.", nil, []string{"CHL>PERGOV:174"}},
		{"Chile is committed to supporting the Peruvian government against the rebels.", []string{"CHL>PERGOV:051"}, nil},
	}
	checkEventCases(t, tests)
	// Signing a deal (057) is a deed, which by default codes nothing
	// until it is done; the coder of deeds that may happen gives its
	// status.
	checkUnrealisedStatuses(t, []statusCase{
		{"Chile is close to signing a trade deal with Peru.", "CHL", "PER", "057", "hypothetical"},
	})
}

// TestReportedNounSubject checks that a common noun no dictionary knows,
// right after a verb of saying, is the subject of the deed it reports,
// however the parse hangs it, so the speaker did not do the deed, while
// an agent there still acts.
func TestReportedNounSubject(t *testing.T) {
	tests := []eventCase{
		{"Chile's foreign minister said the group attacked Peruvian soldiers on Monday.", nil, []string{"*>PERMIL:190"}},
		{"Chile's foreign minister said that the organisation kidnapped two Peruvian engineers.", nil, []string{"*>PERCVL:181", "*>PER:181"}},
		{"Chile's foreign minister said the army attacked Peruvian soldiers on Monday.", []string{"*>PERMIL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPlaceOfThing checks that a place named after "in" behind a common
// noun no actor names is no source of what the noun's phrase does, while
// an agent there still acts.
func TestPlaceOfThing(t *testing.T) {
	tests := []eventCase{
		{"The quality of water supplies in Chile, Peru and Bolivia went down sharply.", nil, []string{"CHL>PER:040", "PER>BOL:040"}},
		{"The price of oil in Peru hit Bolivian exporters hard last week.", nil, []string{"PER>BOLBUS:190"}},
		{"Protesters in Lima attacked Chilean diplomats.", []string{"PEROPP>CHLGOV:190"}, nil},
		{"Officials in Chile criticised Peru.", []string{"CHLGOV>PER:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestOwnerInThing checks that the owner of a thing named in an "of"
// phrase on another thing is no source of what the phrase does, while an
// actor's own deed, a group of actors and a leader still act.
func TestOwnerInThing(t *testing.T) {
	tests := []eventCase{
		{"The collapse of Chile's currency hurt Peruvian farmers.", nil, []string{"CHL>PERAGR:180", "CHL>PER:180"}},
		{"A group of Chilean soldiers attacked Peruvian positions.", []string{"CHLMIL>PERMIL:190"}, nil},
		{"The leader of Chile's opposition criticised Peru.", []string{"CHLOPP>PER:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestListGoing checks that a list of parties that go somewhere with no
// talks in view go each on their own (see eachGoing): no pair of them
// consults the other, and a city they reach is each one's visit; going
// for talks, or meeting, stays between them.
func TestListGoing(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Chile, Peru and Bolivia went further on Thursday and banned the two generals.", not: []string{"CHL>PER:040", "PER>CHL:040", "PER>BOL:040", "BOL>CHL:040"}},
		{text: "Chile and Peru arrived in Quito on Monday.", want: []string{"CHL>ECU:042", "PER>ECU:042"}, not: []string{"CHL>PER:040", "PER>CHL:040"}},
		{text: "Chilean and Peruvian delegations arrived in Quito for talks.", want: []string{"CHL>PER:046", "PER>CHL:046"}},
		{text: "The Chilean and Peruvian ministers met in Quito.", want: []string{"CHLGOV>PERGOV:040", "PERGOV>CHLGOV:040"}},
	})
}
