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

// TestRelativeConj checks that a verb after the comma that closes a
// relative clause, with "and" or "but", goes on with the clause around
// it (relativeConj), while one joined inside the relative clause is the
// relative clause's.
func TestRelativeConj(t *testing.T) {
	tests := []eventCase{
		{"Rwanda denied supporting the rebels, who seized Goma in January, and accused Congo of lying.", []string{"RWA>COD:112"}, []string{"RWAREB>COD:112"}},
		{"Nigeria praised the soldiers, who freed the hostages on Friday, and thanked Chad for its help.", []string{"NGA>TCD:051"}, []string{"NGAMIL>TCD:051"}},
		// Without the comma the relative clause goes on.
		{"Nigeria praised the soldiers, who freed the hostages on Friday and thanked Chad for its help.", []string{"NGAMIL>TCD:051"}, []string{"NGA>TCD:051"}},
		{"Bolivia welcomed Chilean rebels, who attacked Peru last week and kidnapped Argentine tourists.", []string{"CHLREB>PER:190", "CHLREB>ARGCVL:181"}, nil},
		// Nor does the relative clause's verb reach into the clause
		// after it for a target.
		{"Peru will host the Chilean president, who arrives on Monday, and sign a trade deal with Bolivia.", nil, []string{"CHLGOV>BOL:*"}},
		{"Peru hosted the Chilean president, who arrived on Monday, and criticized Bolivia.", []string{"PER>BOL:111"}, []string{"CHLGOV>BOL:111"}},
	}
	checkEventCases(t, tests)
}
