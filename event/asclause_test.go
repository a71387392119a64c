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
