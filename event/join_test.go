package event

import "testing"

// TestJoinOrganisation checks that joining an international organisation
// named as the object is a formal agreement (057), and that joining
// anything else keeps the verb's own code.
func TestJoinOrganisation(t *testing.T) {
	c, a := coder(t)
	checkCoded(t, c, a, thursday, []codeCase{
		{"Finland formally joined NATO on Tuesday.", []Triple{{"FIN", "IGOWSTNAT", "057"}}},
		{"Sweden joined the European Union in 1995.", []Triple{{"SWE", "IGOEUREEC", "057"}}},
		// The organisation only modifies the object: a gathering.
		{"Sweden joined the NATO summit.", []Triple{{"SWE", "IGOWSTNAT", "040"}}},
		// A country is no organisation.
		{"France joined Germany on Monday.", []Triple{{"FRA", "DEU", "040"}}},
	})
}
