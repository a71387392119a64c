package event

import "testing"

// TestConjunctTarget checks that a second verb joined to a first with the
// same subject, or what it says or means to do, is aimed at the first
// verb's object when it names no target of its own; and that it is not
// when the first verb's object is a thing about an actor, a reported
// clause, or when the second deed is on the source's own thing.
func TestConjunctTarget(t *testing.T) {
	tests := []eventCase{
		{"China's commerce ministry accused Lima of dumping steel and said it would take the case to the WTO.", []string{"CHNGOV>PER:115"}, []string{"PER>CHN:115"}},
		{"Poland blamed Belarus for the crisis and said it would close the border.", []string{"POL>BLR:191"}, nil},
		{"Sweden summoned the Iranian envoy and demanded an explanation.", []string{"SWE>IRNGOV:101"}, nil},
		{"Argentina thanked Brazil for the aid and promised to repay the loan.", []string{"ARG>BRA:030"}, nil},
		// Not an actor in words about the object, nor what was said.
		{"France condemned Mali's decision, called it a crime and demanded an inquiry.", []string{"FRA>MLI:111"}, []string{"FRA>MLI:1014"}},
		// The victim of a condemned deed is no target, of the second verb either.
		{"France condemned the attack on Mali, called it a crime and demanded an inquiry.", nil, []string{"FRA>MLI:111", "FRA>MLI:1014"}},
		{"The Chilean envoy said Peruvian drills had provoked Bolivia and urged all sides to exercise restraint.", nil, []string{"CHLGOV>PERMIL:0256", "CHLGOV>PER:0256"}},
		// A deed on the source's own thing.
		{"Taiwan criticised China and said it would defend its islands.", []string{"TWN>CHN:111"}, []string{"TWN>CHN:0334"}},
	}
	checkEventCases(t, tests)
}

// TestMeetingPartner checks that a cooperative deed joined to a meeting,
// a call or talks is aimed at the other party of the meeting however the
// first verb names it, and that a deed of another kind takes no target
// from it.
func TestMeetingPartner(t *testing.T) {
	tests := []eventCase{
		{"Ghana held talks with Togo and agreed to reopen the border.", []string{"GHA>TGO:046", "GHA>TGO:0351"}, nil},
		{"Ghana's foreign minister met his Togolese counterpart in Accra and agreed to reopen the border.", []string{"GHAGOV>TGOGOV:0351"}, nil},
		{"Ghana's president spoke with Togo's president by telephone and offered to hold talks in Accra.", []string{"GHAGOV>TGOGOV:036"}, nil},
		{"Ghana held talks with Togo and condemned the attack.", nil, []string{"GHA>TGO:111"}},
	}
	checkEventCases(t, tests)
}

// TestPunitivePartner checks that a sanction or force joined to a
// sanction or force coded at the first verb is aimed at that one's target,
// and that an actor which only modifies the first verb's object ("ECOWAS
// sanctions") is no target of the second.
func TestPunitivePartner(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Togo joined ECOWAS sanctions against Mali and closed the border.", []string{"TGO>MLI:163", "TGO>MLI:191"}, []string{"TGO>IGOWAFWAS:191"}},
		{"Peru imposed sanctions on Bolivia and closed the border.", []string{"PER>BOL:163", "PER>BOL:191"}, nil},
		// A cooperative deed takes no target from a sanction.
		{"Peru imposed sanctions on Bolivia and promised to repay the loan.", []string{"PER>BOL:163"}, []string{"PER>BOL:030"}},
	})
}
