package event

import "testing"

// TestEnvoyGovernment checks that a country summoning or expelling a
// foreign envoy is coded as its government, and that other acts of a
// country, and other objects of the same verbs, keep the bare country.
func TestEnvoyGovernment(t *testing.T) {
	c, a := coder(t)
	checkCoded(t, c, a, thursday, []codeCase{
		{"Canada summoned Brazil's ambassador on Friday.", []Triple{{"CANGOV", "BRAGOV", "114"}}},
		{"Canada expelled two Chinese diplomats.", []Triple{{"CANGOV", "CHNGOV", "174"}}},
		{"Canada ordered Chinese diplomats to leave the country.", []Triple{{"CANGOV", "CHNGOV", "174"}}},
		// Already a government: unchanged.
		{"Egypt's foreign ministry summoned Israel's ambassador.", []Triple{{"EGYGOV", "ISRGOV", "114"}}},
		// No envoy named: the country stays the country.
		{"Canada expelled two Chinese journalists.", []Triple{{"CAN", "CHNMED", "174"}}},
		{"Canada lodged a protest with China.", []Triple{{"CAN", "CHN", "114"}}},
	})
}
