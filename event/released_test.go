package event

import "testing"

// TestReleasedPeople checks that people released or freed, active or
// passive, are released persons (0841) whatever noun names them, and
// that a country freed of something is not. Gendarmes, migrants,
// traders and lawyers are people after a number too; a country's assets
// are not.
func TestReleasedPeople(t *testing.T) {
	tests := []eventCase{
		{"Two Chilean aid workers were freed by Bolivia on Sunday.", []string{"BOL>CHLNGO:0841"}, []string{"BOL>CHLNGO:080"}},
		{"Peruvian fishermen were released by Ecuador.", []string{"ECU>PERCVL:0841"}, []string{"ECU>PERCVL:084"}},
		{"Bolivia freed two Chilean aid workers.", []string{"BOL>CHLNGO:0841"}, []string{"BOL>CHLNGO:080"}},
		{"Chile released Peru from the fishing agreement.", nil, []string{"CHL>PER:0841"}},
		{"Peru freed Chilean assets.", nil, []string{"PER>CHL:0841"}},
		{"Mali released three Ivorian gendarmes on Sunday.", []string{"MLI>CIVCOP:0841"}, nil},
		{"Libya freed 40 Nigerian migrants.", []string{"LBY>NGACVL:0841"}, nil},
		{"Peru freed two Chilean lawyers.", []string{"PER>CHLJUD:0841"}, []string{"PER>CHLJUD:080"}},
	}
	checkEventCases(t, tests)
}

// TestReleasedProperty checks that seized boats, ships, tankers or cargo
// released or freed are property released (0842), not a release of no
// kind (084) or a yield (080), while people released stay persons.
func TestReleasedProperty(t *testing.T) {
	tests := []eventCase{
		{"Chile released the seized Peruvian tanker on Monday.", []string{"CHL>PERBUS:0842"}, []string{"CHL>PERBUS:084"}},
		{"Ecuador freed two Peruvian fishing trawlers.", []string{"ECU>PERCVL:0842"}, []string{"ECU>PERCVL:080"}},
		{"Ecuador freed two Peruvian fishermen.", []string{"ECU>PERCVL:0841"}, []string{"ECU>PERCVL:0842"}},
	}
	checkEventCases(t, tests)
}
