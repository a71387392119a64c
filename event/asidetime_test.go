package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestAsideTime checks that a time in a relative clause or a quotation
// dates neither the verb outside it nor the rest of its paragraph, that a
// time right before a verb beats one after it, and that "over the
// weekend" dates a deed. The articles are dated Thursday 8 September
// 2022.
func TestAsideTime(t *testing.T) {
	tests := []struct {
		name, text      string
		pred            string // the event's predicate as written
		date, precision string
	}{
		{"a relative pronoun after a comma",
			"Bolivia called on Chile to withdraw its troops from the valley, which they seized in 2016.",
			"called", "2022-09-08", "day"},
		{"a relative clause after a conjoined appeal",
			"Bolivia's foreign minister rejected the claim and called on Chile to pull its troops out of the border valley, which they took over in 2016 after the monitors left.",
			"called", "2022-09-08", "day"},
		{"a relative clause beside the verb's own later time",
			"Chile's navy, which has patrolled the bay since 2019, seized a Peruvian fishing boat Tuesday.",
			"seized", "2022-09-06", "day"},
		{"the relative clause's own verb keeps the time",
			"Bolivia condemned Chile, which expelled two Bolivian diplomats in 2016.",
			"expelled", "2016-01-01", "year"},
		{"a relative clause with whose does not date the next sentence",
			"Bolivia's president, whose party won power last year, met the Chilean envoy. He accused Chile of spying.",
			"accused", "2022-09-08", "day"},
		{"nor its own sentence's verb",
			"LA PAZ - Bolivia on Wednesday recalled its envoy from Chile.\n\nBolivia's president, whose party won power in 2019, accused Chile of spying.",
			"accused", "2022-09-07", "day"},
		{"a relative clause with no comma after it",
			"The Chilean minister who took office in 2019 expelled two Peruvian diplomats.",
			"expelled", "2022-09-08", "day"},
		{"the sentence's verb after such a clause keeps its own time",
			"The Chilean minister who took office in 2019 expelled two Peruvian diplomats on Tuesday.",
			"expelled", "2022-09-06", "day"},
		{"a participle on a noun a preposition governs",
			"Bolivia condemned the Chilean raid as a breach of the truce agreed in March 2020.",
			"condemned", "2022-09-08", "day"},
		{"a verb joined to the participle's clause by and is the sentence's",
			"Bolivia condemned the Chilean raid as a breach of the truce agreed in March 2020 and called on Chile to withdraw its troops.",
			"called", "2022-09-08", "day"},
		{"a noun and a verb after a preposition's phrase in the subject",
			"LA PAZ - Thousands of Bolivian farmers blocked roads on Monday.\n\nBolivia also accused Chile of spying.",
			"accused", "2022-09-05", "day"},
		{"a time in a quotation does not date the paragraph",
			"\"Chile broke the deal we signed in 2019,\" the Bolivian minister told reporters. Bolivia also accused Chile of spying.",
			"accused", "2022-09-08", "day"},
		{"a time right before the verb beats one after it",
			"Peru on Monday accused Chile of firing on its border posts over the weekend.",
			"accused", "2022-09-05", "day"},
		{"over the weekend",
			"Chilean troops fired on Peruvian border posts over the weekend.",
			"fired", "2022-09-03", "range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPredicateDate(t, tt.text, tt.pred, tt.date, tt.precision)
		})
	}
}

// checkPredicateDate codes text as an article of Thursday 8 September
// 2022 and checks the date and precision of the event whose predicate is
// written pred.
func checkPredicateDate(t *testing.T, text, pred, date, precision string) {
	t.Helper()
	c, a := coder(t)
	evs := c.Code(context.Background(), &model.Article{Text: text, Published: model.Day(thursday)}, a.Analyze(text), nil, nil)
	var e *model.Event
	for i, ev := range evs {
		if p := ev.Evidence.Predicate; text[p.Start:p.End] == pred {
			e = &evs[i]
		}
	}
	if e == nil {
		t.Fatalf("no event of %q among %s", pred, describe(evs))
	}
	if e.Date.String() != date || e.DatePrecision != precision {
		t.Errorf("%s>%s:%s dated %s (%s, %s), want %s (%s); all: %s", e.Source.Code, e.Target.Code, e.Code, e.Date, e.DatePrecision, e.DateReason, date, precision, describe(evs))
	}
}
