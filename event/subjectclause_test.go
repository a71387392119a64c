package event

import "testing"

// TestSubjectClause checks that the words a verb's patterns may use end
// where a clause with a subject of its own joins its clause, also where
// the parse hangs that clause's "and" on a noun, where a dash, a colon
// or "even as" opens it, and where the verb's clause is the complement
// of the later one; while words before it, and a closing attribution
// after them, stay the verb's.
func TestSubjectClause(t *testing.T) {
	tests := []eventCase{
		{"Chile asked Peru to explain the delay at the border, and Bolivia and Ecuador said they would send aid.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to explain the delay at the border -- Bolivia said it would send aid.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to explain the delay at the border: Bolivia said it would send aid.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to explain the delay at the border, even as Bolivia said it would send aid.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to explain the delay at the border, Bolivia said it would send aid.",
			nil, []string{"CHL>PER:023"}},
		{"Chile asked Peru for humanitarian aid, and Bolivia and Ecuador said they would send food.",
			[]string{"CHL>PER:0233"}, nil},
		{"Chile asked Peru for humanitarian aid at the border, the foreign ministry said on Monday.",
			[]string{"CHL>PER:0233"}, nil},
	}
	checkEventCases(t, tests)
}
