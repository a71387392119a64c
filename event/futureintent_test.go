package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestFutureIntent checks that cooperation, aid or a concession its
// source will give is coded as the intent to give it (03), and the same
// deed done stays what it is.
func TestFutureIntent(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"aid that will be sent", "Peru will send food aid to Bolivia next month.", []string{"PER>BOL:0333"}, []string{"PER>BOL:073", "PER>BOL:070"}},
		{"military aid that will be given", "Peru will provide Chile's navy with two patrol boats.", []string{"PER>CHLMIL:0332"}, []string{"PER>CHLMIL:072"}},
		{"prisoners who will be freed", "Peru will release Chilean prisoners next week.", []string{"PER>CHL:0353"}, []string{"PER>CHL:0841"}},
		{"a future said to be reported", "Peru would send aid to Bolivia, the minister said.", []string{"PER>BOL:033"}, []string{"PER>BOL:070"}},
		{"aid sent", "Peru sent food aid to Bolivia.", []string{"PER>BOL:073"}, []string{"PER>BOL:0333", "PER>BOL:033"}},
		{"cooperation that will be given", "Peru will cooperate with Chile on border security.", []string{"PER>CHL:030"}, []string{"PER>CHL:050"}},
		{"cooperation given", "Peru cooperated with Chile on border security.", []string{"PER>CHL:050"}, []string{"PER>CHL:030"}},
		{"a condition's consequence", "If Peru loses, Chile would provide Bolivia with loans.", nil, []string{"CHL>BOL:*"}},
		{"an agreement that will be signed", "Peru will sign a border treaty with Chile in May.", []string{"PER>CHL:057", "CHL>PER:057"}, []string{"PER>CHL:032", "CHL>PER:032"}},
		{"an agreement said to be signed", "Bolivia said Peru and Chile would sign a trade accord.", []string{"PER>CHL:057", "CHL>PER:057"}, []string{"PER>CHL:032", "CHL>PER:032"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestFutureAgreement checks that an agreement its parties will sign is
// the signing (057), not yet done, as the golds write it, not an intent.
func TestFutureAgreement(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru will sign a border treaty with Chile in May.", "PER", "CHL", "057", model.Hypothetical},
		{"Bolivia said Peru and Chile would sign a trade accord.", "CHL", "PER", "057", model.Hypothetical},
	})
}

func TestIntentCode(t *testing.T) {
	tests := []struct{ code, want string }{
		{"040", "036"}, {"045", "039"}, {"060", "031"}, {"062", "0312"}, {"070", "033"},
		{"073", "0333"}, {"075", ""}, {"081", "0351"}, {"083", ""}, {"0841", "0353"},
		{"087", "0356"}, {"163", ""}, {"010", ""}, {"050", "030"}, {"051", ""}, {"054", "032"}, {"057", "032"}, {"055", ""},
	}
	for _, tt := range tests {
		if got := intentCode(tt.code); got != tt.want {
			t.Errorf("intentCode(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestReadyTo checks that a meeting or talks one is ready or willing to
// hold is an intent to meet (036), and that one it is not ready to hold
// is none.
func TestReadyTo(t *testing.T) {
	tests := []eventCase{
		{"Bolivia said it was ready to talk with Chile.", []string{"BOL>CHL:036"}, nil},
		{"Bolivia is willing to negotiate with Chile.", []string{"BOL>CHL:036"}, nil},
		{"Bolivia is not ready to meet Chile's president.", nil, []string{"BOL>CHLGOV:*"}},
		{"Bolivia's president is due to meet Chile's president.", []string{"BOLGOV>CHLGOV:036"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPlanTo checks that a plan's bare code (030, intent to cooperate)
// is not coded for a plan to attack or expel, whose deed is coded for
// itself, while a pledge to cooperate keeps it, and that a failure's (120)
// is not coded either.
func TestPlanTo(t *testing.T) {
	tests := []eventCase{
		{"Chile was preparing to attack Peru.", nil, []string{"CHL>PER:030"}},
		{"Chile intends to expel Peru's ambassador.", nil, []string{"CHL>PERGOV:030", "CHLGOV>PERGOV:030"}},
		{"Chile plans to meet Peru's president.", []string{"CHL>PERGOV:036"}, nil},
		{"Chile promised to help Peru.", []string{"CHL>PER:030"}, nil},
		// Nor for a plan no pattern names.
		{"Chile seems to be preparing an attack on Peru.", nil, []string{"CHL>PER:030"}},
		{"Chile is planning a visit to Peru.", []string{"CHL>PER:036"}, nil},
		// A failure rejects nothing, and what one failed to get done
		// is not done.
		{"Bolivia failed to attack Peru.", nil, []string{"BOL>PER:120"}},
		{"Bolivia failed to persuade Chile to attack Peru.", nil, []string{"BOL>PER:*", "CHL>PER:*", "BOL>CHL:120"}},
	}
	checkEventCases(t, tests)
}
