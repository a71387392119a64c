package event

import "testing"

// TestBareUK checks that "UK" without "the" names the United Kingdom, as
// it does before a noun ("UK ministers", "UK diplomats"): the Phoenix
// dictionaries list only "U.K." and "the UK", and the supplement adds the
// bare abbreviation that British government statements use throughout.
func TestBareUK(t *testing.T) {
	tests := []eventCase{
		{"UK ministers condemned the shelling by Peru on Monday.", []string{"GBRGOV>PER:111"}, nil},
		{"Peru expelled two UK diplomats on Tuesday.", []string{"PER>GBRGOV:174"}, nil},
		{"Chile thanked UK officials for the emergency aid.", []string{"CHL>GBRGOV:051"}, nil},
		{"Peru accused the UK of spying.", []string{"PER>GBR:1125"}, nil},
	}
	checkEventCases(t, tests)
}
