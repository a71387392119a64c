package event

import "testing"

// TestEnvoyGovernment checks that a country summoning a foreign envoy is
// coded as its government, and that a country expelling envoys, other
// acts of a country, and other objects of the same verbs keep the bare
// country.
func TestEnvoyGovernment(t *testing.T) {
	c, a := coder(t)
	checkCoded(t, c, a, thursday, []codeCase{
		{"Canada summoned Brazil's ambassador on Friday.", []Triple{{"CANGOV", "BRAGOV", "114"}}},
		// Expelling envoys is the state's act: the country stays.
		{"Canada expelled two Chinese diplomats.", []Triple{{"CAN", "CHNGOV", "174"}}},
		{"Canada ordered Chinese diplomats to leave the country.", []Triple{{"CAN", "CHNGOV", "174"}}},
		{"Lisbon expelled three Venezuelan diplomats over the affair on Monday.", []Triple{{"PRT", "VENGOV", "174"}}},
		{"Peru's foreign ministry expelled the Bolivian ambassador.", []Triple{{"PERGOV", "BOLGOV", "174"}}},
		// Already a government: unchanged.
		{"Egypt's foreign ministry summoned Israel's ambassador.", []Triple{{"EGYGOV", "ISRGOV", "114"}}},
		// No envoy named: the country stays the country.
		{"Canada expelled two Chinese journalists.", []Triple{{"CAN", "CHNMED", "174"}}},
		{"Canada lodged a protest with China.", []Triple{{"CAN", "CHN", "114"}}},
	})
}
