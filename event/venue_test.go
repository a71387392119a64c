package event

import "testing"

// TestVenueBody checks that an international body named after "at" as
// where a deed is done is not its target, while a body the deed is
// addressed to, what a body owns and forces a deed is aimed at still
// are.
func TestVenueBody(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru will challenge the tariffs at the World Trade Organization, its trade minister said.", nil, []string{"PER>IGOBUSWTO:*"}},
		{"Chile criticised Peru at the United Nations on Monday.", []string{"CHL>PER:111"}, []string{"CHL>IGOUNO:*"}},
		{"Peru appealed to the United Nations on Monday.", []string{"PER>IGOUNO:020"}, nil},
		{"Peru protested at the EU's decision on Monday.", []string{"PER>IGOEUREEC:*"}, nil},
	})
}
