package event

import "testing"

// TestReleasedByHolder checks that captives released in a passive that
// names no agent were released by whoever the sentence says held them,
// and that other passives of captives gain no such source.
func TestReleasedByHolder(t *testing.T) {
	tests := []eventCase{
		{"Two Chilean hostages held by Bolivian rebels since 2016 were released on Tuesday.", []string{"BOLREB>CHL:084"}, nil},
		{"Two Chilean hostages who had been held by Bolivian rebels since 2016 were released on Tuesday in a swap for three Peruvian insurgents.", []string{"BOLREB>CHL:*"}, []string{"BOLREB>PERREB:*", "BOLREB>PER:*"}},
		{"Two Chilean hostages held by Bolivian rebels were killed on Tuesday.", nil, []string{"BOLREB>CHL:*"}},
	}
	checkEventCases(t, tests)
}
