package event

import "testing"

// TestCompoundHalf checks that a verb written as the second half of a
// hyphenated word of manner or degree ("ill-advised", "strong-arm") codes
// nothing, while a verb after a prefix ("re-elected") or on its own still
// does.
func TestCompoundHalf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"But Chile pointed out that Peru would be ill-advised to be involved again, militarily, with Bolivia.", nil, []string{"PER>BOL:020"}},
		{"The United States should strong-arm Chile and Peru into a settlement.", nil, []string{"USA>CHL:062", "USA>PER:062"}},
		{"Chile re-elected its president and criticised Peru.", []string{"CHL>PER:111"}, nil},
		{"Chile advised Peru to withdraw its troops.", []string{"CHL>PER:0256"}, nil},
	})
}

// TestSurroundedByCountries checks that a country surrounded by countries
// is geography, no use of force, while one surrounded by troops is
// (190).
func TestSurroundedByCountries(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia is surrounded by Chile, Peru, Brazil and Argentina.", nil, []string{"CHL>BOL:190", "PER>BOL:190"}},
		{"The Bolivian town was surrounded by Chilean troops on Monday.", []string{"CHLMIL>BOL:190"}, nil},
	})
}

// TestPhrasalParticipleBeforeNoun checks that a phrasal participle with
// its particle before a noun ("the stepped up rivalry") is an adjective,
// no predicate, while the phrasal verb with an object still codes.
func TestPhrasalParticipleBeforeNoun(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile also has to deal with the stepped up rivalry between Peru and Bolivia in the region.", nil, []string{"CHL>PER:060", "CHL>BOL:060"}},
		{"Chile stepped up patrols on the Peruvian border.", []string{"CHL>PER:130"}, nil},
	})
}
