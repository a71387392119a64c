package event

import "testing"

// TestFronted checks phrases that open a sentence before its subject: a
// passive participle with a "by" agent is done to that subject, and the
// actor in a phrase opened by a preposition is no member of a list with
// the subject, whatever tag the verb after the subject got.
func TestFronted(t *testing.T) {
	tests := []eventCase{
		{"Accused by Baku of sabotage, Armenia denied any role.", []string{"AZE>ARM:112"}, nil},
		{"Criticised by Washington, Beijing defended its policy.", []string{"USA>CHN:111"}, nil},
		{"After being criticised by Germany, Poland withdrew the proposal.", []string{"DEU>POL:111"}, nil},
		{"Sanctioned by the European Union, Iran turned to China for trade.", []string{"IGOEUREEC>IRN:163"}, nil},
		{"Having been expelled by Mali, the French ambassador returned to Paris.", []string{"MLI>FRAGOV:174"}, nil},
		// A state long past is no deed done to the subject.
		{"Once admired by Paris, the Malian junta expelled French troops.", nil, []string{"FRA>MLIGOV:051"}},
		// The source of a deed after an opening phrase is its subject
		// alone.
		{"Despite warnings from Washington, Israel attacked Rafah.", []string{"ISR>*:190"}, []string{"USA>*:190"}},
	}
	checkEventCases(t, tests)
}

// TestFrontedNonFinite checks that a gerund or perfect participle
// opening a sentence without a subject of its own is done by the subject
// of the clause it opens, while a finite clause there and a deed
// "without" doing are not.
func TestFrontedNonFinite(t *testing.T) {
	tests := []eventCase{
		{"After meeting the Egyptian president in Cairo, the US secretary of state flew to Israel.", []string{"USAGOV>EGYGOV:*", "USAGOV>ISR:*"}, nil},
		{"After criticizing Japan on Monday, China cancelled the talks.", []string{"CHN>JPN:111"}, nil},
		{"While visiting Kenya, the French foreign minister criticized Uganda.", []string{"FRAGOV>KEN:*", "FRAGOV>UGA:111"}, nil},
		{"Speaking in Lima on Tuesday after talks with Bolivia, Peru's president praised Chile.", []string{"PERGOV>CHL:051"}, nil},
		// A finite clause has a subject of its own.
		{"After Russia attacked Ukraine, Germany criticized Moscow.", []string{"RUS>UKR:*", "DEU>RUS:111"}, []string{"DEU>UKR:*"}},
		{"China cancelled the talks after criticizing Japan on Monday.", []string{"CHN>JPN:111"}, nil},
		// A deed done beside a report removes none of the report's
		// events.
		{"Peru agreed on Monday to hold talks with Chile, the Bolivian president said after meeting Peruvian officials in La Paz.", []string{"PER>CHL:036", "BOLGOV>PERGOV:*"}, nil},
		// What was not done.
		{"Without consulting Japan, China cancelled the talks.", nil, []string{"CHN>JPN:*"}},
		{"Far from praising Japan, the Chinese foreign minister cancelled the talks.", nil, []string{"CHNGOV>JPN:*"}},
	}
	checkEventCases(t, tests)
}
