package event

import "testing"

// TestQuoteOwnSpeaker checks that "we" in a later sentence of a direct
// quote that runs over several sentences is the quote's speaker, named
// just before the quote opens or just after it closes, the office set off
// after the name standing for the name; and that a quote whose speaker
// no mention beside it names, and a "we" outside any quote, are nobody's.
func TestQuoteOwnSpeaker(t *testing.T) {
	tests := []struct {
		text      string
		qs        [][2]string
		want, not []string
	}{
		{"Peru's defence minister said: “Our border is calm. The storm is over. We thank the Chilean navy for its rescue.”",
			[][2]string{{"Our border is calm. The storm is over. We thank the Chilean navy for its rescue.", "Peru's defence minister"}},
			[]string{"PERGOV>CHLMIL:051"}, nil},
		{"“We thank the Chilean navy for its rescue. Our border is calm,” Peru's defence minister said.",
			[][2]string{{"We thank the Chilean navy for its rescue. Our border is calm,", "Peru's defence minister"}},
			[]string{"PERGOV>CHLMIL:051"}, nil},
		{"Ana Lind, Peru's defence minister, said: “Our border is calm. We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm. We condemn the Bolivian decision.", "Ana Lind"}},
			[]string{"PERGOV>BOL:111"}, nil},
		// The quote before was not found, but this quote's speaker
		// stands right before it.
		{"“Our border is calm,” said Peru's foreign minister. “We condemn the Bolivian decision.”",
			[][2]string{{"We condemn the Bolivian decision.", "Peru's foreign minister"}},
			[]string{"PERGOV>BOL:111"}, nil},
		{"Peru's defence minister visited the border. A farmer said: “Our border is calm. We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm. We condemn the Bolivian decision.", "a farmer"}},
			nil, []string{"PERGOV>BOL:*"}},
		{"Peru's defence minister spoke about the border. Our border is calm. We condemn the Bolivian decision.",
			nil, nil, []string{"PERGOV>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, tt.qs...), nil), tt.want, tt.not)
		})
	}
}

// TestQuoteClose checks that a quoted verb's patterns end where its quote
// does: the speaker named after it is no part of the verb's clause.
func TestQuoteClose(t *testing.T) {
	tests := []struct {
		text, quote, speaker string
		want, not            []string
	}{
		{"“We sent aid to Chile,” said Peru's foreign minister.", "We sent aid to Chile,", "Peru's foreign minister", []string{"PERGOV>CHL:070"}, []string{"PERGOV>CHL:036"}},
		{"“Bolivia sent aid to Chile,” said Peru's foreign minister.", "Bolivia sent aid to Chile,", "Peru's foreign minister", []string{"BOL>CHL:070"}, []string{"BOL>CHL:036"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, [2]string{tt.quote, tt.speaker}), nil), tt.want, tt.not)
		})
	}
}
