package event

import "testing"

// TestPossessorOfClauseSubject checks that an actor owning the subject of
// a clause after the verb ("what the minister's plan meant") is not the
// verb's target, while an owner of the verb's own object still is.
func TestPossessorOfClauseSubject(t *testing.T) {
	tests := []eventCase{
		{"She said Paris went straight to the heart of what the Italian minister's plan meant.", nil, []string{"FRA>ITAGOV:040"}},
		{"Paris went to the root of what the Italian envoy's long letter was about.", nil, []string{"FRA>ITAGOV:040"}},
		{"Germany criticised Russia's army for the attack.", []string{"DEU>RUSMIL:111"}, nil},
		{"The French president went to Germany's capital on Monday.", []string{"FRAGOV>DEU:042"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPossessedAgentIn checks that an agent a possessive owns is its
// owner's wherever it is ("its soldiers in Peru"), while one with no
// possessive is the place's, and one withdrawn "from" a country is aimed
// at that country, not at its diplomats or troops.
func TestPossessedAgentIn(t *testing.T) {
	tests := []eventCase{
		{"Bolivia said its soldiers in Peru had been attacked by Chile.", []string{"CHL>BOLMIL:190"}, []string{"CHL>PERMIL:*"}},
		{"Chile attacked soldiers in Peru.", []string{"CHL>PERMIL:190"}, nil},
		{"Bolivia withdrew its diplomats from Chile.", []string{"BOL>CHL:161"}, []string{"BOL>CHLGOV:*"}},
		{"Chile pulled its soldiers out of Peru and withdrew its troops from Bolivia.", []string{"CHL>BOL:0874"}, []string{"CHL>BOLMIL:*"}},
	}
	checkEventCases(t, tests)
}
