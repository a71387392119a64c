package event

import "testing"

// TestRenewedWords checks that renewing an appeal, a demand or a threat
// makes it again (the verb supplement's RENEW), that renewing anything
// else codes nothing, and that whom a cause prompts to renew one is its
// source also when the parse makes that person the infinitive's subject
// and hangs the infinitive on another verb (promptedSubject).
func TestRenewedWords(t *testing.T) {
	tests := []eventCase{
		{"Peru renewed its appeal to Chile for military aid.", []string{"PER>CHL:020"}, nil},
		{"Peru renewed its demand that Chile withdraw its troops.", []string{"PER>CHL:100"}, nil},
		{"Peru renewed its trade agreement with Chile.", nil, []string{"PER>CHL:010", "PER>CHL:020"}},
		{"Peru renewed the mandate of the Chilean mission.", nil, []string{"PER>CHL:010", "PER>CHLGOV:010"}},
		{"Chile shelled Peruvian towns on Tuesday, cutting power in several regions for the third day running and prompting Peruvian President Dina Boluarte to renew her appeal to Brazil for weapons.", []string{"CHL>PER:194", "PERGOV>BRA:0232"}, nil},
	}
	checkEventCases(t, tests)
}
