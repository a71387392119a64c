package event

import "testing"

// TestVowedDefeat checks that a defeat its source vows or is committed
// to is a threat of military force (138) by the vower, not an intent
// (03) or force done (190), and that cooperation one is committed to
// and a defeat one is not committed to stay as they were.
func TestVowedDefeat(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Colombia remains committed to defeating the FARC.", []string{"COL>COLREB:138"}, []string{"COL>COLREB:190", "COL>COLREB:030"}},
		{"Colombia is determined to destroy the FARC.", []string{"COL>COLREB:138"}, []string{"COL>COLREB:190"}},
		{"Colombia has vowed to defeat the FARC.", []string{"COL>COLREB:138"}, []string{"COL>COLREB:190", "COL>COLREB:030"}},
		{"Colombia renewed its commitment to defeating the FARC.", []string{"COL>COLREB:138"}, []string{"COL>COLREB:030"}},
		{"Colombia and Ecuador are committed to defeating the FARC.", []string{"COL>COLREB:138", "ECU>COLREB:138"}, []string{"COL>COLREB:062", "COLREB>COL:062"}},
		// Force done, cooperation one is committed to, and a
		// commitment denied: no threat.
		{"Colombia defeated the FARC.", []string{"COL>COLREB:190"}, []string{"COL>COLREB:138"}},
		{"Colombia remains committed to supporting Ecuador.", []string{"COL>ECU:051"}, []string{"COL>ECU:138"}},
		{"Colombia is not committed to defeating the FARC.", nil, []string{"COL>COLREB:138"}},
	})
}

// TestOtherConjunctObject checks that an actor a verb of an earlier
// conjunct acts on is not the target a later verb's pattern finds before
// that verb, which then takes the doer its "by" names. The first case
// codes no support either way (the vow drops it); the others code one,
// and name the rebels without otherConjunctObject.
func TestOtherConjunctObject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Colombia and Ecuador are committed to defeating the FARC and have supported the return by Bolivian forces of the border towns.",
			nil, []string{"COL>COLREB:062", "COLREB>COL:062", "ECU>COLREB:062"}},
		{"Colombia and Ecuador are eager to crush the FARC and have supported the return by Bolivian forces of the border towns.",
			[]string{"COL>BOLMIL:062", "ECU>BOLMIL:062"}, []string{"COL>COLREB:062", "COLREB>COL:062", "ECU>COLREB:062"}},
		{"Peru attacked the rebels and supported the return by Chilean forces of the towns.",
			[]string{"PER>PERREB:190", "PER>CHLMIL:062"}, []string{"PER>PERREB:062", "PERREB>PER:062"}},
	})
}

// TestRelativeVerbUsed checks that the verb of a relative clause after
// the verb is no word of the verb's pattern: land retaken that someone
// once controlled is no taking of control (192), while "took control"
// still is.
func TestRelativeVerbUsed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ecuador has taken back most of the land the FARC once controlled in Colombia.", nil, []string{"ECU>COL:192", "COLREB>COL:192"}},
		{"Ecuador recovered the villages that the FARC had controlled in Colombia.", nil, []string{"ECU>COL:192", "COLREB>COL:192"}},
		{"The FARC took control of three towns in Colombia last week.", []string{"COLREB>COL:192"}, nil},
	})
}
