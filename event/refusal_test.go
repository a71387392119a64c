package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestRefusal checks that refusing a meeting, cooperation or a
// concession is the matching rejection (12) from the refuser alone, as
// real as the refusal, and that a refusal negated is no rejection.
func TestRefusal(t *testing.T) {
	tests := []eventCase{
		{"Bolivia refused to negotiate with Peru.", []string{"BOL>PER:125"}, []string{"PER>BOL:*", "BOL>PER:046"}},
		{"Bolivia has refused to meet the Chilean envoy.", []string{"BOL>CHLGOV:125"}, []string{"BOL>CHLGOV:040"}},
		{"Peru refused to release the Chilean prisoners.", []string{"PER>CHL:1243"}, []string{"PER>CHL:0841"}},
		{"Peru did not refuse to meet Chile.", nil, []string{"PER>CHL:125"}},
		{"Peru met Chile.", []string{"PER>CHL:040"}, []string{"PER>CHL:125"}},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Bolivia refused to negotiate with Peru.", "BOL", "PER", "125", model.Asserted},
		{"Chile said Peru refused to meet the Bolivian envoy.", "PER", "BOLGOV", "125", model.Claimed},
	})
}

// TestRefusedGerund checks that rejecting or ruling out a deed named by a
// gerund is the matching rejection (12) from the refuser alone, not the
// deed itself negated (nor, for talks, the deed both ways), and that
// stopping or opposing a deed is no refusal.
func TestRefusedGerund(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Uruguay ruled out joining an alliance with Paraguay on Friday.", []string{"URY>PRY:125"}, []string{"URY>PRY:046", "PRY>URY:*"}},
		{"Uruguay rejected joining an alliance with Paraguay.", []string{"URY>PRY:125"}, []string{"PRY>URY:*"}},
		{"The Uruguayan government has ruled out freeing the Paraguayan smugglers.", []string{"URYGOV>PRYCRM:1243"}, []string{"URYGOV>PRYCRM:0841"}},
		{"Paraguay rejected freeing the two Uruguayan sailors.", []string{"PRY>URY:1243"}, []string{"PRY>URY:0841"}},
		{"Uruguay joined an alliance with Paraguay.", []string{"URY>PRY:046", "PRY>URY:046"}, []string{"URY>PRY:125"}},
		{"Uruguay opposed joining an alliance with Paraguay.", nil, []string{"URY>PRY:125", "PRY>URY:*"}},
	})
	checkStatuses(t, []statusCase{
		{"Uruguay ruled out joining an alliance with Paraguay on Friday.", "URY", "PRY", "125", model.Asserted},
		{"Argentina said Uruguay had ruled out freeing the Paraguayan sailors.", "URY", "PRY", "1243", model.Claimed},
	})
}

// TestRelativeRefusal checks that a refusal in a clause set off by a
// comma and "who" or "which" is the refuser's event beside the main
// clause's, and that a refusal a main verb's "for" names is not given the
// main clause's subject.
func TestRelativeRefusal(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia welcomed Chilean rebels, who refused to negotiate with Peru.", []string{"BOL>CHLREB:051", "CHLREB>PER:125"}, []string{"BOL>PER:125"}},
		{"Bolivia criticised Chile, which has long refused to negotiate with Peru.", []string{"BOL>CHL:111", "CHL>PER:125"}, nil},
		{"Bolivia criticised Chile for refusing to negotiate with Peru.", []string{"BOL>CHL:111"}, []string{"BOL>PER:125"}},
	})
}

func TestRefusalCode(t *testing.T) {
	tests := []struct{ code, want string }{
		{"040", "125"}, {"046", "125"}, {"050", "120"}, {"061", "1211"}, {"064", "121"},
		{"073", "1223"}, {"075", "122"}, {"081", "1241"}, {"083", "123"}, {"0841", "1243"},
		{"087", "1246"}, {"010", ""}, {"036", ""}, {"190", ""},
	}
	for _, tt := range tests {
		if got := refusalCode(tt.code); got != tt.want {
			t.Errorf("refusalCode(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestFutureRefusal checks that a meeting, cooperation or concession its
// source says it will or would never give is refused (12), asserted or
// claimed, while a past one not given and one not given under a
// condition stay negated deeds.
func TestFutureRefusal(t *testing.T) {
	tests := []eventCase{
		{"Peru will not meet Chilean officials.", []string{"PER>CHLGOV:125"}, []string{"PER>CHLGOV:040"}},
		{"Bolivia said it would never recognise Chile's claim to the territory.", []string{"BOL>CHL:120"}, nil},
		{"Peru did not meet Chilean officials.", []string{"PER>CHLGOV:040"}, []string{"PER>CHLGOV:125"}},
		{"If Chile attacks, Peru will not meet Chilean officials.", nil, []string{"PER>CHLGOV:125"}},
		// "would not" with no verb of saying is a refusal too, unless
		// it looks back ("would not have").
		{"Uruguay would not discuss the river with Paraguay.", []string{"URY>PRY:125"}, []string{"URY>PRY:040", "PRY>URY:040"}},
		{"Uruguay would not release the Paraguayan sailors.", []string{"URY>PRY:1243"}, []string{"URY>PRY:0841"}},
		{"Uruguay would not have met Paraguay's envoy without Argentina's help.", nil, []string{"URY>PRYGOV:125"}},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Peru will not meet Chilean officials.", "PER", "CHLGOV", "125", model.Asserted},
		{"Chile said Peru would never negotiate with Bolivia.", "PER", "BOL", "125", model.Claimed},
		{"Peru did not meet Chilean officials.", "PER", "CHLGOV", "040", model.Negated},
		// No use of force is refused by not using it.
		{"Peru will not attack Chile.", "PER", "CHL", "190", model.Negated},
	})
}
