package event

import "testing"

// TestOneSidedCompound checks that the members of a list subject do not
// praise, defend or apologise to each other when the verb names a thing
// they praise, while signing, meeting and restoring relations stay
// mutual.
func TestOneSidedCompound(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Norway, Sweden and Denmark welcomed the ceasefire.",
			not: []string{"NOR>SWE:051", "SWE>DNK:051", "DNK>NOR:051"}},
		{text: "Kenya and Uganda praised the new trade rules.",
			not: []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Peru and Chile defended the court ruling on Tuesday.",
			not: []string{"PER>CHL:052", "CHL>PER:052"}},
		{text: "Kenya and Uganda praised Tanzania.",
			want: []string{"KEN>TZA:051", "UGA>TZA:051"},
			not:  []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Kenya and Uganda praised each other.",
			want: []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Norway and Sweden signed a fisheries agreement.",
			want: []string{"NOR>SWE:057", "SWE>NOR:057"}},
		{text: "Kenya and Uganda restored diplomatic relations.",
			want: []string{"KEN>UGA:054", "UGA>KEN:054"}},
		{text: "Norway and Sweden met in Oslo.",
			want: []string{"NOR>SWE:040", "SWE>NOR:040"}},
	})
}
