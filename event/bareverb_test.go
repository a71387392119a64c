package event

import "testing"

// TestBareVerbsSayNothing checks that citing, witnessing and releasing a
// letter or a video code nothing while the same verbs' own patterns
// (a released prisoner, a witnessed row) keep their codes.
func TestBareVerbsSayNothing(t *testing.T) {
	tests := []struct {
		text string
		want []string
		none bool
	}{
		{"Peru's minister cited a Chilean study.", nil, true},
		{"Peru witnessed the end of the Chilean empire.", nil, true},
		{"Peru's president released a letter from a Chilean doctor.", nil, true},
		{"Peru's president released a video of the Chilean ambassador.", nil, true},
		{"Peru released Chilean prisoners on Monday.", []string{"PER>CHL:0841"}, false},
		{"Peru witnessed a row with Chile.", []string{"PER>CHL:110"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			if tt.none && len(evs) > 0 {
				t.Fatalf("coded %d events, want none: %+v", len(evs), evs)
			}
			checkEvents(t, evs, tt.want, nil)
		})
	}
}

// TestConsiderAndRaisedHopes checks that considering or weighing
// something, and a deed that raises hopes, code no consultation or
// comment, while the same verbs' own patterns and consulting still code.
func TestConsiderAndRaisedHopes(t *testing.T) {
	tests := []eventCase{
		{"Peru is also considering two Chilean candidates.", nil, []string{"PER>CHL:040"}},
		{"Peru considers all Chilean settlement activity illegal.", nil, []string{"PER>CHL:040"}},
		{"Peru weighed a Chilean offer.", nil, []string{"PER>CHL:040"}},
		{"Peru swapped two hostages for Chilean commanders, raising hopes of a thaw with Chile.", nil, []string{"PER>CHLMIL:013", "PER>CHL:013"}},
		{"Peru considered a compromise with Chile.", []string{"PER>CHL:014"}, nil},
		{"Peru raised doubts about Chile's offer.", []string{"PER>CHL:012"}, nil},
		{"Peru consulted Chile on Monday.", []string{"PER>CHL:040"}, nil},
	}
	checkEventCases(t, tests)
}

// TestSayBorrowsNoPattern checks that a reporting verb codes no event from
// another verb's pattern matched inside what it reports, while an
// announcement keeps that pattern.
func TestSayBorrowsNoPattern(t *testing.T) {
	tests := []eventCase{
		{"A Peruvian spokesperson said that the firm had received an inquiry from Chile's attorney general.", nil, []string{"PERMED>CHLGOV:090", "PERMED>CHL:090", "PER>CHL:090", "PER>CHLGOV:090"}},
		{"Peru announced an investigation into Chile's election.", []string{"PER>CHL:090"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTalkDirectRelate checks that talking about something codes nothing,
// that talking to someone about it consults them, that directing a film,
// handling a matter or relating to one gives no help, and that talks with someone and
// an order for envoys to leave keep their codes.
func TestTalkDirectRelate(t *testing.T) {
	tests := []eventCase{
		{"So many Peruvians were talking about Chile's odd new slogan.", nil, []string{"PERCVL>CHL:010", "PER>CHL:010"}},
		{"Peru's envoy was talking to Chile about investigations.", []string{"PERGOV>CHL:040"}, []string{"PERGOV>CHL:010"}},
		{"Peru talked with Chile on Monday.", []string{"PER>CHL:046"}, nil},
		{"A Peruvian filmmaker directed a Chilean adaptation.", nil, []string{"PER>CHL:060", "PERMED>CHL:060"}},
		{"Peru directed Chilean diplomats to leave.", []string{"PER>CHLGOV:174"}, nil},
		{"Peruvian farmers handled the Chilean shipments themselves.", nil, []string{"PERAGR>CHL:060"}},
		{"The Peruvian ministry handled Chile's request quickly.", nil, []string{"PERGOV>CHL:060"}},
		{"The Peruvian court will decide two cases, including relating to Chilean settlements.", nil, []string{"PERJUD>CHL:060", "PERJUD>CHLCVL:060"}},
	}
	checkEventCases(t, tests)
}

// TestSeeSaysNothing checks that seeing, watching or viewing something
// codes no statement, while SEE's own patterns still code.
func TestSeeSaysNothing(t *testing.T) {
	tests := []eventCase{
		{"Peru's president saw the Chilean request on Monday.", nil, []string{"PERGOV>CHL:010"}},
		{"Peru's president watched the Chilean parade.", nil, []string{"PERGOV>CHL:010"}},
		{"Peru sees a chance for peace with Chile.", []string{"PER>CHL:013"}, nil},
	}
	checkEventCases(t, tests)
}

// TestOvercomeIsNoFight checks that overcoming an obstacle, overtaking a
// rival in a ranking, overshadowing or dominating codes no fight, while
// defeating an army or destroying a post still does.
func TestOvercomeIsNoFight(t *testing.T) {
	tests := []eventCase{
		{"Peru's president overcame the mistrust of Chilean voters.", nil, []string{"PERGOV>CHLCVL:190", "PERGOV>CHL:190"}},
		{"Peruvian troops defeated Chilean rebels near the border.", []string{"PERMIL>CHLREB:190"}, nil},
		// Overtaking, overshadowing or dominating is a ranking or a
		// standing, no fight.
		{"This year Chile overtook Peru as the world's second largest copper producer.", nil, []string{"CHL>PER:190"}},
		{"The talks between Chile and Peru were overshadowed by the dispute with Bolivia.", nil, []string{"BOL>CHL:190", "BOL>PER:190"}},
		{"Chilean firms dominate the Peruvian market.", nil, []string{"CHL>PER:190", "CHLBUS>PER:190"}},
		{"Chilean troops destroyed a Peruvian border post.", []string{"CHLMIL>PERMIL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestHintPreferIsNoAppeal checks that hinting codes no appeal and
// preferring no praise, while the blocks' other verbs still code.
func TestHintPreferIsNoAppeal(t *testing.T) {
	tests := []eventCase{
		{"Peru's president denied the Chilean report, hinting that it was false.", nil, []string{"PERGOV>CHL:020", "PERGOV>CHLMED:020"}},
		{"Peru's president hinted at a Chilean deal.", nil, []string{"PERGOV>CHL:020"}},
		{"Peruvian airlines preferred Chilean jets.", nil, []string{"PERBUS>CHL:051", "PER>CHL:051"}},
		{"Peru's president suggested a meeting with Chile.", []string{"PERGOV>CHL:026"}, nil},
		{"Peru's president praised Chile.", []string{"PERGOV>CHL:051"}, nil},
	}
	checkEventCases(t, tests)
}

// TestHelpSeekAloneIsNoDeed checks that a bare help codes no aid and a
// bare seek no intent, while their own patterns still code.
func TestHelpSeekAloneIsNoDeed(t *testing.T) {
	tests := []eventCase{
		{"Peru's president helped Chilean rebels become stronger.", nil, []string{"PERGOV>CHLREB:070"}},
		{"Peru's president sought to make Chile's debt an issue.", nil, []string{"PERGOV>CHL:030"}},
		{"Peru's president sought talks with Chile.", []string{"PERGOV>CHL:026"}, nil},
		{"Peru's president aided Chilean rebels.", []string{"PERGOV>CHLREB:060"}, nil},
	}
	checkEventCases(t, tests)
}

// TestStriveIsNoFight checks that a bare verb of fighting followed by
// what its subject strives to do codes no fight, while fighting an
// opponent still does.
func TestStriveIsNoFight(t *testing.T) {
	tests := []eventCase{
		{"Peru's president battled to win over Chilean voters.", nil, []string{"PERGOV>CHLCVL:190", "PERGOV>CHL:190"}},
		{"Peruvian rebels struggled to pay Chilean banks.", nil, []string{"PERREB>CHLBUS:190", "PERREB>CHL:190"}},
		{"Peruvian troops battled Chilean rebels near the border.", []string{"PERMIL>CHLREB:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestDecidedDeed checks that a bare verb of deciding or voting followed
// by what was decided codes that, not an intent to cooperate (030),
// while a vote with someone keeps the verb's own code.
func TestDecidedDeed(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian Congress voted to expel the Chilean ambassador.", []string{"PERLEG>CHLGOV:174"}, []string{"PERLEG>CHLGOV:030"}},
		{"The Chilean Senate voted to impose sanctions on Peru.", []string{"CHLLEG>PER:163"}, []string{"CHLLEG>PER:030"}},
		{"Chile decided to impose sanctions on Peru.", nil, []string{"CHL>PER:030"}},
		{"Peru voted with Chile.", []string{"PER>CHL:030"}, nil},
	}
	checkEventCases(t, tests)
}

// TestStudyIsNoInquiry checks that studying something codes no
// investigation, while inspecting it still does.
func TestStudyIsNoInquiry(t *testing.T) {
	tests := []eventCase{
		{"Peru's president studied the Chilean proposal.", nil, []string{"PERGOV>CHL:090"}},
		{"Peruvian officials inspected Chilean ships.", []string{"PERGOV>CHL:090"}, nil},
	}
	checkEventCases(t, tests)
}

// TestFoundInsistEmboldenNameNoDeed checks that a bare FOUND, INSIST or
// EMBOLDEN codes nothing, while their blocks' other verbs still code.
func TestFoundInsistEmboldenNameNoDeed(t *testing.T) {
	tests := []eventCase{
		{"Peruvian police found a Chilean man bleeding.", nil, []string{"PERCOP>CHLCVL:060", "PERCOP>CHL:060"}},
		{"Peru's president insists his Chilean policy will work.", nil, []string{"PERGOV>CHL:100", "PERGOV>CHLGOV:100"}},
		{"Peru will embolden Chilean rebels.", nil, []string{"PER>CHLREB:051"}},
		{"Peru's president encouraged Chilean rebels.", []string{"PERGOV>CHLREB:051"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTakeIsNoSeizure checks that a bare take codes no seizure, while
// seizing or arresting someone still does.
func TestTakeIsNoSeizure(t *testing.T) {
	tests := []eventCase{
		{"Peru's president took action on the Chilean request.", nil, []string{"PERGOV>CHL:171"}},
		{"Peru's president is tough enough to take on Chile.", nil, []string{"PERGOV>CHL:171"}},
		{"Peruvian police arrested Chilean rebels.", []string{"PERCOP>CHLREB:173"}, nil},
		{"Peruvian rebels took Chilean soldiers hostage.", []string{"PERREB>CHLMIL:181"}, nil},
		{"Peruvian rebels took control of a Chilean town.", []string{"PERREB>CHL:192"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGiveIsNoAid checks that a bare give codes no aid, while granting
// aid still does.
func TestGiveIsNoAid(t *testing.T) {
	tests := []eventCase{
		{"Peru gave Chile too much.", nil, []string{"PER>CHL:060"}},
		{"Peru's president gave an interview to Chilean reporters.", nil, []string{"PERGOV>CHLMED:060"}},
		{"Peru granted economic aid to Chile.", []string{"PER>CHL:071"}, nil},
	}
	checkEventCases(t, tests)
}

// TestWantIsNoIntent checks that a bare want codes no intent to
// cooperate, while a demand still codes.
func TestWantIsNoIntent(t *testing.T) {
	tests := []eventCase{
		{"Peru wants Chile to extradite the Bolivian suspect.", nil, []string{"PER>CHL:030"}},
		{"Peru demanded that Chile extradite the suspect.", []string{"PER>CHL:1013"}, nil}, // judicial cooperation (deedCode)
	}
	checkEventCases(t, tests)
}

// TestTradeTalksAreTalks checks that "trade talks" with a party code
// negotiations (046), not TRADE's bare 060.
func TestTradeTalksAreTalks(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president has brought his love of television to trade talks with Peru.", []string{"CHLGOV>PER:046"}, []string{"CHLGOV>PER:060"}},
	}
	checkEventCases(t, tests)
}

// TestIncreaseExpandAloneIsNoDeed checks that a bare INCREASE or EXPAND
// codes nothing while a pattern of their block still codes.
func TestIncreaseExpandAloneIsNoDeed(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president will only increase his demands on Peru.", nil, []string{"CHLGOV>PER:060"}},
		{"Chilean firms said they want to expand their services to Peru.", nil, []string{"CHLBUS>PER:060"}},
		{"Chile will increase aid to Peru.", []string{"CHL>PER:0333"}, nil},
	}
	checkEventCases(t, tests)
}

// TestReferIsNoStatement checks that referring to an actor is no
// statement made to it.
func TestReferIsNoStatement(t *testing.T) {
	tests := []eventCase{
		{"The Chilean ambassador referred to Peru in his speech.", nil, []string{"CHLGOV>PER:010"}},
		{"Chilean diplomats referred to investigations into Peru in 2016, the minister testified.", nil, []string{"CHLGOV>PER:010"}},
	}
	checkEventCases(t, tests)
}

// TestLeadProtest checks that leading a protest march to an actor's
// offices is a demonstration (141), not an intent to cooperate.
func TestLeadProtest(t *testing.T) {
	tests := []eventCase{
		{"Chilean opposition leaders led a protest march to the Peruvian embassy on Friday.", []string{"CHLOPP>PERGOV:141"}, []string{"CHLOPP>PERGOV:030"}},
	}
	checkEventCases(t, tests)
}

// TestSurroundInProtest checks that surrounding an actor's building in
// a protest is a demonstration (141), while troops surrounding a town
// stay a use of force.
func TestSurroundInProtest(t *testing.T) {
	tests := []eventCase{
		{"Thousands of Chilean teachers surrounded the Peruvian embassy on Tuesday in a protest over pay.", []string{"CHLEDU>PERGOV:141"}, []string{"CHLEDU>PERGOV:190"}},
		{"Chilean soldiers surrounded a Peruvian village on Tuesday.", []string{"CHLMIL>PERCVL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestWorryThatIsNoComment checks that worrying that something may
// happen codes nothing, while worrying about an actor is 012.
func TestWorryThatIsNoComment(t *testing.T) {
	tests := []eventCase{
		{"Some Chilean senators worry that a Peruvian court ruling will hurt their campaigns.", nil, []string{"CHLLEG>PERJUD:012"}},
		{"Chilean senators worry about Peru.", []string{"CHLLEG>PER:012"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTroopsRemainAndPassBy checks that troops staying somewhere show no
// force (150) and that passing something by yields nothing (080), while
// a passed resolution condemning an actor and troops massed on a border
// keep their codes.
func TestTroopsRemainAndPassBy(t *testing.T) {
	tests := []eventCase{
		{"About 900 Peruvian troops remain in Chile.", nil, []string{"PERMIL>CHL:150"}},
		{"Peruvian soldiers stayed in Chile after the exercise.", nil, []string{"PERMIL>CHL:150"}},
		{"The Peruvian president passed a Chilean warship on his way to the port.", nil, []string{"PERGOV>CHLMIL:080", "PERGOV>CHL:080"}},
		{"Peru's parliament passed a resolution condemning Chile.", []string{"PERLEG>CHL:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPrepositionalParticiple checks that "based on", "compared with" and
// "depending on" are prepositions, not predicates, while the verbs
// elsewhere still code.
func TestPrepositionalParticiple(t *testing.T) {
	tests := []eventCase{
		{"Peru's health ministry said that based on some 3,000 Chilean migrants in custody, the numbers were rising.", nil, []string{"PERGOV>CHLCVL:173"}},
		{"Peru placed the Chilean prisoners in detention.", []string{"PER>CHL:173"}, nil},
	}
	checkEventCases(t, tests)
}

// TestNestedObjectControls checks that an actor named deep in a verb's
// object ("his love of television") does what the verb's open complement
// says only under a verb whose object acts ("urged"); under another the
// verb's subject does, whether the parse reads the complement as an
// open complement (xcomp) or an adverbial clause.
func TestNestedObjectControls(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president has brought his love of Peruvian television to trade talks with Bolivia.", []string{"CHLGOV>BOL:046"}, []string{"PER>BOL:*", "PERMED>BOL:*"}},
	}
	checkEventCases(t, tests)
}
