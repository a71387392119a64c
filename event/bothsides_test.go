package event

import "testing"

// TestBothSides checks that "both sides", "the two sides" and "the two
// parties" stand for the list of two named in the sentence before, as
// subject (each member an event) or object, but not for sides named
// apart, sides of a thing or a where ("protesters on both sides").
func TestBothSides(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Kenya and Somalia held talks in Nairobi on Monday. The two sides accused each other of violating the truce.",
			want: []string{"KEN>SOM:1123", "SOM>KEN:1123"}},
		{text: "Chile and Bolivia ended their talks on Friday. Both sides condemned Peru's decision.",
			want: []string{"CHL>PER:111", "BOL>PER:111"}},
		{text: "Chile and Bolivia ended their talks on Friday. Ecuador praised both sides.",
			want: []string{"ECU>CHL:051", "ECU>BOL:051"}},
		{text: "Chilean troops shelled Bolivian positions. Ecuador praised both sides.",
			not: []string{"ECU>CHL:051", "ECU>CHLMIL:051", "ECU>BOLMIL:051", "ECU>BOL:051"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador praised both sides of the debate.",
			not: []string{"ECU>CHL:051", "ECU>BOL:051"}},
		{text: "Chile and Bolivia held talks on Friday. Protesters on both sides clashed with police.",
			not: []string{"CHL>BOL:190", "BOL>CHL:190"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador called on both sides to talk.",
			want: []string{"ECU>CHL:020", "ECU>BOL:020"}},
		{text: "Kenya and Somalia held talks in Nairobi on Monday. The two parties accused each other of lying.",
			want: []string{"KEN>SOM:112", "SOM>KEN:112"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador accused both sides of breaking the truce.",
			want: []string{"ECU>CHL:1123", "ECU>BOL:1123"}},
	})
}

// TestBothLeadersOfStory checks that "both leaders", where neither this
// sentence nor the last names a government's people or a list of two
// countries, are the governments of the story's two countries, and that
// a story of one country gives them no one.
func TestBothLeadersOfStory(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Peru accused Chile on Monday of moving troops to the border. Chile denied the charge. The OAS envoy, Ana Lind, spoke to both leaders by telephone on Tuesday.",
			want: []string{"IGOOAS>PERGOV:041", "IGOOAS>CHLGOV:041"}},
		{text: "Peru accused Chile on Monday of moving troops to the border. Chile denied the charge. Brazil urged both leaders to avoid steps that could raise tensions.",
			want: []string{"BRA>PERGOV:0256", "BRA>CHLGOV:0256"}},
		{text: "Chilean police arrested two opposition leaders on Monday. Protests spread. Brazil praised both leaders.",
			not: []string{"BRA>CHLGOV:051", "BRA>BRAGOV:051"}},
	})
}

// TestItAfterPairAside checks that "it" after a pair phrase set aside in
// its own sentence ("Chile, which brought the two sides to the talks,
// said it ...") stands for the actor before the aside, not for the pair,
// and that a pair phrase of the sentence before still stands for no "it".
func TestItAfterPairAside(t *testing.T) {
	const clash = "Peru and Ecuador traded accusations on Tuesday over a border clash. "
	checkEventCases(t, []eventCase{
		{text: clash + "Chile, which helped bring the two sides to the talks, said it was worried and called on both governments to respect the truce.",
			want: []string{"CHL>PERGOV:0256", "CHL>ECUGOV:0256"}, not: []string{"PERGOV>ECUGOV:*", "ECUGOV>PERGOV:*", "PER>ECUGOV:*", "ECU>PERGOV:*"}},
		{text: "Brazil urged Peru and Chile to make peace. Peru and Chile held talks in Lima. Both sides signed a truce on Monday. It accused Bolivia of arming rebels.",
			not: []string{"BRA>BOL:*", "CHL>BOL:*", "PER>BOL:*"}},
	})
}

// TestSidesOwnCivilians checks that bare civilians a list or pair acts
// on, given by the story so far the country of a third actor, are no
// target ("evacuated thousands of villagers" are their own), while
// civilians named with a member's country still are.
func TestSidesOwnCivilians(t *testing.T) {
	const war = "Peru and Chile fought a border war in May. The United States called on both countries to show restraint. "
	checkEventCases(t, []eventCase{
		{text: war + "Both sides evacuated thousands of villagers from the area.",
			not: []string{"PER>USACVL:*", "CHL>USACVL:*"}},
		{text: war + "The two countries evacuated thousands of villagers from the area.",
			not: []string{"PER>USACVL:*", "CHL>USACVL:*"}},
		{text: "Peru and Chile evacuated Peruvian villagers from the border area.",
			want: []string{"PER>PERCVL:070", "CHL>PERCVL:070"}},
	})
}

// TestSidesAfterHyphen checks that an appeal to both sides by an official
// whose title holds a hyphen ("Secretary-General"), two sentences after
// the conflict, is aimed at the conflict's two parties: the sentence is
// no new story after a dateline ("UN Secretary-" is none), which would
// put the conflict out of reach.
func TestSidesAfterHyphen(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Peru and Chile exchanged fire across their border on Monday. Three soldiers died. UN Secretary-General Antonio Guterres called on both sides to hold talks.",
			want: []string{"IGOUNO>PER:026", "IGOUNO>CHL:026"}},
		{text: "Peru and Chile exchanged fire across their border on Monday. Markets fell. OAS Secretary-General Ana Lind urged both sides to show restraint.",
			want: []string{"IGOOAS>PER:*", "IGOOAS>CHL:*"}},
	})
}

// TestOtherSide checks that "the other side" stands for the one of the
// last pair of sides that its sentence has not named, and for no one
// where the sentence names neither, or it is the side of a thing.
func TestOtherSide(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Kenya and Somalia held talks in Nairobi on Monday. Somalia accused the other side of breaking the truce.",
			want: []string{"SOM>KEN:1123"},
			not:  []string{"SOM>SOM:112", "SOM>SOM:1123"}},
		{text: "Kenya and Somalia held talks in Nairobi on Monday. Uganda accused the other side of lying.",
			not: []string{"UGA>KEN:112", "UGA>SOM:112"}},
		{text: "Kenya and Somalia held talks in Nairobi on Monday. Kenya criticised the other side of the argument.",
			not: []string{"KEN>SOM:111"}},
	})
}

// TestAllSides checks that "all sides" and "all the parties" as a
// subject stand for every member of the list named in the sentence
// before, and for no one when no list was named or the words are no
// subject ("the parties" alone may be political parties).
func TestAllSides(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana and Togo clashed on the border. All sides agreed to a ceasefire on Monday.",
			want: []string{"GHA>TGO:0356", "TGO>GHA:0356"}},
		{text: "Ghana, Togo and Benin met in Accra. All the parties signed a trade deal on Monday.",
			want: []string{"GHA>TGO:057", "TGO>BEN:057", "BEN>GHA:057"}},
		{text: "Ghanaian troops shelled Togolese positions. All sides agreed to a ceasefire on Monday.",
			not: []string{"GHAMIL>TGOMIL:0356", "TGOMIL>GHAMIL:0356", "GHA>TGO:0356", "TGO>GHA:0356"}},
		{text: "Ghana and Togo clashed on the border. The parties agreed to a ceasefire on Monday.",
			not: []string{"GHA>TGO:0356", "TGO>GHA:0356"}},
	})
}
