package event

import "testing"

// TestPossessorMember checks that "X and his Y counterpart" is a list of
// two parties whatever the verb (the possessive is no member of its own,
// and "his" no longer ends the list), while a possessive without a
// conjunction before it joins nothing.
func TestPossessorMember(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Ghanaian president and his Togolese counterpart signed a border treaty on Friday.", []string{"GHAGOV>TGOGOV:057", "TGOGOV>GHAGOV:057"}, nil},
		{"Ghana's foreign minister and his Togolese counterpart held talks in Accra on Monday.", []string{"GHAGOV>TGOGOV:046", "TGOGOV>GHAGOV:046"}, nil},
		{"The Kenyan prime minister and her Ugandan counterpart met in Nairobi.", []string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}, nil},
		{"The Ghanaian president met his Togolese counterpart in Accra.", []string{"GHAGOV>TGOGOV:040"}, []string{"GHAGOV>GHAGOV:*"}},
	})
}
