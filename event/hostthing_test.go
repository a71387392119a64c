package event

import "testing"

// TestHostsThing checks that a bare "host" whose object is a thing an
// actor only modifies ("a Peruvian trade fair") hosts no visit (043, 042),
// while hosting an official, a delegation or a team still does, as the
// host's 043 alone (visitPair).
func TestHostsThing(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile hosted a Peruvian trade fair in Santiago.", nil, []string{"CHL>PER:043", "PER>CHL:042"}},
		{"Chile hosted a Peruvian delegation on Monday.", []string{"CHL>PER:043"}, []string{"PER>CHL:042"}},
		{"Chile hosted Peru's foreign minister.", []string{"CHL>PERGOV:043"}, nil},
		{"Chile hosted the Bolivian team for a friendly match.", []string{"CHL>BOL:043"}, nil},
	})
}
