package event

import "testing"

// TestSettlePlace checks that settling in a place, or a place settled by
// people, makes a home there and yields nothing (no 080), while settling
// with another party still yields (080) and settling a dispute still
// settles it (039).
func TestSettlePlace(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Many Bolivian families settled in Peru after the war.", nil, []string{"*>*:080"}},
		{"Thousands of Chilean miners settled along the Peruvian coast.", nil, []string{"*>*:080"}},
		{"The Chilean coast was settled in the nineteenth century by German immigrants.", nil, []string{"*>*:080"}},
		{"Peru settled with Chile after months of talks.", []string{"PER>CHL:080"}, nil},
		{"Peru settled its dispute with Chile.", []string{"PER>CHL:039"}, nil},
	})
}
