package event

import "testing"

// TestPostureRival checks that a show of force that names no target is
// aimed at the country of an actor named before only in the sentence
// just before in its paragraph or in one that names the source's
// country too, or across a paragraph break in the sentence just before
// when it names one rival and its armed forces, or at the armed forces of
// another country that a clause after it opens with ("after Chilean
// warships entered"), and otherwise at no one.
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
		// The closing sentence of the paragraph before lends its one
		// rival's armed forces across the break (see armedRival).
		{"Chilean warships entered disputed waters near Arica on Monday.\n\nPeru placed its army on alert.",
			[]string{"PER>CHL:152"}, nil},
		{"Chilean warships entered disputed waters near Arica on Monday. Analysts said the move was provocative.\n\nPeru placed its army on alert.",
			nil, []string{"PER>CHL:152"}},
		{"Chilean jets flew near Bolivia on Monday.\n\nPeru placed its army on alert.",
			nil, []string{"PER>CHL:152", "PER>BOL:152", "PER>CHLMIL:152"}},
		{"The Chilean government signed a trade deal with Brazil on Monday.\n\nPeru placed its army on alert.",
			nil, []string{"PER>CHL:152", "PER>CHLGOV:152", "PER>BRA:152"}},
		// The armed forces of a rival that a clause of time after the
		// show of force opens with (see rivalAfter).
		{"Peru placed its army on alert after Chilean warships entered disputed waters.", []string{"PER>CHL:152"}, nil},
		{"Peru put its forces on alert after the Chilean troops massed near the border.", []string{"PER>CHL:152"}, nil},
		{"Peru held naval drills after Brazil sent a frigate.", nil, []string{"PERMIL>BRA:150", "PER>BRA:150"}},
		{"Peru placed its army on alert after clashes in Chile.", nil, []string{"PER>CHL:152"}},
		{"Peru fired a missile into the sea, days after accusing Chilean warships of entering its waters.", nil, []string{"PERMIL>CHL:150", "PER>CHL:150"}},
	}
	checkEventCases(t, tests)
}
