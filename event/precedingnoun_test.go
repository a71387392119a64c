package event

import "testing"

// TestPrecedingNounStatus checks that a noun event a deed yet to be done
// follows ("agreed to lift the ban after talks") takes the status of the
// verb the infinitive hangs on, held when that verb's deed is, and
// otherwise keeps the infinitive's or its own clause's.
func TestPrecedingNounStatus(t *testing.T) {
	checkStatuses(t, []statusCase{
		// The agreement came after the talks: both were held.
		{"Kenya and Uganda agreed on Monday to lift the trade ban after two days of talks between Kenya and Uganda in Nairobi.", "KEN", "UGA", "046", "asserted"},
		{"Kenya agreed on Monday to reopen the border following a meeting between Kenya and Uganda.", "KEN", "UGA", "040", "asserted"},
		// The governing verb is itself yet to come: so are the talks.
		{"Kenya will agree to lift the trade ban only after talks between Kenya and Uganda.", "KEN", "UGA", "046", "hypothetical"},
	})
}
