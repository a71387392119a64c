package event

import "testing"

// TestTradedWords checks that words a compound subject trades or
// exchanges go each way whatever their code: accusations and blame (112),
// threats (130), insults and barbs (111), and that blame traded over
// failed talks is no negotiation (046).
func TestTradedWords(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Chad and Niger traded accusations over the raid on Monday.", want: []string{"TCD>NER:112", "NER>TCD:112"}},
		{text: "Chad and Niger exchanged accusations after the border incident.", want: []string{"TCD>NER:112", "NER>TCD:112"}},
		{text: "Chad and Niger traded blame for the failure of the negotiations.", want: []string{"TCD>NER:112", "NER>TCD:112"}, not: []string{"TCD>NER:046", "NER>TCD:046"}},
		{text: "Chad and Niger exchanged threats over the disputed oasis.", want: []string{"TCD>NER:130", "NER>TCD:130"}},
		{text: "Chad and Niger exchanged insults at the summit.", want: []string{"TCD>NER:111", "NER>TCD:111"}, not: []string{"TCD>NER:060"}},
		{text: "Chad and Niger traded barbs over the election.", want: []string{"TCD>NER:111", "NER>TCD:111"}},
		{text: "Chad and Niger exchanged warnings over the dam.", want: []string{"TCD>NER:130", "NER>TCD:130"}, not: []string{"TCD>NER:060"}},
		{text: "Chad and Niger exchanged angry words at the summit.", want: []string{"TCD>NER:111", "NER>TCD:111"}, not: []string{"TCD>NER:060"}},
		// A named target: the words still go each way.
		{text: "Chad traded accusations with Niger.", want: []string{"TCD>NER:112", "NER>TCD:112"}},
		// Verbal conflict without an exchanging verb stays one way.
		{text: "Chad and Niger condemned Mali.", want: []string{"TCD>MLI:111", "NER>MLI:111"}, not: []string{"TCD>NER:111", "NER>TCD:111"}},
	})
}

// TestExchangedFire checks that fire exchanged or traded with no weapon
// named is a clash of unspecified force (190) both ways, where the
// dictionary's "- * FIRE" made it small arms (193), and that a named
// weapon keeps its own code.
func TestExchangedFire(t *testing.T) {
	tests := []eventCase{
		{"Peruvian and Chilean troops exchanged fire on the border.", []string{"PERMIL>CHLMIL:190", "CHLMIL>PERMIL:190"}, []string{"PERMIL>CHLMIL:193"}},
		{"Peru and Ecuador traded fire overnight.", []string{"PER>ECU:190", "ECU>PER:190"}, []string{"PER>ECU:193"}},
		{"Peruvian and Chilean troops exchanged gunfire on the border.", []string{"PERMIL>CHLMIL:193"}, []string{"PERMIL>CHLMIL:190"}},
	}
	checkEventCases(t, tests)
}
