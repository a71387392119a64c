package event

import "testing"

// TestRenewedRefusedWithheld checks codes the verb supplement gives to
// predicates that coded nothing or another root: border crossings closed,
// shut or sealed restrict movement (191, not CLOSE's old 160); an
// agreement or deal renewed or extended is concluded again (057); an
// invitation declined, refused or rejected rejects a proposal to meet
// (125); a court ordering someone held or detained detains them (173, not
// ORDER's demand 100); funds or payments withheld or frozen stop economic
// aid (1621, not CONFINE's 170); warships or patrol boats given, donated
// or supplied are military aid (072). The negative cases keep what the
// new patterns must not reach: calls renewed, talks ordered held, military
// aid frozen, information withheld.
func TestRenewedRefusedWithheld(t *testing.T) {
	tests := []eventCase{
		{"Chile closed the border crossing with Peru on Sunday.", []string{"CHL>PER:191"}, []string{"CHL>PER:160"}},
		{"Thailand has closed its land crossings with Laos.", []string{"THA>LAO:191"}, nil},
		{"Ecuador shut its crossings with Colombia after the attack.", []string{"ECU>COL:191"}, nil},
		{"Peru and Bolivia renewed their fishing agreement in March.", []string{"PER>BOL:057", "BOL>PER:057"}, nil},
		{"Norway extended its quota deal with Russia for another year.", []string{"NOR>RUS:057"}, nil},
		{"Ghana renewed its calls for talks with Togo.", nil, []string{"GHA>TGO:057"}},
		{"Kenya rejected an invitation from Uganda to the summit.", []string{"KEN>UGA:125"}, nil},
		{"Ghana declined Togo's invitation.", []string{"GHA>TGO:125"}, []string{"GHA>TGO:120"}},
		{"Mali refused the Senegalese invitation.", []string{"MLI>SEN:125"}, nil},
		{"A Chilean judge ordered the Peruvian consul held pending trial.", []string{"CHLJUD>PERGOV:173"}, []string{"CHLJUD>PERGOV:100"}},
		{"A Kenyan court ordered two Ugandan journalists detained for a week.", []string{"KENJUD>UGAMED:173"}, nil},
		{"The Bolivian president ordered that talks with Chile be held in La Paz.", nil, []string{"BOLGOV>CHL:173"}},
		{"The European Commission withheld funding from Hungary.", []string{"IGOEUREEC>HUN:1621"}, []string{"IGOEUREEC>HUN:170"}},
		{"The European Union froze funds earmarked for Poland.", []string{"IGOEUREEC>POL:1621"}, nil},
		{"The United States froze military aid to Pakistan.", []string{"USA>PAK:162"}, []string{"USA>PAK:1621"}},
		{"Japan gave Palau a patrol boat in 2018.", []string{"JPN>PLW:072"}, nil},
		{"Taiwan donated two patrol boats to Palau.", []string{"TWN>PLW:072"}, []string{"TWN>PLW:070"}},
	}
	checkEventCases(t, tests)
}
