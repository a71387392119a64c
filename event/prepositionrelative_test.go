package event

import "testing"

// TestPrepositionRelativeTime checks that a time in a relative clause
// opened by a preposition and its pronoun after a comma ("Bolivia, with
// which Peru signed a deal last year") dates the clause's deed, not the
// verb outside the clause (relativeOpener).
func TestPrepositionRelativeTime(t *testing.T) {
	checkEventDate(t, "Bolivia, with which Peru signed a trade deal last year, criticized Chile.", "BOL", "CHL", "111", "2022-09-08", "day")
	checkEventDate(t, "Peru's foreign minister praised his Chilean counterpart, with whom he spoke by telephone in March.", "PERGOV", "CHLGOV", "051", "2022-09-08", "day")
}
