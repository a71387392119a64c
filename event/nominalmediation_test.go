package event

import "testing"

// TestNominalMediation checks that mediation named as a noun, held and
// with its mediator before it or after "by", is the mediator's mediation
// (045) with the parties named after "between", with those of the
// sentence's own event, or with the sides of the story's conflict; and
// that mediation only offered, or with no mediator, codes none.
func TestNominalMediation(t *testing.T) {
	tests := []eventCase{
		{"Peru freed 40 Chilean soldiers on Monday after Brazilian mediation.", []string{"BRA>PER:045", "BRA>CHL:045"}, nil},
		{"Chilean police arrested Peruvian fishermen on Monday. The two countries settled the matter after weeks of mediation by Brazil.", []string{"BRA>PER:045", "BRA>CHL:045"}, nil},
		{"The dispute ended in 2019 after years of Brazilian mediation between Peru and Chile.", []string{"BRA>PER:045", "BRA>CHL:045"}, nil},
		{"Chilean police arrested Peruvian fishermen on Monday. Brazil offered mediation.", nil, []string{"BRA>PER:045", "BRA>CHL:045"}},
		{"Peru and Chile swapped 40 prisoners on Monday after mediation.", nil, []string{"PER>CHL:045"}},
	}
	checkEventCases(t, tests)
}
