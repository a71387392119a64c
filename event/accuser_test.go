package event

import (
	"strings"
	"testing"
)

// TestDenialTargetsAccuser checks that a denial naming no target is aimed
// at whoever made the accusation it answers, and only then.
func TestDenialTargetsAccuser(t *testing.T) {
	tests := []struct {
		name, text string
		// want is "SRC>TGT" of the 016 event, "" for none.
		want string
	}{
		{"allegation answered", "Chile accused Peru of spying on its navy. Peru denied the allegation.", "PER>CHL"},
		{"the accused's army answers", "Chile accused Peru of spying on its navy. The Peruvian army denied the allegation.", "PERMIL>CHL"},
		{"criticism answered", "Chile condemned the Peruvian government. Peru rejected the accusation.", "PER>CHL"},
		{"no accusation before", "Peru denied the allegation.", ""},
		{"the accusation was against someone else", "Chile accused Bolivia of spying on its navy. Peru denied the allegation.", ""},
		{"a charge the accused denies", "Chile accused Peru of spying on its navy, a charge Peru denies.", "PER>CHL"},
		{"an allegation the accused rejected", "Chile accused Peru of spying on its navy, an allegation Lima swiftly rejected.", "PER>CHL"},
		{"a denial with no charge named", "Chile accused Peru of spying on its navy. Peru denies.", ""},
		{"a named target wins", "Chile accused Peru of spying. Peru denied the allegation by Bolivia.", "PER>BOL"},
		{"accusers together", "Chile and Bolivia accused Peru of spying on their navies. The Peruvian army denied the allegation.", "PERMIL>CHL PERMIL>BOL"},
		{"the country's opposition answers no charge against the country", "Chile accused Peru of spying on its navy. Peru's opposition leader denied the allegation.", ""},
		{"the opposition answers a charge against it", "Peru's police accused the opposition of inciting riots. Peru's opposition denied the allegation.", "PEROPP>PERCOP"},
		{"only the latest accusation's accusers", "Bolivia accused Peru of smuggling. Chile accused Peru of spying. Peru denied the allegation.", "PER>CHL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				if strings.HasPrefix(e.Code, "016") {
					got = append(got, e.Source.Code+">"+e.Target.Code)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("016 events %q, want %q (all: %s)", got, tt.want, describe(evs))
			}
		})
	}
}
