package actor

import "testing"

// TestDeedHost checks that bare rebels after a sentence led by a
// country's assault on a place of another country are that other
// country's.
func TestDeedHost(t *testing.T) {
	tests := []lastCase{
		{"insurgents after an assault on a city",
			[]string{"The/DET riots/NOUN/NNS followed/VERB/VBD the/DET British/ADJ assault/NOUN on/ADP Basra ./PUNCT", "Insurgents/NOUN/NNS threatened/VERB/VBD revenge/NOUN"},
			"Insurgents=IRQREB"},
		{"rebels after an invasion of a country",
			[]string{"The/DET French/ADJ invasion/NOUN of/ADP Chad angered/VERB/VBD many/ADJ ./PUNCT", "Rebels/NOUN/NNS attacked/VERB/VBD a/DET convoy/NOUN"},
			"Rebels=TCDREB"},
	}
	checkLast(t, New(dicts(t)), tests)
}
