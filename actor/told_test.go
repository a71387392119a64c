package actor

import (
	"testing"
	"time"
)

// TestToldPronoun checks that "he" or "she" opening what a verb of
// telling reports ("told reporters that he", "tells the paper she") is
// the one who tells it, named right before the verb, even where the
// person is named by an occupation before the name ("Shopkeeper Ana
// Ruiz"), and that a pronoun after a verb of telling with a clause
// between is left to the search as before.
func TestToldPronoun(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"an employee tells the paper that he", []string{"Peruvian/ADJ police/NOUN arrested/VERB a/DET man/NOUN", "Employee/NOUN [Tomas Vera] tells/VERB/VBZ the/DET paper/NOUN that/SCONJ he/PRON/PRP fought/VERB Chile"},
			[]string{"Peruvian police=PERCOP", "man=PERCVL", "Employee Tomas Vera=PERLAB", "he=PERLAB", "Chile=CHL"}},
		{"a shopkeeper told reporters she", []string{"Chilean/ADJ police/NOUN detained/VERB Peru 's/PART ambassador/NOUN", "Shopkeeper/NOUN [Ana Ruiz] told/VERB/VBD reporters/NOUN/NNS she/PRON/PRP saw/VERB Bolivia"},
			[]string{"Chilean police=CHLCOP", "Peru 's ambassador=PERGOV", "Shopkeeper Ana Ruiz=CHLCVL", "reporters=CHLMED", "she=CHLCVL", "Bolivia=BOL"}},
		{"a journalist told him that she", []string{"Chilean/ADJ journalist/NOUN [Rosa Diaz] told/VERB/VBD him/PRON/PRP that/SCONJ she/PRON/PRP criticized/VERB Peru"},
			[]string{"Chilean journalist Rosa Diaz=CHLMED", "she=CHLMED", "Peru=PER"}},
		{"a minister told her that he: the teller, past an object pronoun", []string{"Peru 's/PART president/NOUN visited/VERB Bolivia", "Chile 's/PART foreign/ADJ minister/NOUN told/VERB/VBD her/PRON/PRP that/SCONJ he/PRON/PRP would/AUX visit/VERB Ecuador"},
			[]string{"Peru 's president=PERGOV", "Bolivia=BOL", "Chile 's foreign minister=CHLGOV", "her=PERGOV", "he=CHLGOV", "Ecuador=ECU"}},
		{"a minister told a president that he: the teller, not the hearer", []string{"Chile 's/PART foreign/ADJ minister/NOUN told/VERB/VBD Peru 's/PART president/NOUN that/SCONJ he/PRON/PRP would/AUX visit/VERB Bolivia"},
			[]string{"Chile 's foreign minister=CHLGOV", "Peru 's president=PERGOV", "he=CHLGOV", "Bolivia=BOL"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}
