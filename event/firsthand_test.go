package event

import "testing"

// TestFirstHand checks that a party's own word on its act leaves the act
// asserted, however the word is reported (a closing attribution, a
// reporting verb before the deed, "according to"), while a third party,
// a victim of a hostile deed, a legislature or a bare country ("a
// Chilean source") only claims it.
func TestFirstHand(t *testing.T) {
	checkStatuses(t, []statusCase{
		// The ministry speaks for the state whose police acted.
		{"Chilean police arrested three Argentine fishermen on Tuesday, the Chilean interior ministry said.", "CHLCOP", "ARGCVL", "173", "asserted"},
		{"Kenya's interior minister said the police had deported two Ugandan journalists on Monday.", "KENCOP", "UGAMED", "174", "asserted"},
		// The army speaks for its own troops.
		{"The Peruvian army said on Monday its troops had killed six Bolivian rebels near the border.", "PERMIL", "BOLREB", "190", "asserted"},
		// An organisation that is a party to cooperation confirms it.
		{"Bolivia agreed on Friday to hold talks with the IMF, an IMF spokeswoman said.", "BOL", "IGOBUSIMF", "036", "asserted"},
		// Another state, the victim, a legislature or a bare country
		// only claims it.
		{"Bolivia agreed on Friday to hold talks with the International Monetary Fund, Chile's foreign minister said.", "BOL", "IGOBUSIMF", "036", "claimed"},
		{"Chilean police arrested three Argentine fishermen on Tuesday, Argentina's foreign ministry said.", "CHLCOP", "ARGCVL", "173", "claimed"},
		{"Peruvian jets bombed a Bolivian village on Sunday, the Bolivian defence ministry said.", "PERMIL", "BOLCVL", "195", "claimed"},
		{"Ugandan lawmakers said Kenyan police had deported two Ugandan journalists on Monday.", "KENCOP", "UGAMED", "174", "claimed"},
		{"Chilean police arrested three Argentine fishermen on Tuesday, a Chilean source said.", "CHLCOP", "ARGCVL", "173", "claimed"},
		{"Chilean police arrested three Argentine fishermen on Tuesday, the Chilean side said.", "CHLCOP", "ARGCVL", "173", "claimed"},
		// The country itself, by its name or capital, speaks for its
		// state.
		{"Chilean police arrested three Argentine fishermen on Tuesday, Chile said.", "CHLCOP", "ARGCVL", "173", "asserted"},
		{"Chilean police arrested three Argentine fishermen on Tuesday, Santiago said.", "CHLCOP", "ARGCVL", "173", "asserted"},
		// A ministry that names no country may have taken the deed's
		// own: it speaks only for the same organ.
		{"Peruvian jets bombed a Bolivian village on Sunday, the health ministry said.", "PERMIL", "BOLCVL", "195", "claimed"},
		{"Peruvian troops killed six Bolivian rebels near the border on Monday, the army said.", "PERMIL", "BOLREB", "190", "asserted"},
	})
}

// TestSpeaksFor checks whom a speaker's actor code speaks for.
func TestSpeaksFor(t *testing.T) {
	for _, c := range []struct {
		speaker, party string
		want           bool
	}{
		{"PERGOV", "PERGOV", true},
		{"PERGOV", "PER", true},
		{"PERGOV", "PERMIL", true},
		{"PERMIL", "PERCOP", true},
		{"PERGOVMED", "PER", true}, // state media
		{"IGOUNOIAE", "IGOUNOIAE", true},
		{"PERGOV", "CHLGOV", false},
		{"PERLEG", "PERMIL", false}, // a legislature speaks for itself
		{"PERGOV", "PERREB", false}, // nor for the state's rebels
		{"PERCVL", "PERCVL", false}, // nor do people for strangers
		{"PERBUS", "PERGOV", false},
		{"IGOUNOIAE", "IGOUNO", false},
		{"", "", false},
	} {
		if got := speaksFor(c.speaker, c.party); got != c.want {
			t.Errorf("speaksFor(%q, %q) = %v, want %v", c.speaker, c.party, got, c.want)
		}
	}
}
