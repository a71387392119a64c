package event

import "testing"

// TestCoordinatedSubject checks that a past tense the tagger took for a
// participle on a noun that ", and" joins to the clause before is that
// noun's verb when it takes an object after a dictionary particle ("and
// police sealed off the embassy"), also where the parse hangs the noun
// under a subordinate clause; that the name before the comma is no
// member of its subject; and that a participle with no object stays a
// modifier. It also checks SEAL_OFF: 191 on a place, 171 on an embassy
// or consulate.
func TestCoordinatedSubject(t *testing.T) {
	tests := []eventCase{
		{"The last Chilean diplomats left Peru on Friday, and Peruvian police sealed off the embassy building.",
			[]string{"CHLGOV>PER:166", "PERCOP>CHLGOV:171"}, nil},
		{"The last Chilean diplomats left Peru on Friday, hours before a deadline set by the government expired, and Peruvian police sealed off the embassy building.",
			[]string{"PERCOP>CHLGOV:171"}, nil},
		{"The last Chilean diplomats left Peru, and Peruvian police sealed off the embassy building.",
			[]string{"PERCOP>CHLGOV:171"}, []string{"PER>CHLGOV:*"}},
		{"Peru, Chile, and Bolivia condemned Brazil.",
			[]string{"PER>BRA:111", "CHL>BRA:111", "BOL>BRA:111"}, nil},
		{"The ministers discussed the border, the dam, and Peruvian troops stationed near the Chilean border.",
			nil, []string{"PERMIL>*:*", "PER>*:*"}},
		{"Peruvian troops sealed off the Bolivian town of Copacabana.",
			[]string{"PERMIL>BOL:191"}, nil},
		{"Turkish police sealed off the Swedish consulate in Istanbul.",
			[]string{"TURCOP>SWEGOV:171"}, nil},
	}
	checkEventCases(t, tests)
}
