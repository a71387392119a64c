package event

import "testing"

// TestAnnouncedBan checks that announcing an embargo, a boycott or a ban
// imposes it, with IMPOSE's codes for what is imposed (163 for an
// embargo, a boycott or a ban on imports or goods, 172 for any other
// ban), and that announcing the lifting, easing or end of sanctions, an
// embargo or a ban eases them (085, 081) rather than imposing them.
func TestAnnouncedBan(t *testing.T) {
	tests := []eventCase{
		{"Peru announced an embargo on Chilean wine.", []string{"PER>CHL:163"}, []string{"PER>CHL:010"}},
		{"Peru announced a boycott of Chilean goods.", []string{"PER>CHL:163"}, []string{"PER>CHL:010"}},
		{"Peru announced a ban on imports from Chile.", []string{"PER>CHL:163"}, []string{"PER>CHL:172"}},
		{"Peru announced a ban on Chilean fish.", []string{"PER>CHL:163"}, []string{"PER>CHL:010", "PER>CHL:172"}},
		{"Peru announced a travel ban on Chilean officials.", []string{"PER>CHLGOV:172"}, []string{"PER>CHLGOV:010"}},
		{"Peru announced the lifting of sanctions on Chile.", []string{"PER>CHL:085"}, []string{"PER>CHL:163"}},
		{"Peru announced the easing of sanctions on Chile.", []string{"PER>CHL:085"}, []string{"PER>CHL:163"}},
		{"Peru announced an end to the embargo on Chile.", []string{"PER>CHL:085"}, []string{"PER>CHL:163"}},
		{"Peru announced an end to tariffs on Chilean wine.", []string{"PER>CHL:085"}, []string{"PER>CHL:163"}},
		{"Peru announced the lifting of its ban on Chilean fish.", []string{"PER>CHL:085"}, []string{"PER>CHL:163", "PER>CHL:172"}},
		{"Peru announced the lifting of its travel ban on Chilean officials.", []string{"PER>CHLGOV:081"}, []string{"PER>CHLGOV:172"}},
		{"Peru announced the end of its boycott of Chilean goods.", []string{"PER>CHL:085"}, []string{"PER>CHL:163"}},
	}
	checkEventCases(t, tests)
}
