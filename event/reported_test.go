package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestSecondSubjectReported checks that a deed the parse hangs on a
// second subject after a reporting verb ("Uganda said the army attacked
// rebels", "attacked" read as a participle) is the report's content,
// claimed, while a speaker after the verb with no subject before it
// ("..., said the army") still reports what comes before.
func TestSecondSubjectReported(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Kenya said the Ugandan army attacked rebels near the border.", "UGAMIL", "UGAREB", "190", model.Claimed},
		{"Chile said the Bolivian police arrested protesters in the capital.", "BOLCOP", "BOLOPP", "173", model.Claimed},
		// The state's own word on its forces' deed reports it
		// (firstHand).
		{"Uganda said the army attacked rebels near the border.", "UGAMIL", "UGAREB", "190", model.Asserted},
		{"Bolivia attacked Chile near the border, said the army.", "BOL", "CHL", "190", model.Claimed},
		{"Bolivia attacked Chile near the border.", "BOL", "CHL", "190", model.Asserted},
	})
}
