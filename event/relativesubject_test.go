package event

import "testing"

// TestAsideBeforeVerb checks that a relative clause set off by commas
// between a pair and its verb keeps the pair acting together, and that
// the clause's own verb is no deed of the pair's.
func TestAsideBeforeVerb(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru and Chile, which share a long border, signed a fishing treaty on Monday.", []string{"PER>CHL:057", "CHL>PER:057"}, nil},
		{"Bolivia accused Paraguay of smuggling on Monday. The neighbours, which fought a war in the 1930s, signed a trade agreement in 2020.", []string{"BOL>PRY:057", "PRY>BOL:057"}, nil},
		{"Bolivia accused Paraguay of smuggling on Monday. The two countries, which fought a war in the 1930s, signed a trade agreement in 2020.", []string{"BOL>PRY:057", "PRY>BOL:057"}, nil},
		// A relative clause that names no deed of theirs is no aside
		// before a verb of theirs: one country signs with the other.
		{"Peru, which signed a trade pact with Chile, criticised Bolivia.", []string{"PER>BOL:111"}, []string{"BOL>PER:111"}},
	})
}
