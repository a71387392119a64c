package event

import "testing"

// TestOpeningPhraseSubject checks that a name ending an opening phrase
// ("After talks with Peru,") is not the subject of the clause after its
// comma, which the parse may read as its apposition, while a true
// apposition and a list of subjects keep theirs.
func TestOpeningPhraseSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the object of a preposition", "After talks with Peru, Bolivia accused Chile of spying.", []string{"BOL>CHL:112"}, []string{"PER>CHL:*"}},
		{"the object of a gerund", "After meeting Peru, Bolivia accused Chile of spying.", []string{"BOL>CHL:112"}, []string{"PER>CHL:*"}},
		{"after a span of time", "Days after talks with Japan, China accused South Korea of provocation.", []string{"CHN>KOR:112"}, []string{"JPN>KOR:*"}},
		{"a true apposition", "Chile, a neighbour of Peru, accused Bolivia of spying.", []string{"CHL>BOL:112"}, []string{"PER>BOL:*"}},
		{"a place opening the sentence", "In Chile, Peru accused Bolivia of spying.", []string{"PER>BOL:112"}, []string{"CHL>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
