package event

import "testing"

// TestConjNounSubject checks that a verb with no subject of its own,
// coordinated with one whose subject is a common noun that names no
// actor ("the new tariffs angered Chile and hurt ..."), takes no source
// by word order (nounSubject): the actor it would take is the first
// verb's object. A verb the parse hung on a reported clause with an
// auxiliary it lacks (auxOnlyOn) keeps the sayer's source, and one
// coordinated with an actor's verb keeps that actor.
func TestConjNounSubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The new tariffs angered Chile and hurt Peruvian exporters.", nil, []string{"CHL>PERBUS:163"}},
		{"The protests paralysed Lima and forced Chile to close the border.", nil, []string{"PER>CHL:170"}},
		{"The floods fueled the crisis, pushed Bolivia into a recession and hurt Peruvian farmers.", nil, []string{"BOL>PERAGR:180"}},
		{"Peru's army attacked the town and killed three Chilean soldiers.", []string{"PERMIL>CHLMIL:190"}, nil},
		{"Chile's foreign minister said the helicopters had carried out a rescue and accused Peru of spying.", []string{"CHLGOV>PER:1125"}, nil},
	})
}
