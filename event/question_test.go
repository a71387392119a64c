package event

import "testing"

// TestOpenQuestion checks that a deed in a clause "whether" opens, or in
// a verb completing or joined to that clause's verb, codes no event, and
// that a main clause beside "whether or not" still does.
func TestOpenQuestion(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		{"unclear whether", "It is unclear whether Peru will recognise the government of Bolivia.", "recognise", ""},
		{"whether to", "Chile is deciding whether to expel the Peruvian ambassador.", "expel", ""},
		{"a completing verb", "It is unclear whether Peru will decide to expel the Chilean ambassador.", "expel", ""},
		{"a joined verb", "Analysts will watch whether Ecuador closes the border and expels the Colombian ambassador.", "expels", ""},
		{"the main clause stays", "Peru will expel the Chilean ambassador whether or not Chile apologises.", "expel", "PER>CHLGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}
