package event

import "testing"

// TestWantActorTo checks that wanting an actor to act is an appeal to it
// (refined by the deed, as for "urged"), and that wanting something, or an
// actor named inside a noun before the infinitive, is none.
func TestWantActorTo(t *testing.T) {
	tests := []eventCase{
		{"Peru wants Chile to hand over the fugitive banker.", []string{"PER>CHL:020"}, nil},
		{"Peru wants Chile to withdraw its troops from the border.", []string{"PER>CHL:0256"}, []string{"PER>CHL:020"}},
		{"Lima wanted Bolivia to drop the new tariffs.", []string{"PER>BOL:020"}, nil},
		{"Peru wanted the negotiations with Chile to end quickly.", nil, []string{"PER>CHL:020"}},
		{"Peru wants the border with Chile to stay open.", nil, []string{"PER>CHL:020"}},
		{"The firms said they wanted to expand their services in Chile.", nil, []string{"*>CHL:*"}},
	}
	checkEventCases(t, tests)
}

// TestOwnInfinitive checks that wanting or needing to do something
// oneself is no appeal or demand to anyone, while wanting or needing an
// actor to act, or something of it, still is.
func TestOwnInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Bolivia wants to withdraw its troops from Peru.", nil, []string{"BOL>*:025", "BOL>*:020"}},
		{"Chile needs to withdraw its troops from Peru, Bolivia's president said.", nil, []string{"CHL>*:025", "CHL>*:100"}},
		{"Bolivia needs Chile to withdraw its troops.", []string{"BOL>CHL:0256"}, nil}, // the withdrawal's de-escalation (deedCode)
		{"Chile needs help from Peru.", []string{"CHL>PER:023"}, nil},
	}
	checkEventCases(t, tests)
}
