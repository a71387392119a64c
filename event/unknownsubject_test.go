package event

import "testing"

// TestUnknownSubjectIsNoActorBefore checks that a person the
// dictionaries do not know, as the verb's subject, leaves the verb with
// no source, rather than the speaker or another actor named before, while
// a known subject stays the source.
func TestUnknownSubjectIsNoActorBefore(t *testing.T) {
	tests := []eventCase{
		{"Chilean prosecutors alleged that John Smith abused dozens of Chilean girls.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said John Smith attacked Peruvian protesters.", nil, []string{"CHLJUD>PEROPP:190"}},
		{"Chilean prosecutors said Peru attacked Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
		{"Chilean prosecutors alleged that John Smith \"repeatedly abused\" dozens of Chilean girls.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said Peru \"brutally attacked\" Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
		{"Chilean prosecutors alleged that John Smith \"sexually exploited and abused dozens of minor girls\" at his homes.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said Peru arrested and attacked Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
	}
	checkEventCases(t, tests)
}
