package event

import "testing"

// TestOneSidedCompound checks that the members of a list subject do not
// praise, defend or apologise to each other when the verb names a thing
// they praise, while signing, meeting and restoring relations stay
// mutual.
func TestOneSidedCompound(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Norway, Sweden and Denmark welcomed the ceasefire.",
			not: []string{"NOR>SWE:051", "SWE>DNK:051", "DNK>NOR:051"}},
		{text: "Kenya and Uganda praised the new trade rules.",
			not: []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Peru and Chile defended the court ruling on Tuesday.",
			not: []string{"PER>CHL:052", "CHL>PER:052"}},
		{text: "Kenya and Uganda praised Tanzania.",
			want: []string{"KEN>TZA:051", "UGA>TZA:051"},
			not:  []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Kenya and Uganda praised each other.",
			want: []string{"KEN>UGA:051", "UGA>KEN:051"}},
		{text: "Norway and Sweden signed a fisheries agreement.",
			want: []string{"NOR>SWE:057", "SWE>NOR:057"}},
		{text: "Kenya and Uganda restored diplomatic relations.",
			want: []string{"KEN>UGA:054", "UGA>KEN:054"}},
		{text: "Norway and Sweden met in Oslo.",
			want: []string{"NOR>SWE:040", "SWE>NOR:040"}},
	})
}

// TestOneWayDeed checks that the members of a list subject that yield,
// attack or pledge aid with a thing as object do not do it to each other,
// nor fight a thing that is no fight between them, while fighting a war,
// exchanging fire or clashing stay mutual.
func TestOneWayDeed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Spain and Portugal bombed the smugglers' boats.",
			not: []string{"ESP>PRT:190", "PRT>ESP:190"}},
		{text: "Spain and Portugal lifted the ban.",
			not: []string{"ESP>PRT:081", "PRT>ESP:081"}},
		{text: "Spain and Portugal offered economic aid.",
			not: []string{"ESP>PRT:0331", "PRT>ESP:0331"}},
		{text: "Spain and Portugal released the prisoners.",
			not: []string{"ESP>PRT:0841", "PRT>ESP:0841"}},
		{text: "Peru and Ecuador fought a border war.",
			want: []string{"PER>ECU:190", "ECU>PER:190"}},
		{text: "India and Pakistan exchanged fire.",
			want: []string{"IND>PAK:190", "PAK>IND:190"}},
		{text: "Peru and Ecuador clashed.",
			want: []string{"PER>ECU:190", "ECU>PER:190"}},
		// Fighting a thing that is no fight between sides is each
		// one's own; waging a war stays mutual.
		{text: "Ghana and Togo vowed on Monday to fight cocaine smuggling.",
			not: []string{"GHA>TGO:190", "TGO>GHA:190"}},
		{text: "Ghana and Togo will fight the bush fires together.",
			not: []string{"GHA>TGO:190", "TGO>GHA:190"}},
		{text: "Ghana and Togo waged a war in the 1960s.",
			want: []string{"GHA>TGO:190", "TGO>GHA:190"}},
		// An intent or a cooperative deed a bare verb codes, done to a
		// thing, is each one's own (see ownThing); one a pattern names
		// the thing of, or with no object, stays mutual.
		{text: "Ghana and Togo promised reforms.",
			not: []string{"GHA>TGO:030", "TGO>GHA:030"}},
		{text: "Ghana and Togo promoted tourism in the region.",
			not: []string{"GHA>TGO:050", "TGO>GHA:050"}},
		{text: "Ghana and Togo offered cheap flights.",
			not: []string{"GHA>TGO:030", "TGO>GHA:030"}},
		{text: "Ghana and Togo signed a deal.",
			want: []string{"GHA>TGO:057", "TGO>GHA:057"}},
		{text: "Ghana and Togo agreed to cooperate.",
			want: []string{"GHA>TGO:030", "TGO>GHA:030"}},
	})
}
