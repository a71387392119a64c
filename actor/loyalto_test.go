package actor

import "testing"

// TestLoyalTo checks that armed agents "loyal to" an actor are that
// actor's country's forces, or the group's own, and that an agent that is
// not armed takes no owner from the phrase.
func TestLoyalTo(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\nRED_FRONT_ [SYLREB]\n", false)
	d := compiledWith(t, es, "TROOPS {} [~MIL]\nPRESIDENT [~GOV]\nPROTESTER [~OPP]\nOFFICIAL [~GOV]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"troops loyal to a country's president", []string{"troops/NOUN/NNS loyal/ADJ to/ADP the/DET Sylvanian/ADJ president/NOUN attacked/VERB Freedonia"}, "troops loyal to the Sylvanian president=SYLMIL|Freedonia=FRE"},
		{"troops loyal to a group", []string{"troops/NOUN/NNS loyal/ADJ to/ADP the/DET Red/PROPN Front/PROPN attacked/VERB Freedonia"}, "troops loyal to the Red Front=SYLREB|Freedonia=FRE"},
		{"protesters loyal to a country are no forces", []string{"Freedonia criticised/VERB", "protesters/NOUN/NNS loyal/ADJ to/ADP Sylvania marched/VERB"}, "protesters=FREOPP|Sylvania=SYL"},
	})
}
