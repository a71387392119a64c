package event

import "testing"

// TestImperative checks that a verb joined to a command that opens the
// sentence with no subject ("Target Chile and encourage ...") takes no
// source, not the actor the command acts on, also after a list's number;
// while the same verbs with a subject, or after a subject the sentence
// names, still code.
func TestImperative(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Target Chile and encourage the Bolivian rebels.", nil, []string{"CHL>BOLREB:051"}},
		{"3) Target Chile and encourage the Bolivian rebels.", nil, []string{"CHL>BOLREB:051"}},
		{"Peru targeted Chile and encouraged the Bolivian rebels.", []string{"PER>BOLREB:051"}, []string{"CHL>BOLREB:051"}},
		{"Chile's president condemned Peru and supported Bolivia on Monday.", []string{"CHLGOV>BOL:051"}, []string{"PER>BOL:051"}},
	})
}
