package event

import "testing"

// TestPostureRival checks that a show of force that names no target is
// aimed at the country of an actor named before only in the sentence
// just before in its paragraph or in one that names the source's
// country too, and otherwise at no one.
func TestPostureRival(t *testing.T) {
	tests := []eventCase{
		{"Officials said the UN was cooperating with the Iraqi government on aid.\n\nNorth Korea launched a ballistic missile on Sunday.",
			nil, []string{"PRKMIL>IRQ:150", "PRK>IRQ:150", "PRKMIL>IRQGOV:150"}},
		{"Officials said the UN was cooperating with the Iraqi government on aid. North Korea launched a ballistic missile on Sunday.",
			[]string{"PRKMIL>IRQ:150"}, nil},
		{"Peru and Chile traded accusations over the border.\n\nPeru put its army on high alert on Monday.",
			[]string{"PER>CHL:152"}, nil},
		{"Peru and Chile traded accusations over the border. Brazil said it was concerned.\n\nPeru put its army on high alert on Monday.",
			[]string{"PER>CHL:152"}, []string{"PER>BRA:152"}},
	}
	checkEventCases(t, tests)
}
