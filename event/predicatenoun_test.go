package event

import "testing"

// TestPredicateNounDoer checks that a clause on a noun that names no
// actor but is predicated of a subject ("was the first country to",
// "became the only state that") takes that subject as its doer
// (predicateNoun).
func TestPredicateNounDoer(t *testing.T) {
	tests := []eventCase{
		{"Peru was the first country to condemn Chile.", []string{"PER>CHL:111"}, nil},
		{"Ecuador became the first nation to recognise Kosovo.", []string{"ECU>KSV:054"}, nil},
		{"Bolivia is the only state that has condemned Chile.", []string{"BOL>CHL:111"}, nil},
		{"Argentina was among the first countries to criticise Chile.", []string{"ARG>CHL:111"}, nil},
	}
	checkEventCases(t, tests)
}
