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
		{"Greece summoned the Turkish ambassador on Tuesday.", "GRCGOV", "TURGOV", "114"},
		{"Greece lodged a protest with Turkey on Tuesday.", "GRC", "TUR", "114"},
		{"Greece called on Turkey to de-escalate.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to agree a ceasefire.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to show restraint.", "GRC", "TUR", "0256"},
		{"Greece called on Turkey to return to the negotiating table.", "GRC", "TUR", "026"},
		{"Greece urged Turkey to approve the plan.", "GRC", "TUR", "020"},
		{"Greece called Turkey's drilling \"an unacceptable provocation\".", "GRC", "TUR", "111"},
		{"Greece called the Turkish move “illegal” on Monday.", "GRC", "TUR", "111"},
		{"The European Union adopted new sanctions against Turkey.", "IGOEUREEC", "TUR", "163"},
		{"Greece expelled Turkish diplomats on Monday.", "GRC", "TURGOV", "174"},
		{"Greece ordered Turkish diplomats to leave the country.", "GRC", "TURGOV", "174"},
		{"Greece announced tariffs on Turkey on Monday.", "GRC", "TUR", "163"},
		{"Greek protesters threw stones at Turkish police.", "GRCOPP", "TURCOP", "145"},
		{"Greek police fired tear gas at Turkish protesters.", "GRCCOP", "TUROPP", "175"},
		{"The European Union passed a resolution censuring Turkey on Monday.", "IGOEUREEC", "TUR", "111"},
		{"The European Union adopted a resolution condemning Turkey.", "IGOEUREEC", "TUR", "111"},
		{"Greece denies arming Turkish rebels.", "GRC", "TURREB", "016"},
		{"Greece denied funding Turkish rebels.", "GRC", "TURREB", "016"},
		{"Greece warned Turkey that new drilling would be an act of war.", "GRC", "TUR", "138"},
		{"Greece warned Turkey of war on Monday.", "GRC", "TUR", "138"},
		{"Greece threatened Turkey with military action.", "GRC", "TUR", "138"},
		{"Greece warned Turkey of severe consequences.", "GRC", "TUR", "130"},
		{"The last Turkish diplomats left Greece on Friday.", "TURGOV", "GRC", "166"},
		{"Greece and Turkey restored diplomatic relations on Sunday.", "GRC", "TUR", "054"},
		{"Greece resumed diplomatic ties with Turkey.", "GRC", "TUR", "054"},
		{"Greece suspended talks with Turkey on Monday.", "GRC", "TUR", "164"},
		{"Greece rejected a Turkish proposal to hold talks.", "GRC", "TUR", "125"},
		{"Greece dismissed a Turkish proposal for a summit.", "GRC", "TUR", "125"},
		{"Greece rejected a Turkish offer to restore military contacts.", "GRC", "TUR", "125"},
		{"Greece rejected a Turkish proposal to lift tariffs.", "GRC", "TUR", "120"},
		{"The Greek parliament ratified Turkey's bid on Monday.", "GRCLEG", "TUR", "051"},
		{"Greece approved Turkey's accession to the bloc.", "GRC", "TUR", "051"},
		{"Greece closed its border with Turkey during the war.", "GRC", "TUR", "191"},
		{"Greece fired rockets at Turkish positions.", "GRC", "TURMIL", "195"},
		{"Greece fired dozens of cruise missiles and drones at Turkish power stations.", "GRC", "TUR", "195"},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if find(evs, tt.src, tt.tgt, tt.cam) == nil {
			t.Errorf("%q: no %s>%s:%s; got %s", tt.text, tt.src, tt.tgt, tt.cam, describe(evs))
		}
	}
}

// TestPejorativeNeedsQuote checks that a pejorative word codes "called"
// as criticism only inside a quotation.
func TestPejorativeNeedsQuote(t *testing.T) {
	for _, text := range []string{
		"Greece called on Turkey to end the illegal drilling.",
		"Greece called for talks with Turkey over the illegal drilling.",
	} {
		evs := code(t, text, nil, nil)
		if e := find(evs, "GRC", "TUR", "111"); e != nil {
			t.Errorf("%q: coded 111 without a quotation; got %s", text, describe(evs))
		}
	}
}
