package event

import "testing"

// TestPurposeInfinitiveKeepsItsObject checks that an actor after an
// infinitive on a noun that a preposition opens ("in an attempt to force
// Chile") is that infinitive's, no target of the verb before it, while an
// object's infinitive ("abandoned efforts to stop") is not cut off.
func TestPurposeInfinitiveKeepsItsObject(t *testing.T) {
	tests := []eventCase{
		{"Peru blocked the delivery of aid in an attempt to force Chile to withdraw.", nil, []string{"PER>CHL:170"}},
		{"Chile expressed reluctance to become involved in the internal affairs of Peru.", []string{"CHL>PER:*"}, nil},
		{"Peru blocked the delivery of aid to Chile.", []string{"PER>CHL:170"}, nil},
		// However the parse hangs it, the infinitive of "in an attempt
		// to" is a purpose, no deed.
		{"Peru and Bolivia have been accused of creating a humanitarian disaster in the camp by blocking the delivery of aid in an attempt to force Chile to abandon the base.", nil, []string{"PER>CHL:170", "BOL>CHL:170"}},
		{"In an attempt to end the standoff, Peru expelled Chile's ambassador.", []string{"PERGOV>CHLGOV:174"}, nil},
	}
	checkEventCases(t, tests)
}
