package event

import "testing"

// TestDeniedOwnDeed checks that denying, in a "that" clause, a deed of
// one's own (its subject a pronoun or owned by one) denies
// responsibility (016), aimed at an accuser named before or else at the
// other party the clause names; a deed of another denied, or a denial
// negated, is none.
func TestDeniedOwnDeed(t *testing.T) {
	tests := []eventCase{
		{"Kenya accused Uganda of shelling a border village. Uganda denied that its soldiers had done so.", []string{"UGA>KEN:016"}, nil},
		{"Uganda denied on Monday that its troops had crossed the border with Kenya.", []string{"UGA>KEN:016"}, nil},
		{"Uganda denied on Monday that its troops had crossed the border with Kenya, and invited observers from the African Union to visit the area.", []string{"UGA>KEN:016"}, nil},
		{"Uganda denied that it had supplied weapons to Kenyan rebels.", []string{"UGA>KENREB:016"}, nil},
		{"Uganda denied that Kenya had asked for talks.", nil, []string{"UGA>KEN:016"}},
		{"Uganda did not deny that its troops had crossed the border with Kenya.", nil, []string{"UGA>KEN:016"}},
	}
	checkEventCases(t, tests)
}
