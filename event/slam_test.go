package event

import "testing"

// TestSlammed checks that slamming someone is criticising them (the verb
// supplement recodes both of CRASH's SLAM listings to 111), and that
// SLAM's patterns for weapons, sanctions and a door slammed still code
// what they name.
func TestSlammed(t *testing.T) {
	tests := []eventCase{
		{"Peru's foreign minister slammed Chile on Monday.", []string{"PERGOV>CHL:111"}, nil},
		{"The Bolivian president slams Chile over its fishing rules.", []string{"BOLGOV>CHL:111"}, nil},
		{"Peru slammed Chile with new tariffs.", []string{"PER>CHL:163"}, []string{"PER>CHL:111"}},
		{"Chile slammed the door on talks with Peru.", []string{"CHL>PER:120"}, []string{"CHL>PER:111"}},
		{"A Chilean rocket slammed into a Peruvian village.", []string{"CHL>PERCVL:194"}, []string{"CHL>PERCVL:111"}},
		// What a decision is to do is not the verb's pattern word
		// (pastPlanInfinitive): no SLAM "- * &WEAPON [195]".
		{"Lima slammed Santiago's decision to sell weapons to Bolivia.", []string{"PER>CHL:111"}, []string{"PER>CHL:195", "PER>BOL:195"}},
		{"Peru criticised Chile's plan to buy tanks from Brazil.", nil, []string{"PER>CHL:062", "PER>BRA:062"}},
	}
	checkEventCases(t, tests)
}
