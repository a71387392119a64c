package event

import "testing"

// TestToldToIsNotYet checks that what an actor is told, advised or
// invited to do has not happened, while the telling, the advice and the
// invitation are coded and a deed reported by a speaker still is.
func TestToldToIsNotYet(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peru told the Chilean envoy to meet Bolivian officials.", nil, []string{"CHLGOV>BOLGOV:040"}},
		{"China invited the Russian president to visit Beijing.", []string{"CHN>RUSGOV:040"}, []string{"RUSGOV>CHN:042"}},
		{"Peru advised the Chilean envoy to meet Bolivian officials.", []string{"PER>CHLGOV:020"}, []string{"CHLGOV>BOLGOV:040"}},
		{"The Chilean envoy met Bolivian officials, Peru told reporters.", []string{"CHLGOV>BOLGOV:040"}, nil},
		{"The Russian president visited Beijing after China invited him.", []string{"RUSGOV>CHN:042"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
