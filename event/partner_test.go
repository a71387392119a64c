package event

import "testing"

// TestRelationsPartner checks that a reduction of relations naming no
// one is aimed at the other party of the story's latest event between
// the source's country and another country when its object is a
// relation, and that no partner is guessed with no such event, for
// another object (a decree, a border crossing), for a gerund, or for a
// pair ("the two countries"), whose members reduce relations with each
// other. It also
// checks SUSPEND's "- * PARTICIPATION [160]".
func TestRelationsPartner(t *testing.T) {
	tests := []eventCase{
		{"Chile accused Peru of spying on Monday. Peru suspended its participation in the fisheries treaty on Tuesday.",
			[]string{"PER>CHL:160"}, nil},
		{"Chile accused Peru of spying on Monday. Peru cut ties on Tuesday.",
			[]string{"PER>CHL:160"}, nil},
		{"Chile accused Peru of spying on Monday. Peru revoked the decree on Tuesday.",
			nil, []string{"PER>CHL:160"}},
		{"Chile accused Peru of spying on Monday. Peru closed the border crossing on Tuesday.",
			nil, []string{"PER>CHL:160"}},
		{"Peru suspended its participation in the fisheries treaty.",
			nil, []string{"PER>*:*"}},
		{"Bolivia suspended its participation in the water treaty with Chile.",
			[]string{"BOL>CHL:160"}, nil},
		{"Chile and Peru restored ties on Sunday. The two countries broke off ties in 2019.",
			nil, []string{"CHL>PER:161", "PER>CHL:161"}},
		{"Chile accused Peru of spying. A Peruvian spokesman said Chile was addicted to blaming Peru and called the claim a fabrication aimed at sabotaging diplomacy.",
			nil, []string{"PER>CHL:160", "PERGOV>CHL:160", "PER>*:160", "PERGOV>*:160"}},
	}
	checkEventCases(t, tests)
}
