package event

import "testing"

// TestRelationSubject checks that a subject naming parties by their tie
// to an actor ("Peru's allies", "critics of the Peruvian government")
// gives the verb no source (aboutAnother, through topicSubject and
// nounSubject), and that an indefinite person ("someone", "nobody")
// is no one's deed (indefinitePerson): neither the actor tied to nor
// the sayer before it did it. The actor itself, its own organ and a
// list that names it still code.
func TestRelationSubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's allies condemned Chile on Monday.", nil, []string{"PER>CHL:111"}},
		{"Critics of the Peruvian government accused Chile of spying.", nil, []string{"PERGOV>CHL:1125"}},
		{"Bolivia's rivals attacked Chile.", nil, []string{"BOL>CHL:190"}},
		{"Peru's army said its enemies had attacked Chile.", nil, []string{"PERMIL>CHL:190"}},
		{"The Peruvian government said someone had attacked the Chilean embassy.", nil, []string{"PERGOV>CHLGOV:190"}},
		{"Peru said nobody would attack Chile.", nil, []string{"PER>CHL:190"}},
		{"Peru condemned Chile on Monday.", []string{"PER>CHL:111"}, nil},
		{"Peru's army attacked Chile on Monday.", []string{"PERMIL>CHL:190"}, nil},
		{"Peru and its allies condemned Chile on Monday.", []string{"PER>CHL:111"}, nil},
		{"The Peruvian government said Bolivian rebels had attacked the Chilean embassy.", []string{"BOLREB>CHLGOV:190"}, nil},
	})
}
