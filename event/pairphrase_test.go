package event

import "testing"

// TestPairPhraseTarget checks that a third party's reciprocal deed with
// the two parties a pair phrase stands for ("spoke with both sides by
// telephone") is its own, towards each side, and not also theirs
// towards it, as a named party's is (contactPair); and that talks
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
			want: []string{"ECUGOV>CHL:041"},
			not:  []string{"CHL>ECUGOV:041"}},
		{text: "Ghana and Togo signed a trade pact in March. Nigeria hosted talks between the two countries in Abuja on Monday.",
			want: []string{"GHA>TGO:046", "TGO>GHA:046"}},
		{text: "Ghana and Togo signed a trade pact in March. Talks between the two governments resumed in Lome on Monday.",
			want: []string{"GHAGOV>TGOGOV:046", "TGOGOV>GHAGOV:046"}},
	})
}

// TestStoryPairTargets checks, end to end, that "both countries", "both
// sides" and "the neighbours" are the story's two parties, not a third
// country named last or a list of bystanders, and that a bare "the two"
// after two ministers is their governments.
func TestStoryPairTargets(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Peru accused Chile on Tuesday of moving troops toward the border. Chile denied the charge. Brazil offered to host talks. Ecuador urged both countries to avoid violence.",
			want: []string{"ECU>PER:020", "ECU>CHL:020"},
			not:  []string{"ECU>BRA:020"}},
		{text: "Vietnam accused China on Tuesday of ramming a fishing boat. China said its ships had acted lawfully. Japan and Thailand raised similar complaints. Laos urged both sides to avoid violence.",
			want: []string{"LAO>VNM:020", "LAO>CHN:020"},
			not:  []string{"LAO>JPN:020", "LAO>THA:020"}},
		{text: "Congo accused Rwanda on Tuesday of backing rebels. Rwanda denied the charge. Angola's president, who brokered talks between the neighbours in Luanda last year, said he had spoken with both sides.",
			want: []string{"COD>RWA:046", "RWA>COD:046", "AGOGOV>COD:045", "AGOGOV>RWA:045"}},
		{text: "Kuwait's foreign minister spoke with Iraq's foreign minister by telephone on Tuesday, a Kuwaiti official said. The two agreed to meet again in December.",
			want: []string{"KWTGOV>IRQGOV:036", "IRQGOV>KWTGOV:036"},
			not:  []string{"KWT>IRQGOV:036", "IRQGOV>KWT:036"}},
	})
}
