package event

import "testing"

// TestStrikeAgainst checks that strikes "against" someone that a force
// launches, conducts or carries out are a use of force, as strikes "on"
// someone are, while a strike staged or begun, or one against a
// company, a union or a school, is a labour one.
func TestStrikeAgainst(t *testing.T) {
	tests := []eventCase{
		{"Chile launched strikes against Bolivian rebels on Monday.", []string{"CHL>BOLREB:190"}, nil},
		{"The Chilean army conducted 14 strikes against Bolivian rebels near the border.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Chilean forces carried out a strike against Bolivian rebels.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Chile carried out drone strikes against Bolivian rebels.", []string{"CHL>BOLREB:195"}, nil},
		{"Chilean miners launched a strike against Peru's mining company.", nil, []string{"CHL>PERBUS:190", "CHLLAB>PERBUS:190"}},
		{"Chilean teachers began a strike against the Chilean government.", nil, []string{"*>CHLGOV:190"}},
		{"Peruvian workers staged a strike against the government.", nil, []string{"*>PERGOV:190"}},
	}
	checkEventCases(t, tests)
}
