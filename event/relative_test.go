package event

import "testing"

// TestRelativePronounSource checks that a relative pronoun stands for
// the actor right before it for the verbs coordinated with its clause,
// however the parse hangs the clause, and not the actor named last.
func TestRelativePronounSource(t *testing.T) {
	tests := []eventCase{
		{"Chile finished ahead of the Peruvian opposition, who conceded defeat and criticised Bolivia.", []string{"PEROPP>BOL:111"}, []string{"CHL>BOL:111"}},
		{"Bolivia welcomed Chilean rebels, who attacked Peru last week and kidnapped Argentine tourists.", []string{"CHLREB>PER:190", "CHLREB>ARGCVL:181"}, []string{"PER>ARGCVL:181"}},
		// Its own supporters are no target of its apology.
		{"Chile finished ahead of the Peruvian opposition, who conceded defeat and apologised to its supporters.", nil, []string{"CHL>PEROPP:055"}},
	}
	checkEventCases(t, tests)
}
