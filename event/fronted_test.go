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
		{"Having been expelled by Mali, the French ambassador returned to Paris.", []string{"MLIGOV>FRAGOV:174"}, nil},
		// A state long past is no deed done to the subject.
		{"Once admired by Paris, the Malian junta expelled French troops.", nil, []string{"FRA>MLIGOV:051"}},
		// The source of a deed after an opening phrase is its subject
		// alone.
		{"Despite warnings from Washington, Israel attacked Rafah.", []string{"ISR>*:190"}, []string{"USA>*:190"}},
	}
	checkEventCases(t, tests)
}
