package event

import "testing"

// TestClosingAttribution checks that a deed reported with the speaker at
// the sentence's end (", the health ministry said.", ", said Amnesty
// International.") is claimed by that speaker, who is not its target,
// and that a party announcing its own deal stays the deed's own voice.
func TestClosingAttribution(t *testing.T) {
	tests := []struct {
		text, src, tgt, code, status, attr string
	}{
		{"Israeli aircraft bombed a school in Gaza, the health ministry said.", "ISRMIL", "ISREDU", "195", "claimed", "ISRGOV"},
		{"Syrian rebels shelled a village near Aleppo on Monday, a military spokesman said.", "SYRREB", "SYRCVL", "194", "claimed", "SYRMIL"},
		{"Russian troops attacked Ukrainian positions near Bakhmut, the Ukrainian army said on Tuesday.", "RUSMIL", "UKRMIL", "190", "claimed", "UKRMIL"},
		// A party's own word reports its deed (firstHand), still
		// attributed to it.
		{"Turkish jets struck Kurdish militants in northern Iraq, the Turkish defence ministry said.", "TURMIL", "IRQREB", "195", "asserted", "TURGOV"},
		{"Kenyan police detained three Somali nationals, a spokesman for the interior ministry told reporters.", "KENCOP", "SOM", "173", "claimed", "KENGOV"},
		{"Police arrested 40 protesters in Lagos, said Amnesty International.", "NGACOP", "NGAOPP", "173", "claimed", "NGOHRIAMN"},
		// So does the word of the party a release favours.
		{"The Afghan Taliban freed two Pakistani soldiers, Pakistan's foreign ministry said.", "AFGGOV", "PAKMIL", "0841", "asserted", "PAKGOV"},
		// A speaker no dictionary knows: claimed, by the words (the
		// attribution's name where it has no code).
		{"Israeli aircraft bombed a school in Gaza, witnesses said on Friday.", "ISRMIL", "ISREDU", "195", "claimed", "witnesses"},
		{"Israeli aircraft bombed a school in Gaza, according to local witnesses.", "ISRMIL", "ISREDU", "195", "claimed", "local witnesses"},
		// Already right before: the leading form and "according to".
		{"The health ministry said Israeli aircraft bombed a school in Gaza.", "ISRMIL", "ISREDU", "195", "claimed", "GOV"},
		{"Israeli aircraft bombed a school in Gaza, according to the health ministry.", "ISRMIL", "ISREDU", "195", "claimed", "ISRGOV"},
		// No closing report: the outlet's own voice.
		{"Israeli aircraft bombed a school in Gaza on Monday.", "ISRMIL", "ISREDU", "195", "asserted", ""},
		// A report between commas still reports what comes before it.
		{"Israeli aircraft bombed a school in Gaza, the health ministry said, and rescuers searched the rubble.", "ISRMIL", "ISREDU", "195", "claimed", "ISRGOV"},
		// A third party's announcement is a claim.
		{"Syrian rebels shelled a village near Aleppo, the Russian defence ministry announced.", "SYRREB", "SYRCVL", "194", "claimed", "RUSGOV"},
	}
	for _, tt := range tests {
		e := codedEvent(t, tt.text, tt.src, tt.tgt, tt.code)
		if e == nil {
			continue
		}
		attr := ""
		if e.AttributedTo != nil {
			attr = e.AttributedTo.Code
			if attr == "" {
				attr = e.AttributedTo.Name
			}
		}
		if e.Status != tt.status || attr != tt.attr {
			t.Errorf("%q: %s attributed to %q, want %s, %q", tt.text, e.Status, attr, tt.status, tt.attr)
		}
	}
	// The speaker closing the sentence is never the deed's target.
	for _, text := range []string{
		"Syrian rebels opened fire, the army said.",
		"Gunmen attacked on Sunday, the Nigerian army said.",
		"Militants fired rockets overnight, said the Israeli military.",
	} {
		for _, e := range code(t, text, nil, nil) {
			if e.Target != nil && e.Target.Start > 0 && e.Target.Start >= len(text)/2 {
				t.Errorf("%q: target %s taken from the closing speaker", text, e.Target.Code)
			}
		}
	}
}

// TestOwnAnnouncementClosing checks that parties announcing their own deal
// at the sentence's end do not make it a claim.
func TestOwnAnnouncementClosing(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Kenya and Uganda signed a trade pact on Monday, the two governments announced.", "KEN", "UGA", "*", "asserted"},
		{"Israeli jets struck a rocket launcher in Lebanon, the Israeli military announced.", "ISRMIL", "LBN", "195", "asserted"},
	})
}
