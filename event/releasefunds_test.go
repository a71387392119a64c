package event

import "testing"

// TestReleaseOfFunds checks that announcing or ordering the release of funds, aid or
// money to someone is economic aid to them (071), the release of money
// with no one named to get it codes nothing, and the release of people
// stays a release of persons (0841).
func TestReleaseOfFunds(t *testing.T) {
	tests := []eventCase{
		{"Argentina announced the release of funds to Paraguay.", []string{"ARG>PRY:071"}, []string{"ARG>PRY:0841"}},
		{"Argentina announced the release of emergency aid to Paraguay.", []string{"ARG>PRY:071"}, []string{"ARG>PRY:0841"}},
		{"Argentina announced the release of funds for Paraguayan schools.", nil, []string{"ARG>PRY:0841", "ARG>PRY:071"}},
		{"Argentina announced the release of three Paraguayan prisoners.", []string{"ARG>PRY:0841"}, nil},
		{"Argentina ordered the release of funds to Paraguay.", []string{"ARG>PRY:071"}, []string{"ARG>PRY:0841"}},
		{"Argentina ordered the release of three Paraguayan prisoners.", []string{"ARG>PRY:0841"}, nil},
	}
	checkEventCases(t, tests)
}
