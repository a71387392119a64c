package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestAsideVerb checks that a verb after an aside set off by commas
// between a country and its verb is that country's, however the parse
// hangs the verb inside the aside (asideVerb).
func TestAsideVerb(t *testing.T) {
	tests := []eventCase{
		{"Algeria, in a statement, condemned Morocco.", []string{"DZA>MAR:111"}, nil},
		{"Algeria, in a statement issued in Algiers on Friday, condemned Morocco.", []string{"DZA>MAR:111"}, nil},
		{"Algeria on Friday, in a statement, condemned Morocco.", []string{"DZA>MAR:111"}, nil},
		{"Kenya, citing security concerns, closed its border with Somalia.", []string{"KEN>SOM:191"}, nil},
	}
	checkEventCases(t, tests)
	// A denial in a relative clause on the noun makes no claim of the
	// verb's deed.
	checkStatuses(t, []statusCase{
		{"Ethiopia, which has denied the charge, accused Egypt of backing rebels in the north.", "ETH", "EGY", "112", model.Asserted},
	})
}
