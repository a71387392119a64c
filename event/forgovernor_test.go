package event

import "testing"

// TestModalTwoInfinitivesUp checks that a deed in an infinitive under an
// infinitive whose governor has a modal ("must continue for Peru to allow
// Chile to deliver") has not happened, while one under a plain past tense
// ("continued to allow") has.
func TestModalTwoInfinitivesUp(t *testing.T) {
	tests := []eventCase{
		{"The pressure must continue for Peru to allow the U.N. to deliver aid to Bolivian refugees.", nil, []string{"*>*:070"}},
		{"Peru continued to allow the U.N. to deliver aid to Bolivian refugees.", []string{"*>*:070"}, nil},
	}
	checkEventCases(t, tests)
}
