package event

import "testing"

// TestPhrasalRequests checks the verbs of asking and refusing that the
// verb supplement adds: turning down a request, offer or invitation
// refuses it (120, 125), turning to someone for help or military support
// appeals to them (023, 0232), asking or appealing for military support
// is an appeal for military aid (0232). Other senses code nothing new.
func TestPhrasalRequests(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ecuador turned down Colombia's request for electricity.", []string{"ECU>COL:120"}, nil},
		{"Ecuador has turned down an invitation from Colombia.", []string{"ECU>COL:125"}, nil},
		{"Ecuador turned down the music at its embassy in Colombia.", nil, []string{"ECU>COL:*"}},
		{"The Ecuadorian government turned to Brazil for military support.", []string{"ECUGOV>BRA:0232"}, nil},
		{"Ecuador turned to Brazil for help after the earthquake.", []string{"ECU>BRA:023"}, nil},
		{"Ecuador turned to Brazil.", nil, []string{"ECU>BRA:*"}},
		{"Ecuador turned back the Colombian migrants.", []string{"ECU>COLCVL:174"}, nil},
		{"Ecuador appealed to Brazil for military assistance.", []string{"ECU>BRA:0232"}, []string{"ECU>BRA:020"}},
		{"Ecuador asked Brazil for arms.", []string{"ECU>BRA:0232"}, nil},
	})
}
