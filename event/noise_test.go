package event

import "testing"

// TestThreatBeneficiary checks that an actor a threatened deed would
// protect is not the threat's target, while one the threat names as its
// object, or one the protecting verb does not govern, still is.
func TestThreatBeneficiary(t *testing.T) {
	tests := []eventCase{
		{"Peru's trade ministry threatened to retaliate to protect its exporters.", nil, []string{"PERGOV>PERBUS:*"}},
		{"Chile threatened to take measures to defend the interests of Bolivian farmers.", nil, []string{"CHL>BOLAGR:*", "CHL>BOL:*"}},
		{"Chile threatened Bolivia with sanctions to protect its farmers.", []string{"CHL>BOL:*"}, nil},
		{"Chile threatened to impose tariffs on Bolivia.", []string{"CHL>BOL:*"}, nil},
	}
	checkEventCases(t, tests)
}

// TestOwnedStance checks that a statement about another actor's support
// ("said Peru's support for the rebels") is not the speaker's support of
// that actor, while the speaker's own stated support still is.
func TestOwnedStance(t *testing.T) {
	tests := []eventCase{
		{"Chile's interior minister rejected the condolences, saying Peru's support for the rebels had made them hollow.", nil, []string{"CHLGOV>PER:051"}},
		{"The Bolivian government confirmed Peru's support for the rebels.", nil, []string{"BOLGOV>PER:051"}},
		{"Chile's foreign minister reaffirmed his country's support for Peru.", []string{"CHLGOV>PER:051"}, nil},
	}
	checkEventCases(t, tests)
}

// TestProposalTerms checks that what a proposal says its parties would
// do codes nothing, while a party's own word on it and a deed the
// sentence reports outside such a frame still do.
func TestProposalTerms(t *testing.T) {
	tests := []eventCase{
		{"Under the 12-point plan, Bolivia would guarantee the rights of Peruvian workers.", nil, []string{"BOL>PER:*", "BOL>PERLAB:*", "BOL>PERCVL:*"}},
		{"Under the draft proposal, Chile would not object to Bolivia's membership of the bloc.", nil, []string{"CHL>BOL:*"}},
		{"Under the proposal, Peru will release Chilean prisoners.", nil, []string{"PER>CHL:*", "PER>CHLCVL:*"}},
		{"Under pressure, Chile would not recognise Bolivia's claim.", []string{"CHL>BOL:*"}, nil},
		{"Chile's president said he would guarantee the rights of Peruvian workers under the plan.", []string{"CHLGOV>PERLAB:*"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAdjectivalParticiple checks that an -ing participle the parse makes
// an adjective of the noun after it ("retiring jurists") codes no event,
// while a gerund a verb governs ("stopped sending") still does.
func TestAdjectivalParticiple(t *testing.T) {
	tests := []eventCase{
		{"Chile's president on Tuesday nominated two judges to replace retiring jurists on the Peruvian court.", nil, []string{"CHLJUD>PERJUD:080", "CHLGOV>PERJUD:080"}},
		{"Bolivia stopped sending aid to Chile.", []string{"BOL>CHL:162"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAspectGerund checks that a verb of going on with a deed ("kept
// attacking") is coded by that deed, not by a pattern of its own matching
// a noun of the deed's object ("KEEP ... POSITION"), while a noun right
// after such a verb still matches its pattern.
func TestAspectGerund(t *testing.T) {
	tests := []eventCase{
		{"Bolivia kept attacking Chilean positions.", []string{"BOL>CHLMIL:193"}, []string{"BOL>CHL:124", "BOL>CHLMIL:124"}},
		{"Bolivia began attacking Chilean border posts.", nil, []string{"BOL>CHL:050", "BOL>CHLMIL:050"}},
		{"Chile began talks with Bolivia on Monday.", []string{"CHL>BOL:046"}, nil},
	}
	checkEventCases(t, tests)
}

// TestMetNoun checks that meeting a demand, a goal or a response ("met
// its obligations to Chile", "met the deadline") is no meeting, while
// meeting an actor, even to discuss such a thing, still is.
func TestMetNoun(t *testing.T) {
	tests := []eventCase{
		{"Peru has met its obligations to Chile.", nil, []string{"PER>CHL:040"}},
		{"Bolivia met the deadline set by Chile.", nil, []string{"BOL>CHL:040"}},
		{"Peru met Chile's demands.", nil, []string{"PER>CHL:040"}},
		{"Peru met Chile to discuss the conditions of the loan.", []string{"PER>CHL:040"}, nil},
		{"Peru met Chile's foreign minister on Monday.", []string{"PER>CHLGOV:040"}, nil},
	}
	checkEventCases(t, tests)
}

// TestNoDeedVerb checks that a verb saying only how often or next its
// subject does the infinitive after it ("tend to", "went on to"), or what
// something signifies ("means"), codes no event of its own, while the
// same verbs naming a deed (a journey, an intent, tending the wounded)
// still do.
func TestNoDeedVerb(t *testing.T) {
	tests := []eventCase{
		{"The French tend to look down on the Americans.", nil, []string{"FRA>USA:074"}},
		{"The Peruvian president went on to play nuclear brinkmanship with Chile.", nil, []string{"PERGOV>CHL:040"}},
		{"Peru's government means little in Chile these days.", nil, []string{"PERGOV>CHL:030"}},
		{"Peru's president went to Chile on Monday.", []string{"PERGOV>CHL:042"}, nil},
		{"Peru meant to attack Chile.", []string{"PER>CHL:138"}, nil},
		{"Chilean nurses tend wounded Peruvian soldiers.", []string{"CHLHLH>PERMIL:074"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPassiveBoundPronoun checks that a pronoun after a passive verb that
// stands for the passive's subject ("surrounded by territories unfriendly
// to them") is not its agent, while a named agent still is.
func TestPassiveBoundPronoun(t *testing.T) {
	tests := []eventCase{
		{"Both Peru and Chile are now surrounded by territories unfriendly to them.", nil, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"Bolivia is surrounded by Peruvian troops.", []string{"PERMIL>BOL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestNoDeedIdiom checks more verbs that name no deed in a construction:
// "tended to simply ignore", "served in the army", "this applies to",
// "learnt that", "bothered following", "deal with the surge of migrants"
// (TestNoDeedVerb has the same verbs naming deeds), while dealing with
// an actor still codes.
func TestNoDeedIdiom(t *testing.T) {
	tests := []eventCase{
		{"The Chilean media has tended to simply ignore Peru.", nil, []string{"CHLMED>PER:074"}},
		{"Peru's president, who served in the Chilean army, resigned.", nil, []string{"PERGOV>CHLMIL:060"}},
		{"Peruvian exporters become accomplices, and this applies to Chilean businessmen.", nil, []string{"PERBUS>CHLBUS:020"}},
		{"The Peruvian defence minister learnt that Chilean rebels were suspects in the attack.", nil, []string{"PERGOV>CHLREB:040"}},
		{"No Chilean reporter bothered following Peru's president.", nil, []string{"CHLMED>PERGOV:140"}},
		{"The Chilean coast guard is unequipped to deal with the surge of Peruvian migrants.", nil, []string{"CHLMIL>PERCVL:050"}},
		{"Chile's government dealt with the Peruvian government on trade.", []string{"CHLGOV>PERGOV:050"}, nil},
	}
	checkEventCases(t, tests)
}

// TestDisjoinedCompound checks that members joined by "or" are not a pair
// acting on each other ("Peru or Chile will fight"), while members joined
// by "and" still are.
func TestDisjoinedCompound(t *testing.T) {
	tests := []eventCase{
		{"Peru or Chile will fight a war over the border.", nil, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"No son of a Peruvian politician or Chilean cleric has ever blown himself up.", nil, []string{"PERPTY>CHLREL:190", "CHLREL>PERPTY:190"}},
		{"Peru and Chile fought a war over the border.", []string{"PER>CHL:190", "CHL>PER:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestConfront checks that confronting someone is no meeting (the
// supplement's bare CONFRONT [---]), while a meeting verb still codes.
func TestConfront(t *testing.T) {
	tests := []eventCase{
		{"Peru's president backed down from confronting Chile over the border.", nil, []string{"PERGOV>CHL:040"}},
		{"Peruvian protesters confronted Chilean police.", nil, []string{"PEROPP>CHLCOP:040"}},
		{"Peru's president met Chile's foreign minister.", []string{"PERGOV>CHLGOV:040"}, nil},
	}
	checkEventCases(t, tests)
}

// TestUndoneGerundAndInfinitive checks that a deed named by a gerund a
// verb under a modal governs ("would have objected to Chile opening"), by
// or a gerund something is likened to ("tantamount to investigating")
// codes nothing, while the same deed done still codes.
func TestUndoneGerundAndInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Peru's envoy said he would have objected to Chile opening an investigation into Bolivia.", nil, []string{"CHL>BOL:090"}},
		{"Chile's president saw the request to investigate Bolivian mining company Minsur as tantamount to investigating Peru's president.", nil, []string{"BOLBUS>PERGOV:090"}},
		{"Chile's president saw the request to investigate Bolivia's mining company as tantamount to investigating Peru.", nil, []string{"CHLGOV>PER:090"}},
		{"Chile opened an investigation into Bolivia.", []string{"CHL>BOL:090"}, nil},
	}
	checkEventCases(t, tests)
}

// TestOwnCityDestination checks that a city of a firm's own country that
// something goes to is no target of its deed, while a city of another
// country still is its country, and rebels' own capital still their
// government.
func TestOwnCityDestination(t *testing.T) {
	tests := []eventCase{
		{"A Peruvian airline offered to fly the stranded dog to Lima.", nil, []string{"PERBUS>PER:030"}},
		{"A Peruvian airline offered to fly aid to Santiago.", []string{"PERBUS>CHL:033"}, nil}, // aid offered: 033
		{"Peruvian rebels marched to Lima.", []string{"PERREB>PERGOV:*"}, nil},
	}
	checkEventCases(t, tests)
}

// TestHopeOwnInfinitive checks that hoping to do something oneself asks
// no one for anything ("hope to turn northern Chile into a battlefield"
// is no appeal to Chile), while the hoped deed itself still codes.
func TestHopeOwnInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Peruvian rebels hope to turn northern Chile into a vast battlefield.", nil, []string{"PERREB>CHL:020"}},
		{"Bolivia hopes to meet Chile's president next week.", []string{"BOL>CHLGOV:036"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAccordingToNoList checks that the source a report is according to
// and the subject after its comma are no list ("according to Peruvian
// officials, security forces launched"), while the subject still acts.
func TestAccordingToNoList(t *testing.T) {
	tests := []eventCase{
		{"In 2001, according to Peruvian army officials, security forces launched a wide-ranging operation in the islands.", nil, []string{"PERGOV>PERCOP:190", "PERCOP>PERGOV:190"}},
		{"According to Peruvian officials, security forces launched an operation against Chilean smugglers.", []string{"PERCOP>CHLCRM:190"}, []string{"PERGOV>CHLCRM:190"}},
	}
	checkEventCases(t, tests)
}

// TestSidelinesOf checks that an organisation whose meeting others meet
// on the sidelines of is where, not a party ("on the sidelines of the UN
// General Assembly"), so the parties meet each other.
func TestSidelinesOf(t *testing.T) {
	tests := []eventCase{
		{"On Monday the presidents of Peru, Chile and Bolivia held a three-way meeting in New York on the sidelines of the UN General Assembly.", []string{"PERGOV>CHLGOV:046", "CHLGOV>BOLGOV:046"}, []string{"PERGOV>IGOUNO:046", "IGOUNO>PERGOV:046"}},
		{"Peru's president met Chile's president on the sidelines of the UN General Assembly.", []string{"PERGOV>CHLGOV:040"}, []string{"PERGOV>IGOUNO:040"}},
	}
	checkEventCases(t, tests)
}

// TestParticipleAgentNoRecipient checks that the agent of a participle on
// the object of aid or a release did the participle's deed and receives
// nothing ("rescued the crew of a ship hijacked by pirates"), and that
// force in a participle on a noun no actor names is used on that noun,
// not on an actor before it; aid given to an actor still codes.
func TestParticipleAgentNoRecipient(t *testing.T) {
	tests := []eventCase{
		{"The Indian navy rescued 17 crew members of a ship hijacked by Somali pirates.", nil, []string{"INDMIL>SOMCRM:073", "SOMCRM>INDMIL:171"}},
		{"Peru freed prisoners held by Chilean rebels.", nil, []string{"PER>CHLREB:0841"}},
		{"The Peruvian navy rescued Chilean fishermen.", []string{"PERMIL>CHLCVL:073"}, nil},
	}
	checkEventCases(t, tests)
}

// TestLikelyAndRefusalInfinitive checks that an infinitive after "is
// unlikely to" or on an owned noun of refusal ("Chile's refusal to
// negotiate") is no deed done, whatever the parse hangs it on, while the
// deed done still codes.
func TestLikelyAndRefusalInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Analysts say Chile is unlikely to attack Peru.", nil, []string{"CHL>PER:190"}},
		{"Chile's refusal to negotiate with Peru angered Bolivia.", nil, []string{"CHL>BOL:046", "BOL>CHL:046", "CHL>PER:046"}},
		{"Chile expelled Peruvian diplomats on Monday.", []string{"CHL>PERGOV:174"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGenericAgentWithPlace checks that a generic agent that took its
// country from a place after it ("told reporters in Lima") is no more a
// target than a bare one.
func TestGenericAgentWithPlace(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian foreign minister told reporters in Lima that Chile had agreed to talks.", nil, []string{"PERGOV>PERMED:030"}},
	}
	checkEventCases(t, tests)
}

// TestDomesticReformNotMutual checks that elections or reform a compound
// subject holds are each party's own, no pair acting on each other, while
// restoring relations still is.
func TestDomesticReformNotMutual(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile will hold elections next year.", nil, []string{"PER>CHL:0341", "CHL>PER:0341"}},
		{"Peru and Chile restored diplomatic relations.", []string{"PER>CHL:054", "CHL>PER:054"}, nil},
	}
	checkEventCases(t, tests)
}

// TestReverseFromPlace checks that a place named as where is not the
// source of a reverse event ("came under fire near the Peruvian
// border"), while one it comes "from" still is.
func TestReverseFromPlace(t *testing.T) {
	tests := []eventCase{
		{"Two Chilean soldiers were wounded when their patrol came under fire near the Peruvian border.", nil, []string{"PER>CHLMIL:111"}},
		{"Chile came under fire from Peru over the decision.", []string{"PER>CHL:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestSayingPatternPastThat checks that a word of the clause a verb of
// saying reports ("told lawmakers that he opposed the plan") gives the
// saying no pattern of cooperation, while a demand so told still codes.
func TestSayingPatternPastThat(t *testing.T) {
	tests := []eventCase{
		{"Chile's foreign minister told Peruvian lawmakers that he opposed the plan.", nil, []string{"CHLGOV>PERLEG:032", "PERLEG>CHLGOV:032"}},
		{"The Peruvian foreign minister told Chile's ambassador that Bolivia had agreed to talks.", nil, []string{"PERGOV>CHLGOV:030"}},
		{"Bolivia told Chile that it had to release the fishermen.", []string{"BOL>CHL:1053"}, nil},
	}
	checkEventCases(t, tests)
}

// TestParticipleOnThing checks that a claim or a word in a past participle
// on a noun no actor names ("waters claimed by Greece", "a plan proposed
// by Chile") is aimed at that noun, not at an actor before it, while aid
// so described still goes to the actor that received it and a boycott of
// a thing another actor holds still codes.
func TestParticipleOnThing(t *testing.T) {
	tests := []eventCase{
		{"A Turkish frigate entered waters claimed by Greece on Tuesday.", nil, []string{"GRC>TURMIL:110"}},
		{"Chilean troops crossed into land claimed by Bolivia.", nil, []string{"BOL>CHLMIL:110"}},
		{"Peruvian officials rejected a plan proposed by Chile.", nil, []string{"CHL>PERGOV:020"}},
		{"Peru received weapons supplied by Russia.", []string{"RUS>PER:072"}, nil},
		{"Bolivian miners boycotted an election organized by Peru.", []string{"BOL>PER:143"}, nil},
	}
	checkEventCases(t, tests)
}

// TestEndedDeedNoun checks that a noun of force or coercion that the
// governing verb says has stopped ("ended its crackdown", "halted its
// offensive") codes no deed, while one launched or begun still does.
func TestEndedDeedNoun(t *testing.T) {
	tests := []eventCase{
		{"Iran ended its crackdown on the protesters last month.", nil, []string{"IRN>IRNOPP:170"}},
		{"Russia halted its offensive against Ukraine on Sunday.", nil, []string{"RUS>UKR:190"}},
		{"Iran launched a crackdown on the protesters last month.", []string{"IRN>IRNOPP:170"}, nil},
		{"Russia began its offensive against Ukraine on Sunday.", []string{"RUS>UKR:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestArrestedProtesters checks that arresting protesters or
// demonstrators is an arrest (173) and no protest of theirs against the
// police (the main dictionary's reverse 140, 141, 1412).
func TestArrestedProtesters(t *testing.T) {
	tests := []eventCase{
		{"Kenyan police arrested dozens of protesters in Nairobi on Friday.", []string{"KENCOP>KENOPP:173"}, []string{"KENOPP>KENCOP:140", "KENCOP>KENOPP:175"}},
		{"Egyptian police arrested a protester outside the court.", []string{"EGYCOP>EGYOPP:173"}, []string{"EGYOPP>EGYCOP:1412"}},
		{"Turkish police arrested demonstrators in Istanbul.", []string{"TURCOP>TUROPP:173"}, []string{"TUROPP>TURCOP:141"}},
	}
	checkEventCases(t, tests)
}

// TestCalledForEndToFighting checks that calling for an end to fighting,
// war or violence is an appeal for de-escalation (0256), not rallying
// support (053), while an end to sanctions against a country still rallies
// support on its behalf.
func TestCalledForEndToFighting(t *testing.T) {
	tests := []eventCase{
		{"Brazil called for an end to the fighting in Peru.", []string{"BRA>PER:0256"}, []string{"BRA>PER:053"}},
		{"Mexico called for an end to the violence in Colombia.", []string{"MEX>COL:0256"}, []string{"MEX>COL:053"}},
		{"Argentina called for an end to the war in Sudan.", []string{"ARG>SDN:0256"}, []string{"ARG>SDN:053"}},
		{"Russia called for an end to the sanctions against Iran.", []string{"RUS>IRN:053"}, nil},
	}
	checkEventCases(t, tests)
}

// TestInterceptedVessel checks that intercepting another country's boat,
// ship or tanker takes hold of its property (1711), while a boat carrying
// migrants or a missile shot down in defence is no seizure.
func TestInterceptedVessel(t *testing.T) {
	tests := []eventCase{
		{"The Chilean navy intercepted a Peruvian fishing boat off the coast on Monday.", []string{"CHLMIL>PERCVL:1711"}, nil},
		{"Iranian forces intercepted a British tanker in the Strait of Hormuz.", []string{"IRNMIL>GBRBUS:1711"}, nil},
		{"Spanish police intercepted boats carrying migrants from Morocco.", nil, []string{"ESPCOP>MARCVL:1711", "ESPCOP>MAR:1711"}},
		{"Ukrainian air defences intercepted Russian missiles over Kyiv.", nil, []string{"UKR>RUS:1711", "UKRMIL>RUS:1711"}},
	}
	checkEventCases(t, tests)
}

// TestArtilleryFired checks that "artillery" before what it fires names no
// actor of the story's country, so the shells fired at or into a country
// are fighting with artillery (194) aimed at it, while artillery as a
// force still acts.
func TestArtilleryFired(t *testing.T) {
	tests := []eventCase{
		{"Turkish troops fired artillery shells into Syria.", []string{"TURMIL>SYR:194"}, []string{"TURMIL>SYR:193"}},
		{"Turkish troops fired artillery shells at Syrian positions.", []string{"TURMIL>SYRMIL:194"}, nil},
		{"Indian troops fired artillery shells across the border into Pakistan.", []string{"INDMIL>PAK:194"}, nil},
		{"Russian artillery shelled Ukrainian positions overnight.", []string{"RUSMIL>UKRMIL:194"}, nil}, // shelling is artillery (194)
	}
	checkEventCases(t, tests)
}

// TestOwnedSubjectUndergoes checks that a thing an actor owns, as the
// subject of a pattern that codes only what the subject undergoes ("drew
// criticism from", "faced sanctions from"), stands for its owner.
func TestOwnedSubjectUndergoes(t *testing.T) {
	tests := []eventCase{
		{"China's plan drew sharp criticism from Britain on Monday.", []string{"GBR>CHN:111"}, nil},
		{"Iran's nuclear program faced new sanctions from the United States.", []string{"USA>IRN:163"}, nil},
		{"The Kremlin's decision drew condemnation from France.", []string{"FRA>RUSGOV:111"}, nil},
		{"China faced criticism from Japan over the drills.", []string{"JPN>CHN:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestCalledObjectAdjective checks that calling an object an adjective
// ("called Chile's claims historic and baseless") names what it is and is
// no phone call (041), while calling a leader still is.
func TestCalledObjectAdjective(t *testing.T) {
	tests := []eventCase{
		{"Peru rejected the Chilean plan on Monday. The minister called Chile's claims historic and baseless.", nil, []string{"PERGOV>CHL:041", "CHL>PERGOV:041"}},
		{"Peru rejected the Chilean plan on Monday. The minister called Chile's claims historic.", nil, []string{"PERGOV>CHL:041", "CHL>PERGOV:041"}},
		{"The Chilean president called his Peruvian counterpart on Monday.", []string{"CHLGOV>PERGOV:041"}, nil},
	}
	checkEventCases(t, tests)
}

// TestNextClauseSubject checks that a name after a bare comma that a
// finite verb follows is the subject of the next clause, not a member of
// a list with the object before the comma, while lists, with or without
// their "and", stay lists.
func TestNextClauseSubject(t *testing.T) {
	tests := []eventCase{
		{"As Chile criticised Peru, Bolivia stayed silent.", []string{"CHL>PER:111"}, []string{"CHL>BOL:111"}},
		{"Chile signed a trade pact with Peru, Bolivia stayed out.", []string{"CHL>PER:057", "PER>CHL:057"}, []string{"CHL>BOL:057", "BOL>CHL:057"}},
		{"Although Chile condemned Peru, Bolivia remains neutral.", []string{"CHL>PER:111"}, []string{"CHL>BOL:111", "PER>BOL:030"}},
		{"Chile criticised Peru, Bolivia and Ecuador on Monday.", []string{"CHL>PER:111", "CHL>BOL:111", "CHL>ECU:111"}, nil},
		{"Chile, Peru sign a trade pact.", []string{"CHL>PER:057", "PER>CHL:057"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGoverningSubjectSource checks that a pattern whose words open a
// clause of time ("after talks with Turkey collapsed") takes as source
// the subject of the clause it hangs on, not that clause's object.
func TestGoverningSubjectSource(t *testing.T) {
	tests := []eventCase{
		{"Greece put its navy on alert after talks with Turkey collapsed.", []string{"GRC>TUR:164"}, []string{"GRCMIL>TUR:164", "TUR>GRCMIL:164"}},
		{"Greek officials said talks with Turkey collapsed on Monday.", []string{"GRCGOV>TUR:164"}, nil},
	}
	checkEventCases(t, tests)
}

// TestRocketsIntoCountry checks that rockets or missiles fired into a
// country strike it (19x), while those fired into waters around it or
// into its waters are a demonstration of military power (150).
func TestRocketsIntoCountry(t *testing.T) {
	tests := []eventCase{
		{"Turkish troops fired rockets into Syria.", []string{"TURMIL>SYR:194"}, []string{"TURMIL>SYR:150"}},
		{"Hezbollah fired rockets into Israel on Sunday.", []string{"LBNREB>ISR:194"}, []string{"LBNREB>ISR:150"}},
		{"North Korea fired a ballistic missile into Japanese waters.", []string{"PRKMIL>JPN:150"}, nil},
		{"China fired ballistic missiles into waters around Taiwan.", []string{"CHNMIL>TWN:150"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTriedPrevented checks that a deed tried for and prevented ("who
// sought to talk to protesters were prevented from doing so", "sought to
// talk ... but were prevented") codes nothing, while one tried for and not
// prevented still codes.
func TestTriedPrevented(t *testing.T) {
	tests := []eventCase{
		{"Chile said on Monday it had protested. Chilean lawmakers sought to talk to Peruvian officials but were prevented from doing so.", nil, []string{"CHLLEG>PERGOV:026", "CHLLEG>PERGOV:036"}},
		{"Police surrounded the Hong Kong campus on Monday. Parents, lawmakers and a bishop who sought to talk to protesters were prevented from doing so.", nil, []string{"HKGLEG>HKGOPP:026", "HKGLEG>HKGOPP:036"}},
		// Seeking to talk to someone is an intent to meet them (036).
		{"Chile said on Monday it had protested. Chilean lawmakers sought to talk to Peruvian officials on Monday.", []string{"CHLLEG>PERGOV:036"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAnnouncedDeal checks that announcing a deal gives nothing (no 060,
// material cooperation), while a meeting the sentence names and a trade
// deal signed still code.
func TestAnnouncedDeal(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president announced the trade deal during a meeting with Peru's foreign minister.", []string{"CHLGOV>PERGOV:040"}, []string{"CHLGOV>PERGOV:060"}},
		{"Chile announced a deal with Peru on fishing rights.", nil, []string{"CHL>PER:060"}},
		{"Chile signed a trade deal with Peru on Monday.", []string{"CHL>PER:057", "PER>CHL:057"}, nil},
	}
	checkEventCases(t, tests)
}

// TestJewishState checks that "the Jewish state" is Israel, and that "a
// Jewish state", the idea, adds no second Israel.
func TestJewishState(t *testing.T) {
	tests := []eventCase{
		{"The Jewish state condemned the Iranian attack.", []string{"ISR>IRN:111"}, nil},
		{"The Jewish state's premier praised the American decision.", []string{"ISRGOV>USA:051"}, nil},
		{"Palestinians reject recognizing Israel as a Jewish state.", nil, []string{"PSE>ISR:111", "ISR>ISR:054"}},
	}
	checkEventCases(t, tests)
}

// TestRejectedGerund checks that a deed in a gerund that its subject
// rejects ("reject recognizing Israel") is refused, as "refused to
// recognise" is (refusingVerb): the rejection (120), asserted, not the
// recognition (054).
func TestRejectedGerund(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Palestinians reject recognizing Israel as a Jewish state.", "PSE", "ISR", "120", "asserted"},
	})
	checkEventCases(t, []eventCase{
		{"Palestinians reject recognizing Israel as a Jewish state.", nil, []string{"PSE>ISR:054"}},
	})
}
