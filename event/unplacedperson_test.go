package event

import "testing"

// TestUnplacedPerson checks that a titled person the resolver could give
// no country (the only country of the story is the one the person acts
// on) codes no event, while the same person placed by another country of
// the story does.
func TestUnplacedPerson(t *testing.T) {
	tests := []eventCase{
		{"Vice President Dale Marsh criticized Peru on Tuesday.", nil, []string{"GOV>PER:*", "PERGOV>PER:*"}},
		{"Prime Minister Elena Ruiz met French officials in Paris. Ruiz urged France to reopen the border.", nil, []string{"GOV>FRA:*", "FRAGOV>FRA:*"}},
		{"President Ivan Petrov visited Serbia on Monday. Petrov praised Serbia for its neutrality.", nil, []string{"GOV>SRB:*", "SRBGOV>SRB:*"}},
		{"Vice President Dale Marsh criticized Peru on Tuesday. Chile recalled its ambassador from Lima.", []string{"CHLGOV>PER:111"}, []string{"GOV>PER:*"}},
	}
	checkEventCases(t, tests)
}
