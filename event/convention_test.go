package event

import "testing"

// TestCodebookConventions checks the CAMEO codebook's conventions that
// the verb supplement (dict/data/supplement.verbs.txt) adds, on sentences
// written for the test.
func TestCodebookConventions(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
	}{
		{"Greece summoned the Turkish ambassador on Tuesday.", "GRC", "TURGOV", "114"},
		{"Greece lodged a protest with Turkey on Tuesday.", "GRC", "TUR", "114"},
		{"Greece called on Turkey to de-escalate.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to agree a ceasefire.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to show restraint.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to return to the negotiating table.", "GRC", "TUR", "026"},
		{"Greece urged Turkey to approve the plan.", "GRC", "TUR", "020"},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if find(evs, tt.src, tt.tgt, tt.cam) == nil {
			t.Errorf("%q: no %s>%s:%s; got %s", tt.text, tt.src, tt.tgt, tt.cam, describe(evs))
		}
	}
}
