package event

import "testing"

// TestJoinOrganisation checks that joining an international organisation
// named as the object is a formal agreement (057), and that joining
// anything else keeps the verb's own code.
func TestJoinOrganisation(t *testing.T) {
	tests := []struct {
		text string
		want Triple
	}{
		{"Finland formally joined NATO on Tuesday.", Triple{"FIN", "IGOWSTNAT", "057"}},
		{"Sweden joined the European Union in 1995.", Triple{"SWE", "IGOEUREEC", "057"}},
		// The organisation only modifies the object: a gathering.
		{"Sweden joined the NATO summit.", Triple{"SWE", "IGOWSTNAT", "040"}},
		// A country is no organisation.
		{"France joined Germany on Monday.", Triple{"FRA", "DEU", "040"}},
	}
	c, a := coder(t)
	for _, tt := range tests {
		got := codeTriples(c, a, tt.text, thursday)
		if !sameTriples([]Triple{tt.want}, got) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
