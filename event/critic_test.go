package event

import "testing"

// TestUntargetedCritic checks that "dismissed the criticism" answers a
// criticism read just before that named no one, by an actor of another
// side, where no coded criticism of the reactor answers it, and that it
// is aimed at no one otherwise.
func TestUntargetedCritic(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		// Bolivia is the last actor of another country named; the
		// critic is Chile's minister.
		{"a criticism of no one named", "Chile's foreign minister condemned what she called a reckless use of force on Monday. Bolivia urged Peru to open an inquiry. Peru's prime minister dismissed the criticism.", "dismissed", "PERGOV>CHLGOV"},
		{"a complaint", "Chile's foreign minister condemned what she called a reckless use of force on Monday. Peru's prime minister rejected the complaint.", "rejected", "PERGOV>CHLGOV"},
		{"no criticism read", "Bolivia urged Peru to open an inquiry on Monday. Peru's prime minister dismissed the criticism.", "dismissed", ""},
		{"the reactor's own side's criticism", "Peru's foreign minister condemned what she called a reckless use of force on Monday. Bolivia urged Chile to open an inquiry. Peru's prime minister dismissed the criticism.", "dismissed", ""},
		{"too far back", "Chile's foreign minister condemned what she called a reckless use of force on Monday. Bolivia urged Peru to open an inquiry. Ecuador said it was worried. Argentina said the same. Brazil sent an envoy. Peru's prime minister dismissed the criticism.", "dismissed", ""},
		// A coded criticism of the reactor wins.
		{"a coded criticism first", "Chile's foreign minister condemned what she called a reckless use of force on Monday. Ecuador accused Peru of lying. Peru's prime minister dismissed the criticism.", "dismissed", "PERGOV>ECU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}
