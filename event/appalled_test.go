package event

import "testing"

// TestAppalledDenounces checks that being appalled, outraged or
// horrified by another's deed denounces its doer (111), the one
// appalled speaking, rather than only disapproving (110).
func TestAppalledDenounces(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peru is appalled by the attack by Chilean troops.", []string{"PER>CHLMIL:111"}, []string{"PER>CHLMIL:110", "CHLMIL>PER:*"}},
		{"Peru was horrified by the shelling of Tacna by Chilean troops.", []string{"PER>CHLMIL:111"}, []string{"CHLMIL>PER:*"}},
		{"Bolivia was outraged by the Chilean raid on Tacna.", []string{"BOL>CHL:111"}, nil},
	}
	for _, tt := range tests {
		checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
	}
}
