package event

import "testing"

// TestToldToIsNotYet checks that what an actor is told, advised or
// invited to do has not happened, while the telling, the advice and the
// invitation are coded and a deed reported by a speaker still is.
func TestToldToIsNotYet(t *testing.T) {
	tests := []eventCase{
		{"Peru told the Chilean envoy to meet Bolivian officials.", nil, []string{"CHLGOV>BOLGOV:040"}},
		{"China invited the Russian president to visit Beijing.", []string{"CHN>RUSGOV:040"}, []string{"RUSGOV>CHN:042"}},
		{"Peru advised the Chilean envoy to meet Bolivian officials.", []string{"PER>CHLGOV:020"}, []string{"CHLGOV>BOLGOV:040"}},
		{"The Chilean envoy met Bolivian officials, Peru told reporters.", []string{"CHLGOV>BOLGOV:040"}, nil},
		{"The Russian president visited Beijing after China invited him.", []string{"RUSGOV>CHN:042"}, nil},
	}
	checkEventCases(t, tests)
}

// TestToldToFarBackIsNotYet checks that what an actor is told to do is not
// coded when the teller and an aside stand between the telling and the
// infinitive, while the same deed reported done is.
func TestToldToFarBackIsNotYet(t *testing.T) {
	tests := []eventCase{
		{"The Chilean envoy said he was told by former Foreign Minister Juan Perez — Garcia's mentor — to go straight to the Bolivian counsel with his concerns.", nil, []string{"*>BOLJUD:*"}},
		{"The Chilean envoy said he met Bolivian officials.", []string{"CHLGOV>BOLGOV:040"}, nil},
	}
	checkEventCases(t, tests)
}
