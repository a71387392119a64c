package event

import "testing"

// TestUnknownSubjectIsNoActorBefore checks that a person the
// dictionaries do not know, as the verb's subject, leaves the verb with
// no source, rather than the speaker or another actor named before, while
// a known subject stays the source; and that "he" or "she" no mention
// resolved is such a person too, not the country named last before it,
// also as the subject of the first of two joined verbs.
func TestUnknownSubjectIsNoActorBefore(t *testing.T) {
	tests := []eventCase{
		{"Chilean prosecutors alleged that John Smith abused dozens of Chilean girls.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said John Smith attacked Peruvian protesters.", nil, []string{"CHLJUD>PEROPP:190"}},
		{"Chilean prosecutors said Peru attacked Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
		{"Chilean prosecutors alleged that John Smith \"repeatedly abused\" dozens of Chilean girls.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said Peru \"brutally attacked\" Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
		{"Chilean prosecutors alleged that John Smith \"sexually exploited and abused dozens of minor girls\" at his homes.", nil, []string{"CHLJUD>CHLCVL:180"}},
		{"Chilean prosecutors said Peru arrested and attacked Chilean protesters.", []string{"PER>CHLOPP:190"}, nil},
		{"Ana Ruiz, a retired judge, urged Bolivia and Chile to resume talks and said she would visit Lima next week.", nil, []string{"CHL>PER:042", "BOL>PER:042", "CHL>PER:040"}},
		{"Ana Ruiz, a retired judge, praised Bolivia and said she would travel to Quito in May.", nil, []string{"BOL>ECU:042", "BOL>ECU:040"}},
		{"Peru's foreign minister urged Chile to resume talks and said he would visit Quito next week.", []string{"PERGOV>ECU:042"}, []string{"CHL>ECU:042"}},
		// Up a chain of joined verbs, however far the first one's subject.
		{"She flew to Chile last spring and praised Bolivian workers there.", nil, []string{"CHL>BOLLAB:051", "CHL>BOL:051"}},
		{"Peru's president flew to Chile last spring and praised Bolivian workers there.", []string{"PERGOV>BOLLAB:051"}, nil},
	}
	checkEventCases(t, tests)
}
