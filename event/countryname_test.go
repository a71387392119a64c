package event

import "testing"

// TestCountryNameWhere checks that a country named by a name of two
// words after "in" is where a meeting is held, not who was met, as a
// country of one word is.
func TestCountryNameWhere(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru and Bolivia met in North Macedonia on Monday.", []string{"PER>BOL:040", "BOL>PER:040"}, []string{"PER>MKD:040", "BOL>MKD:040"}},
		{"Peru and Bolivia met in Ecuador on Monday.", []string{"PER>BOL:040"}, []string{"PER>ECU:040"}},
	})
}
