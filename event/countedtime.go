package event

import (
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// countedDate dates the deed of the verb or noun at v that the words
// "<N> <unit> after" (or "before") right before it, in its clause, set
// against a day the sentence names before those words: "resumed talks on
// Monday, two weeks after an attack killed nine soldiers" puts the attack
// (and the killing) two weeks before that Monday, "recognised it only in
// 1991, ten years after Britain granted it" ten years before 1991. Days
// and weeks need that day itself, months a month, years a year at
// least; the date is as precise as the unit. It reports false where the
// deed has a time of its own after the words, where the count is not
// exact ("less than two weeks after", "days after"), or where no time
// stands before it. The parse is not read: it often hangs "after" on
// the deed's subject rather than on its clause.
func (a *article) countedDate(toks []model.Token, v int, times []when.Expression) (model.Date, when.Expression, bool) {
	m := -1
	for p := v - 1; p >= 2 && p >= v-15; p-- {
		if f := toks[p].Form; f == "," || f == ";" || f == ":" || isVerb(toks[p]) || toks[p].UPOS == "AUX" {
			break
		}
		if (a.w.up[p] == "AFTER" || a.w.up[p] == "BEFORE") && longCount(toks[p-1].Form) {
			m = p
			break
		}
	}
	if m < 0 {
		return model.Date{}, when.Expression{}, false
	}
	// An exact count, and not one of more than a hundred units ("150
	// years after" is history, not the deed's date).
	c, ok := countEndingAt(a.text, toks, m, v)
	if !ok || c.N <= 0 || c.N > 100 {
		return model.Date{}, when.Expression{}, false
	}
	n := c.N
	anchor, end := -1, runEnd(toks, v)
	for i, x := range times {
		switch {
		case x.End <= c.Start:
			anchor = i
		case x.Start >= toks[m].End && x.End <= end:
			// "two weeks after Chile attacked Peru on March 1": a
			// time of the deed's own.
			return model.Date{}, when.Expression{}, false
		}
	}
	if anchor < 0 {
		return model.Date{}, when.Expression{}, false
	}
	x := times[anchor]
	if !c.Before {
		n = -n
	}
	var from, to time.Time
	var prec string
	switch c.Unit {
	case "day", "week":
		if x.Precision != when.Day {
			return model.Date{}, when.Expression{}, false
		}
		days := n
		if c.Unit == "week" {
			days *= 7
		}
		from = x.From.AddDate(0, 0, days)
		to, prec = from, when.Day
	case "month":
		if x.Precision != when.Day && x.Precision != when.Month {
			return model.Date{}, when.Expression{}, false
		}
		y, mo, _ := x.From.Date()
		from = time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		to, prec = from.AddDate(0, 1, -1), when.Month
	default:
		if x.Precision == when.Range {
			return model.Date{}, when.Expression{}, false
		}
		from = time.Date(x.From.Year()+n, time.January, 1, 0, 0, 0, 0, time.UTC)
		to, prec = from.AddDate(1, 0, -1), when.Year
	}
	if !a.ref.IsZero() && from.After(a.ref) {
		return model.Date{}, when.Expression{}, false
	}
	return model.Day(from), when.Expression{
		Span: c.Span, Text: a.text[c.Start:c.End],
		From: from, To: to, Precision: prec,
		Reason: "counted from the day the sentence names before it, " + x.Text,
	}, true
}

// countEndingAt returns the count of days, weeks, months or years that
// when.DeedCounts reads in text ending with the "after" or "before" at
// token m, before the deed at token v, or false. Its span is text's own.
func countEndingAt(text string, toks []model.Token, m, v int) (when.DeedCount, bool) {
	// From the word before the count, which may make it rough ("about
	// two weeks after"), to the deed, which the words count from.
	lo := toks[max(m-3, 0)].Start
	for _, c := range when.DeedCounts(text[lo:toks[v].End]) {
		if lo+c.End == toks[m].End {
			c.Start, c.End = lo+c.Start, lo+c.End
			return c, true
		}
	}
	return when.DeedCount{}, false
}
