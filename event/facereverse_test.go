package event

import "testing"

// TestFaceRiotControl checks that facing tear gas or rubber bullets from
// someone is their repression of the one facing it (175), and facing
// thrown stones or petrol bombs a riot against them (145), not a meeting.
func TestFaceRiotControl(t *testing.T) {
	tests := []eventCase{
		{"Chilean students faced tear gas and rubber bullets from the police.", []string{"CHLCOP>CHLEDU:175"}, []string{"CHLEDU>CHLCOP:040"}},
		{"Peruvian police faced stones thrown by Bolivian miners.", []string{"BOL>PERCOP:145"}, []string{"PERCOP>BOL:040"}},
		{"Peru's president will face Chile's president in a debate.", nil, []string{"*>*:175", "*>*:145"}},
	}
	checkEventCases(t, tests)
}

// TestFaceWhoseCriticism checks that the source of a reverse event of
// FACE (criticism, calls, sanctions faced) is who they come from, not an
// actor behind another preposition (reverseOblique); that facing
// someone's sanctions is their sanction (163); and that what calls
// faced ask for has not happened (nounInfinitiveOf).
func TestFaceWhoseCriticism(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian president faced criticism over the dispute with Chile.", nil, []string{"CHL>PERGOV:111"}},
		{"The Peruvian president faced criticism from Chile over the dispute with Bolivia.", []string{"CHL>PERGOV:111"}, []string{"BOL>PERGOV:111"}},
		{"The Peruvian minister is facing calls to resign over the crisis with Chile.", nil, []string{"CHL>PERGOV:020", "CHL>PERGOV:0241", "PERGOV>CHL:0831"}},
		{"The Peruvian minister is facing calls from Chile to resign.", []string{"CHL>PERGOV:0241"}, nil},
		{"Bolivia faces Chilean sanctions over its gas exports.", []string{"CHL>BOL:163"}, []string{"BOL>CHL:040"}},
		{"Bolivia faced new tariffs from Chile.", []string{"CHL>BOL:163"}, []string{"BOL>CHL:040"}},
	}
	checkEventCases(t, tests)
}
