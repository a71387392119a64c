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

// TestPrepositionRelativeDeed checks that a deed in a relative clause
// opened by a preposition and its pronoun after a comma is aimed at the
// noun before the comma (relativeTarget), and that a pronoun subject of
// that clause stands for someone else (actor's relativeOn).
func TestPrepositionRelativeDeed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's foreign minister praised his Chilean counterpart, with whom he spoke by telephone.", []string{"PERGOV>CHLGOV:041"}, []string{"CHLGOV>CHLGOV:*"}},
		{"Peru withdrew its troops from Bolivia, which it invaded last year.", []string{"PER>BOL:192"}, []string{"BOL>BOL:*"}},
	})
}
