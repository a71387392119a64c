package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestFirstHandByAgent checks that a speaker coded by an agent phrase
// alone speaks only for its own organ, while a named one speaks for
// every executive organ of its state.
func TestFirstHandByAgent(t *testing.T) {
	tests := []struct {
		speaker, source string
		byAgent         bool
		want            bool
	}{
		{"BOLGOV", "BOLMIL", false, true},
		{"BOLGOV", "BOLMIL", true, false},
		{"BOLMIL", "BOLMIL", true, true},
		{"BOLGOV", "PERMIL", false, false},
	}
	for _, tt := range tests {
		attr := &model.Actor{Code: tt.speaker}
		if got := firstHand(nil, attr, tt.byAgent, tt.source, "CHL", 4); got != tt.want {
			t.Errorf("firstHand(%s, byAgent %v, source %s) = %v, want %v", tt.speaker, tt.byAgent, tt.source, got, tt.want)
		}
	}
}
