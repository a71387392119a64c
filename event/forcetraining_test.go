package event

import "testing"

// TestForceTraining checks that training another country's armed force,
// or advising and assisting it, is military cooperation (062), while
// training diplomats, advising alone, assisting alone and training one's
// own troops are not; and that an armed force that joins another
// country's armed force cooperates with it militarily (062), while a
// country that joins another in talks does not.
func TestForceTraining(t *testing.T) {
	tests := []eventCase{
		{"Chilean officers trained Bolivian troops near Oruro on Monday.", []string{"CHL>BOLMIL:062"}, []string{"CHL>BOLMIL:030"}},
		{"Peru has trained Ecuadorian soldiers since 2019.", []string{"PER>ECUMIL:062"}, nil},
		{"Chilean forces are advising and assisting Bolivian rebels in the north.", []string{"CHLMIL>BOLREB:062"}, []string{"CHLMIL>BOLREB:060"}},
		{"Chile trains Bolivian diplomats in Lima.", nil, []string{"CHL>BOLGOV:062"}},
		{"Chilean forces are assisting Bolivian rebels in the north.", nil, []string{"CHLMIL>BOLREB:062"}},
		{"Chilean troops joined Bolivian rebels in the north last week.", []string{"CHLMIL>BOLREB:062"}, []string{"CHLMIL>BOLREB:040"}},
		{"The Chilean navy joined Peru in talks on Monday.", nil, []string{"CHLMIL>PER:062"}},
	}
	checkEventCases(t, tests)
}
