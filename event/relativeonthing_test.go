package event

import "testing"

// TestRelativeOnThing checks that a relative clause the parse hangs
// elsewhere, whose relative pronoun follows no actor, takes no actor
// named before it as its subject (relativeOnThing), while one right
// after an actor keeps that actor.
func TestRelativeOnThing(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian speaker spoke before lawmakers defending the state budget approved by senators in April that boosted base school spending by 3% each year.", nil, []string{"PERLEG>PEREDU:071"}},
		{"Chilean rebels, who attacked Peru in March, fled.", []string{"CHLREB>PER:190"}, nil},
	}
	checkEventCases(t, tests)
}
