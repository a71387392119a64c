package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestPlaceObject checks that a town only the gazetteer knows, the
// object of a use of force, is its country, and that other objects and
// verbs gain no such target.
func TestPlaceObject(t *testing.T) {
	lc, a := placedCoder(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Chilean troops besieged Juliaca for three weeks.", []string{"CHLMIL>PER:191"}, nil},
		{"Chilean troops shelled Juliaca on Monday.", []string{"CHLMIL>PER:194"}, nil},
		// Not a use of force: a visit names its place by the visit rules.
		{"Chile's president praised Juliaca on Monday.", nil, []string{"CHLGOV>PER:*"}},
		// A place after a preposition is where, not what was attacked.
		{"Chilean troops fought on Monday near Juliaca.", nil, []string{"CHLMIL>PER:*"}},
		// A longer name the gazetteer does not know as a whole.
		{"Chilean troops shelled Juliaca Mining Company offices on Monday.", nil, []string{"CHLMIL>PER:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			evs := lc.Code(context.Background(), art, doc, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
		})
	}
}
