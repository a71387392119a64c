package event

import "testing"

// TestInTalks checks that talks a clause says its subject is in ("is in
// talks with", "are in trade talks", "during trade talks with") are
// negotiations of the subject with the other side, or of a subject's two
// sides with each other, with the status of the copula's clause; and
// that talks negated, put in a modal's mouth or wished for code none.
func TestInTalks(t *testing.T) {
	tests := []eventCase{
		{"Senegal is in talks with Mauritania over fishing rights.", []string{"SEN>MRT:046"}, nil},
		{"Senegal has been in trade talks with Mauritania since March.", []string{"SEN>MRT:046"}, nil},
		{"Senegal and Mauritania are in talks over the river.", []string{"SEN>MRT:046", "MRT>SEN:046"}, nil},
		{"During trade talks with Mauritania, the Senegalese minister raised the fishing dispute.", []string{"SENGOV>MRT:046"}, nil},
		// Not held, or not yet.
		{"Senegal is not in talks with Mauritania.", nil, []string{"SEN>MRT:046"}},
		{"Senegal could be in talks with Mauritania by June.", nil, []string{"SEN>MRT:046"}},
		{"Senegal wants to be in trade talks with Mauritania.", nil, []string{"SEN>MRT:046"}},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Officials in Dakar said Senegal and Mauritania were in talks.", "SEN", "MRT", "046", "claimed"},
	})
}
