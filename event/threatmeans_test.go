package event

import "testing"

// TestThreatOfMilitaryMeans checks that a threat is a threat of force
// (138) when it is made with troops or is to send, use or build them up,
// and is none when troops are only the object of something else
// threatened (a plain threat, 130, or to expel them, 136).
func TestThreatOfMilitaryMeans(t *testing.T) {
	tests := []eventCase{
		{"Chile threatened Peru with its navy.", []string{"CHL>PER:138"}, []string{"CHL>PER:130"}},
		{"Chile threatened Peru with military action.", []string{"CHL>PER:138"}, nil},
		{"Chile threatened to send troops to Peru.", []string{"CHL>PER:138"}, []string{"CHL>PER:130"}},
		{"Chile threatened to designate Peru's army as a terrorist group.", []string{"CHL>PERMIL:130"}, []string{"CHL>PERMIL:138"}},
		{"Chile threatened to expel the Peruvian soldiers.", []string{"CHL>PERMIL:136"}, []string{"CHL>PERMIL:138"}},
		{"Chile threatened Peru with sanctions.", []string{"CHL>PER:1312"}, []string{"CHL>PER:138"}},
	}
	checkEventCases(t, tests)
}
