package event

import "testing"

// TestNounParticipleAgent checks that the agent of a participle of
// doing or imposing right after a noun's phrase ("carried out by",
// "staged by", "imposed by") is the doer of the attack or the imposer of
// the tariffs the noun names, and that "carried by" or a participle of
// another verb names none.
func TestNounParticipleAgent(t *testing.T) {
	tests := []eventCase{
		{"An attack on the Tanzanian embassy carried out by Kenyan rebels killed two guards.", []string{"KENREB>TZAGOV:190"}, nil},
		{"The ambush on Ugandan troops staged by Rwandan soldiers killed six.", []string{"RWAMIL>UGAMIL:190"}, nil},
		{"Duties on Guatemalan coffee imposed by Mexico in 2021 are still in place.", []string{"MEX>GTM:163"}, nil},
		// Not a doer.
		{"An attack on the Tanzanian embassy reported by Kenyan radio shocked the region.", nil, []string{"KENMED>TZAGOV:190", "KEN>TZAGOV:190"}},
		{"The attack on the Tanzanian convoy carried by Kenyan television shocked viewers.", nil, []string{"KENMED>TZA:190", "KENMED>TZAMIL:190"}},
	}
	checkEventCases(t, tests)
}
