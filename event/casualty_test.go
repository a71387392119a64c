package event

import "testing"

// TestCasualtyParticiple checks that the dead an attack's participle
// counts ("..., killing two soldiers") are no deed of their own beside
// the attack, whatever country the story gives the bare victims, while
// a participle after a deed that is no attack still codes.
func TestCasualtyParticiple(t *testing.T) {
	tests := []eventCase{
		{"Islamist fighters attacked a United Nations camp near Gao in Mali on Monday, killing two soldiers, the Malian army said.", []string{"MLIREB>IGOUNO:190"}, []string{"MLIREB>MLIMIL:190"}},
		{"Peruvian troops fired on Bolivian smugglers near the border, killing one.", []string{"PERMIL>BOLCRM:190"}, nil},
	}
	checkEventCases(t, tests)
}
