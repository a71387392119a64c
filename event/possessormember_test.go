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

// TestNamedPossessorMember checks that a country's name with "'s" before
// a named actor of that country ("Lebanon's Hezbollah") is no member of a
// list: the member is the named actor, whom the country only owns, both
// as the list subject of a mutual deed and as a list object.
func TestNamedPossessorMember(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Israel and Lebanon's Hezbollah exchanged fire across the border on Monday.", []string{"ISR>LBNREB:190", "LBNREB>ISR:190"}, []string{"ISR>LBN:*"}},
		{"Oman and Yemen's Houthis signed a truce in Muscat on Friday.", []string{"OMN>YEMREB:0871", "YEMREB>OMN:0871"}, []string{"OMN>YEM:*"}},
		{"Qatar praised Saudi Arabia and Yemen's Houthis on Friday.", []string{"QAT>SAU:051", "QAT>YEMREB:051"}, []string{"QAT>YEM:*"}},
		{"Kenya and Uganda's president signed a trade deal on Friday.", []string{"KEN>UGAGOV:057", "UGAGOV>KEN:057"}, []string{"KEN>UGA:*"}},
	})
}
