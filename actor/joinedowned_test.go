package actor

import "testing"

// TestJoinedOwned checks that a bare agent joined by "and" or "or" to an
// agent its country's adjective or possessive owns is of that country
// too, and that an agent named with its country after it, or an agent
// with words of its own between, lends none.
func TestJoinedOwned(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "JOURNALIST [~MED]\nSTUDENT [~EDU]\nPOLICE [~COP]\nSOLDIER [~MIL]\nTROOPS {} [~MIL]\nREBEL [~REB]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"a demonym before two nouns", []string{"Freedonia detained/VERB Sylvanian/ADJ journalists/NOUN/NNS and/CCONJ students/NOUN/NNS"}, "Freedonia=FRE|Sylvanian journalists=SYLMED|students=SYLEDU"},
		{"or joins them too", []string{"Freedonia detained/VERB Sylvanian/ADJ journalists/NOUN/NNS or/CCONJ students/NOUN/NNS"}, "Freedonia=FRE|Sylvanian journalists=SYLMED|students=SYLEDU"},
		{"a possessive before two nouns", []string{"Freedonia criticised/VERB Sylvania 's/PART police/NOUN and/CCONJ soldiers/NOUN/NNS"}, "Freedonia=FRE|Sylvania 's police=SYLCOP|soldiers=SYLMIL"},
		{"a country after the first noun lends none", []string{"Freedonia criticised/VERB troops/NOUN/NNS from/ADP Sylvania and/CCONJ rebels/NOUN/NNS"}, "Freedonia=FRE|troops from Sylvania=SYLMIL|rebels=FREREB"},
	})
}
