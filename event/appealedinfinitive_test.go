package event

import "testing"

// TestAppealedInfinitive checks that the deed a demand asks of its
// object is not coded as done by that object when the parse hangs the
// infinitive as an adverbial clause ("pressured Chile to stop the
// attacks"), while the demand itself stays.
func TestAppealedInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Brazil pressured Chile to stop the attacks.", []string{"BRA>CHL:1056"}, []string{"CHL>BRA:0871"}},
	}
	checkEventCases(t, tests)
}
