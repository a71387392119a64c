package event

import "testing"

// TestImposedMeasure checks that what is imposed, unveiled, placed or
// introduced decides the code: an embargo, boycott, sanctions, tariffs,
// duties or a ban on trade are 163, any other ban 172, and a curfew
// keeps its 1723, not IMPOSE's bare coercion (170).
func TestImposedMeasure(t *testing.T) {
	tests := []eventCase{
		{"Chile imposed a total embargo on Peruvian arms.", []string{"CHL>PER:163"}, []string{"CHL>PER:170"}},
		{"Peru has imposed a boycott on Chilean fruit.", []string{"PER>CHL:163"}, []string{"PER>CHL:170"}},
		{"Bolivia imposed steep duties on Peruvian textiles.", []string{"BOL>PER:163"}, []string{"BOL>PER:170"}},
		{"Ecuador imposed a ban on imports of Colombian flowers.", []string{"ECU>COL:163"}, []string{"ECU>COL:172"}},
		{"The Chilean government imposed an entry ban on two Peruvian ministers.", []string{"CHLGOV>PERGOV:172"}, []string{"CHLGOV>PERGOV:170"}},
		{"Peru imposed a visa ban on Bolivian officials.", []string{"PER>BOLGOV:172"}, []string{"PER>BOLGOV:170"}},
		{"Argentina imposed export restrictions on Uruguay.", []string{"ARG>URY:163"}, []string{"ARG>URY:1721"}},
		{"Chile unveiled sanctions against Peruvian generals.", []string{"CHL>PERMIL:163"}, []string{"CHL>PERMIL:050"}},
		{"The Peruvian foreign ministry placed sanctions on three Chilean firms.", []string{"PERGOV>CHLBUS:163"}, nil},
		{"Ecuador tightened its embargo on Peru.", []string{"ECU>PER:163"}, nil},
		{"Chile introduced tariffs on Argentine wheat.", []string{"CHL>ARG:163"}, []string{"CHL>ARG:040"}},
	}
	checkEventCases(t, tests)
}

// TestMisfiledConflictVerbs checks that verbs CAMEO.2.0.txt files with
// force or violence code none where they name no use of force: a
// reputation tarnished, an offer matched, a neighbour grappled with over
// rules, a rival beaten in a vote or a final, a bill killed, hopes
// crushed, a claim attacked, complaints
// bombarded or criticism fired back at (111), sanctions retaliated with
// (163); and that protests crushed are violent repression (175).
func TestMisfiledConflictVerbs(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian president tarnished Chile's image with the speech.", nil, []string{"PERGOV>CHL:180"}},
		{"Bolivia spoiled Peru's plan for a new port.", nil, []string{"BOL>PER:180"}},
		{"Chile matched Peru's offer to Bolivia.", nil, []string{"CHL>PER:190"}},
		{"Ecuador has been grappling with Peru over fishing quotas.", nil, []string{"ECU>PER:190", "PER>ECU:190"}},
		{"Colombia wrestled with Venezuela over border fees.", nil, []string{"COL>VEN:180"}},
		{"The Chilean senate killed the bill on Peruvian imports.", nil, []string{"CHLLEG>PER:190"}},
		{"A Bolivian minister attacked Peru's remarks on the border.", []string{"BOLGOV>PER:111"}, []string{"BOLGOV>PER:190"}},
		{"Chilean troops attacked Peruvian positions near the border.", []string{"CHLMIL>PERMIL:190"}, nil},
		{"Colombian exporters have struggled with Ecuador's new rules.", nil, []string{"COLBUS>ECU:190", "ECU>COLBUS:190"}},
		{"Ecuadorian diplomats bombarded Colombia with complaints about the border.", []string{"ECUGOV>COL:111"}, []string{"ECUGOV>COL:190"}},
		{"The Chilean minister fired back at Bolivia's criticism.", []string{"CHLGOV>BOL:111"}, []string{"CHLGOV>BOL:190"}},
		{"Chilean marines fired back at Bolivian soldiers.", []string{"CHLMIL>BOLMIL:190"}, nil},
		{"Argentina retaliated against Uruguay with higher tariffs.", []string{"ARG>URY:163"}, []string{"ARG>URY:190", "URY>ARG:190"}},
		{"Venezuela crushed Colombia's hopes for a border deal.", nil, []string{"VEN>COL:190"}},
		{"Uruguay beat Argentina in the bidding for the port contract.", nil, []string{"URY>ARG:190"}},
		{"The Chilean side defeated Peru in the final on Sunday.", nil, []string{"CHL>PER:190"}},
		{"Ecuadorian troops defeated Peruvian rebels near the river.", []string{"ECUMIL>PERREB:190"}, nil},
		{"Peruvian police crushed protests by Bolivian miners.", []string{"PERCOP>BOL:175"}, []string{"PERCOP>BOL:190"}},
	}
	checkEventCases(t, tests)
}
