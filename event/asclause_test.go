package event

import "testing"

// TestAsClauseIsPassive checks that a past participle after "as" ("as
// expressed in the interview") is passive, so that the subject of the
// sentence is not its source, while the sentence's own verb still codes.
func TestAsClauseIsPassive(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian foreign minister spoke on Monday. His principled concern about conduct stands in stark contrast to his lack of sympathy with the victims of the war, as expressed in the BBC interview.", nil, []string{"PERGOV>MED:110"}},
		{"The Peruvian foreign minister criticised Chile on Monday, as expected.", []string{"PERGOV>CHL:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAsComment checks that a statement's bare 010 in a clause opened by
// "as" ("as the minister mentioned") only comments on its sentence and
// codes nothing, while a verb of comment in a clause of its own still
// codes.
func TestAsComment(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chilean troops took the bridge, which as the Chilean minister mentioned weakens the Peruvian rebels.", nil, []string{"CHLMIL>PERREB:010", "CHLGOV>PERREB:010"}},
		{"The new road, as Chile's minister mentioned, helps Peruvian farmers.", nil, []string{"CHLGOV>PERAGR:010"}},
		{"Chile commented on Peru's election on Monday.", []string{"CHL>PER:010"}, nil},
	})
}
