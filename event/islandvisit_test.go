package event

import "testing"

// TestIslandVisit checks that a visit "to the island" is a visit to the
// country named last before it, in its sentence or the one before, and
// to none where no country was named.
func TestIslandVisit(t *testing.T) {
	tests := []eventCase{
		{"Chinese warships circled Taiwan on Monday after a visit to the island by Japan's foreign minister.",
			[]string{"JPNGOV>TWN:042"}, nil},
		{"Sri Lanka freed ten fishermen on Monday. The release followed a visit to the island by India's foreign minister.",
			[]string{"INDGOV>LKA:042"}, nil},
		{"A visit to the island by Japan's foreign minister was welcomed.",
			nil, []string{"JPNGOV>*:042"}},
	}
	checkEventCases(t, tests)
}
