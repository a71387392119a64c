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
		{"In an attempt to end the standoff, Peru expelled Chile's ambassador.", []string{"PER>CHLGOV:174"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPurposeCompelled checks that what an infinitive of compelling or
// persuading, itself a purpose, would make someone do is no deed of
// theirs, while what one managed to force them to do is.
func TestPurposeCompelled(t *testing.T) {
	tests := []eventCase{
		{"The rebels have attacked Peruvian forces to compel them to withdraw from Chilean territory.", []string{"PERREB>PERMIL:190"}, []string{"PERMIL>CHL:080"}},
		{"Chile imposed sanctions on Peru to force it to release the Bolivian prisoners.", []string{"CHL>PER:163"}, []string{"PER>BOL:0841"}},
		{"Chile used its influence to persuade Peru to expel the Bolivian ambassador.", nil, []string{"CHL>BOLGOV:174", "PER>BOLGOV:174"}},
		{"Chile managed to force Peru to release the Bolivian prisoners.", []string{"PER>BOL:0841"}, nil},
	}
	checkEventCases(t, tests)
}
