package event

import "testing"

// TestWelcomedAidCriticizedSanctions checks that welcoming aid another
// sent endorses it (051) and hosts no visit (043) to where the aid went,
// and that criticising sanctions criticises (111) whoever imposed them
// and rallies no support for them (053).
func TestWelcomedAidCriticizedSanctions(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile welcomed the aid sent by Peru to Bolivia on Monday.", nil, []string{"*>*:043"}},
		{"Ecuador welcomed the assistance that Peru delivered to Bolivia.", nil, []string{"*>*:043"}},
		{"Chile welcomed the Peruvian minister to Santiago on Monday.", []string{"CHL>PERGOV:043"}, nil},
		{"Ecuador criticized the sanctions imposed on Venezuela by the United States.", []string{"ECU>USA:111"}, []string{"*>*:053"}},
	})
}
