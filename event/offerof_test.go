package event

import "testing"

// TestOfferers checks that a reaction to an offer that says what it is
// for ("welcomed the offer of talks") is aimed at all who made that
// offer, found by what it offered, not at whoever acted last, and that
// it reads as before where no earlier event names that thing.
func TestOfferers(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		// Peru's promise of wheat came last; the talks were offered
		// by two.
		{"two offerers, a later promise", "Peru and Ecuador called on Chile to join talks on the river on Monday. Peru promised to send wheat to Chile. Chile welcomed the offer of talks.", "welcomed", "CHL>PER CHL>ECU"},
		// Peru's deployment is the last deed aimed at Chile.
		{"a call for a ceasefire", "Bolivia urged Chile to accept a ceasefire on Monday. Peru sent troops to the border with Chile. Chile rejected the call for a ceasefire.", "rejected", "CHL>BOL"},
		{"an offer told far back", "Ecuador called on Chile to join talks on the river on Monday. Chile said it would study the idea. Argentina said it was ready to help. Bolivia said the same. Peru promised to send wheat to Chile. Chile welcomed the offer of talks.", "welcomed", "CHL>ECU"},
		// No earlier sentence names talks: the latest deed aimed at
		// Chile, as before.
		{"nothing names the thing", "Peru promised to send wheat to Chile on Monday. Chile welcomed the offer of talks.", "welcomed", "CHL>PER"},
		// Chile's own call is no offer to Chile: read as before.
		{"the thing named by the reactor's own side", "Chile called on Peru to join talks on the river on Monday. Peru sent troops to the border with Chile. Chile welcomed the offer of talks.", "welcomed", "CHL>PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}
