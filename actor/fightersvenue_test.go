package actor

import "testing"

// TestFightersVenue checks that fighters the story named before as one
// country's, named again with "the" and a place of another country
// after them, are still that country's (the place is where they meet),
// and that fighters first named with a place are that place's.
func TestFightersVenue(t *testing.T) {
	tests := []lastCase{
		{"the rebels named before, met abroad",
			[]string{"Congolese/ADJ rebels/NOUN/NNS attacked/VERB an/DET army/NOUN base/NOUN ./PUNCT",
				"Kinshasa/PROPN held/VERB talks/NOUN/NNS with/ADP the/DET rebels/NOUN/NNS in/ADP {Qatar}"},
			"Kinshasa=COD|rebels=CODREB|Qatar=QAT"},
		{"the rebels named first with their place",
			[]string{"Kenya/PROPN criticised/VERB Uganda/PROPN ./PUNCT",
				"Chad/PROPN denied/VERB arming/VERB the/DET rebels/NOUN/NNS in/ADP {Sudan}"},
			"Chad=TCD|rebels in Sudan=SDNREB"},
		{"rebels of the same country as the place",
			[]string{"Congolese/ADJ rebels/NOUN/NNS attacked/VERB an/DET army/NOUN base/NOUN ./PUNCT",
				"Rwanda/PROPN denied/VERB arming/VERB the/DET rebels/NOUN/NNS in/ADP {Congo}"},
			"Rwanda=RWA|rebels in Congo=CODREB"},
	}
	checkLast(t, New(dicts(t)), tests)
}
