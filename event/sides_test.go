package event

import (
	"strings"
	"testing"
)

// TestSidesFromContext checks that an appeal to "all sides", "both
// sides" or the like, a call for restraint or mediation that names no
// one, is
// aimed at the two countries of the article's latest conflictual event,
// or, where the article's conflicts are all within one country, at its
// government and the opposition or rebels it fought, and at no one where
// the appealing actor is one of them or there is none.
func TestSidesFromContext(t *testing.T) {
	const clash = "Chile accused Peru on Monday of shelling its border posts. "
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"all sides urged", clash + "Brazil urged all sides to show restraint.",
			[]string{"BRA>CHL:0256", "BRA>PER:0256"}, nil},
		{"both sides called on", clash + "Bolivia called on both sides to return to the negotiating table.",
			[]string{"BOL>CHL:026", "BOL>PER:026"}, nil},
		{"the two warring parties", "Chile's army shelled Peruvian positions on Monday. Bolivia urged the two warring parties to show restraint.",
			[]string{"BOL>CHL:0256", "BOL>PER:0256"}, nil},
		{"restraint called for of no one", "Chile's army shelled Peruvian positions on Monday. Brazil called for restraint.",
			[]string{"BRA>CHL:0256", "BRA>PER:0256"}, nil},
		{"a named target wins", clash + "Brazil urged Chile to show restraint.",
			[]string{"BRA>CHL:0256"}, []string{"BRA>PER:*"}},
		{"a party's own appeal", clash + "Peru urged all sides to show restraint.",
			nil, []string{"PER>CHL:0256", "PER>PER:*"}},
		{"no conflict before", "Brazil urged all sides to show restraint.",
			nil, []string{"BRA>*:*"}},
		{"a conflict within one country", "Chilean police arrested opposition leaders on Monday. Brazil urged all sides to show restraint.",
			[]string{"BRA>CHLGOV:0256", "BRA>CHLOPP:0256"}, []string{"BRA>CHLCOP:*"}},
		{"a conflict within the appealing actor's country", "Chilean police arrested opposition leaders on Monday. Chile's president urged all sides to show restraint.",
			nil, []string{"CHLGOV>*:0256"}},
		{"a conflict between countries before one within", clash + "Chilean police arrested opposition leaders on Tuesday. Brazil urged all sides to show restraint.",
			[]string{"BRA>CHL:0256", "BRA>PER:0256"}, []string{"BRA>CHLOPP:*"}},
		{"no appeal", clash + "Brazil criticised all sides.",
			nil, []string{"BRA>CHL:*", "BRA>PER:*"}},
		{"a side of a dispute named", clash + "Brazil urged all sides of the dispute to show restraint.",
			[]string{"BRA>CHL:0256", "BRA>PER:0256"}, nil},
		{"mediation offered between no one named", clash + "Brazil offered to mediate.",
			[]string{"BRA>CHL:039", "BRA>PER:039"}, nil},
		{"mediation between parties named", clash + "Brazil offered to mediate between Bolivia and Ecuador.",
			[]string{"BRA>BOL:039"}, []string{"BRA>CHL:*", "BRA>PER:*"}},
		{"rebels are a side of their own", "The Houthis fired missiles at Saudi Arabia on Monday. Jordan called for restraint.",
			[]string{"JOR>YEMREB:0256", "JOR>SAU:0256"}, []string{"JOR>YEM:*"}},
		{"rebels offered mediation", "M23 rebels attacked Rwandan troops near Goma on Monday. Kenya offered to mediate.",
			[]string{"KEN>CODREB:039", "KEN>RWA:039"}, []string{"KEN>COD:*", "KEN>RWAMIL:*"}},
		{"a state's army stands for its state", "Chile's army shelled Peruvian positions on Monday. Brazil called for restraint.",
			[]string{"BRA>CHL:0256"}, []string{"BRA>CHLMIL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Source == nil || e.Target == nil || !strings.HasPrefix(e.Code, "02") {
					continue
				}
				fromContext := false
				for _, x := range e.Evidence.Entries {
					fromContext = fromContext || strings.Contains(x, contextEntry)
				}
				if !strings.Contains(tt.text[e.Evidence.Sentence.Start:e.Evidence.Sentence.End], "Chile to") && !fromContext {
					t.Errorf("%s>%s: target not marked as from context: %q", e.Source.Code, e.Target.Code, e.Evidence.Entries)
				}
			}
		})
	}
}

// TestProtestOwnGovernment checks that a protest whose clause names no
// target, by a group of a country that is neither its state nor the
// country itself, is aimed at that country's government, and that a
// named target, a state organ or a country protesting gains no such
// target.
func TestProtestOwnGovernment(t *testing.T) {
	tests := []eventCase{
		{"Peruvian farmers protested on Monday.", []string{"PERAGR>PERGOV:140"}, nil},
		{"Bolivian opposition supporters put up barricades on Monday.", []string{"BOLOPP>BOLGOV:144"}, nil},
		{"Chilean students protested outside the Peruvian embassy on Monday.", []string{"CHLEDU>PERGOV:141"}, []string{"CHLEDU>CHLGOV:*"}},
		{"Peruvian soldiers protested on Monday.", nil, []string{"PERMIL>PERGOV:*"}},
		{"Peru protested on Monday.", nil, []string{"PER>PERGOV:*"}},
	}
	checkEventCases(t, tests)
}
