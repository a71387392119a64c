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
		// The agents list makes "websites" a media actor; hosting one is
		// still hosting a thing, finite or as a participle.
		{"Chilean companies are hosting Peruvian government websites.", nil, []string{"CHLBUS>PERGOV:043", "PERGOV>CHLBUS:042"}},
		{"Officials said Bolivian firms hosting Paraguayan government websites broke the law.", nil, []string{"BOLBUS>PRYGOV:043", "PRYGOV>BOLBUS:042"}},
		{"A Brazilian company hosted Argentine government websites for a year.", nil, []string{"BRABUS>ARGGOV:043", "ARGGOV>BRABUS:042"}},
	})
}
