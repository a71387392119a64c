package event

import "testing"

// TestSpeakerIt checks that "it" (or "its" on it) as the subject of what
// a speaker says is the speaker, also when the verb of saying is the
// second of two joined verbs and another actor was named between them.
func TestSpeakerIt(t *testing.T) {
	tests := []eventCase{
		{"Hungary blocked the EU statement and said it would veto any sanctions against Russia.", []string{"HUN>RUS:129"}, []string{"IGOEUREEC>RUS:129"}},
		{"Lithuania criticised Minsk and said it would close its embassy in Belarus.", []string{"LTU>BLR:161"}, nil},
		{"The Greek foreign ministry criticised Ankara and said it would expel two Turkish diplomats.", []string{"GRCGOV>TURGOV:174"}, []string{"TUR>TURGOV:174"}},
		{"Armenia accused Baku of aggression and warned it would appeal to the United Nations.", []string{"ARM>IGOUNO:020"}, []string{"AZE>IGOUNO:020"}},
		{"South Africa welcomed Nigeria's offer and said it would send a delegation to Abuja.", []string{"ZAF>NGA:036"}, nil},
		// "its" in the same clause is the speaker too: no deed on the
		// actor named before.
		{"Taiwan rejected the Chinese demand and said it would defend its sovereignty.", []string{"TWN>CHN:124"}, []string{"*>CHN:0334", "TWN>CHN:0334"}},
		// The speaker right before "it" stays its antecedent.
		{"Peru said it would sue Chile.", []string{"PER>CHL:115"}, nil},
	}
	checkEventCases(t, tests)
}
