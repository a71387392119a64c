package event

import "testing"

// TestHeavyArmsSent checks the verb supplement's &HEAVYARMS patterns:
// tanks, armoured vehicles and air defence systems sent, delivered or
// promised to another are military aid (072; promised or to come, 0332),
// while tanks sent into a country or to a border give no aid.
func TestHeavyArmsSent(t *testing.T) {
	tests := []eventCase{
		{"Chile sent tanks to Bolivia.", []string{"CHL>BOL:072"}, nil},
		{"Peru delivered twelve howitzers to Ecuador on Friday.", []string{"PER>ECU:072"}, nil},
		{"Chile said it would deliver two more air defence batteries to Bolivia.", []string{"CHL>BOL:0332"}, nil},
		{"Argentina will send air defense systems to Uruguay.", []string{"ARG>URY:0332"}, nil},
		{"Brazil promised Paraguay more tanks.", []string{"BRA>PRY:0332"}, nil},
		{"Peru's army delivered missiles to Bolivia.", []string{"PERMIL>BOL:072"}, nil},
		{"Chile sent tanks into Bolivia.", nil, []string{"CHL>BOL:072"}},
		{"Chile brought tanks to the Bolivian border.", []string{"CHL>BOL:154"}, []string{"CHL>BOL:072"}},
	}
	checkEventCases(t, tests)
}

// TestStandWith checks the verb supplement's STAND (WITH): standing
// with another supports them (051), as standing by them does; standing
// ready for talks with them, or at odds with them, does not.
func TestStandWith(t *testing.T) {
	tests := []eventCase{
		{"The European Union said it stood with Chile.", []string{"IGOEUREEC>CHL:051"}, nil},
		{"Brazil stands firmly with Paraguay.", []string{"BRA>PRY:051"}, nil},
		{"Peru said it would always stand with Ecuador in the dispute.", []string{"PER>ECU:051"}, nil},
		{"Chile stands ready for a new round of talks with Bolivia.", nil, []string{"CHL>BOL:051"}},
		{"Peru stands at odds with Ecuador over fishing rights.", nil, []string{"PER>ECU:051"}},
	}
	checkEventCases(t, tests)
}

// TestWeaponsNearBorder checks the verb supplement's SEND and BRING
// patterns for missiles and heavy arms moved to, near or along another
// country's border: the sender builds up its own forces against that
// country (154), while weapons sent or delivered to the country itself
// stay military aid (072).
func TestWeaponsNearBorder(t *testing.T) {
	tests := []eventCase{
		{"Peru deployed missiles near the Chilean border.", []string{"PER>CHL:154"}, []string{"PER>CHL:072"}},
		{"Bolivia has deployed rocket launchers along its border with Paraguay.", []string{"BOL>PRY:154"}, []string{"BOL>PRY:072"}},
		{"Ecuador deployed missiles to the border with Colombia on Sunday.", []string{"ECU>COL:154"}, []string{"ECU>COL:072"}},
		{"Chile brought missiles near Argentina.", []string{"CHL>ARG:154"}, []string{"CHL>ARG:072"}},
		{"Peru sent missiles to Chile.", []string{"PER>CHL:072"}, []string{"PER>CHL:154"}},
		{"Uruguay delivered rockets to Brazil last month.", []string{"URY>BRA:072"}, []string{"URY>BRA:154"}},
	}
	checkEventCases(t, tests)
}

// TestWeaponsGiven checks the verb supplement's GIVE patterns: weapons
// and heavy arms given are military aid (072), with the recipient before
// the weapons or after "to"; weapons given up are a surrender, not aid.
func TestWeaponsGiven(t *testing.T) {
	tests := []eventCase{
		{"Chile gave tanks to Bolivia.", []string{"CHL>BOL:072"}, nil},
		{"Norway gave Ukraine tanks.", []string{"NOR>UKR:072"}, nil},
		{"Chile has given Bolivia twelve howitzers.", []string{"CHL>BOL:072"}, nil},
		{"Argentina gave missiles to Uruguay last year.", []string{"ARG>URY:072"}, nil},
		{"The rebels gave up their weapons to the Bolivian army.", nil, []string{"BOLREB>BOLMIL:072"}},
	}
	checkEventCases(t, tests)
}

// TestArmsAppeal checks the verb supplement's appeals for arms: an
// appeal, call or request for weapons, tanks or air defence systems
// appeals for military aid (0232), renewed or made, while an appeal for
// something else stays what it was.
func TestArmsAppeal(t *testing.T) {
	tests := []eventCase{
		{"Bolivia's president renewed his appeal to Chile for air defence systems.", []string{"BOLGOV>CHL:0232"}, []string{"BOLGOV>CHL:020"}},
		{"Bolivia appealed to Chile for more tanks.", []string{"BOL>CHL:0232"}, nil},
		{"Bolivia asked Chile for weapons on Monday.", []string{"BOL>CHL:0232"}, nil},
		{"Bolivia's president made an appeal to Chile for howitzers.", []string{"BOLGOV>CHL:0232"}, nil},
		{"Bolivia appealed to Chile for calm.", nil, []string{"BOL>CHL:0232"}},
	}
	checkEventCases(t, tests)
}
