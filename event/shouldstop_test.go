package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestShouldStop checks that a deed someone "should", "must" or "ought
// to" stop is not a deed negated (its stopping has not happened), while
// one that was stopped is.
func TestShouldStop(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru said Chile should stop arming the rebels in Bolivia.", nil, []string{"CHL>BOLREB:062"}},
		{"Peru said Chile ought to stop arming the rebels in Bolivia.", nil, []string{"CHL>BOLREB:062"}},
		{"Peru said Chile must now stop arming the rebels in Bolivia.", nil, []string{"CHL>BOLREB:062"}},
	})
	checkStatuses(t, []statusCase{
		{"Chile stopped arming the rebels in Bolivia.", "CHL", "BOLREB", "062", model.Negated},
	})
}
