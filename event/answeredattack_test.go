package event

import "testing"

// TestAnsweredAttack checks that an attack naming neither party that a
// use of force answers ("the strikes were a response to an attack", "in
// retaliation for an attack") is coded as by the answering force's target
// on its source, and not where the response is no use of force or the
// attack's phrase names its own actor.
func TestAnsweredAttack(t *testing.T) {
	tests := []eventCase{
		// The strikes of the sentence before answer the attack.
		{"Chilean jets bombed Peruvian army bases on Monday. Santiago said the strikes were a response to an attack on a border post.",
			[]string{"PER>CHL:190"}, []string{"CHL>PER:190"}},
		// "Terrorist": unconventional violence; a name given is no call.
		{"Chilean jets bombed Peruvian army bases on Monday. Santiago said the strikes were a response to what it called a \"terrorist attack\" on a bridge.",
			[]string{"PER>CHL:180"}, []string{"PER>CHL:190"}},
		// The sentence's own use of force answers it.
		{"Chile bombed Peru on Monday in retaliation for an attack on a border post.",
			[]string{"CHLMIL>PER:195", "PER>CHL:190"}, nil},
		// A response that is no use of force answers nothing coded.
		{"Chile expelled Peru's ambassador on Monday. Santiago said the measures were a response to an attack on a border post.",
			nil, []string{"PER>CHL:190", "PERGOV>CHLGOV:190"}},
		// The attack's own actor is named: not the target's.
		{"Chile bombed Peru on Monday in response to a rocket attack from Bolivia.",
			nil, []string{"PER>CHL:190"}},
		// A later reaction to the strikes is to their source, not to the
		// attack found only by context.
		{"Chilean jets bombed Peruvian army bases on Monday. Santiago said the strikes were a response to an attack on a border post. Bolivia condemned the strikes.",
			[]string{"BOL>CHLMIL:111"}, []string{"BOL>PER:111", "BOL>PERMIL:111"}},
	}
	checkEventCases(t, tests)
}
