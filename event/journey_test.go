package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestJourneyVisits checks journeys as visits: an organisation's envoy
// or mission travelling to a country visits it (042); flying to a
// capital is a visit, not an intent (036); goods or aid that arrive make
// no visit of the country they come from.
func TestJourneyVisits(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "The African Union's envoy travelled to Khartoum on Sunday.", want: []string{"IGOAFR>SDN:042"}},
		{text: "A NATO team arrived in Skopje on Wednesday.", want: []string{"IGOWSTNAT>MKD:042"}},
		{text: "The UN human rights chief flew to Caracas to meet government officials.", want: []string{"IGOUNO>VEN:042"}},
		{text: "The Polish president flew to Vilnius on Friday.", want: []string{"POLGOV>LTU:042"}, not: []string{"POLGOV>LTU:036"}},
		{text: "Canada's trade minister flew to Seoul for talks.", want: []string{"CANGOV>KOR:042"}, not: []string{"CANGOV>KOR:036"}},
		// Flying something somewhere is no journey of the subject's.
		{text: "Oman's air force flew medical supplies to Yemen.", not: []string{"OMNMIL>YEM:042", "OMNMIL>YEM:036"}},
		// Goods and aid travel; their country visits no one.
		{text: "A tanker of Iranian fuel arrived in Lebanon on Thursday.", not: []string{"IRN>LBN:042", "IRN>LBN:040"}},
		{text: "A consignment of vaccines from India arrived in Ghana last week.", not: []string{"IND>GHA:042", "IND>GHA:040"}},
		{text: "A delegation from Ethiopia arrived in Kenya on Friday.", want: []string{"ETH>KEN:042"}},
	})
}

// TestTalksInSeat checks that a city named as where a list of parties
// holds talks, though the dictionaries code it as the organisation seated
// there, is no party to them (the gazetteer knows the city), while talks
// "with" the city stay with the organisation.
func TestTalksInSeat(t *testing.T) {
	lc, a := placedCoder(t)
	for _, tt := range []eventCase{
		{text: "Croatia and Slovenia held talks in Brussels on Tuesday.", want: []string{"HRV>SVN:046", "SVN>HRV:046"}, not: []string{"HRV>IGOEUREEC:046"}},
		{text: "Bosnia and Serbia resumed negotiations in Brussels.", want: []string{"BIH>SRB:046"}, not: []string{"BIH>IGOEUREEC:046"}},
		{text: "Montenegro held talks with Brussels on its membership.", want: []string{"MNE>IGOEUREEC:046"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			checkEvents(t, lc.Code(context.Background(), art, doc, nil, nil), tt.want, tt.not)
		})
	}
}
