package actor

import "testing"

// TestDefinitePluralGroup checks that a definite plural agent named
// again is the group of its head word named with a country, even with
// many mentions and another country's agent of the same code between,
// and that one whose head word the story has not named takes its
// country as before.
func TestDefinitePluralGroup(t *testing.T) {
	tests := []lastCase{
		{"soldiers after another country's pilots",
			[]string{"Eritrea freed/VERB eleven/NUM Djiboutian/ADJ soldiers/NOUN/NNS ./PUNCT",
				"Djibouti freed/VERB two/NUM Eritrean/ADJ air/NOUN force/NOUN pilots/NOUN/NNS ./PUNCT",
				"Eritrea denied/VERB holding/VERB the/DET soldiers/NOUN/NNS"},
			"Eritrea=ERI|soldiers=DJIMIL"},
		{"no soldiers named before",
			[]string{"Djibouti freed/VERB two/NUM Eritrean/ADJ air/NOUN force/NOUN pilots/NOUN/NNS ./PUNCT",
				"Eritrea denied/VERB holding/VERB the/DET soldiers/NOUN/NNS"},
			"Eritrea=ERI|soldiers=ERIMIL"},
	}
	checkLast(t, New(dicts(t)), tests)
}
