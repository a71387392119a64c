package event

import "testing"

// TestBoundPatternNoun checks that a one-word pattern noun codes nothing
// where it is only a word of a longer name or the second half of a
// hyphenated word, while the same noun standing alone still codes, and a
// match of two words inside a name stands.
func TestBoundPatternNoun(t *testing.T) {
	tests := []eventCase{
		{"Iran's interior ministry granted Amnesty International access to the prison.", nil, []string{"IRNGOV>NGOHRIAMN:056"}},
		{"Egypt granted amnesty to Libyan fishermen on Monday.", []string{"EGY>LBYCVL:056"}, nil},
		{"Ecuador offered a volunteer from the Quito Animal Shelter to Peru.", nil, []string{"ECU>PER:0333"}},
		{"Turkey offered shelter to the Iranian family at the Ankara Animal Shelter.", []string{"TUR>IRN:0333"}, nil},
		{"A Canadian blog said Egyptian viewers could now watch ad-supported films.", nil, []string{"CANMED>EGY:051"}},
		{"A Canadian blog said Egyptian viewers could count on support from Ottawa.", []string{"CANMED>EGY:051"}, nil},
		{"Syria called for UN Security Council protection of its borders.", []string{"SYR>IGOUNO:0234"}, nil},
		{"Ukraine took Russia to the International Court of Justice over the shelling.", []string{"UKR>RUS:115"}, nil},
	}
	checkEventCases(t, tests)
}
