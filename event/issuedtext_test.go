package event

import "testing"

// TestIssuedText checks that a present participle on a text its
// clause's subject issues ("released a letter condemning X") is coded
// as that subject's deed, and that a text the subject vetoes, rejects
// or welcomes is not the subject's.
func TestIssuedText(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"Bolivia released a letter condemning Paraguay.",
			[]string{"BOL>PRY:111"}, nil},
		{"Chile sent a note protesting Argentina's decision.",
			[]string{"CHL>ARG:114"}, nil},
		{"Colombia sent a letter accusing Ecuador of harbouring rebels.",
			[]string{"COL>ECU:112"}, nil},
		{"Uruguay issued a letter condemning Paraguay on Monday.",
			[]string{"URY>PRY:111"}, nil},
		// The parse hangs the participle on the verb.
		{"Ecuador released a statement condemning Peru on Tuesday.",
			[]string{"ECU>PER:111"}, nil},
		{"Ghana published a statement condemning Togo.",
			[]string{"GHA>TGO:111"}, nil},
		// Not the subject's text.
		{"Russia vetoed a resolution condemning Syria.",
			nil, []string{"RUS>SYR:111"}},
		{"Peru rejected a letter praising Chile.",
			nil, []string{"PER>CHL:051"}},
	}
	for _, c := range cases {
		checkEvents(t, code(t, c.text, nil, nil), c.want, c.not)
	}
}

// TestTextSpeaks checks that issuing a text whose participle says what
// it does ("issued a statement praising Chile") codes the participle's
// deed alone, not a plain statement beside it, while a statement with no
// such participle still codes 010.
func TestTextSpeaks(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia issued a joint statement praising Chile's role.", []string{"PER>CHL:051", "BOL>CHL:051"}, []string{"PER>CHL:010", "BOL>CHL:010"}},
		{"Ghana issued a statement condemning Togo.", []string{"GHA>TGO:111"}, []string{"GHA>TGO:010"}},
		{"Ghana issued a statement on Togo's election.", []string{"GHA>TGO:010"}, nil},
	}
	checkEventCases(t, tests)
}
