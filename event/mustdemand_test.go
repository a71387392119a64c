package event

import "testing"

// TestMustDemand checks that a deed a speaker says an actor must do is
// the speaker's demand of that actor (for the deed where its code tells),
// and that "we must", "must not", a passive and a speaker with no actor
// code none.
func TestMustDemand(t *testing.T) {
	tests := []struct {
		text, quote, speaker string
		want, not            []string
	}{
		{"“Chile must withdraw its troops from Peru,” said Bolivia's foreign minister.", "Chile must withdraw its troops from Peru", "Bolivia's foreign minister",
			[]string{"BOLGOV>CHL:1056"}, []string{"CHL>PER:*"}},
		{"“Chile's navy must release the Peruvian fishermen,” said Peru's president.", "Chile's navy must release the Peruvian fishermen", "Peru's president",
			[]string{"PERGOV>CHLMIL:1053"}, nil},
		{"Peru's president said Chile must apologise to the fishermen.", "", "",
			[]string{"PERGOV>CHL:100"}, nil},
		{"“We must strengthen our ties with Chile,” said Peru's president.", "We must strengthen our ties with Chile", "Peru's president",
			nil, []string{"PERGOV>PERGOV:*", "PERGOV>CHL:10*"}},
		{"“Chile must not attack Bolivia,” said Peru's president.", "Chile must not attack Bolivia", "Peru's president",
			nil, []string{"PERGOV>CHL:*"}},
		{"“Chile must be punished,” said Peru's president.", "Chile must be punished", "Peru's president",
			nil, []string{"PERGOV>CHL:*"}},
		{"Analysts said Chile must withdraw its troops from Peru.", "", "",
			nil, []string{"*>CHL:1056", "*>CHL:100"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, [2]string{tt.quote, tt.speaker}), nil), tt.want, tt.not)
		})
	}
}

// TestToldMust checks that a deed a verb of saying's pattern finds after
// "must", "had to" or "need to" is a demand of whom it is told to, not
// the speaker's deed, unless the deed names its own subject, and that
// one it says it will do is no demand.
func TestToldMust(t *testing.T) {
	tests := []eventCase{
		{"Bolivia's foreign minister told Chile it must withdraw its troops.", []string{"BOLGOV>CHL:1056"}, []string{"BOLGOV>CHL:0874"}},
		{"Bolivia told Chile that it had to release the fishermen.", []string{"BOL>CHL:1053"}, []string{"BOL>CHL:0841"}},
		{"Bolivia's president told Chilean envoys they would need to withdraw their troops.", []string{"BOLGOV>CHLGOV:1056"}, []string{"BOLGOV>CHLGOV:0874"}},
		{"Bolivia told Chile it would withdraw its troops.", nil, []string{"BOL>CHL:1056"}},
		// A deed with a named subject of its own is demanded of that
		// subject, not of whom it is told to, however the parse hangs
		// the "that" clause.
		{"Bolivia's foreign minister told the Peruvian envoy that Chile must release the fishermen.", []string{"BOLGOV>CHL:1053"}, []string{"BOLGOV>PERGOV:1053"}},
		{"Bolivia's foreign minister told Peru that Chile must release the fishermen.", []string{"BOLGOV>CHL:1053"}, []string{"BOLGOV>PER:1053"}},
		{"Bolivia's foreign minister told the Peruvian envoy that Chile must stop arming Colombian rebels.", []string{"BOLGOV>CHL:100"}, nil},
	}
	checkEventCases(t, tests)
}

// TestToldInfinitive checks that a deed a telling verb's pattern finds
// in an infinitive after whom it is told to is a demand of them, not the
// teller's deed, and that a deed the teller says it will do or has done
// is no demand.
func TestToldInfinitive(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ecuador told Colombia to withdraw its troops from the border.", []string{"ECU>COL:1056"}, []string{"ECU>COL:0874"}},
		{"Ecuador's president told Colombia on Friday to release the two fishermen.", []string{"ECUGOV>COL:1053"}, []string{"ECUGOV>COL:0841"}},
		{"Ecuador told Colombia it had released the fishermen.", nil, []string{"ECU>COL:1053"}},
		{"Ecuador told Colombia it would withdraw its troops.", nil, []string{"ECU>COL:1056"}},
	})
}

// TestHasToDemand checks that "has to" and "needs to" say what must be
// done as "must" does: a speaker's demand, and no deed done now.
func TestHasToDemand(t *testing.T) {
	tests := []eventCase{
		{"Bolivia's president said Chile has to release the fishermen.", []string{"BOLGOV>CHL:1053"}, []string{"CHL>*:084", "CHL>*:0841"}},
		{"Bolivia's president said Chile needs to withdraw its troops from Peru.", []string{"BOLGOV>CHL:1056"}, []string{"CHL>*:025"}},
		{"Chile has to release the fishermen.", nil, []string{"CHL>*:*"}},
		{"Thousands of Peruvians had to flee their homes after Chile attacked Peru.", []string{"CHL>PER:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestStopDemand checks that a deed a speaker says an actor must or
// should stop is the speaker's demand (100) of that actor, not a demand
// for the deed, and that a stopping done, negated or by "we" is none.
func TestStopDemand(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's president said Chile should stop arming the rebels in Bolivia.", []string{"PERGOV>CHL:100"}, []string{"PERGOV>CHL:1012", "CHL>BOLREB:062"}},
		{"Bolivia's foreign minister told Peru that Chile must cease arming the rebels in Bolivia.", []string{"BOLGOV>CHL:100"}, []string{"BOLGOV>CHL:1012"}},
		{"Peru's president said Chile stopped arming the rebels in Bolivia.", nil, []string{"PERGOV>CHL:*"}},
		{"Peru's president said Chile should not stop arming the rebels in Bolivia.", nil, []string{"PERGOV>CHL:*"}},
		{"Peru's president said Chile should avoid arming the rebels in Bolivia.", nil, []string{"PERGOV>CHL:*"}},
	})
}

// TestEndDemand checks that a use of force or a repression a speaker
// says an actor must or should end is the speaker's demand (100) of that
// actor, once, and that an ending done, refused, by "we", or of what is
// no use of force is none.
func TestEndDemand(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's president said Chile must end its crackdown on protesters.", []string{"PERGOV>CHL:100"}, nil},
		{"Peru's president said Chile should halt the offensive.", []string{"PERGOV>CHL:100"}, nil},
		{"Bolivia's foreign minister said Chile has to end this brutal and deadly crackdown.", []string{"BOLGOV>CHL:100"}, nil},
		{"Peru's president said Chile ended its offensive.", nil, []string{"PERGOV>CHL:*"}},
		{"Peru's president said Chile must not end its offensive.", nil, []string{"PERGOV>CHL:*"}},
		{"Peru's president said Chile must end its budget deficit.", nil, []string{"PERGOV>CHL:*"}},
	})
	tests := []struct{ text, quote, speaker string }{
		{"“We must end this crackdown,” said Peru's president.", "We must end this crackdown", "Peru's president"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, [2]string{tt.quote, tt.speaker}), nil), nil, []string{"PERGOV>*:100"})
		})
	}
	// A direct quote's speaker demands it of the subject in the quote.
	const q = "“Chile must stop its attacks on the rebels immediately,” said Peru's president."
	evs := code(t, q, saidQuotes(q, [2]string{"Chile must stop its attacks on the rebels immediately", "Peru's president"}), nil)
	n := 0
	for _, e := range evs {
		if e.Source.Code == "PERGOV" && e.Target.Code == "CHL" && e.Code[:2] == "10" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d demands of PERGOV on CHL, want 1, among %s", n, describe(evs))
	}
}

// TestToldDemand checks that telling someone "they" or "it" must, have
// to or need to do something is a demand (100) of them, whatever the
// deed and however the parse hangs the words, and that a telling negated,
// a deed not required, one of another subject and one told to the press
// are none.
func TestToldDemand(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's president told Chilean officials they would need to act before any meeting.", []string{"PERGOV>CHLGOV:100"}, nil},
		{"The Peruvian envoy told visiting Chilean officials they would need to “deliver” before Lima would agree to talks.", []string{"PERGOV>CHLGOV:100"}, nil},
		{"Bolivia's foreign minister told the Chilean envoy that they had to choose.", []string{"BOLGOV>CHLGOV:100"}, nil},
		{"Peru's president told Chilean officials they did not have to leave.", nil, []string{"PERGOV>CHLGOV:*"}},
		{"Peru's president did not tell Chilean officials they had to leave.", nil, []string{"PERGOV>CHLGOV:*"}},
		{"Peru's president told Chilean officials they had left.", nil, []string{"PERGOV>CHLGOV:*"}},
		{"Peru's president told Chilean officials he had to leave.", nil, []string{"PERGOV>CHLGOV:*"}},
		{"Peru's president told reporters they had to wait.", nil, []string{"PERGOV>*:100"}},
	})
}
