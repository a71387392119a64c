package event

import "testing"

// TestForbiddenGerund checks that a deed one is barred, banned or
// prohibited from doing is not coded as done, while the same deed done
// despite a ban still is.
func TestForbiddenGerund(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chilean firms are barred from providing any service to the Peruvian government.", nil, []string{"CHLBUS>PERGOV:060"}},
		{"Bolivian companies are prohibited from selling weapons to the Paraguayan army.", nil, []string{"BOLBUS>PRYMIL:062", "PRYMIL>BOLBUS:062"}},
		{"Ecuador provided weapons to Colombian rebels despite a ban.", []string{"ECU>COLREB:072"}, nil},
		{"Argentina banned Uruguayan firms from supplying fuel to Brazilian troops.", []string{"ARG>URYBUS:172"}, []string{"ARG>BRAMIL:072", "URYBUS>BRAMIL:072"}},
	})
}
