package event

import "testing"

// TestPredication checks that a verb that only says what something is
// held to be ("seen as", "serving as", "considers ... illegal") codes no
// event, while a verb of serving with a plain object still does; a bare
// CONSIDER codes nothing either way (it consults no one).
func TestPredication(t *testing.T) {
	tests := []struct {
		text   string
		triple string
		want   bool
	}{
		// Its verb's own code is no event; judging the act a wrong is a
		// criticism (TestViewedAs).
		{"Peru's foreign minister viewed Chile's decision as a violation.", "PERGOV>CHL:010", false},
		{"Peru's foreign minister viewed Chile's decision as a success.", "PERGOV>CHL:*", false},
		{"Peru's foreign minister considers Chile biased.", "PERGOV>CHL:*", false},
		{"Peru's foreign minister is considering Chile's offer.", "PERGOV>CHL:*", false},
		{"The Chilean general was serving as an adviser to Peru's president.", "CHL>PERGOV:*", false},
		{"The Chilean general served Peru's president for a decade.", "CHL>PERGOV:*", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := hasTriple(evs, tt.triple); got != tt.want {
			t.Errorf("%q: %s coded %v, want %v; events %s", tt.text, tt.triple, got, tt.want, describe(evs))
		}
	}
}

// TestNamingAndAmounts checks that calling something a name phones no one
// and that a change of amount is no journey, while a plain call and a
// visit still code.
func TestNamingAndAmounts(t *testing.T) {
	tests := []struct {
		text   string
		triple string
		want   bool
	}{
		{`Peru's foreign minister called Chile's decision "a crisis of trust" in the region.`, "PERGOV>CHL:041", false},
		{"Peru's foreign minister called Chile's president on Monday.", "PERGOV>CHLGOV:*", true},
		{"Chile's president and Peru's president saw trade double, going from 5 billion dollars to 10 billion dollars.", "CHLGOV>PERGOV:040", false},
		{"Chile's president went to Lima on Monday.", "CHLGOV>PER:*", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := hasTriple(evs, tt.triple); got != tt.want {
			t.Errorf("%q: %s coded %v, want %v; events %s", tt.text, tt.triple, got, tt.want, describe(evs))
		}
	}
}

// TestAnonymity checks that asking to go unnamed appeals to no one the
// sentence names, while an appeal to act still codes.
func TestAnonymity(t *testing.T) {
	tests := []struct {
		text   string
		triple string
		want   bool
	}{
		{"A Peruvian refugee who feared retaliation and asked not to be identified said that the Chilean defense ministry's claim is false.", "PERREF>CHLGOV:020", false},
		{"A Peruvian refugee who asked not to be named said the Chilean government's claim is false.", "PERREF>CHLGOV:020", false},
		{"A Peruvian official asked Chile's army to leave the border.", "PERGOV>CHLMIL:*", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := hasTriple(evs, tt.triple); got != tt.want {
			t.Errorf("%q: %s coded %v, want %v; events %s", tt.text, tt.triple, got, tt.want, describe(evs))
		}
	}
}

// TestExpectsOthers checks that expecting others to act is no intent of
// the expecter's, while expecting to act oneself still codes.
func TestExpectsOthers(t *testing.T) {
	tests := []struct {
		text   string
		triple string
		want   bool
	}{
		{"The Peruvian government expects Chilean firms to raise their output.", "PERGOV>CHLBUS:*", false},
		{"Peru expects Chilean cell producers to increase efficiency.", "PER>CHLBUS:*", false},
		{"Peru expects to sign a deal with Chilean firms.", "PER>CHLBUS:030", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := hasTriple(evs, tt.triple); got != tt.want {
			t.Errorf("%q: %s coded %v, want %v; events %s", tt.text, tt.triple, got, tt.want, describe(evs))
		}
	}
}
