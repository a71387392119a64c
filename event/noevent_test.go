package event

import "testing"

// TestCoordinatedAdjective checks that a past participle opening the
// second of two noun phrases ("armies and suspected weapons programmes")
// describes its noun and codes nothing, while a coordinated verb still
// codes.
func TestCoordinatedAdjective(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia, with their large armies and suspected chemical weapons programmes, decided to attack Chile.", []string{"PER>CHL:190"}, []string{"PERMIL>CHL:110", "BOLMIL>CHL:110", "PER>CHL:110"}},
		{"Chile and Peru, with their new warships and disputed maritime claims, decided to hold talks with Bolivia.", nil, []string{"CHL>BOL:110", "PER>BOL:110", "CHLMIL>BOL:110"}},
		{"Chilean police seized the weapons and arrested Bolivian smugglers.", []string{"CHLCOP>BOLCRM:1711"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGoesOn checks that "go on" meaning to continue or to happen is no
// journey nor consultation, while going on to a place still is one.
func TestGoesOn(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president has gone on blaming Peru for the crisis.", nil, []string{"CHLGOV>PER:040", "CHLGOV>PER:042"}},
		{"Nobody in Lima knows what goes on inside the Bolivian army.", nil, []string{"PER>BOLMIL:040", "PER>BOLMIL:042"}},
		{"The Peruvian minister went on to Bolivia after the summit.", []string{"PERGOV>BOL:042"}, nil},
	}
	checkEventCases(t, tests)
}

// TestSerialObject checks that in a series of verbs sharing a subject
// ("did not invade Peru, threaten Bolivia and ..."), the object of one
// is not the source of the next, while the shared subject still is.
func TestSerialObject(t *testing.T) {
	tests := []eventCase{
		{"The general did not invade Peru, threaten Bolivia and insult Ecuador.", nil, []string{"PER>BOL:130", "PER>ECU:130"}},
		{"The Chilean minister criticised Peru, praised Bolivia and thanked Ecuador.", []string{"CHLGOV>BOL:051", "CHLGOV>ECU:051"}, []string{"PER>BOL:051"}},
	}
	checkEventCases(t, tests)
}

// TestBareFace checks that facing something no pattern names (attacks,
// shortages, a moment of truth) is no meeting (MEET_PEOPLE's bare 040),
// while facing sanctions or criticism is still the sanction or
// criticism of whoever imposed or made it.
func TestBareFace(t *testing.T) {
	tests := []eventCase{
		{"Chilean troops in Peru will also face reprisal attacks from Bolivian rebels.", nil, []string{"CHLMIL>PER:036", "CHLMIL>PER:040", "CHLMIL>BOLREB:036"}},
		{"Peruvian civilians face severe shortages of food in Bolivia.", nil, []string{"PERCVL>BOL:040"}},
		{"Peru faces Chilean sanctions over the dispute.", []string{"CHL>PER:163"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPlaceInAgent checks that a place inside a passive's "by" phrase
// that only says where the agent acted is not the agent, while an actor
// that is the agent still is.
func TestPlaceInAgent(t *testing.T) {
	tests := []eventCase{
		{"A rebel commander in Arica was struck and killed by a coalition airstrike near Tacna, Peru.", nil, []string{"PER>CHLREB:190", "PER>PERREB:190"}},
		{"A rebel commander was killed by an airstrike in Tacna.", nil, []string{"PER>PERREB:190", "PER>CHLREB:190"}},
		{"A rebel commander was killed by Peruvian troops near Arica.", []string{"PERMIL>*:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestOpeningPhrase checks that an actor in a prepositional phrase that
// opens the sentence and ends at a comma ("In support of the Chilean
// army, ...") is not the subject of the clause after it, while the
// clause's own subject still is.
func TestOpeningPhrase(t *testing.T) {
	tests := []eventCase{
		{"In support of the Chilean army, coalition aircraft conducted air strikes on Bolivian positions.", nil, []string{"CHLMIL>BOLMIL:195", "CHLMIL>BOL:195"}},
		{"According to Peru, Chilean troops attacked Bolivian villages.", []string{"CHLMIL>BOLCVL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGoUp checks that "go up" or "go down" with nothing it goes to is a
// change of amount, no journey nor consultation of a country list
// before it, while going up to a place still is a journey.
func TestGoUp(t *testing.T) {
	tests := []eventCase{
		{"Chile and Peru saw exports go down, officials said.", nil, []string{"CHL>PER:040", "PER>CHL:040"}},
		{"The number of Peruvian and Chilean tourists went up sharply.", nil, []string{"PERCVL>CHLCVL:040", "CHLCVL>PERCVL:040"}},
		{"The Chilean president went up to Lima for talks.", []string{"CHLGOV>PER:042"}, nil},
	}
	checkEventCases(t, tests)
}

// TestContrast checks that contrasting things, or one contrasting with
// another, is no disapproval (110), while criticising still is.
func TestContrast(t *testing.T) {
	tests := []eventCase{
		{"The calm of the Chilean minister contrasted with the anger of Peru's envoy.", nil, []string{"CHLGOV>PERGOV:110", "CHLGOV>PER:110"}},
		{"The Chilean minister criticised Peru's envoy.", []string{"CHLGOV>PERGOV:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestRefusalOf checks that a deed a noun of refusal or failure with an
// "of" phrase governs ("the failure of the Peruvian army to disarm the
// rebels") did not happen, while the same deed done still codes.
func TestRefusalOf(t *testing.T) {
	tests := []eventCase{
		{"Despite the failure of the Peruvian army to disarm the Bolivian rebels, talks continued.", nil, []string{"PERMIL>BOLREB:190"}},
		{"The Peruvian army disarmed the Bolivian rebels despite the failure of the talks.", []string{"PERMIL>BOLREB:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestBareBlow checks that blowing (back, a whistle) is no use of force,
// while blowing something up still is.
func TestBareBlow(t *testing.T) {
	tests := []eventCase{
		{"A Chilean official blew the whistle on Peru's spying.", nil, []string{"CHLGOV>PER:190"}},
		{"The conflict in Peru could blow back on Chile.", nil, []string{"PER>CHL:190"}},
		{"Peruvian rebels blew up a Chilean bridge.", []string{"PERREB>CHL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestMetAt checks that meeting at a place or an occasion is a meeting
// (040), not an intent to meet (036), while a meeting to come still is
// intent.
func TestMetAt(t *testing.T) {
	tests := []eventCase{
		{"The Chilean and Peruvian presidents met at the summit in Quito.", []string{"CHLGOV>PERGOV:040", "PERGOV>CHLGOV:040"}, []string{"CHLGOV>PERGOV:036"}},
		{"For more information, reporters may contact the Chilean army's press office at 555-0100.", nil, []string{"CHLMED>CHLMIL:036"}},
		{"The Chilean and Peruvian presidents will meet at the summit in Quito.", []string{"CHLGOV>PERGOV:036"}, nil},
	}
	checkEventCases(t, tests)
}

// TestQuarrel checks that quarrelling is a verbal conflict (110), not the
// use of military force that CAMEO.2.0.txt's PHYSICAL_CONFLICT listing
// gave it (190).
func TestQuarrel(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile quarrelled over the border.", []string{"PER>CHL:110", "CHL>PER:110"}, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"Bolivia quarrels with Peru over fishing rights.", []string{"BOL>PER:110"}, []string{"BOL>PER:190"}},
	}
	checkEventCases(t, tests)
}
