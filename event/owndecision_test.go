package event

import "testing"

// TestOwnStateDecision checks that a reaction to "the decision" or "the
// move" by a country's union, business, opposition or people is aimed at
// the organ of their own state whose deed the story reported, not at the
// foreign actor that spoke of it since nor at the last actor named, and
// that anything else reads as before.
func TestOwnStateDecision(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		// Chile's words since are no decision; a country named bare
		// decides through its government.
		{"own state's sanctions, words since", "Peru imposed sanctions on Chile on Monday. Chile accused Peru of protectionism and threatened to respond. Peruvian business groups praised the decision.", "praised", "PERBUS>PERGOV"},
		// Bolivia is the last actor of another country named.
		{"the nearest actor is not the decider", "Peru's army seized a Chilean fishing boat on Monday. Bolivia urged both countries to stay calm. Peruvian fishermen welcomed the move.", "welcomed", "PERCVL>PERMIL"},
		{"another country's deed against it", "Chile expelled Peru's ambassador on Monday. Peru's opposition condemned the decision.", "condemned", "PEROPP>CHL"},
		{"a state reactor, as before", "Peru imposed sanctions on Chile on Monday. Chile's government condemned the decision.", "condemned", "CHLGOV>PER"},
		{"no deed, only words: as before", "Chile accused Peru of spying on Monday. Peru's opposition criticised the decision.", "criticised", "PEROPP>CHL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}
