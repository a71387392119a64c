package event

import (
	"slices"
	"strings"
	"testing"
)

// TestNominalEvents checks events that a noun names: a visit by someone
// to a country, and talks between two parties.
func TestNominalEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "SRC>TGT:CODE" that must be coded
		not        []string // and must not
	}{
		{"a visit to a capital by a country", "Trade grew during a visit to Lima by Chile.", []string{"CHL>PER:042"}, nil},
		{"a country's visit", "Trade grew after Chile's visit to Peru.", []string{"CHL>PER:042"}, nil},
		{"a visit to one's own country", "Trade grew during a visit to Santiago by Chile.", nil, []string{"CHL>CHL:042"}},
		{"a visit with no visitor named", "Chile raised tariffs during a visit to Lima.", nil, []string{"CHL>PER:042"}},
		{"talks between two countries", "Trade grew after talks between Peru and Chile.", []string{"PER>CHL:046", "CHL>PER:046"}, nil},
		{"a single talk is no negotiation", "Trade grew after a talk between Peru and Chile.", nil, []string{"PER>CHL:046"}},
		{"talks with one party named", "Trade grew after talks between Peru and its neighbours.", nil, []string{"PER>CHL:046"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %s in %s", w, strings.Join(got, " "))
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("%s coded: %s", w, strings.Join(got, " "))
				}
			}
		})
	}
}
