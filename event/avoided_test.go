package event

import "testing"

// TestAvoidedGerund checks that a deed named by a gerund after a verb of
// avoiding, refraining or ceasing is negated, and that one after a verb
// of beginning is not.
func TestAvoidedGerund(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Chile refrained from attacking Peru.", "CHL", "PER", "190", "negated"},
		{"Chile avoided criticising Peru.", "CHL", "PER", "111", "negated"},
		{"Chile carefully avoided criticising Peru on Monday.", "CHL", "PER", "111", "negated"},
		{"Chile began attacking Peru.", "CHL", "PER", "190", "asserted"},
	})
}

// TestUnmetStop checks that a deed one is warned or urged to stop doing
// is no deed negated (nor one of the warner's), while one stopped is.
func TestUnmetStop(t *testing.T) {
	tests := []eventCase{
		{"Bolivia warned foreign powers to stop arming Peru.", nil, []string{"BOL>PER:*"}},
		{"Bolivia warned Chile to stop shelling Peru.", []string{"BOL>CHL:130"}, []string{"BOL>PER:*", "CHL>PER:*"}},
		{"Bolivia urged Chile to stop shelling Peru.", []string{"BOL>CHL:0256"}, []string{"BOL>PER:*", "CHL>PER:*"}},
		{"Bolivia said Chile had stopped shelling Peru.", []string{"CHL>PER:087"}, nil},
	}
	checkEventCases(t, tests)
}

// TestShortOfAndAgainst checks that a deed one stopped short of, or is
// warned against, is not done, while one plainly done stays asserted.
func TestShortOfAndAgainst(t *testing.T) {
	tests := []eventCase{
		{"Bolivia warned Chile against attacking Peru.", []string{"BOL>CHL:130"}, []string{"BOL>PER:190", "CHL>PER:190"}},
		{"Bolivia cautioned the Chilean government against sending troops to Peru.", []string{"BOL>CHLGOV:130"}, []string{"BOL>PER:*", "CHL>PER:*"}},
		{"Bolivia fought against Chile.", []string{"BOL>CHL:190"}, nil},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Bolivia stopped short of condemning Chile.", "BOL", "CHL", "111", "negated"},
		{"Bolivia fell short of recognising Chile's government.", "BOL", "CHLGOV", "054", "negated"},
		{"Bolivia condemned Chile.", "BOL", "CHL", "111", "asserted"},
	})
}

// TestAskedNotTo checks that what one is advised or urged not to do is
// neither done nor denied, while what one chose not to do is negated.
func TestAskedNotTo(t *testing.T) {
	checkEvents(t, code(t, "Bolivia advised its citizens not to travel to Chile.", nil, nil), nil, []string{"BOLCVL>CHL:*"})
	checkEvents(t, code(t, "Bolivia urged Chile not to attack Peru.", nil, nil), []string{"BOL>CHL:020"}, []string{"CHL>PER:*", "BOL>PER:*"})
	checkStatuses(t, []statusCase{
		{"Bolivia chose not to attack Peru.", "BOL", "PER", "190", "negated"},
	})
}
