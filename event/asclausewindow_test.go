package event

import "testing"

// TestAsClauseWindow checks that "as" before a subject and its finite
// verb ends the words a verb's patterns may use, while "as" before a
// noun phrase alone ("as humanitarian aid") does not.
func TestAsClauseWindow(t *testing.T) {
	tests := []eventCase{
		{"Chile asked Peru to explain the delay at the border as Bolivia sent aid to the region.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to explain the delay as they sent aid to the region.",
			nil, []string{"CHL>PER:023"}},
		{"Chile asked Peru for medicine as humanitarian aid and said it would pay for it.",
			[]string{"CHL>PER:0233"}, nil},
	}
	checkEventCases(t, tests)
}
