package event

import "testing"

// TestNamedDeed checks that a reaction to a deed named by its own verb's
// noun ("condemned the shelling") is aimed at whoever did that deed
// earlier in the article, not at the last actor named, and at no one
// when the article told no such deed.
func TestNamedDeed(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		{"the victim condemns", "Chile's navy shelled a Peruvian island on Monday. Peru condemned the shelling.", "condemned", "PER>CHLMIL"},
		// Bolivia is the last actor of another country named; the
		// shelling is still Chile's.
		{"the nearest actor is not the doer", "Chile's navy shelled a Peruvian island on Monday. Bolivia urged Peru to respond calmly. Peru condemned the shelling.", "condemned", "PER>CHLMIL"},
		{"a plural noun, a third party", "Peru deported forty Bolivian workers on Monday. Ecuador said its border would stay open. Bolivia condemned the deportations.", "condemned", "BOL>PER"},
		{"a gerund after the article", "Protesters in Lima burned a Chilean flag on Monday. Police arrested three men later. Chile condemned the burning of the flag.", "condemned", "CHL>PEROPP"},
		{"a deed told two paragraphs back", "Chile's army raided a Bolivian border post on Monday.\n\nPeru said it was watching the border.\n\nBolivia's foreign ministry denounced the raid.", "denounced", "BOLGOV>CHLMIL"},
		{"no such deed told", "Peru said on Monday that its border was calm. Chile rejected the shelling claims.", "rejected", ""},
		{"no deed at all", "Peru condemned the shelling on Monday.", "condemned", ""},
		// The reactor's own side did it: not a deed against the
		// reactor by anyone.
		{"the reactor's own deed", "Peru's navy shelled a Chilean island on Monday. Bolivia urged calm. Peru praised the shelling.", "praised", ""},
		{"another verb's noun", "Chile's navy shelled a Peruvian island on Monday. Peru condemned the silence.", "condemned the silence", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}

// TestSameStem checks which nouns and verb forms sameStem takes for one
// word's.
func TestSameStem(t *testing.T) {
	tests := []struct {
		noun, verb string
		want       bool
	}{
		{"shelling", "shelled", true},
		{"deportations", "deported", true},
		{"burning", "burned", true},
		{"seizure", "seized", true},
		{"capture", "captured", true},
		{"launches", "launched", true},
		{"arrest", "arrested", true},
		{"test", "testified", false},
		{"statement", "stated", true},
		{"move", "moved", false}, // too short to tell
		{"raid", "rained", false},
		{"silence", "shelled", false},
	}
	for _, tt := range tests {
		if got := sameStem(tt.noun, tt.verb); got != tt.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tt.noun, tt.verb, got, tt.want)
		}
	}
}
