package event

import "testing"

// TestProtectedRights checks that protecting or safeguarding rights is
// no verbal defence (052) against criticism, while defending a right
// stays one.
func TestProtectedRights(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru would protect the rights of its fishermen, the minister said.", nil, []string{"*>*:052"}},
		{"Chile safeguarded the rights of Bolivian workers in its mines.", nil, []string{"*>*:052"}},
		{"Chile defended the right of Bolivia to hold the referendum.", []string{"CHL>BOL:052"}, nil},
	})
}
