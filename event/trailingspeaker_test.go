package event

import "testing"

// TestTrailingSpeaker checks that the speaker of a report set off by a
// comma at the sentence's end ("..., Peruvian officials said") is no
// member of a list with the name before the comma, and that a list
// written with commas and "and" stays one.
func TestTrailingSpeaker(t *testing.T) {
	tests := []eventCase{
		{"Chile criticised Bolivia, Peruvian officials said.", []string{"CHL>BOL:111"}, []string{"CHL>PERGOV:*"}},
		{"Chile criticised Bolivia, Peruvian officials in Lima said.", []string{"CHL>BOL:111"}, []string{"CHL>PERGOV:*", "CHL>PER:*"}},
		{"Chile criticised Bolivia, Peru and Ecuador.", []string{"CHL>BOL:111", "CHL>PER:111", "CHL>ECU:111"}, nil},
		// The speaker is no go-between beside the mediator, and the
		// parties mediated between are the swap's, whatever the parse
		// made of the participle.
		{"Peru and Chile exchanged prisoners on Monday in a swap mediated by Brazil, officials in Lima and Santiago said.",
			[]string{"BRA>PER:045", "BRA>CHL:045"}, []string{"PERGOV>*:045", "CHLGOV>*:045"}},
	}
	checkEventCases(t, tests)
}

// TestTrailingSpeakerStatus checks that a deed reported by a speaker set
// off by a comma after it is claimed, also with a time after the verb of
// saying, which the parse may take for the deed's complement.
func TestTrailingSpeakerStatus(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Chile criticised Bolivia, Peruvian officials said.", "CHL", "BOL", "111", "claimed"},
		{"Chile criticised Bolivia, Peruvian officials said on Monday.", "CHL", "BOL", "111", "claimed"},
		{"Chile criticised Bolivia on Monday.", "CHL", "BOL", "111", "asserted"},
	})
}
