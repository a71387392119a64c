package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestProtestersRally checks that protesters who rally demonstrate (141,
// the supplement's "- PROTESTERS *" of MOBILIZE), against their own
// government when they name no one, and do not mobilise force (150).
func TestProtestersRally(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Protesters rallied in Lima on Sunday.", want: []string{"PEROPP>PERGOV:141"}},
		{text: "Hundreds of protesters rallied in Lima on Sunday.", want: []string{"PEROPP>PERGOV:141"}, not: []string{"PEROPP>PERGOV:150"}},
	})
}

// TestDemonstrateObject checks that demonstrating something shows it and
// protests nothing, while demonstrating with no object is a protest (141).
func TestDemonstrateObject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile demonstrated its commitment to the Peruvian peace process.", nil, []string{"CHL>PER:141"}},
		{"The Chilean president demonstrated a number of poor instincts in his dealings with Peru.", nil, []string{"CHLGOV>PER:141"}},
		{"Chilean students demonstrated against the Peruvian government.", []string{"CHLEDU>PERGOV:141"}, nil},
	})
}

// TestDemonstrateObjectUnparsed checks the same for a sentence Code reads
// without its parse (one Parseable leaves unparsed, or whose parse
// failed): the word right after the verb shows whether it has an object.
func TestDemonstrateObjectUnparsed(t *testing.T) {
	c, a := coder(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peruvian students demonstrated a great deal of patience during the exams.", nil, []string{"PEREDU>PERGOV:141"}},
		{"Chilean opposition leaders demonstrated a number of odd instincts in the debate.", nil, []string{"CHLOPP>CHLGOV:141"}},
		{"Bolivian farmers demonstrated remarkable restraint at the border.", nil, []string{"BOLAGR>BOLGOV:141"}},
		{"Peruvian students demonstrated against the Chilean government.", []string{"PEREDU>CHLGOV:141"}, nil},
		{"Bolivian farmers demonstrated Monday outside the parliament in La Paz.", []string{"BOLAGR>BOLLEG:141"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			doc := a.AnalyzeUnparsed(tt.text)
			checkEvents(t, c.Code(context.Background(), art, doc, nil, nil), tt.want, tt.not)
		})
	}
}
