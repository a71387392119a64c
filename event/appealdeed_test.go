package event

import "testing"

// TestAppealedDeedPatterns checks the verb supplement's patterns for
// deeds an appeal asks for (laying down arms, a truce, 0871; withdrawing
// to positions, a retreat, 0874), which make the appeal one for
// de-escalation (0256) where it was a bare 020, and for revenge promised
// or pledged, a threat of force (138) as a vow of it is; reopening a
// border eases a restriction (081), keeping goods flowing is economic
// cooperation (061), so the appeals for them are 0251 and 0211; a request
// for information is one for intelligence (0214) though "help" follows.
func TestAppealedDeedPatterns(t *testing.T) {
	tests := []eventCase{
		{"Chile called on the Peruvian rebels to lay down their arms.", []string{"CHL>PERREB:0256"}, []string{"CHL>PERREB:020"}},
		{"Chile urged the Peruvian rebels to withdraw to their former positions.", []string{"CHL>PERREB:0256"}, []string{"CHL>PERREB:020"}},
		{"Bolivia called on Chile to reopen the border.", []string{"BOL>CHL:0251"}, []string{"BOL>CHL:020"}},
		{"Brazil urged Chile and Peru to keep the copper flowing.", []string{"BRA>CHL:0211", "BRA>PER:0211"}, []string{"BRA>CHL:020"}},
		{"Bolivia also asked its NATO allies to share any information they had on the attack, and Peru and Chile said they would send cyber specialists to help.", []string{"BOL>IGOWSTNAT:0214"}, []string{"BOL>IGOWSTNAT:020"}},
		{"The Peruvian rebels promised swift revenge against Chile.", []string{"PERREB>CHL:138"}, []string{"PERREB>CHL:030"}},
		{"The Peruvian rebels pledged revenge against Chile.", []string{"PERREB>CHL:138"}, []string{"PERREB>CHL:030"}},
	}
	checkEventCases(t, tests)
}
