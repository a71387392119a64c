package event

import "testing"

// TestProtestingPeople checks that a country's people, named by a plural
// noun, who protest against their own state, in their own country or
// where no target is named are coded as opposition protesting against
// its government (and a group of the country protesting in it against
// the government, not the place), and that the country itself, a
// protest against another country's state and support for the
// government are not.
func TestProtestingPeople(t *testing.T) {
	tests := []eventCase{
		{"Peruvians protested against the government on Monday.", []string{"PEROPP>PERGOV:140"}, []string{"PER>PERGOV:*"}},
		{"Thousands of Chileans demonstrated against President Gabriel Boric.", []string{"CHLOPP>CHLGOV:*"}, []string{"CHL>CHLGOV:*"}},
		{"Hundreds of Bolivians took to the streets of La Paz on Sunday.", []string{"BOLOPP>BOLGOV:141"}, []string{"BOL>BOL:*"}},
		{"Thousands of Peruvians protested in Lima.", []string{"PEROPP>PERGOV:140"}, nil},
		{"Hundreds of Peruvian students protested in Lima.", []string{"PEREDU>PERGOV:140"}, []string{"PEREDU>PER:*"}},
		{"Thousands of Peruvians protested outside the Chilean embassy.", []string{"PER>CHLGOV:141"}, []string{"PEROPP>*:*", "*>PERGOV:*"}},
		{"Peru protested on Monday.", nil, []string{"PER>PERGOV:*", "PEROPP>PERGOV:*"}},
		{"Peruvians marched in support of the president.", nil, []string{"PEROPP>PERGOV:*", "PER>PERGOV:*"}},
		{"Peruvians praised the government.", nil, []string{"PEROPP>PERGOV:*"}},
	}
	checkEventCases(t, tests)
}

// TestRepressedProtesters checks that violent repression (175) whose
// clause names no target is aimed at the latest protesters of the
// repressing actor's country, and at no one where the article reports
// no protest there.
func TestRepressedProtesters(t *testing.T) {
	tests := []eventCase{
		{"Peruvian students protested outside parliament on Monday. Police responded with tear gas.", []string{"PERCOP>PEREDU:175"}, nil},
		{"Thousands of Bolivians took to the streets of La Paz on Friday, and riot police responded with tear gas.", []string{"BOLCOP>BOLOPP:175"}, nil},
		{"Peruvian police responded with tear gas on Monday.", nil, []string{"PERCOP>*:*"}},
		{"Peruvian students protested outside the Chilean embassy. Chilean police responded with tear gas.", nil, []string{"CHLCOP>PEREDU:*"}},
	}
	checkEventCases(t, tests)
}
