package event

import "testing"

// TestBracketClause checks that a clause in brackets after the verb
// ends the words a pattern may use, while brackets with no verb of their
// own (a short name, a phrase) do not.
func TestBracketClause(t *testing.T) {
	tests := []eventCase{
		{"The inquiry covers the Chilean minister's phone calls with Peruvian leaders (several of them were placed on a secret server).", nil, []string{"*>*:020"}},
		{"Chile called (in a letter) on Peru to free the sailors.", []string{"CHL>PER:020"}, nil},
		{"Chile called on the National Liberation Army (ELN) to free the sailors.", []string{"CHL>*:020"}, nil},
	}
	checkEventCases(t, tests)
}
