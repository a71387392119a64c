package event

import "testing"

// TestCountedPeople checks that people a number or a count names, the
// target of an arrest by police or government, are coded (their
// country's civilians, as the agent dictionary resolves them), and that
// people named by no count, told or called on, killed, or arrested by
// soldiers are not.
func TestCountedPeople(t *testing.T) {
	tests := []eventCase{
		{"Police in Lima arrested 40 people on Friday.", []string{"PERCOP>PERCVL:173"}, nil},
		{"Peruvian police detained dozens of people after the march.", []string{"PERCOP>PERCVL:173"}, nil},
		{"Peruvian authorities arrested several people near the border.", []string{"PERGOV>PERCVL:173"}, nil},
		// Uncounted, not arrested, or held by soldiers, whose captives
		// may be of any country.
		{"Peruvian soldiers arrested 12 people in Bolivia.", nil, []string{"PERMIL>PERCVL:173"}},
		{"Chilean warplanes struck Peruvian bases, killing three people.", nil, []string{"CHLMIL>CHLCVL:*"}},
		{"Peruvian police arrested people at the market.", nil, []string{"PERCOP>PERCVL:173"}},
		{"Peruvian police called on people to stay home.", nil, []string{"PERCOP>PERCVL:*"}},
		{"Peruvian police told 40 people to stay home.", nil, []string{"PERCOP>PERCVL:*"}},
	}
	checkEventCases(t, tests)
}
