package event

import "testing"

// TestSubjectClause checks that the words a verb's patterns may use end
// where a clause with a subject of its own joins its clause, also where
// the parse hangs that clause's "and" on a noun, where a dash, a colon
// or "even as" opens it, and where the verb's clause is the complement
// of the later one; where an adverbial clause with its subject opens on
// the verb's infinitive, or a relative clause after a comma; while
// words before it, a relative clause with no comma, and a closing
// attribution after them, stay the verb's.
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
		{"Chile asked Peru to explain the delay at the border so that Bolivia could send aid.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile asked Peru to reopen the border, with Bolivia offering military aid.",
			nil, []string{"CHL>PER:0232"}},
		{"Chile asked Peru to explain the delay at the border, where Bolivia sent aid last year.",
			[]string{"CHL>PER:020"}, []string{"CHL>PER:023"}},
		{"Chile urged Peru to avoid any steps that could raise tensions at the border.",
			[]string{"CHL>PER:0256"}, nil},
		{"Chile asked Peru for humanitarian aid, and Bolivia and Ecuador said they would send food.",
			[]string{"CHL>PER:0233"}, nil},
		{"Chile asked Peru for humanitarian aid at the border, the foreign ministry said on Monday.",
			[]string{"CHL>PER:0233"}, nil},
	}
	checkEventCases(t, tests)
}
