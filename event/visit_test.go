package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestVisits checks that a meeting or journey in another country's
// capital is a visit (042) to that country or the host met there (an
// organisation's too, when the host is met in its own country), that
// one at home stays a meeting, and that a planned one is an intent to
// meet (036).
func TestVisits(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
		want          bool
	}{
		{"Peru's foreign minister arrived in Santiago on Monday.", "PERGOV", "CHL", "042", true},
		{"Peru's president met the Chilean president in Santiago on Monday.", "PERGOV", "CHLGOV", "042", true},
		{"Peru's president met the Chilean president in Lima on Monday.", "PERGOV", "CHLGOV", "042", false},
		{"Peru's foreign minister travelled to Santiago for talks.", "PERGOV", "CHL", "042", true},
		// A journey visits the place gone to, a meeting the host met.
		{"Peru's president arrived in Santiago on Monday for talks with Chile's president.", "PERGOV", "CHL", "042", true},
		{"Peru's president arrived in Santiago on Monday for talks with Chile's president.", "PERGOV", "CHLGOV", "042", false},
		// Parties that travel together to negotiate negotiate with each
		// other.
		{"Delegations from Peru and Chile arrived in Quito on Tuesday for talks hosted by Ecuador.", "PER", "CHL", "046", true},
		{"Delegations from Peru and Chile arrived in Quito on Tuesday for talks hosted by Ecuador.", "PER", "ECU", "042", false},
		{"Peru's foreign minister arrived in Quito on Tuesday for talks.", "PERGOV", "ECU", "042", true},
		// An organisation meeting a host in the host's own country
		// visits it; a meeting anywhere else stays a meeting.
		{"The IAEA chief met Peruvian officials in Lima on Monday.", "IGOUNOIAE", "PERGOV", "042", true},
		{"The IAEA chief met Peruvian officials in Santiago on Monday.", "IGOUNOIAE", "PERGOV", "042", false},
		// A host met in a city of its country that no actor names.
		{"Peru's president met Chilean officials in Valparaiso on Monday.", "PERGOV", "CHLGOV", "042", true},
		{"Peru's president hopes to meet the Chilean president next month.", "PERGOV", "CHLGOV", "036", true},
		{"Peru and Chile agreed to hold talks next month.", "PER", "CHL", "036", true},
		{"Peru and Chile held talks on Monday.", "CHL", "PER", "046", true},
		{"Peru's president hoped to meet the Chilean president.", "PERGOV", "CHLGOV", "020", false},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := find(evs, tt.src, tt.tgt, tt.cam) != nil; got != tt.want {
			t.Errorf("%q: %s>%s:%s coded %v, want %v; got %s", tt.text, tt.src, tt.tgt, tt.cam, got, tt.want, describe(evs))
		}
	}
}

// TestHostVisitedInCity checks that a meeting with a host in a city of
// the host's country that only the gazetteer knows is a visit (042), and
// that one in a city of another country stays a meeting.
func TestHostVisitedInCity(t *testing.T) {
	lc, a := placedCoder(t)
	tests := []struct {
		text, want string
	}{
		{"Peru's president met Chilean officials in Arica on Monday.", "PERGOV>CHLGOV:042"},
		{"Peru's president met Chilean officials in Arequipa on Monday.", "PERGOV>CHLGOV:040"},
		{"Peru's president met Chilean officials on Monday.", "PERGOV>CHLGOV:040"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			checkEvents(t, lc.Code(context.Background(), art, doc, nil, nil), []string{tt.want}, nil)
		})
	}
}

// TestFacilityHostsNoVisit checks that a prison, hospital or settlement
// visited is no host of the visit (043), that a country visited is not
// coded as hosting it either (visitPair: the visitor's 042 alone), and
// that one no country is named with is not visited at all
// (unplacedFacility).
func TestFacilityHostsNoVisit(t *testing.T) {
	tests := []eventCase{
		{"Peru's president visited a Chilean prison on Monday.", nil, []string{"CHLCOP>PERGOV:043"}},
		{"Peru's foreign minister paid a visit to a Chilean hospital.", nil, []string{"CHLHLH>PERGOV:043"}},
		{"Peru's president visited the Chilean settlement of Arica on Monday.", nil, []string{"CHLCVL>PERGOV:043"}},
		{"Peru's president visited Chile on Monday.", []string{"PERGOV>CHL:042"}, []string{"CHL>PERGOV:043"}},
		{"Peru's president visited a Chilean prison on Monday.", []string{"PERGOV>CHLCOP:042"}, nil},
		{"Peru's president visited Chile. He also paid a visit to the city's old prison.", nil, []string{"PERGOV>CHLCOP:042", "PERGOV>PERCOP:042"}},
		{"Peru's president made a trip to the hospital on Saturday.", nil, []string{"PERGOV>PERHLH:036", "PERGOV>PERHLH:042"}},
	}
	checkEventCases(t, tests)
}

// TestThirdCountryMeeting checks that a meeting held in a third country
// is with whom it is held, not a visit to the place, while one in the
// host's own country visits the host.
func TestThirdCountryMeeting(t *testing.T) {
	tests := []eventCase{
		{"Bolivia met with Chilean officials in Lima.", []string{"BOL>CHLGOV:040"}, []string{"BOL>PER:*"}},
		{"Bolivia's president met with Chile's president in Lima.", []string{"BOLGOV>CHLGOV:040"}, []string{"BOLGOV>PER:*"}},
		{"Bolivia's president met Peru's president in Lima.", []string{"BOLGOV>PERGOV:042"}, nil},
	}
	checkEventCases(t, tests)
}
