package event

import "testing"

// TestOrganisationLeft checks that a state that quits, leaves or
// withdraws from an international organisation reduces relations with it
// (161), the organisation named as the verb's object, after "from" or
// by a relative pronoun, and that leaving a place, or a body's
// building by an envoy, is no such thing.
func TestOrganisationLeft(t *testing.T) {
	tests := []eventCase{
		{"Chad quit the Economic Community of Central African States on Tuesday.", []string{"TCD>IGOCAFECA:161"}, nil},
		{"Guyana withdrew from the International Criminal Court last year.", []string{"GUY>IGOJUDICC:161"}, []string{"GUY>IGOJUDICC:080"}},
		{"Ministers criticised the African Union, which Eritrea left in 2003.", []string{"ERI>IGOAFR:161"}, nil},
		// A place left, and a state's people leaving a body's seat.
		{"Chad left Sudan on Tuesday.", nil, []string{"TCD>SDN:161"}},
		{"Peru and Chile accepted a European Union plan on Monday but left Brussels without signing it.", nil, []string{"PER>IGOEUREEC:161", "CHL>IGOEUREEC:161"}},
		{"Protesters in Guyana quit the African Union headquarters on Friday.", nil, []string{"*>IGOAFR:161"}},
	}
	checkEventCases(t, tests)
}
