package actor

import "testing"

// TestAcquiredCraft checks that armed craft bought, sold or built as
// goods are no actor (so "from" or "to" after them names the seller or
// buyer, not that country's forces), while craft that act, and armed
// agents that are no craft, stay actors.
func TestAcquiredCraft(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "FIGHTER_JET [~MIL]\nFRIGATE [~MIL]\nTROOPS {} [~MIL]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"jets bought from a country", []string{"Freedonia bought/VERB/VBD/buy 12/NUM fighter/NOUN jets/NOUN/NNS from/ADP Sylvania"}, "Freedonia=FRE|Sylvania=SYL"},
		{"frigates sold to a country", []string{"Sylvania sold/VERB/VBD/sell two/NUM frigates/NOUN/NNS to/ADP Freedonia"}, "Sylvania=SYL|Freedonia=FRE"},
		{"frigates that act stay forces", []string{"Sylvanian/ADJ frigates/NOUN/NNS shelled/VERB/VBD/shell Freedonia"}, "Sylvanian frigates=SYLMIL|Freedonia=FRE"},
		{"troops ordered are no goods", []string{"Freedonia ordered/VERB/VBD/order troops/NOUN/NNS from/ADP Sylvania"}, "Freedonia=FRE|troops from Sylvania=SYLMIL"},
	})
}
