package event

import "testing"

// TestBannedGoods checks that a ban on a country's goods or on exports
// to it is an embargo (163), however the ban is imposed, announced or
// made, and that stopping buying, importing, selling or exporting is an
// embargo too rather than the purchase or sale negated; lifting such a
// ban eases an embargo (085). A ban on a party or on officials keeps its
// administrative sanction (172x), and lifting it 081.
func TestBannedGoods(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru announced a ban on Chilean fish on Monday.", []string{"PER>CHL:163"}, []string{"PER>CHL:172"}},
		{"Peru imposed a ban on Argentine beef.", []string{"PER>ARG:163"}, []string{"PER>ARG:172"}},
		{"Chile banned Peruvian grapes.", []string{"CHL>PER:163"}, []string{"CHL>PER:172"}},
		{"Ecuador banned imports of Colombian rice and sugar.", []string{"ECU>COL:163"}, nil},
		{"Chile banned exports of copper to Peru.", []string{"CHL>PER:163"}, []string{"CHL>PER:160"}},
		{"Chile banned a Peruvian opposition party.", []string{"CHL>PEROPP:1722"}, []string{"CHL>PEROPP:163"}},
		{"Peru banned Chilean officials from entering the country.", []string{"PER>CHLGOV:172"}, []string{"PER>CHLGOV:163"}},
		{"Peru lifted its ban on Chilean fish.", []string{"PER>CHL:085"}, []string{"PER>CHL:081"}},
		{"Peru ended its ban on imports from Chile.", []string{"PER>CHL:085"}, []string{"PER>CHL:081"}},
		{"Peru lifted the travel ban on Chilean officials.", []string{"PER>CHLGOV:081"}, nil},
		{"Peru stopped buying Chilean gas last year.", []string{"PER>CHL:163"}, []string{"PER>CHL:061"}},
		{"Bolivia stopped selling natural gas to Argentina on Monday.", []string{"BOL>ARG:163"}, nil},
		{"Peru has ceased importing Chilean wine.", []string{"PER>CHL:163"}, nil},
	})
}
