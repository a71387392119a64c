package event

import "testing"

// TestUnableTo checks that an infinitive after "unable", "unwilling",
// "powerless" or a negated "able" is a deed not done (unableTo), negated
// as "failed to" makes it, while "able", "willing" and "quick" say
// nothing of the kind.
func TestUnableTo(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"The Peruvian army was unable to defeat the Chilean rebels.", "PERMIL", "CHLREB", "190", "negated"},
		{"Peru has been unwilling to criticise Chile.", "PER", "CHL", "111", "negated"},
		{"Peru was unable even to contact Chile's ambassador.", "PER", "CHLGOV", "040", "negated"},
		{"The Peruvian army was not able to defeat the Chilean rebels.", "PERMIL", "CHLREB", "190", "negated"},
		{"Peru was unable to meet Chile's president and to sign the deal.", "PER", "CHLGOV", "040", "negated"},
		{"The Peruvian army was able to defeat the Chilean rebels.", "PERMIL", "CHLREB", "190", "asserted"},
		{"Peru was quick to criticise Chile.", "PER", "CHL", "111", "asserted"},
		{"Peru has been willing to criticise Chile.", "PER", "CHL", "111", "hypothetical"},
	})
}
