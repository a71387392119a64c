package event

import "testing"

// TestExpressedSupport checks that expressing support, thanks, admiration
// or approval for someone praises or endorses them (051), where EXPRESS's
// bare code would have made it a disapproval (110).
func TestExpressedSupport(t *testing.T) {
	tests := []eventCase{
		{"The African Union expressed support for Sudan's transitional government.", []string{"IGOAFR>SDNGOV:051"}, []string{"IGOAFR>SDNGOV:110"}},
		{"Germany expressed strong support for Ukraine.", []string{"DEU>UKR:051"}, []string{"DEU>UKR:110"}},
		{"The Polish foreign ministry expressed its thanks to Lithuania.", []string{"POLGOV>LTU:051"}, []string{"POLGOV>LTU:110"}},
		{"Chile's president expressed admiration for Uruguay.", []string{"CHLGOV>URY:051"}, []string{"CHLGOV>URY:110"}},
		{"Ecuador expressed approval of Peru's decision.", []string{"ECU>PER:051"}, []string{"ECU>PER:110"}},
		{"Ecuador expressed disapproval of Peru's decision.", []string{"ECU>PER:110"}, []string{"ECU>PER:051"}},
	}
	checkEventCases(t, tests)
}

// TestRecognisedState checks that recognising a state or its government,
// named as the verb's object or the passive's subject, grants diplomatic
// recognition (054), while recognising what an actor did, or people who
// are no state, stays praise (051).
func TestRecognisedState(t *testing.T) {
	tests := []eventCase{
		{"Ecuador formally recognised Palestine on Wednesday.", []string{"ECU>PSE:054"}, []string{"ECU>PSE:051"}},
		{"Bolivia was recognised by Paraguay in 1935.", []string{"PRY>BOL:054"}, []string{"PRY>BOL:051"}},
		{"Colombia's president recognized the Venezuelan government.", []string{"COLGOV>VENGOV:054"}, nil},
		{"Peru recognised Chile's efforts to end the crisis.", []string{"PER>CHL:051"}, []string{"PER>CHL:054"}},
		{"Argentina recognised the Chilean police for their work.", nil, []string{"ARG>CHLCOP:054"}},
	}
	checkEventCases(t, tests)
}

// TestVoicedSupport checks that support, solidarity or thanks voiced,
// extended or shown praises or endorses whom it is for (051), and that
// support named inside the verb's object is someone else's: no praise by
// the subject.
func TestVoicedSupport(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian government voiced solidarity with Ecuador.", []string{"PERGOV>ECU:051"}, nil},
		{"Bolivia voiced its backing for Chile's bid.", []string{"BOL>CHL:051"}, nil},
		{"Uruguay extended its gratitude to Argentina.", []string{"URY>ARG:051"}, []string{"URY>ARG:050"}},
		{"The Colombian president showed solidarity with Panama.", []string{"COLGOV>PAN:051"}, nil},
		{"Chile voiced alarm at Bolivian support for the Peruvian rebels.", nil, []string{"CHL>BOL:051"}},
		{"Ecuador expressed concern about Colombia's backing of the opposition.", []string{"ECU>COL:012"}, []string{"ECU>COL:051"}},
		{"Argentina presented evidence of Chilean support for the militants.", nil, []string{"ARG>CHL:051"}},
	}
	checkEventCases(t, tests)
}

// TestTributeFor checks that paying tribute or homage to someone for
// what they did praises them (051), while a tribute with no reason stays
// a symbolic act (017).
func TestTributeFor(t *testing.T) {
	tests := []eventCase{
		{"Bolivia's president paid tribute to Argentina for its support during the floods.", []string{"BOLGOV>ARG:051"}, []string{"BOLGOV>ARG:017"}},
		{"Chile paid homage to Peru for its rescue teams.", []string{"CHL>PER:051"}, []string{"CHL>PER:017"}},
		{"Paraguay paid tribute to Uruguay.", []string{"PRY>URY:017"}, []string{"PRY>URY:051"}},
	}
	checkEventCases(t, tests)
}
