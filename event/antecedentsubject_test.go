package event

import "testing"

// TestAntecedentSubject checks that a name before a relative clause
// opened by ", which" or ", who" is what the clause's pronoun stands for
// and the subject of the verb after the clause, though the parse made it
// a second subject of the clause's verb (antecedentSubject).
func TestAntecedentSubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Israel, which Iran attacked last week, said it would respond.", []string{"IRN>ISR:190"}, []string{"ISR>*:190"}},
		{"Chile, which Peru attacked last week, has closed its border with Bolivia.", []string{"PER>CHL:190", "CHL>BOL:191"}, []string{"CHL>PER:190"}},
		{"Chile, which Peru had attacked last week, said it would respond.", []string{"PER>CHL:190"}, []string{"CHL>*:190"}},
		{"Chile, which attacked Peru last week, has criticized Bolivia.", []string{"CHL>PER:190", "CHL>BOL:111"}, nil},
	})
}
