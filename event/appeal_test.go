package event

import "testing"

// TestAppealForDeed checks that an unspecified appeal or demand takes the
// code of the deed it calls for, and stays unspecified where that deed's
// code says too little or nothing.
func TestAppealForDeed(t *testing.T) {
	tests := []eventCase{
		{"Peru urged Chile to withdraw its troops.", []string{"PER>CHL:0256"}, []string{"PER>CHL:020"}},
		{"Peru urged Chile to release the prisoners.", []string{"PER>CHL:0253"}, []string{"PER>CHL:020"}},
		{"Peru called on Chile to lift sanctions.", []string{"PER>CHL:0254"}, []string{"PER>CHL:020"}},
		{"Peru urged Chile to hold talks with Bolivia.", []string{"PER>CHL:026"}, []string{"PER>CHL:020"}},
		{"Peru and Chile have been pressuring Bolivia to leave the border town.", []string{"PER>BOL:100"}, []string{"PER>BOL:106"}},
		{"Peru urged Chile to condemn Bolivia.", []string{"PER>CHL:020"}, nil},
		{"Peru urged Turkey to approve Sweden's application.", []string{"PER>TUR:020"}, []string{"PER>TUR:025"}},
		{"Peru pleaded with Chile to reconsider its decision.", []string{"PER>CHL:020"}, []string{"PER>CHL:026"}},
		{"Peru applied to join the European Union in 2009.", []string{"PER>IGOEUREEC:020"}, nil},
	}
	checkEventCases(t, tests)
}

func TestAppealCode(t *testing.T) {
	tests := []struct{ root, deed, want string }{
		{"02", "040", ""}, {"02", "042", ""}, {"02", "044", "026"}, {"10", "046", "106"}, {"02", "045", "028"}, {"10", "045", "108"},
		{"02", "061", "0211"}, {"10", "062", "1012"}, {"02", "060", "021"}, {"02", "073", "0233"},
		{"10", "070", "103"}, {"02", "0841", "0253"}, {"10", "085", "1054"}, {"02", "087", "0256"},
		{"02", "081", "0251"}, {"02", "080", ""}, {"02", "083", "024"}, {"02", "0831", "0241"}, {"10", "0834", "1044"}, {"02", "057", ""}, {"02", "111", ""}, {"13", "040", ""},
	}
	for _, tt := range tests {
		if got := appealCode(tt.root, tt.deed); got != tt.want {
			t.Errorf("appealCode(%q, %q) = %q, want %q", tt.root, tt.deed, got, tt.want)
		}
	}
}

// TestCallForInvestigation checks that calling for an investigation is an
// appeal for one (0214, as asking for one is), not the caller's own
// investigation (090).
func TestCallForInvestigation(t *testing.T) {
	tests := []eventCase{
		{"Bolivia called for an investigation into Chile's role.", []string{"BOL>CHL:0214"}, []string{"BOL>CHL:090"}},
		{"Bolivia asked for an investigation into Chile's role.", []string{"BOL>CHL:0214"}, nil},
		{"Bolivia opened an investigation into Chile's role.", []string{"BOL>CHL:090"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAppealForReform checks that calling on someone to resign or step
// down appeals for political reform (024) or a change in leadership
// (0241), the kind the deed called for keeps.
func TestAppealForReform(t *testing.T) {
	tests := []eventCase{
		{"Kenya's opposition urged President William Ruto to resign.", []string{"KENOPP>KENGOV:024"}, []string{"KENOPP>KENGOV:020"}},
		{"Ghana urged Togo's president to step down.", []string{"GHA>TGOGOV:0241"}, []string{"GHA>TGOGOV:020"}},
		{"Argentina urged Brazil's senate to adopt the bill.", []string{"ARG>BRALEG:0244"}, []string{"ARG>BRALEG:020"}},
	}
	checkEventCases(t, tests)
}

// TestAppealForAssistance checks that asking for or seeking assistance or
// aid of a named kind is the appeal for that kind of aid (023x).
func TestAppealForAssistance(t *testing.T) {
	tests := []eventCase{
		{"Peru's prime minister requested financial assistance from the International Monetary Fund.", []string{"PERGOV>IGOBUSIMF:0231"}, []string{"PERGOV>IGOBUSIMF:020"}},
		{"Kenya asked the World Bank for economic aid.", []string{"KEN>IGOWBK:0231"}, []string{"KEN>IGOWBK:020"}},
		{"Chad requested humanitarian assistance from the European Union.", []string{"TCD>IGOEUREEC:0233"}, nil},
		{"Haiti sought assistance from the United Nations.", []string{"HTI>IGOUNO:023"}, nil},
		{"Mali has sought military assistance from Russia.", []string{"MLI>RUS:0232"}, nil},
	}
	checkEventCases(t, tests)
}

// TestCallForEndToAttacks checks that calling for an end or a halt to
// attacks, strikes, shelling or an occupation appeals to whoever carries
// them out for de-escalation (0256), not for support on their behalf
// (053) nor for a settlement (027).
func TestCallForEndToAttacks(t *testing.T) {
	tests := []eventCase{
		{"Chile called for an end to Peruvian air strikes near the border.", []string{"CHL>PER:0256"}, []string{"CHL>PER:053"}},
		{"The Bolivian foreign minister called for an end to Chile's shelling of the port.", []string{"BOLGOV>CHL:0256"}, []string{"BOLGOV>CHL:053"}},
		{"Ecuador has called for an immediate halt to Colombian attacks on its villages.", []string{"ECU>COL:0256"}, []string{"ECU>COL:027"}},
		{"Uruguay called for an end to the Argentine occupation of the island.", []string{"URY>ARG:0256"}, []string{"URY>ARG:053"}},
		{"Peru called for an end to the sanctions against Bolivia.", []string{"PER>BOL:053"}, []string{"PER>BOL:0256"}},
	}
	checkEventCases(t, tests)
}

// TestAppealKindByWhatIsAsked checks that an appeal takes its kind from
// what it asks for: mediation (028), settling a dispute (027), letting
// inspectors or monitors in (0255), elections (0241).
func TestAppealKindByWhatIsAsked(t *testing.T) {
	tests := []eventCase{
		{"Peru urged Ecuador to accept arbitration over the border.", []string{"PER>ECU:028"}, []string{"PER>ECU:020"}},
		{"The Bolivian president called on Chile to resolve the dispute through dialogue.", []string{"BOLGOV>CHL:027"}, []string{"BOLGOV>CHL:020"}},
		{"Uruguay urged Paraguay to settle their quarrel over the dam.", []string{"URY>PRY:027"}, nil},
		{"Colombia called on Venezuela to admit international observers.", []string{"COL>VEN:0255"}, []string{"COL>VEN:020"}},
		{"Argentina urged Chile's government to hold early elections.", []string{"ARG>CHLGOV:0241"}, []string{"ARG>CHLGOV:020"}},
	}
	checkEventCases(t, tests)
}

// TestAppealToEaseTension checks that an appeal that names tension, to
// ease it or to avoid raising it, asks for de-escalation (0256).
func TestAppealToEaseTension(t *testing.T) {
	tests := []eventCase{
		{"Brazil urged Peru and Chile to ease tensions.", []string{"BRA>PER:0256", "BRA>CHL:0256"}, []string{"BRA>PER:020"}},
		{"Uruguay called on Argentina to avoid any step that could raise tension at the border.", []string{"URY>ARG:0256"}, []string{"URY>ARG:020"}},
	}
	checkEventCases(t, tests)
}
