package event

import "testing"

// TestCommittedEndorsesNoOne checks that a subject committed to a deed (a gerund
// after "committed to") endorses no one, while a commitment to a process
// or a partner stays an endorsement (051).
func TestCommittedEndorsesNoOne(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Malian insurgents remain committed to kidnapping Nigerien engineers.", not: []string{"MLIREB>NERCVL:051", "MLIUAF>NERCVL:051", "*>NERCVL:051"}},
		{text: "The Chadian rebels remain committed to attacking Sudanese convoys.", not: []string{"*>SDN:051", "*>SDNMIL:051"}},
		{text: "Ghana remains dedicated to expelling Togolese traders.", not: []string{"GHA>TGO:051"}},
		{text: "Ghana remains committed to the peace process with Togo.", want: []string{"GHA>TGO:051"}},
		{text: "Ghana remains committed to Togo.", want: []string{"GHA>TGO:051"}},
	})
}
