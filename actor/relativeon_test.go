package actor

import "testing"

// TestRelativeOn checks that the pronoun subject of a relative clause
// whose relative pronoun is the object of its verb, right after the
// comma that ends a mention or after a preposition there, does not
// stand for that mention (relativeOn).
func TestRelativeOn(t *testing.T) {
	tests := []lastCase{
		{"it in a clause on a country",
			[]string{"Peru/PROPN criticized/VERB Bolivia ,/PUNCT which/PRON/WDT it/PRON invaded/VERB"},
			"Peru=PER|Bolivia=BOL|it=PER"},
		{"he in a clause opened by a preposition",
			[]string{"Chile 's/PART president/NOUN/NN praised/VERB Peru 's/PART president/NOUN/NN ,/PUNCT with/ADP whom/PRON/WP he/PRON spoke/VERB"},
			"Chile 's president=CHLGOV|Peru 's president=PERGOV|he=CHLGOV"},
	}
	checkLast(t, New(dicts(t)), tests)
}
