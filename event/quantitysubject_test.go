package event

import "testing"

// TestQuantitySubject checks that a subject that is a number or part of a
// noun with no actor ("two of the trucks"), or such a noun with a clause
// on it that names an actor ("the trucks Bolivia sent"), leaves the verb
// with no source (nounSubject): the trucks went, not Bolivia; while the
// subject whose own words name an actor keeps it.
func TestQuantitySubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Two of the trucks Bolivia sent went to Chile.", nil, []string{"BOL>CHL:042", "BOL>CHL:040"}},
		{"The trucks Bolivia sent went to Chile.", nil, []string{"BOL>CHL:042", "BOL>CHL:040"}},
		{"Two of the trucks went to Chile, Bolivia said.", nil, []string{"BOL>CHL:042", "BOL>CHL:040"}},
		{"Two Bolivian ministers went to Chile on Monday.", []string{"BOLGOV>CHL:042"}, nil},
	})
}
