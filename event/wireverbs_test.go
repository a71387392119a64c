package event

import "testing"

// TestWireVerbCodes checks codes the verb supplement gives predicates
// wire news uses often: persons released or freed are released persons
// (0841), a ship is not; air strikes or bombing halted de-escalate
// (087), and an appeal to halt them is one for de-escalation (0256), not
// for easing dissent (0252, a labour strike's); a trade or defence
// agreement or a contract signed is an agreement signed (057) by both
// parties; a blockade is 191; marching demonstrates (141); rejecting or
// dismissing criticism rejects it (120); talks frozen are halted (164);
// missiles launched at a country are aerial weapons (195); going on
// strike strikes (143), aimed at the strikers' own government;
// peacekeepers, inspectors and troops expelled are 1661, 1662 and 166,
// an ambassador still 174; talks called off are halted (164); beating
// someone assaults him (182); economic or financial aid given, sent or
// delivered is 071, food or humanitarian aid 073, military aid 072, aid
// of no kind 070; calling for talks between others appeals to them to
// negotiate (026), for talks with oneself intends to (036), and calling
// for or urging someone's release appeals for it (0253); recalling an
// envoy of any title reduces relations (161), by the government; a
// protest issued is an official complaint (114), an appeal made is an
// appeal (020), an apology made apologises (055); retaking a town occupies it (192), as recapturing does.
func TestWireVerbCodes(t *testing.T) {
	tests := []eventCase{
		{"Peru released a Chilean citizen on Tuesday.", []string{"PER>CHLCVL:0841"}, []string{"PER>CHLCVL:084"}},
		{"Bolivia freed two Chilean journalists.", []string{"BOL>CHLMED:0841"}, []string{"BOL>CHLMED:080"}},
		{"Ecuador released three Peruvian fishermen.", []string{"ECU>PERCVL:0841"}, nil},
		{"Peru released a Chilean tanker on Friday.", nil, []string{"PER>CHLBUS:0841"}},
		{"Chile halted its air strikes on Bolivia.", []string{"CHL>BOL:087"}, []string{"CHL>BOL:082"}},
		{"Peru urged Chile to stop the bombing of Bolivian villages.", []string{"PER>CHL:0256"}, []string{"PER>CHL:020"}},
		{"Peru appealed to Chile to halt its air strikes.", []string{"PER>CHL:0256"}, []string{"PER>CHL:0252"}},
		{"Peru signed a trade agreement with Chile on Friday.", []string{"PER>CHL:057", "CHL>PER:057"}, []string{"PER>CHL:0311"}},
		{"Bolivia signed a contract with Argentina.", []string{"BOL>ARG:057", "ARG>BOL:057"}, []string{"BOL>ARG:060"}},
		{"Chile signed a defence agreement with Peru.", []string{"CHL>PER:057"}, []string{"CHL>PER:0312"}},
		{"Chile blockaded the Peruvian port of Callao.", []string{"CHL>PER:191"}, []string{"CHL>PER:170"}},
		{"Thousands of Peruvians marched in Lima on Sunday.", []string{"PEROPP>PERGOV:141"}, []string{"PEROPP>PERGOV:140"}},
		{"Peru rejected Chile's criticism on Monday.", []string{"PER>CHL:120"}, []string{"PER>CHL:124"}},
		{"Bolivia dismissed the Chilean criticism.", []string{"BOL>CHL:120"}, []string{"BOL>CHL:110"}},
		{"Chile froze its trade talks with Peru.", []string{"CHL>PER:164"}, nil},
		{"Chile launched rockets at Peru overnight.", []string{"CHL>PER:195"}, []string{"CHL>PER:194"}},
		{"Peruvian dock workers went on strike on Monday.", []string{"PERLAB>PERGOV:143"}, nil},
		{"Bolivia expelled United Nations peacekeepers.", []string{"BOL>IGOUNO:1661"}, []string{"BOL>IGOUNO:174"}},
		{"Peru expelled the IAEA inspectors on Monday.", []string{"PER>IGOUNOIAE:1662"}, nil},
		{"Bolivia expelled Chilean troops.", []string{"BOL>CHLMIL:166"}, []string{"BOL>CHLMIL:174"}},
		{"Bolivia expelled the Chilean ambassador.", []string{"BOL>CHLGOV:174"}, nil},
		{"Chile called off its talks with Peru.", []string{"CHL>PER:164"}, []string{"CHL>PER:160"}},
		{"Chile gave Peru economic aid.", []string{"CHL>PER:071"}, []string{"CHL>PER:070"}},
		{"Argentina delivered food aid to Bolivia.", []string{"ARG>BOL:073"}, []string{"ARG>BOL:070"}},
		{"Brazil sent military aid to Peru on Friday.", []string{"BRA>PER:072"}, nil},
		{"Chile gave aid to Peru.", []string{"CHL>PER:070"}, nil},
		{"Brazil called for talks between Peru and Chile.", []string{"BRA>PER:026", "BRA>CHL:026"}, []string{"BRA>PER:036"}},
		{"Peru called on Monday for talks with Chile.", []string{"PER>CHL:036"}, []string{"PER>CHL:026"}},
		{"Peru called for the release of the detained Chilean journalists.", []string{"PER>CHLMED:0253"}, []string{"PER>CHLMED:020"}},
		{"Peru urged the release of the Chilean journalists.", []string{"PER>CHLMED:0253"}, []string{"PER>CHLMED:020"}},
		{"Chilean border guards beat a Peruvian farmer.", []string{"CHLMIL>PERAGR:182"}, []string{"CHLMIL>PERAGR:190"}},
		{"Bolivia recalled its envoy from Chile on Friday.", []string{"BOLGOV>CHL:161"}, nil},
		{"Peru issued a protest to Ecuador over the fishing boats.", []string{"PER>ECU:114"}, []string{"PER>ECU:060"}},
		{"Paraguay made an appeal to Bolivia for restraint.", []string{"PRY>BOL:020"}, nil},
		{"Ecuador made an apology to Peru on Monday.", []string{"ECU>PER:055"}, nil},
		{"Peruvian troops retook the town from Chilean forces.", []string{"PERMIL>CHLMIL:192"}, nil},
	}
	checkEventCases(t, tests)
}
