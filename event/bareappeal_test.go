package event

import "testing"

// TestDropBareAppeals checks that an unspecified appeal (020) gives way
// to a more specific appeal of the same sentence between the same actors,
// and only to that.
func TestDropBareAppeals(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Bolivia called on Peru to show restraint and urged it to avoid steps that endanger shipping.",
			want: []string{"BOL>PER:0256"}, not: []string{"BOL>PER:020"}},
		// A bare appeal to another actor stays.
		{text: "Bolivia called on Peru to show restraint and urged Chile to avoid steps that endanger shipping.",
			want: []string{"BOL>PER:0256", "BOL>CHL:020"}},
		// Alone, a bare appeal stays.
		{text: "Bolivia urged Peru to avoid steps that endanger shipping.",
			want: []string{"BOL>PER:020"}},
	})
}
