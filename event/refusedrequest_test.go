package event

import "testing"

// TestBareRefusal checks that a refusal naming nothing refused is the
// rejection of the request made to its subject just before, aimed at
// whoever made it and of the request's kind, and that a refusal with no
// such request, negated, or by another codes nothing.
func TestBareRefusal(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Uruguay asked Paraguay to hand back the seized trawler. Paraguay refused.", []string{"URY>PRY:0253", "PRY>URY:1243"}, nil},
		{"Uruguay asked Paraguay for military aid. Asuncion refused on Friday.", []string{"URY>PRY:0232", "PRY>URY:1222"}, nil},
		{"Uruguay offered Paraguay a loan of $20 million. Paraguay declined.", []string{"PRY>URY:1221"}, nil},
		{"Uruguay urged Paraguay to reopen the bridge on Friday, which Paraguay refused.", []string{"URY>PRY:*", "PRY>URY:*"}, nil},
		// A request in the refusal's sentence stays beside it.
		{"Uruguay offered to mediate between Paraguay and Bolivia, but Paraguay declined.", []string{"URY>PRY:039", "URY>BOL:039", "PRY>URY:126"}, nil},
		{"Paraguay refused.", nil, []string{"PRY>*:*"}},
		{"Paraguay refused, Uruguay said.", nil, []string{"PRY>URY:*"}},
		{"Uruguay asked Paraguay to hand back the seized trawler. Paraguay did not refuse.", nil, []string{"PRY>URY:*"}},
		{"Uruguay asked Paraguay to hand back the seized trawler. Bolivia refused.", nil, []string{"BOL>*:*"}},
		// A request made long before is not the one refused.
		{"Uruguay asked Paraguay to hand back the seized trawler. Bolivia praised Argentina. Argentina thanked Bolivia. Paraguay refused.", nil, []string{"PRY>URY:*"}},
	})
}

// TestRejectionOf checks the rejection an appeal, demand or offer maps
// to, its fourth digit kept only where the codebook has that child.
func TestRejectionOf(t *testing.T) {
	tests := []struct{ code, want string }{
		{"020", "120"},
		{"0232", "1222"},
		{"0253", "1243"},
		{"1056", "1246"},
		{"026", "125"},
		{"106", "125"},
		{"036", "125"},
		{"039", "126"},
		{"0311", "1211"},
		{"0214", "121"}, // the codebook has no 1214
		{"0256", "1246"},
		{"1061", "125"}, // not a codebook code: 125 has no child to keep it
		{"111", ""},
		{"040", ""},
		{"12", ""},
	}
	for _, tt := range tests {
		if got := rejectionOf(tt.code); got != tt.want {
			t.Errorf("rejectionOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}
