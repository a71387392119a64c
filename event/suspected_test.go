package event

import "testing"

// TestSuspectedFor checks that people the verb acts on, named only by
// whom they are suspected or accused of working or spying for, make that
// actor the target, and that people suspected of anything else, or
// working for no actor, do not.
func TestSuspectedFor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Kenyan police arrested 19 people suspected of spying for Iran.", []string{"KENCOP>IRN:173"}, []string{"KENCOP>KENCVL:173"}},
		{"Chile's state security service said it had arrested three men suspected of working for Peruvian intelligence.", []string{"CHLSPY>PERSPY:173"}, nil},
		{"Peru expelled two women suspected of working for the Chilean embassy.", []string{"PER>CHLGOV:174"}, nil},
		// No actor worked for: the people counted are the target
		// (countedPeople), as Kenyans.
		{"Kenyan police arrested 19 people suspected of working for a charity.", []string{"KENCOP>KENCVL:173"}, []string{"KENCOP>KEN:173"}},
		{"Kenyan police arrested 19 people suspected of stealing cars in Uganda.", nil, []string{"KENCOP>UGA:173"}},
	})
}
