package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestNeitherNorSubjectIsNegated checks that a verb whose subject is
// "not X nor Y" or "neither X nor Y" is negated, while "X and Y" is not.
func TestNeitherNorSubjectIsNegated(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Neither Peru nor Chile criticised Bolivia on Monday.", "PER", "BOL", "*", model.Negated},
		{"\"Not Peru nor any of its allies are criticising Bolivia,\" the envoy said.", "PER", "BOL", "*", model.Negated},
		{"Peru and Chile criticised Bolivia on Monday.", "PER", "BOL", "*", model.Asserted},
	})
}
