package event

import "testing"

// TestNominalWithdrawal checks that the withdrawal, suspension or closure
// a verb announces codes by what is withdrawn (envoys and embassies 161,
// aid 162, troops 0874) against the country after it, and that a thing
// owned by another country, or with no other country named, codes no
// such event.
func TestNominalWithdrawal(t *testing.T) {
	tests := []eventCase{
		{"Argentina announced the withdrawal of its ambassador from Paraguay.", []string{"ARG>PRY:161"}, nil},
		{"Argentina announced the closure of its consulate in Paraguay.", []string{"ARG>PRY:161"}, nil},
		{"Argentina announced the suspension of economic aid to Paraguay.", []string{"ARG>PRY:162"}, []string{"ARG>PRY:0331"}},
		{"Argentina ordered the withdrawal of its troops from Paraguay.", []string{"ARG>PRY:0874"}, nil},
		{"Argentina announced the closure of its troops' base in Paraguay.", nil, []string{"ARG>PRY:0874"}},
		{"Argentina announced the withdrawal of the Paraguayan ambassador.", nil, []string{"ARG>PRYGOV:161", "ARG>PRY:161"}},
		{"Argentina announced the suspension of aid.", nil, []string{"ARG>*:162"}},
	}
	checkEventCases(t, tests)
}
