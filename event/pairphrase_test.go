package event

import "testing"

// TestPairPhraseTarget checks that a third party's reciprocal deed with
// the two parties a pair phrase stands for ("spoke with both sides by
// telephone") is its own, towards each side, and not also theirs
// towards it, while a named party keeps the reverse; and that talks
// "between the two countries" are negotiations between them, each way,
// as talks between the named pair are.
func TestPairPhraseTarget(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Chile and Bolivia held talks on Friday. Ecuador's foreign minister said he had spoken with both sides by telephone.",
			want: []string{"ECUGOV>CHL:041", "ECUGOV>BOL:041"},
			not:  []string{"CHL>ECUGOV:041", "BOL>ECUGOV:041"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador's president hosted the two leaders in Quito on Monday.",
			want: []string{"ECUGOV>CHLGOV:043", "ECUGOV>BOLGOV:043"},
			not:  []string{"CHLGOV>ECUGOV:042", "BOLGOV>ECUGOV:042"}},
		{text: "Ecuador's foreign minister said he had spoken with Chile by telephone.",
			want: []string{"ECUGOV>CHL:041", "CHL>ECUGOV:041"}},
		{text: "Ghana and Togo signed a trade pact in March. Nigeria hosted talks between the two countries in Abuja on Monday.",
			want: []string{"GHA>TGO:046", "TGO>GHA:046"}},
		{text: "Ghana and Togo signed a trade pact in March. Talks between the two governments resumed in Lome on Monday.",
			want: []string{"GHAGOV>TGOGOV:046", "TGOGOV>GHAGOV:046"}},
	})
}
