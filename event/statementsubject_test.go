package event

import "testing"

// TestStatementSubject checks that a statement that accuses, criticises
// or urges is its issuer's act, whoever issued it and however it is
// named, while an act named as a subject still leaves the verb with no
// source.
func TestStatementSubject(t *testing.T) {
	tests := []eventCase{
		{"A Peruvian foreign ministry statement criticised Bolivia.", []string{"PERGOV>BOL:111"}, nil},
		{"A statement from the Chilean government accused Peru of spying.", []string{"CHLGOV>PER:*"}, nil},
		{"A Bolivian army statement condemned the Chilean raid.", []string{"BOLMIL>CHL:*"}, nil},
		{"Ecuador's defence ministry statement urged Colombia to withdraw its troops.", []string{"ECUGOV>COL:*"}, nil},
		{"A Chilean attack on Bolivia could constitute a threat to Argentina.", nil, []string{"CHL>ARG:*"}},
	}
	checkEventCases(t, tests)
}
