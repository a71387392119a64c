package event

import "testing"

// TestFinishDealCodes checks the verb supplement's FINISH block: a deal
// concluded or finalized is a formal agreement (057), a deal to buy,
// acquire or sell is economic cooperation (061), and neither is a mere
// intent to cooperate (030).
func TestFinishDealCodes(t *testing.T) {
	tests := []eventCase{
		{"Chile and Peru concluded a deal on fishing rights.", []string{"CHL>PER:057"}, []string{"CHL>PER:030"}},
		{"Chile finalized a deal with Peru on water on Friday.", []string{"CHL>PER:057"}, []string{"CHL>PER:030"}},
		{"Chile finalized a deal to buy copper from Peru.", []string{"CHL>PER:061", "PER>CHL:061"}, []string{"CHL>PER:030", "CHL>PER:057"}},
		{"Chile concluded a deal to sell wine to Peru.", []string{"CHL>PER:061"}, []string{"CHL>PER:030"}},
		{"Chile completed a deal to acquire a Peruvian port.", []string{"CHL>PER:061"}, []string{"CHL>PER:030", "CHL>PER:057"}},
		{"Chile reached a deal with Peru on the border.", []string{"CHL>PER:030"}, []string{"CHL>PER:057"}},
	}
	checkEventCases(t, tests)
}
