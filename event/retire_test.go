package event

import "testing"

// TestRetireFromInstitution checks that a person who retires from an
// institution (an army, a navy, a ministry) ends a career and withdraws
// from nothing, while forces that retire from a country still withdraw
// (0874).
func TestRetireFromInstitution(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Peruvian general retired from the army in 2010.", nil, []string{"*>*:0874"}},
		{"Admiral Soto retired from the Chilean navy after thirty years.", nil, []string{"*>*:0874"}},
		{"A Bolivian colonel who retired from the Peruvian army in 2015 said the talks would fail.", nil, []string{"*>*:0874"}},
		{"Chilean troops retired from Peru after the fighting.", []string{"CHLMIL>PER:0874"}, nil},
		{"Chilean forces withdrew from the Peruvian army base.", []string{"CHLMIL>PERMIL:0874"}, nil},
	})
}
