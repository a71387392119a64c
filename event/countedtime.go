package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// countWords are the numbers written as words that count the days,
// weeks, months or years between two deeds exactly ("two weeks after";
// "several days after" counts none exactly).
var countWords = map[string]int{
	"A": 1, "AN": 1, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6,
	"SEVEN": 7, "EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12,
}

// roughWords (upper-case) before a count make it approximate: "less than
// two weeks after", "about a year after".
var roughWords = map[string]bool{
	"THAN": true, "ABOUT": true, "NEARLY": true, "ALMOST": true, "SOME": true, "AROUND": true,
	"ROUGHLY": true, "OVER": true, "UNDER": true, "APPROXIMATELY": true, "BARELY": true, "JUST": true,
}

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
	n, ok := countWords[a.w.up[m-2]]
	if !ok {
		if n, ok = countNumber(toks[m-2]); !ok {
			return model.Date{}, when.Expression{}, false
		}
	}
	if m > 2 && roughWords[a.w.up[m-3]] {
		return model.Date{}, when.Expression{}, false
	}
	anchor, end := -1, runEnd(toks, v)
	for i, x := range times {
		switch {
		case x.End <= toks[m-2].Start:
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
	unit := strings.TrimSuffix(a.w.up[m-1], "S")
	if a.w.up[m] == "AFTER" {
		n = -n
	}
	var from, to time.Time
	var prec string
	switch unit {
	case "DAY", "WEEK":
		if x.Precision != when.Day {
			return model.Date{}, when.Expression{}, false
		}
		days := n
		if unit == "WEEK" {
			days *= 7
		}
		from = x.From.AddDate(0, 0, days)
		to, prec = from, when.Day
	case "MONTH":
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
	text := toks[m-2].Form + " " + toks[m-1].Form + " " + toks[m].Form
	return model.Day(from), when.Expression{
		Span: model.Span{Start: toks[m-2].Start, End: toks[m].End}, Text: text,
		From: from, To: to, Precision: prec,
		Reason: "counted from the day the sentence names before it, " + x.Text,
	}, true
}

// countNumber returns the whole number a token of digits writes ("3"),
// or false.
func countNumber(tok model.Token) (int, bool) {
	if tok.XPOS != "CD" {
		return 0, false
	}
	n, err := strconv.Atoi(tok.Form)
	if err != nil || n <= 0 || n > 100 {
		return 0, false
	}
	return n, true
}
