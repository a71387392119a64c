package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestReleaseAskedOfCaptor checks that a demand or appeal for the release
// of people another country holds is aimed at that country, not at the
// people nor at its navy or police that hold them, and that it is aimed
// at no captor where no one holds them.
func TestReleaseAskedOfCaptor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded their release.", []string{"PER>CHL:1053"}, nil},
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded the release of the fishermen.", []string{"PER>CHL:1053"}, []string{"PER>PERCVL:1053"}},
		{"Chile arrested a Peruvian diplomat on Monday. Peru's foreign ministry said the envoy was innocent and demanded his immediate release.", []string{"PERGOV>CHL:1053"}, nil},
		{"Chile detained two Peruvian fishermen on Monday. Peru called for their release.", []string{"PER>CHL:0253"}, nil},
		// A navy or police force holding them: its state is asked;
		// a government holding them is asked as the government.
		{"Chile's navy detained two Peruvian fishermen on Monday. Peru demanded their release.", []string{"PER>CHL:1053"}, []string{"PER>CHLMIL:1053"}},
		{"Chilean police arrested two Peruvian traders on Monday. Peru demanded the release of the traders.", []string{"PER>CHL:1053"}, []string{"PER>CHLCOP:1053"}},
		// A third country asks the captor too.
		{"Bolivia detained two Chilean fishermen on Monday. Peru demanded the release of the fishermen.", []string{"PER>BOL:1053"}, nil},
		// A captor named in the sentence stands.
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded that Chile release the fishermen.", []string{"PER>CHL:1053"}, nil},
		// No one held these people, or anyone.
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded the release of three Bolivian sailors.", nil, []string{"PER>CHL:1053"}},
		{"Chile criticised Peru on Monday. Peru demanded their release.", nil, []string{"PER>CHL:1053"}},
	})
}

// TestHeldAgain checks that a passive arrest or detention that names no
// actor ("the men were arrested on Saturday") tells again the latest
// holding deed of the sentences just before, with its source and
// target, and that it stays uncoded when a holder is named, the subject
// names other people, or no such deed came before.
func TestHeldAgain(t *testing.T) {
	tests := []struct {
		text   string
		triple string // the holding event the second sentence must hold, "" none
		not    string // one it must not hold, "" none
	}{
		{"Chile's navy detained nine Peruvian fishermen off Arica on Sunday. Peru's foreign ministry said the men were arrested on Saturday and demanded their release.", "CHLMIL>PERCVL:173", ""},
		{"Bolivian police arrested three Brazilian truck drivers near the border on Tuesday. A statement said the drivers were detained on Monday with forged papers.", "BOLCOP>BRACVL:173", ""},
		// A holder named in the sentence stands.
		{"Chile's navy detained nine Peruvian fishermen off Arica on Sunday. Peru said the men were arrested by Bolivian police on Saturday.", "BOLCOP>PERCVL:173", "CHLMIL>*:*"},
		// No holding deed before: who held them stays unknown.
		{"Chile criticised Peru on Sunday. A statement said the men were arrested on Saturday.", "", ""},
		// Not "the" people: a new deed.
		{"Chile's navy detained nine Peruvian fishermen off Arica on Sunday. A statement said some traders were arrested on Saturday.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			second := strings.Index(tt.text, ". ") + 2
			var last []model.Event
			evs := code(t, tt.text, nil, nil)
			for _, e := range evs {
				if e.Evidence.Predicate.Start >= second && holdingCode(e.Code) {
					last = append(last, e)
				}
			}
			switch {
			case tt.not != "" && hasTriple(last, tt.not):
				t.Errorf("%s in the second sentence among %s", tt.not, describe(last))
			case tt.triple == "" && len(last) > 0:
				t.Errorf("second sentence coded %s", describe(last))
			case tt.triple != "" && !hasTriple(last, tt.triple):
				t.Errorf("no %s in the second sentence among %s", tt.triple, describe(evs))
			}
		})
	}
}

// TestReleasedAgain checks that a passive release with no agent, of
// "the" people or of "they", after a holding deed just before, is a
// release of those people by whoever held them; and that with no
// holding deed before, or a named agent, it takes no holder from context.
func TestReleasedAgain(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Chilean police detained five Peruvian fishermen on Monday. They were released on Friday.", want: []string{"CHLCOP>PERCVL:0841"}},
		{text: "Chilean police detained five Peruvian fishermen on Monday. The men were released on Friday after questioning.", want: []string{"CHLCOP>PERCVL:0841"}},
		// No holding deed before: who let them go stays unknown.
		{text: "Peru praised Chile on Monday. They were released on Friday.", not: []string{"PER>CHL:0841", "CHL>PER:0841", "PER>CHL:084", "CHL>PER:084"}},
		// A named agent stands.
		{text: "Chilean police detained five Peruvian fishermen on Monday. The fishermen were released by Bolivian police on Friday.", want: []string{"BOLCOP>PERCVL:0841"}, not: []string{"CHLCOP>PERCVL:0841"}},
		// Something else suspended is no release.
		{text: "Chilean police detained five Peruvian fishermen on Monday. The talks were suspended on Friday.", not: []string{"CHLCOP>PERCVL:0841"}},
		// The second verb of a passive shares its subject.
		{text: "Chilean police detained five Peruvian fishermen on Monday. A spokesman said they had been questioned and released.", want: []string{"CHLCOP>PERCVL:0841"}},
		{text: "Chilean police detained five Peruvian fishermen on Monday. The men were questioned for six hours and released on Friday.", want: []string{"CHLCOP>PERCVL:0841"}},
		// A second verb with an object of its own is no passive.
		{text: "Chilean police detained five Peruvian fishermen on Monday. The talks were suspended and Peru released a statement.", not: []string{"CHLCOP>PERCVL:0841"}},
	})
}
