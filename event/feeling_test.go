package event

import "testing"

// TestFeelingByThing checks that the passive of a verb of feeling whose
// "by" phrase names a deed or a thing says how its subject takes the deed
// of the actor behind it (the subject is the source), while a "by" agent
// that is an actor is still the source, and a code the dictionary
// reverses (OFFEND's [:110]) is left as it reads.
func TestFeelingByThing(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile was disappointed by Peru's refusal to negotiate.", []string{"CHL>PER:110"}, []string{"PER>CHL:110"}},
		{"Chile said it was encouraged by Peru's decision to reopen the border.", []string{"CHL>PER:051"}, []string{"PER>CHL:051"}},
		{"The Bolivian council is encouraged by the decision of Peru's president to call new elections.", nil, []string{"PERGOV>BOL:051", "PERGOV>BOLGOV:051"}},
		{"Peru was encouraged by Chile to reopen the border.", []string{"CHL>PER:051"}, []string{"PER>CHL:051"}},
		// A code the dictionary reverses is left as it reads.
		{"Chile was shocked by Peru's decision to close the border.", nil, []string{"PER>CHL:110"}},
	})
}
