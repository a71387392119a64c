package event

import "testing"

// TestTruceBroken checks that force a sentence says breaks a ceasefire
// is a ceasefire violation (196) aimed at the other party's country, and
// that force without such words, or a breach named outside a phrase "in"
// opens, keeps its code.
func TestTruceBroken(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Indian troops fired across the border on Sunday, wounding two Pakistani civilians, in violation of a ceasefire.",
			want: []string{"INDMIL>PAK:196"}, not: []string{"INDMIL>PAKCVL:180"}},
		{text: "Indian troops fired across the border on Sunday, wounding two Pakistani civilians, in what Islamabad called a breach of the truce.",
			want: []string{"INDMIL>PAK:196"}, not: []string{"INDMIL>PAKCVL:180"}},
		// The PHYSICAL_CONFLICT block's "&CRIME [---] # COMBAT" does not
		// read the violation as a crime fought (verb supplement).
		{text: "Indian troops attacked Pakistani soldiers on Sunday in violation of the ceasefire.", want: []string{"INDMIL>PAKMIL:196"}},
		{text: "Indian troops attacked Pakistani soldiers on Sunday in breach of the truce.", want: []string{"INDMIL>PAKMIL:196"}},
		// Read by lemma: a plural is a ceasefire too.
		{text: "Indian troops fired across the border on Sunday, wounding two Pakistani civilians, in violation of earlier ceasefires.",
			want: []string{"INDMIL>PAK:196"}, not: []string{"INDMIL>PAKCVL:180"}},
		{text: "Indian troops fired across the border on Sunday, wounding two Pakistani civilians.",
			want: []string{"INDMIL>PAKCVL:180"}, not: []string{"INDMIL>PAK:196"}},
		{text: "Indian troops attacked Pakistani soldiers on Sunday, days after Pakistan reported violations of the ceasefire.",
			want: []string{"INDMIL>PAKMIL:190"}, not: []string{"INDMIL>PAKMIL:196"}},
		{text: "Indian troops attacked Pakistani soldiers on Sunday after a breach of the ceasefire by rebels.",
			want: []string{"INDMIL>PAKMIL:190"}, not: []string{"INDMIL>PAKMIL:196"}},
	})
}
