package event

import "testing"

// TestProtestingPeople checks that a country's people, named by a plural
// noun, who protest against their own state or where no target is named
// are coded as opposition protesting against its government, and that
// the country itself, a protest against another country's state and
// support for the government are not.
func TestProtestingPeople(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peruvians protested against the government on Monday.", []string{"PEROPP>PERGOV:140"}, []string{"PER>PERGOV:*"}},
		{"Thousands of Chileans demonstrated against President Gabriel Boric.", []string{"CHLOPP>CHLGOV:*"}, []string{"CHL>CHLGOV:*"}},
		{"Hundreds of Bolivians took to the streets of La Paz on Sunday.", []string{"BOLOPP>BOLGOV:141"}, []string{"BOL>BOL:*"}},
		{"Thousands of Peruvians protested in Lima.", []string{"PEROPP>PERGOV:140"}, nil},
		{"Thousands of Peruvians protested outside the Chilean embassy.", []string{"PER>CHLGOV:140"}, []string{"PEROPP>*:*", "*>PERGOV:*"}},
		{"Peru protested on Monday.", nil, []string{"PER>PERGOV:*", "PEROPP>PERGOV:*"}},
		{"Peruvians marched in support of the president.", nil, []string{"PEROPP>PERGOV:*", "PER>PERGOV:*"}},
		{"Peruvians praised the government.", nil, []string{"PEROPP>PERGOV:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
