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

// TestDatelineHome checks that a titled person the text gives no country
// is of the country of the story's dateline, unless that is the country
// the person acts on.
func TestDatelineHome(t *testing.T) {
	tests := []eventCase{
		{"LIMA, March 3 (Reuters) - Vice President Tomas Orrego criticized Chile on Tuesday. Orrego said Santiago had ignored a fishing deal.", []string{"PERGOV>CHL:111"}, []string{"CHLGOV>CHL:*"}},
		{"QUITO, March 3 (Reuters) - Army chief Jorge Salas criticized Colombia on Monday.", []string{"ECUMIL>COL:111"}, nil},
		{"LIMA, March 3 (Reuters) - Vice President Tomas Orrego criticized Peru on Tuesday.", nil, []string{"PERGOV>PER:*", "GOV>PER:*"}},
	}
	checkEventCases(t, tests)
}
