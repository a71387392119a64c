package event

import "testing"

// TestActAsSubject checks that a verb naming an act that is itself a
// clause's subject ("arming Bolivian rebels would prolong the war", "it
// was vital to protect ..."), or joined to one, takes no source by word
// order (actAsSubject): the act is anyone's, not the sayer's or the
// first verb's object's. A subject of its own ("Peru was arming"), one
// given by "for" that names an actor ("for Peru to punish") and an
// infinitive that a subject governs ("Peru wants to ...") still code.
func TestActAsSubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Peruvian minister said that arming Bolivian rebels would only prolong the war.", nil, []string{"PERGOV>BOLREB:062"}},
		{"It is vital for everyone to work with Bolivia and to protect Peruvian farmers.", nil, []string{"BOL>PERAGR:074"}},
		{"Officials in Lima said it was no longer impolite to openly criticise the Chilean government.", nil, []string{"PER>CHLGOV:111"}},
		{"Peruvian officials said it was vital to protect Bolivian farmers.", nil, []string{"PERGOV>BOLAGR:074"}},
		{"The Peruvian minister said that Peru was arming Bolivian rebels.", []string{"PER>BOLREB:062"}, nil},
		{"It is time for Peru to punish Chile.", []string{"PER>CHL:170"}, nil},
		{"Peru wants to work with Bolivia and to protect Peruvian farmers.", []string{"PER>PERAGR:074"}, nil},
	})
}
