package event

import "testing"

// TestFiniteParticiple checks that a past tense the tagger takes for a
// participle on its own subject, or the parse joins to the verb of a
// relative clause set off by commas, joined by "and" to a later verb,
// is that subject's verb and a main one (its event stays), and that the
// later verb's own subject acts in it; a participle on a noun with no
// such joined verb stays a modifier.
func TestFiniteParticiple(t *testing.T) {
	tests := []eventCase{
		{"Thousands of Bolivians protested against the government on Friday, and riot police responded with tear gas and water cannon.",
			[]string{"BOLOPP>BOLGOV:140", "BOLCOP>BOLOPP:175"}, []string{"BOL>BOLOPP:*", "BOLOPP>BOLCOP:*"}},
		{"Thousands of Ecuadorians protested against the government on Tuesday, and riot police responded with tear gas.",
			[]string{"ECUOPP>ECUGOV:140", "ECUCOP>ECUOPP:175"}, nil},
		{"Chile accused Peru on Monday of shelling its border posts. Qatar, which has mediated between Santiago and Lima, called for restraint and urged all parties to avoid steps that endanger regional trade.",
			[]string{"QAT>CHL:0256", "QAT>PER:0256"}, nil},
		{"Aid convoys sent by Chile and blocked by Peru have reached Bolivia.",
			nil, []string{"BOL>*:*"}},
	}
	checkEventCases(t, tests)
}
