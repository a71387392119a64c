package event

import "testing"

// TestHandedOverAndReturned checks releases and returns the verb
// supplement and objectAt read: people handed over or back are released
// persons (0841) and seized boats, trucks or cargo handed back or
// returned are property returned (0842), while power handed over is no
// release; impounding confiscates (1711); protesting outside or in front
// of an embassy is a demonstration (141); and a person released after
// "a" ("released a Chilean student") is the verb's object, so the
// release is one of persons (0841), as after "the".
func TestHandedOverAndReturned(t *testing.T) {
	tests := []eventCase{
		{"Peru handed back six Chilean prisoners on Monday.", []string{"PER>CHL:0841"}, nil},
		{"Bolivian police handed them over to Chile after the match.", nil, []string{"BOLCOP>CHL:0841"}},
		{"Ecuador handed back the impounded Peruvian boats.", []string{"ECU>PER:0842"}, nil},
		{"Chile returned the seized Bolivian trucks on Friday.", []string{"CHL>BOL:0842"}, nil},
		{"The Chilean president handed over power to the army.", nil, []string{"CHLGOV>CHLMIL:0841"}},
		{"The Bolivian trawler was impounded by Peru.", []string{"PER>BOLCVL:1711"}, nil},
		{"Peruvian students protested outside the Chilean embassy.", []string{"PEREDU>CHLGOV:141"}, []string{"PEREDU>CHLGOV:140"}},
		{"Bolivia released a Chilean tourist on Sunday.", []string{"BOL>CHLCVL:0841"}, []string{"BOL>CHLCVL:084"}},
	}
	checkEventCases(t, tests)
}
