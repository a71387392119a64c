package event

import "testing"

// TestPromptedTakenForNoun checks that an infinitive after the object of
// a verb of prompting, which the tagger took for a noun, is coded, aimed
// at who caused it, and that a cause with no actor gives no target.
func TestPromptedTakenForNoun(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peruvian soldiers crossed the border, prompting Chilean troops to fire warning shots.", []string{"CHLMIL>PERMIL:150"}, nil},
		{"A storm crossed the border, prompting Chilean troops to fire warning shots.", nil, []string{"CHLMIL>*:150"}},
	})
}
