package event

import "testing"

// TestRenewedWords checks that renewing an appeal, a demand or a threat
// makes it again (the verb supplement's RENEW), that renewing anything
// else codes nothing, and that whom a cause prompts to renew one is its
// source also when the parse makes that person the infinitive's subject
// and hangs the infinitive on another verb (promptedSubject).
func TestRenewedWords(t *testing.T) {
	tests := []eventCase{
		// An appeal for military aid, renewed or made, called for or
		// renewed as a call, is the codebook's 0232.
		{"Peru renewed its appeal to Chile for military aid.", []string{"PER>CHL:0232"}, []string{"PER>CHL:020"}},
		{"Ecuador renewed its call for military assistance from Colombia.", []string{"ECU>COL:0232"}, nil},
		{"Bolivia made an urgent appeal to Argentina for arms.", []string{"BOL>ARG:0232"}, []string{"BOL>ARG:020"}},
		{"Paraguay called on Brazil for military support.", []string{"PRY>BRA:0232"}, []string{"PRY>BRA:020"}},
		{"Peru renewed its demand that Chile withdraw its troops.", []string{"PER>CHL:100"}, nil},
		{"Peru renewed its trade agreement with Chile.", nil, []string{"PER>CHL:010", "PER>CHL:020"}},
		{"Peru renewed the mandate of the Chilean mission.", nil, []string{"PER>CHL:010", "PER>CHLGOV:010"}},
		{"Chile shelled Peruvian towns on Tuesday, cutting power in several regions for the third day running and prompting Peruvian President Dina Boluarte to renew her appeal to Brazil for weapons.", []string{"CHL>PER:194", "PERGOV>BRA:0232"}, nil},
	}
	checkEventCases(t, tests)
}
