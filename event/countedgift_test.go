package event

import "testing"

// TestCountedGift checks that counted forces a cooperative deed pledges
// ("pledging 300 troops") are not its target, though the story gave the
// bare troops another country.
func TestCountedGift(t *testing.T) {
	tests := []eventCase{
		{"American troops arrived in Chad last year. The African Union is clearly not up to the task, pledging 300 troops to an area that will need 15,000, analysts said.", nil, []string{"IGOAFR>USAMIL:030"}},
	}
	checkEventCases(t, tests)
}
