package actor

import "testing"

// TestOppositionLeaderCountry checks that a titled opposition leader
// named with no country of his own sentence is of the opposition the
// story named before (protesters of a country), not of the country
// the last sentence led with, and that with no opposition named before
// he keeps that country.
func TestOppositionLeaderCountry(t *testing.T) {
	tests := []lastCase{
		{"after protesters of another country than the last sentence's",
			[]string{"Armenian/ADJ police/NOUN detained/VERB protesters/NOUN/NNS ./PUNCT",
				"In/ADP {Baku} ,/PUNCT a/DET spokesman/NOUN said/VERB the/DET unrest/NOUN was/AUX internal/ADJ ./PUNCT",
				"Opposition/NOUN leader/NOUN [Arman Petrosyan] called/VERB for/ADP elections/NOUN/NNS"},
			"Opposition leader Arman Petrosyan=ARMOPP"},
		{"no opposition named before",
			[]string{"Armenian/ADJ police/NOUN detained/VERB a/DET journalist/NOUN ./PUNCT",
				"In/ADP {Baku} ,/PUNCT a/DET spokesman/NOUN said/VERB the/DET arrest/NOUN was/AUX internal/ADJ ./PUNCT",
				"Opposition/NOUN leader/NOUN [Arman Petrosyan] called/VERB for/ADP elections/NOUN/NNS"},
			"Opposition leader Arman Petrosyan=AZEOPP"},
	}
	checkLast(t, New(dicts(t)), tests)
}
