package event

import "testing"

// TestShownStance checks that a statement's sentence saying what a deed
// shows of its doer ("shows the brutality of X") is the speaker's
// criticism of X, in a statement printed after "said:", in a direct
// quote and in a document that opened in an actor's voice, and no one's in a reporter's sentence or where the noun says no
// ill of the doer.
func TestShownStance(t *testing.T) {
	tests := []struct {
		name, text string
		qs         [][2]string
		want, not  []string
	}{
		{"a statement after the colon",
			"Peru's foreign minister said:\n\nThe shelling of Tacna demonstrates the cruel barbarity of the Chilean army.",
			nil, []string{"PERGOV>CHLMIL:111"}, nil},
		{"an owner before the noun",
			"Peru's foreign minister said:\n\nThe raid on the border post shows Chile's complete disregard for the truce.",
			nil, []string{"PERGOV>CHL:111"}, nil},
		{"a direct quote",
			"“The raid on the border post shows the brutality of the Chilean army,” said Peru's foreign minister.",
			[][2]string{{"The raid on the border post shows the brutality of the Chilean army,", "Peru's foreign minister"}},
			[]string{"PERGOV>CHLMIL:111"}, nil},
		{"a document that opens in an actor's voice",
			"Peru condemns the attack on its border post.\n\nThe shelling of Tacna demonstrates the cruel barbarity of the Chilean army.",
			nil, []string{"PER>CHLMIL:111"}, nil},
		{"a reporter's sentence",
			"Peru's foreign minister spoke on Monday.\n\nThe shelling of Tacna demonstrates the cruel barbarity of the Chilean army.",
			nil, nil, []string{"PERGOV>CHLMIL:*"}},
		{"a noun of no ill",
			"Peru's foreign minister said:\n\nThe parade shows the strength of the Chilean army.",
			nil, nil, []string{"PERGOV>CHLMIL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, tt.qs...), nil), tt.want, tt.not)
		})
	}
}
