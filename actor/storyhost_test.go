package actor

import "testing"

// TestStoryHost checks that bare rebels in a sentence led by a state's
// forces that names no host are of the place the last sentence led
// with, when that place is another country's, and that they keep the
// forces' country when the last sentence led with that country, with an
// agent, or the sentence names its own host.
func TestStoryHost(t *testing.T) {
	tests := []lastCase{
		{"guerrillas after a city the last sentence led with",
			[]string{"Mosul/PROPN was/AUX quiet/ADJ on/ADP Friday/PROPN ./PUNCT", "British/ADJ troops/NOUN/NNS there/ADV fought/VERB/VBD guerrillas/NOUN/NNS near/ADP a/DET bridge/NOUN"},
			"British troops=GBRMIL|guerrillas=IRQREB"},
		{"rebels after a country the last sentence led with",
			[]string{"Chad/PROPN held/VERB elections/NOUN/NNS ./PUNCT", "French/ADJ soldiers/NOUN/NNS clashed/VERB/VBD with/ADP rebels/NOUN/NNS"},
			"French soldiers=FRAMIL|rebels=TCDREB"},
		{"the forces' own country led the last sentence",
			[]string{"Peru/PROPN closed/VERB/VBD a/DET crossing/NOUN ./PUNCT", "Peruvian/ADJ troops/NOUN/NNS clashed/VERB/VBD with/ADP rebels/NOUN/NNS"},
			"Peruvian troops=PERMIL|rebels=PERREB"},
		{"an agent led the last sentence",
			[]string{"Chadian/ADJ police/NOUN arrested/VERB/VBD a/DET man/NOUN ./PUNCT", "French/ADJ soldiers/NOUN/NNS clashed/VERB/VBD with/ADP rebels/NOUN/NNS"},
			"French soldiers=FRAMIL|rebels=FRAREB"},
		{"a host in the sentence itself wins",
			[]string{"Chad/PROPN held/VERB elections/NOUN/NNS ./PUNCT", "French/ADJ soldiers/NOUN/NNS in/ADP Mali fought/VERB/VBD rebels/NOUN/NNS"},
			"French soldiers=FRAMIL|Mali=MLI|rebels=MLIREB"},
		{"soldiers are no local agents",
			[]string{"Chad/PROPN held/VERB elections/NOUN/NNS ./PUNCT", "French/ADJ troops/NOUN/NNS met/VERB/VBD soldiers/NOUN/NNS"},
			"French troops=FRAMIL|soldiers=FRAMIL"},
	}
	checkLast(t, New(dicts(t)), tests)
}
