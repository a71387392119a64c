package event

import "testing"

// TestTradeAndBorderVerbs checks codes the verb supplement gives to
// measures of trade, borders, vetoes and rejections: imports, exports
// or trade halted or suspended are an embargo (163), while ending an
// embargo, sanctions or restrictions eases them (085, 081); a border
// shut or sealed restricts movement (191), and a deal sealed is one
// concluded (057); an embargo lifted is eased (085); a veto is a veto
// (129); a meeting proposed with someone is an intent to meet (036), one
// between others an appeal (026); a deal struck down is rejected (127); a
// complaint rejected or dismissed is rejected (120); a statement of
// support endorses (051).
func TestTradeAndBorderVerbs(t *testing.T) {
	tests := []eventCase{
		{"Peru halted imports of Chilean copper on Monday.", []string{"PER>CHL:163"}, nil},
		{"Bolivia suspended gas exports to Argentina.", []string{"BOL>ARG:163"}, nil},
		{"Ecuador suspended all trade with Colombia.", []string{"ECU>COL:163"}, nil},
		{"Chile ended its restrictions on imports of Peruvian fruit.", []string{"CHL>PER:081"}, []string{"CHL>PER:163"}},
		{"Chile ended its embargo on Peruvian fish.", []string{"CHL>PER:085"}, []string{"CHL>PER:163"}},
		{"Paraguay shut its border with Bolivia.", []string{"PRY>BOL:191"}, []string{"PRY>BOL:160"}},
		{"Peru sealed its border with Ecuador on Friday.", []string{"PER>ECU:191"}, nil},
		{"Peru and Chile sealed a fishing agreement.", []string{"PER>CHL:057", "CHL>PER:057"}, nil},
		{"Argentina lifted its embargo on Chilean wine.", []string{"ARG>CHL:085"}, nil},
		{"Chile vetoed the Bolivian resolution.", []string{"CHL>BOL:129"}, []string{"CHL>BOL:172"}},
		{"Peru proposed a meeting with Chile in Lima.", []string{"PER>CHL:036"}, []string{"PER>CHL:026"}},
		{"Brazil proposed a meeting between Peru and Chile.", []string{"BRA>PER:026", "BRA>CHL:026"}, nil},
		{"Peru's Supreme Court struck down the deal with Chile.", []string{"PERJUD>CHL:127"}, nil},
		{"Bolivia rejected the complaint from Chile.", []string{"BOL>CHL:120"}, nil},
		{"Peru dismissed the Chilean complaints as baseless.", []string{"PER>CHL:120"}, []string{"PER>CHL:110"}},
		{"Argentina and Brazil issued statements of support for Peru.", []string{"ARG>PER:051", "BRA>PER:051"}, []string{"ARG>PER:101", "ARG>PER:052"}},
	}
	checkEventCases(t, tests)
}
