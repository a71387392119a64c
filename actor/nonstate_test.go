package actor

import "testing"

// TestNonState checks which actor codes NonState takes for a country's
// actors who are no part of its state: its opposition, armed groups,
// parties, criminals and civilians, not its government, army or people,
// nor an organisation with no country.
func TestNonState(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"PEROPP", true},
		{"PERREB", true},
		{"PERINS", true},
		{"PERUAF", true},
		{"PERSEP", true},
		{"PERPTY", true},
		{"PERCRM", true},
		{"PERCVL", true},
		{"PERGOV", false},
		{"PERMIL", false},
		{"PERGOVREB", false},
		{"PER", false},
		{"IGOUNO", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := NonState(tt.code); got != tt.want {
			t.Errorf("NonState(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
