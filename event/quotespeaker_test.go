package event

import "testing"

// TestQuoteSpeakerFirstPerson checks that "we" or "I" opening a direct
// quote's clause is the quote's speaker, named after the reporting verb
// or before it, but only for what the speaker says was done or will be:
// not what "we" could not do, nor a decision whose deed is coded apart.
func TestQuoteSpeakerFirstPerson(t *testing.T) {
	tests := []struct {
		text, quote, speaker string
		want, not            []string
	}{
		{"“We thank the Chilean government for its actions,” said Peru's foreign minister.", "We thank the Chilean government for its actions", "Peru's foreign minister", []string{"PERGOV>CHLGOV:051"}, nil},
		{"“I will meet the Chilean president next week,” Peru's foreign minister said.", "I will meet the Chilean president next week", "Peru's foreign minister", []string{"PERGOV>CHLGOV:036"}, nil},
		{"“We could not support Chile's plan,” Peru's foreign minister said.", "We could not support Chile's plan", "Peru's foreign minister", nil, []string{"PERGOV>CHL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, [2]string{tt.quote, tt.speaker}), nil), tt.want, tt.not)
		})
	}
}

// TestGovernorPastAside checks that an aside set off by commas between a
// verb and its infinitive ("agreed, in principle, to meet") leaves the
// verb the infinitive's governor.
func TestGovernorPastAside(t *testing.T) {
	checkEvents(t, code(t, "Peru agreed, in principle, to meet Chile.", nil, nil), []string{"PER>CHL:036"}, []string{"PER>CHL:050"})
}

// TestAsideInfinitive checks that an infinitive after an aside set off by
// commas is the verb's before the aside whether the parse hangs it on
// that verb or on a noun of the aside, and that an infinitive on a noun
// with no aside before it is left to the parse.
func TestAsideInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Bolivia agreed, in principle, to meet Ecuador.", []string{"BOL>ECU:036"}, nil},
		{"Bolivia agreed, after long talks, to meet Ecuador.", []string{"BOL>ECU:036"}, nil},
		{"Bolivia welcomed Ecuador's plan to meet Chile.", nil, []string{"BOL>CHL:*"}},
	}
	checkEventCases(t, tests)
}
