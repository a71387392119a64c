package event

import "testing"

// TestPurposeInfinitiveKeepsItsObject checks that an actor after an
// infinitive on a noun that a preposition opens ("in an attempt to force
// Chile") is that infinitive's, no target of the verb before it, while an
// object's infinitive ("abandoned efforts to stop") is not cut off.
func TestPurposeInfinitiveKeepsItsObject(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peru blocked the delivery of aid in an attempt to force Chile to withdraw.", nil, []string{"PER>CHL:170"}},
		{"Chile expressed reluctance to become involved in the internal affairs of Peru.", []string{"CHL>PER:*"}, nil},
		{"Peru blocked the delivery of aid to Chile.", []string{"PER>CHL:170"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
