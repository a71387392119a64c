package event

import "testing"

// TestCondemnedDoer checks that a condemned deed's victim is not the
// condemnation's target: its doer is, where the text names it or an
// earlier event of the story did the deed to the victim's country.
func TestCondemnedDoer(t *testing.T) {
	tests := []eventCase{
		{"Peru condemns the missile strike on the Chilean embassy.", nil, []string{"PER>CHLGOV:111", "PER>CHL:111"}},
		{"Peru criticised the arrest of two Chilean journalists.", nil, []string{"PER>CHLMED:111"}},
		{"Peru condemned the Bolivian attack on Chilean border guards.", []string{"PER>BOL:111"}, []string{"PER>CHLMIL:111"}},
		{"Peru condemned Bolivia's bombing of Chilean villages.", []string{"PER>BOL:111"}, []string{"PER>CHLCVL:111", "PER>CHL:111"}},
		{"Peru denounced the shelling of Chilean positions by Bolivian troops.", []string{"PER>BOLMIL:111"}, []string{"PER>CHLMIL:111"}},
		{"Bolivian troops shelled Chilean border posts on Monday. Peru condemned the attack on Chilean border guards.",
			[]string{"PER>BOLMIL:111"}, []string{"PER>CHLMIL:111"}},
		{"Chile expelled two Bolivian diplomats on Monday. Peru condemned the attack on Chilean border guards.",
			nil, []string{"PER>CHLMIL:111", "PER>CHLGOV:111", "PER>CHL:111"}},
		// A target that is no victim of a deed stays.
		{"Peru condemned Chile for the attack on its border guards.", []string{"PER>CHL:111"}, nil},
		{"Peru condemned the Chilean government's decision.", []string{"PER>CHLGOV:111"}, nil},
	}
	checkEventCases(t, tests)
}
