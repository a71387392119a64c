package event

import "testing"

// TestLedIntervention checks the verb supplement's LEAD patterns: leading
// a military intervention, offensive or campaign uses force (190), as
// launching one does; a campaign of words is no force.
func TestLedIntervention(t *testing.T) {
	tests := []eventCase{
		{"Kenya led a military intervention in Somalia in 2011.", []string{"KEN>SOM:190"}, nil},
		{"The Kenyan army led a military offensive against Somali militants last year.", []string{"KENMIL>SOMUAF:190"}, nil},
		{"Uganda has led a military campaign against rebels in Congo.", []string{"UGA>CODREB:190"}, nil},
		{"Kenya led a diplomatic campaign against Somalia.", nil, []string{"KEN>SOM:190"}},
	}
	checkEventCases(t, tests)
}
