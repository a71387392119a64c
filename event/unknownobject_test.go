package event

import "testing"

// TestUnknownObjectHidesLaterActors checks that an unknown person or
// organisation right after the verb is its object, so that an actor
// named further on in words about it is no target, while a name that
// modifies a noun, a name described by its actor and a known actor as
// the object keep their targets.
func TestUnknownObjectHidesLaterActors(t *testing.T) {
	tests := []eventCase{
		{"Chile asked John Smith about concerns within the Peruvian army.", nil, []string{"CHL>PERMIL:020"}},
		{"Google has bought Acmesoft, a startup that was once a key part of Microsoft's cloud strategy.", nil, []string{"MNCUSAMED>MNCUSA:061"}},
		{"Chile asked Peru about concerns within the Bolivian army.", []string{"CHL>PER:020"}, nil},
		{"Russia attacked Gazprom facilities in Ukraine.", []string{"RUS>UKR:190"}, nil},
	}
	checkEventCases(t, tests)
}
