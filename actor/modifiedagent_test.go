package actor

import "testing"

// TestModifiedAgent checks that an agent after a country's adjective and
// one or two common modifiers is that country's agent ("the Sylvanian
// state mining company" is a Sylvanian business), and that three
// modifiers are too many to join.
func TestModifiedAgent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "COMPANY [~BUS]\nPOLICE [~COP]\nREFUGEE [~REF]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"one modifier", []string{"Freedonia fined/VERB the/DET Sylvanian/ADJ mining/NOUN company"}, "Freedonia=FRE|Sylvanian mining company=SYLBUS"},
		{"two modifiers", []string{"Freedonia fined/VERB the/DET Sylvanian/ADJ state/NOUN mining/NOUN company"}, "Freedonia=FRE|Sylvanian state mining company=SYLBUS"},
		{"an adjective and a noun", []string{"Sylvanian/ADJ civil/ADJ war/NOUN refugees/NOUN/NNS crossed/VERB into/ADP Freedonia"}, "Sylvanian civil war refugees=SYLREF|Freedonia=FRE"},
		{"three modifiers are too many", []string{"Freedonia fined/VERB the/DET Sylvanian/ADJ old/ADJ state/NOUN mining/NOUN company"}, "Freedonia=FRE|Sylvanian=SYL|company=FREBUS"},
		{"two modifiers before police", []string{"Sylvanian/ADJ border/NOUN riot/NOUN police beat/VERB protesters/NOUN/NNS"}, "Sylvanian border riot police=SYLCOP"},
	})
}
