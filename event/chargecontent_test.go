package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestChargeContent checks that what a charge ("accusations that ...",
// "allegations that ...") says was done is disputed, and negated where
// a verb of denial rejects the charge, while a clause of saying or another
// noun keeps its own status.
func TestChargeContent(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru has balked at terms that would expose it to charges that it favors Chile over other countries.", "PER", "CHL", "051", model.Disputed},
		{"Peru rejected accusations that it supports the rebels in Chile.", "PER", "CHLREB", "051", model.Negated},
		{"Officials in Lima dismissed the allegations that Peru had funded the rebels in Chile.", "PER", "CHLREB", "061", model.Negated},
		{"Bolivia said that Peru supports the rebels in Chile.", "PER", "CHLREB", "051", model.Claimed},
		// A party's word on its own stance is no claim (firstHand).
		{"Peru said that it supports the rebels in Chile.", "PER", "CHLREB", "051", model.Asserted},
		{"Peru has balked at terms that show it favors Chile over other countries.", "PER", "CHL", "051", model.Asserted},
	})
}
