package event

import "testing"

// TestParagraphDate checks which sentences date the rest of their
// paragraph: a past main clause does; a recent one ends that date; a
// sentence in the present or the present perfect, or a time of a clause
// with a modal, does not; and a verb in the present perfect takes no
// paragraph's date. The articles are dated Thursday 8 September 2022.
func TestParagraphDate(t *testing.T) {
	tests := []struct {
		name, text      string
		pred            string // the event's predicate as written
		date, precision string
	}{
		{"a past main clause dates the next sentence",
			"In 2019, Peru accused Chile of spying on its navy. Peru then expelled two Chilean diplomats.",
			"expelled", "2019-01-01", "year"},
		{"a recent main clause ends the paragraph's past date",
			"In 2019, Peru accused Chile of spying on its navy. On Monday, Chile expelled two Peruvian diplomats. Chile also recalled its ambassador from Peru.",
			"recalled", "2022-09-05", "day"},
		{"a present perfect takes no paragraph date",
			"In 2019, Peru accused Chile of spying on its navy. Chile has expelled two Peruvian diplomats.",
			"expelled", "2022-09-08", "day"},
		{"a sentence in the present perfect dates no paragraph",
			"Peru and Chile have held three rounds of talks, and Bolivia hosted a summit of the two last year. Peru accused Chile of spying.",
			"accused", "2022-09-08", "day"},
		{"a sentence in the present dates no paragraph",
			"Peru's government says Chile spied on its navy in 2019. Peru expelled two Chilean diplomats.",
			"expelled", "2022-09-08", "day"},
		{"a sentence with a copula in the present dates no paragraph",
			"Peru and Chile are due to hold talks in Lima in October, and diplomats said the border would top the agenda. Bolivia accused Chile of spying.",
			"accused", "2022-09-08", "day"},
		{"a clause with a modal dates no paragraph",
			"Peru said its envoy would return to Chile in June. Peru also accused Chile of spying.",
			"accused", "2022-09-08", "day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPredicateDate(t, tt.text, tt.pred, tt.date, tt.precision)
		})
	}
}
