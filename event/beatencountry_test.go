package event

import "testing"

// TestBeatenCountry checks that beating a country by its name outdoes
// it and assaults no one (beatenCountry): "aims to beat Chile to the
// South Pole" codes no 182. Beating people, its demonym's plural or an
// agent, in either voice, still codes 182.
func TestBeatenCountry(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Scientists wonder whether Peru aims to beat Chile to the South Pole.", nil, []string{"PER>CHL:182"}},
		{"Analysts wonder whether Peru aims to beat the United States to the South Pole.", nil, []string{"PER>USA:182"}},
		{"Bolivia beat Paraguay to the summit of the mountain last year.", nil, []string{"BOL>PRY:182"}},
		{"Chilean police beat Peruvian protesters in Santiago.", []string{"CHLCOP>PEROPP:182"}, nil},
		{"Chilean police beat Peruvians in Santiago.", []string{"CHLCOP>PER:182"}, nil},
		{"Peruvian protesters were beaten by Chilean police.", []string{"CHLCOP>PEROPP:182"}, nil},
	})
}

// TestBeatenContestant checks the verb supplement's BEAT patterns for a
// contestant: beating an incumbent, an opponent or a challenger wins a
// contest (no 182), while beating protesters, or a rival's commander,
// still assaults them.
func TestBeatenContestant(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Peruvian opposition leader beat the Peruvian incumbent in the runoff.", nil, []string{"PEROPP>PER:182"}},
		{"Chilean police beat Bolivian protesters on Monday.", []string{"CHLCOP>BOLOPP:182"}, nil},
		{"Chilean soldiers beat a rival Bolivian militia commander.", []string{"CHLMIL>BOLUAF:182"}, nil},
	})
}
