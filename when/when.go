package when

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/model"

	"github.com/casus-project/casus/internal/runes"
)

// Precisions of an Expression.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
	Range = "range"
)

// Expression is a time expression found in text and resolved.
type Expression struct {
	model.Span
	Text string
	// From and To are the first and last day the expression covers; they
	// are equal for a day.
	From, To time.Time
	// Precision is Day, Week, Month, Year or Range.
	Precision string
	// Reason says how the expression was resolved, for explanations.
	Reason string
	// Bare is set for a weekday, a month or a day of a month named with
	// no year and no "last" or "next" ("on Friday", "in September",
	// "on December 2"). Find resolves it to the latest such time not
	// after the article's day, as news mostly tells what has happened;
	// for what lies ahead ("will meet on Friday") Ahead resolves it
	// forwards.
	Bare BareKind
	// Possessive is set for an expression in the possessive before a
	// noun ("Sunday's election", "last week's talks", "tomorrow’s
	// meeting"): it dates that noun, not the clause around it.
	Possessive bool
}

// BareKind says which kind of Bare expression an Expression is.
type BareKind uint8

// The kinds of Bare expressions.
const (
	NotBare     BareKind = iota
	BareWeekday          // "on Friday"
	BareMonth            // "in September"
	BareDate             // "on December 2"
)

// Ahead returns x resolved forwards: a Bare expression becomes the first
// such weekday, month or day not before ref, the article's date, as in
// "the ministers will meet on Friday" or "talks are due to resume in
// September". Any other expression is returned as it is.
func Ahead(x Expression, ref time.Time) Expression {
	if x.Bare == NotBare {
		return x
	}
	y, m, d := ref.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch x.Bare {
	case BareMonth:
		start := time.Date(y, x.From.Month(), 1, 0, 0, 0, 0, time.UTC)
		if x.From.Month() < m {
			start = start.AddDate(1, 0, 0)
		}
		x.From, x.To = start, start.AddDate(0, 1, -1)
		x.Reason = "month alone, of something ahead: the first " + start.Month().String() + " not before the article's month"
	case BareWeekday:
		ahead := (int(x.From.Weekday()) - int(day.Weekday()) + 7) % 7
		x.From = day.AddDate(0, 0, ahead)
		x.To = x.From
		x.Reason = "weekday of something ahead: the first " + x.From.Weekday().String() + " not before the article's day"
	case BareDate:
		for yy := y; yy <= y+4; yy++ { // Feb 29 waits for a leap year
			t := time.Date(yy, x.From.Month(), x.From.Day(), 0, 0, 0, 0, time.UTC)
			if t.Day() == x.From.Day() && !t.Before(day) {
				// A span of days ("on 6-8 March") keeps its length.
				x.From, x.To = t, t.Add(x.To.Sub(x.From))
				x.Reason = "date without a year, of something ahead: the first not before the article's day"
				break
			}
		}
	}
	return x
}

// MaxText bounds the text Find looks at; the rest is ignored.
const MaxText = 1 << 20

// Find returns the time expressions in text resolved against ref, the
// article's date, in text order and without overlaps. Only ref's calendar
// day matters.
func Find(text string, ref time.Time) []Expression {
	xs, _ := FindWithImpossible(text, ref)
	return xs
}

// FindWithImpossible returns what Find returns and, beside it, the spans
// where text names a day of a month that the calendar does not have ("on
// Feb 30", "31 April 2024", "2023-02-29"), with ref giving the year where
// the text names none. The words of such a day give no time at all: not
// the day, and not the month or year within them either ("31 April 2024"
// is not April 2024), since the writer meant some day and got it wrong,
// perhaps the month with it (30 April or 1 May). The deed they date is
// best left undated: coded with no date rather than with a wrong one.
func FindWithImpossible(text string, ref time.Time) (xs []Expression, impossible []model.Span) {
	if len(text) > MaxText {
		text = text[:MaxText]
	}
	y, m, d := ref.Date()
	f := finder{text: text, words: words(text), ref: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	for i := 0; i < len(f.words); {
		bad := len(f.impossible)
		x, n := f.match(i)
		if len(f.impossible) > bad {
			// An impossible day at i gives no time, whatever else
			// matched there ("of 2023-02-29" is not the year 2023):
			// matching goes on past its words, so that no month or
			// year is read from within them.
			i = f.wordFrom(i+1, f.impossible[len(f.impossible)-1].End)
			continue
		}
		if n == 0 {
			i++
			continue
		}
		x.Possessive = f.possessive(i + n - 1)
		x.Span = model.Span{Start: int(f.words[i].start), End: int(f.words[i+n-1].end)}
		x.Text = text[x.Start:x.End]
		xs = append(xs, x)
		f.prev = &xs[len(xs)-1]
		i += n
	}
	return xs, f.impossible
}

// wordFrom returns the first word from word j on that starts at or
// after the byte offset end (len(f.words) for none).
func (f *finder) wordFrom(j, end int) int {
	for j < len(f.words) && int(f.words[j].start) < end {
		j++
	}
	return j
}

// Background reports whether x lies wholly before the week before ref, the
// article's day: history, not news.
func Background(x Expression, ref time.Time) bool {
	y, m, d := ref.Date()
	weekStart := time.Date(y, m, d-7, 0, 0, 0, 0, time.UTC)
	return x.To.Before(weekStart)
}

// word is a run of letters or digits, or one of the marks - – / that join
// numbers, with its byte offsets.
type word struct {
	start, end int32 // byte offsets: the text is at most MaxText long
	lower      string
	num        int   // value if all digits, else -1
	digits     uint8 // number of digits if all digits (at most 4)
	upper      bool  // starts with an upper-case letter
}

func words(text string) []word {
	// News text has a word or mark every 5.3 bytes (the median of the
	// extraction dev split's articles, 4.2 at least): room for one every
	// 4 spares growing the slice.
	ws := make([]word, 0, len(text)/4+1)
	for i := 0; i < len(text); {
		// ASCII bytes are tested without decoding them: they are
		// nearly every byte of news text.
		r, size := rune(text[i]), 1
		var inWord bool
		if r < utf8.RuneSelf {
			inWord = inASCIISet(byte(r), asciiDigitBits, asciiLetterBits)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			inWord = letterOrDigit(r)
		}
		switch {
		case inWord:
			j := wordEnd(text, i+size)
			possessive := j-i > 2 && text[j-2] == '\'' && (text[j-1] == 's' || text[j-1] == 'S')
			if possessive {
				// "Sunday's attack", "last week's talks": the day or
				// period the possessive names, as with a curly
				// apostrophe, which ends the run ("Sunday’s").
				j -= 2
			}
			w := word{start: int32(i), end: int32(j), lower: runes.Lower(text[i:j]), upper: runes.IsUpper(r), num: -1}
			// Only short runs of ASCII digits are numbers here; testing
			// for them first spares strconv an error value for every
			// other word.
			if j-i <= 4 && asciiDigits(text[i:j]) {
				w.num, _ = strconv.Atoi(text[i:j])
				w.digits = uint8(j - i)
			}
			ws = append(ws, w)
			i = j
			if possessive {
				ws = append(ws, word{start: int32(j + 1), end: int32(j + 2), lower: strings.ToLower(text[j+1 : j+2]), num: -1})
				i = j + 2
			}
		case r == '-' || r == '–' || r == '/':
			ws = append(ws, word{start: int32(i), end: int32(i + size), lower: "-", num: -1})
			i += size
		case r == '.' || r == ',':
			p := "."
			if r == ',' {
				p = ","
			}
			ws = append(ws, word{start: int32(i), end: int32(i + size), lower: p, num: -1})
			i += size
		default:
			i += size
		}
	}
	return ws
}

// The ASCII bytes words are made of, as bit sets of the bytes below 64
// and of those from 64 to 127: the digits, the apostrophe (within a word
// only) and the letters.
const (
	asciiDigitBits  = 0x03ff_0000_0000_0000 // '0'-'9'
	asciiApostrophe = 1 << '\''
	asciiLetterBits = 0x07ff_fffe_07ff_fffe // 'A'-'Z', 'a'-'z'
)

// inASCIISet reports whether the ASCII byte c is in the set whose bits
// below 64 are low and from 64 on high.
func inASCIISet(c byte, low, high uint64) bool {
	m := low
	if c >= 64 {
		m = high
	}
	return m>>(c&63)&1 != 0
}

// letterOrDigit reports whether r is a letter or a digit, which words
// are made of.
func letterOrDigit(r rune) bool {
	return runes.IsLetter(r) || runes.IsDigit(r)
}

// wordEnd returns the end of the run of letters, digits and apostrophes
// that goes on at j. Its ASCII bytes are read without decoding them.
func wordEnd(text string, j int) int {
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if !inASCIISet(c, asciiDigitBits|asciiApostrophe, asciiLetterBits) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !letterOrDigit(r) {
			break
		}
		j += size
	}
	return j
}

// asciiDigits reports whether s is one or more ASCII digits.
func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

type finder struct {
	text  string
	words []word
	ref   time.Time
	// prev is the expression found last, the anchor of "the same day"
	// and "a week later"; nil before the first.
	prev *Expression
	// impossible holds the spans of the days date turned down because no
	// calendar has them ("Feb 30"); see FindWithImpossible.
	impossible []model.Span
}

func (f *finder) at(i int) word {
	if i < 0 || i >= len(f.words) {
		return word{lower: "", num: -1}
	}
	return f.words[i]
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// yearOffsets are the words that place a period before, at or after the
// article's own ("last year", "this month", "next week").
var yearOffsets = map[string]int{"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}

// yearContext are words after which a bare four-digit number is a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true,
	"during": true, "after": true, "before": true, "early": true, "late": true, "mid": true,
	"between": true, "around": true, "circa": true, "year": true, "to": true, "and": true,
}

// match tries every pattern at word i and returns the expression and the
// number of words it spans, 0 if none.
func (f *finder) match(i int) (Expression, int) {
	w := f.at(i)
	switch w.lower {
	case "today", "tonight":
		return f.day(f.ref, "'"+w.lower+"' is the article's day"), 1
	case "yesterday":
		return f.day(f.ref.AddDate(0, 0, -1), "'yesterday' is the day before the article's"), 1
	case "tomorrow":
		return f.day(f.ref.AddDate(0, 0, 1), "'tomorrow' is the day after the article's"), 1
	case "last", "this", "next", "past", "previous", "coming":
		switch next := f.at(i + 1).lower; {
		case w.lower == "this" && (next == "morning" || next == "afternoon" || next == "evening"):
			return f.day(f.ref, "'this "+next+"' is the article's day"), 2
		case w.lower == "last" && next == "night":
			return f.day(f.ref.AddDate(0, 0, -1), "'last night': the evening before the article's day"), 2
		}
		if x, n := f.relative(i); n > 0 {
			return x, n
		}
	case "earlier", "later":
		if f.at(i+1).lower == "this" {
			if x, n := f.relative(i + 1); n > 0 {
				// "earlier this month" ends at the article's day,
				// "later this month" begins there.
				if w.lower == "earlier" && x.To.After(f.ref) {
					x.To = f.ref
				} else if w.lower == "later" && x.From.Before(f.ref) {
					x.From = f.ref
				}
				x.Reason = "'" + w.lower + " " + x.Reason[1:]
				return x, n + 1
			}
		}
	case "the":
		if x, n := f.sameDay(i); n > 0 {
			return x, n
		}
		if x, n := f.theWeekend(i); n > 0 {
			return x, n
		}
	case "since":
		if x, n := f.since(i); n > 0 {
			return x, n
		}
	case "between", "from":
		if x, n := f.yearSpan(i); n > 0 {
			return x, n
		}
		if x, n := f.dateSpan(i); n > 0 {
			return x, n
		}
	}
	// Only a capitalised word names a weekday or a month here; testing
	// that first spares most words the two look-ups.
	if w.upper {
		if wd, ok := weekdays[w.lower]; ok {
			return f.weekday(i, wd)
		}
		if _, ok := months[w.lower]; ok {
			return f.monthFirst(i)
		}
	}
	if w.num >= 1 && w.num <= 31 && w.digits <= 2 {
		if x, n := f.dayRange(i); n > 0 {
			return x, n
		}
		if x, n := f.dayFirst(i); n > 0 {
			return x, n
		}
	}
	if x, n := f.ago(i); n > 0 {
		return x, n
	}
	if x, n := f.later(i); n > 0 {
		return x, n
	}
	if x, n := f.decade(i); n > 0 {
		return x, n
	}
	if w.digits == 4 {
		if x, n := f.isoDate(i); n > 0 {
			return x, n
		}
		if x, n := f.yearRange(i); n > 0 {
			return x, n
		}
		if isYear(w.num) && yearContext[f.at(i-1).lower] {
			return f.year(w.num, "explicit year"), 1
		}
	}
	return Expression{}, 0
}

func isYear(n int) bool { return n >= 1800 && n <= 2100 }

func (f *finder) day(t time.Time, reason string) Expression {
	return Expression{From: t, To: t, Precision: Day, Reason: reason}
}

func (f *finder) year(y int, reason string) Expression {
	return Expression{
		From: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC),
		Precision: Year, Reason: reason,
	}
}

func (f *finder) month(y int, m time.Month, reason string) Expression {
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Expression{From: start, To: start.AddDate(0, 1, -1), Precision: Month, Reason: reason}
}

func (f *finder) span(y1, y2 int, reason string) Expression {
	return Expression{
		From: time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC),
		Precision: Range, Reason: reason,
	}
}

// weekday resolves "Wednesday", "last Wednesday", "next Wednesday", and
// "Wednesday, Sept. 7" (the date wins).
func (f *finder) weekday(i int, wd time.Weekday) (Expression, int) {
	next := i + 1
	if f.at(next).lower == "," {
		next++
	}
	if x, n := f.monthFirst(next); n > 0 {
		return x, next - i + n
	}
	if x, n := f.dayFirst(next); n > 0 {
		return x, next - i + n
	}
	back := (int(f.ref.Weekday()) - int(wd) + 7) % 7
	name := f.words[i].lower
	switch f.at(i - 1).lower {
	case "next", "coming":
		ahead := (int(wd) - int(f.ref.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return f.day(f.ref.AddDate(0, 0, ahead), "'next "+name+"': the first after the article's day"), 1
	case "last":
		if back == 0 {
			back = 7
		}
		return f.day(f.ref.AddDate(0, 0, -back), "'last "+name+"': the latest before the article's day"), 1
	}
	x := f.day(f.ref.AddDate(0, 0, -back), "'"+name+"': the latest "+name+" not after the article's day "+f.ref.Format(time.DateOnly))
	x.Bare = BareWeekday
	return x, 1
}

// monthFirst matches "September 7", "Sept. 7, 2022", "July 2021" and a
// month alone after a preposition ("in July").
func (f *finder) monthFirst(i int) (Expression, int) {
	w := f.at(i)
	m, ok := months[w.lower]
	if !ok || !w.upper {
		return Expression{}, 0
	}
	j := i + 1
	if f.at(j).lower == "." && f.at(j+1).num >= 0 {
		j++ // "Sept. 7"
	}
	if d := f.at(j); d.num >= 1 && d.num <= 31 && d.digits <= 2 {
		if last, n := f.rangeEnd(j); n > 0 {
			// "March 6-8, 2021", "March 6 to 8"
			k := j + n + 1
			if f.at(k).lower == "," {
				k++
			}
			return f.daySpan(d.num, last, m, i, k)
		}
		k := j + 1
		if f.at(k).lower == "," {
			k++
		}
		return f.dayWithYear(d.num, m, i, j, k)
	}
	if y := f.at(j); y.digits == 4 && isYear(y.num) {
		return f.month(y.num, m, "month and year"), j + 1 - i
	}
	if y, n := f.yearAfter(j); n > 0 {
		return f.month(y, m, "month of '"+f.at(j+n-2).lower+" year'"), j + n - i
	}
	// A month name alone is a month only after a word that makes it one:
	// "May" and "March" are also a verb and a noun.
	if f.monthModifier(i) {
		y := f.ref.Year()
		if m > f.ref.Month() {
			y--
		}
		x := f.month(y, m, "month before a noun: the latest "+time.Month(m).String()+" not after the article's month")
		x.Bare = BareMonth
		return x, 1
	}
	if (w.lower == "may" || w.lower == "march") && f.possessive(i) {
		return Expression{}, 0 // "in May's cabinet", "in March's case": a name
	}
	switch f.at(i - 1).lower {
	case "in", "since", "by", "until", "early", "late", "mid", "during", "last", "this", "next", "of", "from", "to", "before", "after":
		y := f.ref.Year()
		reason := "month alone: the latest " + time.Month(m).String() + " not after the article's month"
		bare := NotBare
		switch f.at(i - 1).lower {
		case "next":
			if m <= f.ref.Month() {
				y++
			}
			reason = "'next " + time.Month(m).String() + "'"
		default:
			if m > f.ref.Month() || (f.at(i-1).lower == "last" && m == f.ref.Month()) {
				y--
			}
			switch f.at(i - 1).lower {
			case "last", "since", "this":
			default:
				bare = BareMonth
			}
		}
		x := f.month(y, m, reason)
		x.Bare = bare
		return x, 1
	}
	return Expression{}, 0
}

// possessive reports whether the word at i ends in a possessive "'s"
// or "’s".
func (f *finder) possessive(i int) bool {
	n := f.at(i + 1)
	return n.lower == "s" && int(n.start)-int(f.words[i].end) <= len("’")
}

// monthModifier reports a month name at i used before a noun after
// "the" ("the July fighting", "the September attack"), which names the
// month of that deed. "May" and "March" are left out: "the May
// government" is Theresa May's and "the March" may be a protest.
func (f *finder) monthModifier(i int) bool {
	if f.at(i-1).lower != "the" {
		return false
	}
	switch f.words[i].lower {
	case "may", "march":
		return false
	}
	n := f.at(i + 1)
	return n.num < 0 && !n.upper && len(n.lower) > 2
}

// dayFirst matches "7 September", "7 Sept 2022".
func (f *finder) dayFirst(i int) (Expression, int) {
	j, m, k, ok := f.monthAfterDay(i + 1)
	if !ok {
		return Expression{}, 0
	}
	return f.dayWithYear(f.at(i).num, m, i, j, k)
}

// monthAfterDay matches, from word j on, the month that follows a day
// or a span of days ("of" before it, "Sept." or a comma after it): it
// returns the month's word, the month and the word after what it read.
func (f *finder) monthAfterDay(j int) (at int, m time.Month, k int, ok bool) {
	if f.at(j).lower == "of" {
		j++
	}
	mw := f.at(j)
	m, ok = months[mw.lower]
	if !ok || !mw.upper {
		return 0, 0, 0, false
	}
	k = j + 1
	if f.at(k).lower == "." && f.at(k+1).num >= 0 {
		k++
	}
	if f.at(k).lower == "," {
		k++
	}
	return j, m, k, true
}

// dayRange matches the days of one month a visit or a meeting spans,
// the month after them: "5-6 April 2016", "6 to 8 March", "between 6
// and 8 March 2021".
func (f *finder) dayRange(i int) (Expression, int) {
	last, n := f.rangeEnd(i)
	if n == 0 {
		return Expression{}, 0
	}
	_, m, k, ok := f.monthAfterDay(i + n + 1)
	if !ok {
		return Expression{}, 0
	}
	return f.daySpan(f.at(i).num, last, m, i, k)
}

// rangeEnd matches, after the day at word i, the words that close a
// span of days: "-8", "to 8", "until 8", "through 8", or "and 8" after
// "between". It returns the last day and the words after i it took, or
// 0, 0. The last day must come after the first: "6-6" or "8 to 6" is no
// span.
func (f *finder) rangeEnd(i int) (int, int) {
	switch f.at(i + 1).lower {
	case "-", "to", "until", "through":
	case "and":
		if f.at(i-1).lower != "between" {
			return 0, 0
		}
	default:
		return 0, 0
	}
	d := f.at(i + 2)
	if d.digits > 2 || d.num <= f.at(i).num || d.num > 31 {
		return 0, 0
	}
	return d.num, 2
}

// daySpan resolves days first to last of month m, named by words i to
// k, with the year at word k if there is one ("6-8 March 2021", "6-8
// March last year", as dayWithYear reads them); without one, the year
// is the one that puts the first day latest not after the article's, as
// for a single date, and the span is Bare so that Ahead can move it.
// A span the calendar does not have ("30-31 April") is no match.
func (f *finder) daySpan(first, last int, m time.Month, i, k int) (Expression, int) {
	x := Expression{Precision: Range, Reason: "span of days"}
	y, end := 0, k
	p := f.at(k - 1).lower
	if w := f.at(k); w.digits == 4 && isYear(w.num) {
		y, end = w.num, k+1
	} else if yy, n := f.yearAfter(k); n > 0 && p != "," && p != "." {
		y, end = yy, k+n
	} else {
		y = f.latestYear(m, first)
		x.Reason = "span of days without a year: the first the latest not after the article's day"
		x.Bare = BareDate
		if p == "," || p == "." {
			end = k - 1 // the comma or stop is not the span's
		}
	}
	x.From, x.To = time.Date(y, m, first, 0, 0, 0, 0, time.UTC), time.Date(y, m, last, 0, 0, 0, 0, time.UTC)
	if x.To.Day() != last {
		return Expression{}, 0
	}
	return x, end - i
}

// dateSpan matches "from 30 March to 2 April 2021" and "between March
// 30 and April 2": two days (or two months, "from March to May 2021")
// that begin and end one span. The first takes its year from the
// second when it names none. The span covers the first's first day to
// the second's last.
func (f *finder) dateSpan(i int) (Expression, int) {
	a, n := f.spanPoint(i + 1)
	if n == 0 {
		return Expression{}, 0
	}
	j := i + 1 + n
	switch f.at(j).lower {
	case "to", "until", "through", "-":
		if f.at(i).lower != "from" && f.at(j).lower != "-" {
			return Expression{}, 0
		}
	case "and":
		if f.at(i).lower != "between" {
			return Expression{}, 0
		}
	default:
		return Expression{}, 0
	}
	b, n2 := f.spanPoint(j + 1)
	if n2 == 0 || b.Precision != a.Precision {
		return Expression{}, 0
	}
	if a.Bare != NotBare && b.Bare == NotBare {
		// "from 30 March to 2 April 2021": the first is in the
		// second's year, or the one before when its month is later.
		y := b.From.Year()
		if a.From.Month() > b.From.Month() {
			y--
		}
		from := time.Date(y, a.From.Month(), a.From.Day(), 0, 0, 0, 0, time.UTC)
		if from.Day() != a.From.Day() {
			return Expression{}, 0
		}
		a.From = from
	}
	if a.Bare != NotBare && b.Bare != NotBare {
		// "from August 30 to September 10": the second follows the
		// first, which is the latest not after the article's day.
		years := a.From.Year() - b.From.Year()
		if b.From.Month() < a.From.Month() {
			years++
		}
		from, to := b.From.AddDate(years, 0, 0), b.To.AddDate(years, 0, 0)
		if from.Day() != b.From.Day() {
			return Expression{}, 0
		}
		b.From, b.To = from, to
	}
	if !a.From.Before(b.To) || b.To.Sub(a.From) > 400*24*time.Hour {
		return Expression{}, 0
	}
	x := Expression{From: a.From, To: b.To, Precision: Range, Reason: "span from one " + a.Precision + " to another"}
	if b.Bare != NotBare {
		// Two bare days or months: the span is as uncertain as they.
		x.Bare = b.Bare
		if b.Bare == BareMonth {
			x.Bare = NotBare // Ahead moves one month, not a span
		}
	}
	return x, j + 1 + n2 - i
}

// spanPoint matches a day ("30 March", "March 30, 2021") or a month
// ("March", "May 2021") at word i, an end of dateSpan.
func (f *finder) spanPoint(i int) (Expression, int) {
	w := f.at(i)
	if w.num >= 1 && w.num <= 31 && w.digits <= 2 {
		return f.dayFirst(i)
	}
	if _, ok := months[w.lower]; ok && w.upper {
		x, n := f.monthFirst(i)
		if n > 0 && x.Precision != Day && x.Precision != Month {
			return Expression{}, 0
		}
		return x, n
	}
	return Expression{}, 0
}

// dayWithYear resolves day d of month m, named by words i to j, with the
// year that follows: four digits at word k (after any "." and ","), or
// words after j such as "of last year"; without one, date takes the
// latest such day not after the article's.
func (f *finder) dayWithYear(d int, m time.Month, i, j, k int) (Expression, int) {
	if y := f.at(k); y.digits == 4 && isYear(y.num) {
		return f.date(y.num, m, d, true, i, k+1)
	}
	if y, n := f.yearAfter(j + 1); n > 0 {
		return f.date(y, m, d, true, i, j+1+n)
	}
	return f.date(0, m, d, false, i, j+1)
}

// yearAfter matches the year a month or a day names after it: "last
// year", "this year", "next year", with or without "of" ("February of
// last year"). It returns the year and the words it took, or 0, 0.
func (f *finder) yearAfter(j int) (int, int) {
	n := 0
	if f.at(j).lower == "of" {
		n++
	}
	if f.at(j+n+1).lower != "year" {
		return 0, 0
	}
	off, ok := yearOffsets[f.at(j+n).lower]
	if !ok {
		return 0, 0
	}
	return f.ref.Year() + off, n + 2
}

// latestYear returns the year that puts day d of month m latest not
// after the article's day: the article's year, or the one before.
func (f *finder) latestYear(m time.Month, d int) int {
	y := f.ref.Year()
	if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(f.ref) {
		y--
	}
	return y
}

// date builds a day; without a year it takes the latest such date not
// after the article's day. Impossible dates are no match.
func (f *finder) date(y int, m time.Month, d int, hasYear bool, from, to int) (Expression, int) {
	reason := "explicit date"
	if !hasYear {
		y = f.latestYear(m, d)
		reason = "date without a year: the latest not after the article's day"
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		// Feb 30 and the like: no time, but the text meant a day.
		if d >= 1 && d <= 31 && to > from {
			sp := model.Span{Start: int(f.words[from].start), End: int(f.words[to-1].end)}
			if n := len(f.impossible); n == 0 || f.impossible[n-1] != sp {
				f.impossible = append(f.impossible, sp)
			}
		}
		return Expression{}, 0
	}
	x := f.day(t, reason)
	if !hasYear {
		x.Bare = BareDate
	}
	return x, to - from
}

// isoDate matches 2022-09-07.
func (f *finder) isoDate(i int) (Expression, int) {
	y, m, d := f.at(i), f.at(i+2), f.at(i+4)
	if f.at(i+1).lower != "-" || f.at(i+3).lower != "-" || m.digits != 2 || d.digits != 2 || !isYear(y.num) {
		return Expression{}, 0
	}
	if m.num < 1 || m.num > 12 {
		return Expression{}, 0
	}
	return f.date(y.num, time.Month(m.num), d.num, true, i, i+5)
}

// decade matches "1990s".
func (f *finder) decade(i int) (Expression, int) {
	w := f.at(i)
	if len(w.lower) != 5 || !strings.HasSuffix(w.lower, "s") {
		return Expression{}, 0
	}
	n, err := strconv.Atoi(w.lower[:4])
	if err != nil || !isYear(n) || n%10 != 0 {
		return Expression{}, 0
	}
	return f.span(n, n+9, "decade"), 1
}

// yearRange matches "1980-88" and "1980-1988".
func (f *finder) yearRange(i int) (Expression, int) {
	a, dash, b := f.at(i), f.at(i+1), f.at(i+2)
	if !isYear(a.num) || dash.lower != "-" || b.num < 0 {
		return Expression{}, 0
	}
	end := b.num
	switch b.digits {
	case 2:
		end = a.num/100*100 + b.num
	case 4:
	default:
		return Expression{}, 0
	}
	if end <= a.num || end-a.num > 100 {
		return Expression{}, 0
	}
	return f.span(a.num, end, "year range"), 3
}

// yearSpan matches "between 1980 and 1988", "from 1980 to 1988".
func (f *finder) yearSpan(i int) (Expression, int) {
	a, link, b := f.at(i+1), f.at(i+2), f.at(i+3)
	if !isYear(a.num) || a.digits != 4 || !isYear(b.num) || b.digits != 4 || b.num <= a.num {
		return Expression{}, 0
	}
	if (f.at(i).lower == "between" && link.lower != "and") || (f.at(i).lower == "from" && link.lower != "to") {
		return Expression{}, 0
	}
	return f.span(a.num, b.num, "year span"), 4
}

// since matches "since 1979": from that year to the article's day.
func (f *finder) since(i int) (Expression, int) {
	y := f.at(i + 1)
	if y.digits != 4 || !isYear(y.num) || y.num > f.ref.Year() {
		return Expression{}, 0
	}
	return Expression{
		From: time.Date(y.num, 1, 1, 0, 0, 0, 0, time.UTC), To: f.ref,
		Precision: Range, Reason: "'since': from that year to the article's day",
	}, 2
}

// relative matches "last year", "this month", "next week", "past week".
func (f *finder) relative(i int) (Expression, int) {
	which, unit := f.at(i).lower, f.at(i+1).lower
	off := yearOffsets[which]
	reason := "'" + which + " " + unit + "' from the article's day"
	switch unit {
	case "year":
		return f.year(f.ref.Year()+off, reason), 2
	case "month":
		t := f.ref.AddDate(0, off, 0)
		if off != 0 {
			t = time.Date(f.ref.Year(), f.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		}
		return f.month(t.Year(), t.Month(), reason), 2
	case "week":
		if which == "past" {
			// "the past week" is the seven days up to the article's.
			return Expression{From: f.ref.AddDate(0, 0, -7), To: f.ref, Precision: Week, Reason: reason}, 2
		}
		// "last week" is the calendar week (Monday to Sunday) before
		// the article's, "this week" the article's own, "next week" the
		// one after.
		mon := f.ref.AddDate(0, 0, -((int(f.ref.Weekday())+6)%7)+7*off)
		return Expression{From: mon, To: mon.AddDate(0, 0, 6), Precision: Week, Reason: reason}, 2
	case "weekend":
		back := (int(f.ref.Weekday()) - int(time.Sunday) + 7) % 7
		sun := f.ref.AddDate(0, 0, -back+7*max(off, 0))
		return Expression{From: sun.AddDate(0, 0, -1), To: sun, Precision: Range, Reason: reason}, 2
	}
	return Expression{}, 0
}

// weekendPrepositions are the words before "the weekend" that make it a
// time of the events told ("attacked over the weekend"), not a noun of
// some other kind ("plans for the weekend").
var weekendPrepositions = map[string]bool{"over": true, "at": true, "during": true, "on": true, "throughout": true}

// theWeekend matches "the weekend" after over, at, during, on or
// throughout: the latest Saturday not after the article's day and the
// Sunday after it ("over the weekend" in an article of Monday 3 October
// 2022 is 1 to 2 October; in one of Sunday, that Saturday and Sunday).
func (f *finder) theWeekend(i int) (Expression, int) {
	if f.at(i+1).lower != "weekend" || !weekendPrepositions[f.at(i-1).lower] {
		return Expression{}, 0
	}
	back := (int(f.ref.Weekday()) - int(time.Saturday) + 7) % 7
	sat := f.ref.AddDate(0, 0, -back)
	return Expression{From: sat, To: sat.AddDate(0, 0, 1), Precision: Range, Reason: "'the weekend': the latest Saturday not after the article's day and the Sunday after it"}, 2
}

// ago matches "three days ago", "two years ago", "a week ago".
func (f *finder) ago(i int) (Expression, int) {
	// "ago" is tested first: match tries every word, and few are two
	// before an "ago", so most are spared the look-up of a number word.
	if f.at(i+2).lower != "ago" {
		return Expression{}, 0
	}
	n := f.at(i).num
	if v, ok := numberWords[f.at(i).lower]; ok {
		n = v
	}
	if n <= 0 || n > 1000 {
		return Expression{}, 0
	}
	reason := "'" + f.text[f.at(i).start:f.at(i+2).end] + "' from the article's day"
	switch strings.TrimSuffix(f.at(i+1).lower, "s") {
	case "day":
		return f.day(f.ref.AddDate(0, 0, -n), reason), 3
	case "week":
		end := f.ref.AddDate(0, 0, -7*n)
		return Expression{From: end.AddDate(0, 0, -3), To: end.AddDate(0, 0, 3), Precision: Week, Reason: reason}, 3
	case "month":
		t := f.ref.AddDate(0, -n, 0)
		return f.month(t.Year(), t.Month(), reason), 3
	case "year":
		return f.year(f.ref.Year()-n, reason), 3
	case "decade":
		return f.span(f.ref.Year()-10*n-5, f.ref.Year()-10*n+5, reason), 3
	}
	return Expression{}, 0
}

// anchor returns the day that "the same day" or "a week later" at byte
// offset at counts from: the expression found just before, when it is a
// day and lies in the same paragraph or the one before. Otherwise what
// the words count from is not clear and ok is false.
func (f *finder) anchor(at int) (time.Time, string, bool) {
	p := f.prev
	if p == nil || p.Precision != Day || p.End > at {
		return time.Time{}, "", false
	}
	if strings.Count(f.text[p.End:at], "\n\n") > 1 || strings.Count(f.text[p.End:at], "\n") > 2 {
		return time.Time{}, "", false
	}
	return p.From, p.Text, true
}

// sameDay matches "the same day", "the next day" and "the following
// day", counted from the day named just before (see anchor).
func (f *finder) sameDay(i int) (Expression, int) {
	off, n := f.sameDayWords(i)
	if n == 0 {
		return Expression{}, 0
	}
	t, text, ok := f.anchor(int(f.at(i).start))
	if !ok {
		return Expression{}, 0
	}
	phrase := "'the " + f.at(i+1).lower + " day'"
	return f.day(t.AddDate(0, 0, off), phrase+" from the day named before ("+text+")"), n
}

// sameDayWords matches the words of "the same day" (0 days on) and "the
// next day" (1) at i, whatever comes before them.
func (f *finder) sameDayWords(i int) (days, n int) {
	if f.at(i).lower != "the" || f.at(i+2).lower != "day" {
		return 0, 0
	}
	switch f.at(i + 1).lower {
	case "same":
		return 0, 3
	case "next", "following":
		return 1, 3
	}
	return 0, 0
}

// later matches "two days later", "a week later" and, closing a clause,
// "a day after": counted from the day named just before (see anchor).
// "A week after the vote" counts from the vote, which this package does
// not know, and is no match.
func (f *finder) later(i int) (Expression, int) {
	days, n := f.laterWords(i)
	if n == 0 {
		return Expression{}, 0
	}
	t, text, ok := f.anchor(int(f.at(i).start))
	if !ok {
		return Expression{}, 0
	}
	reason := "'" + f.text[f.at(i).start:f.at(i+2).end] + "' from the day named before (" + text + ")"
	return f.day(t.AddDate(0, 0, days), reason), n
}

// laterWords matches the words of "two days later" or a clause-closing
// "a week after" at i and returns the days they count on.
//
// The closing word is tested first, as in ago: most words are two before
// neither, and are spared the look-up of a number word.
func (f *finder) laterWords(i int) (days, n int) {
	switch f.at(i + 2).lower {
	case "later":
	case "after":
		if nx := f.at(i + 3).lower; nx != "," && nx != "." && nx != "" {
			return 0, 0
		}
	default:
		return 0, 0
	}
	k := f.at(i).num
	if v, ok := numberWords[f.at(i).lower]; ok {
		k = v
	}
	if w := f.at(i).lower; k <= 0 || k > 60 || w == "several" || w == "few" {
		return 0, 0 // "several days later" is no day
	}
	switch strings.TrimSuffix(f.at(i+1).lower, "s") {
	case "day":
		return k, 3
	case "week":
		return 7 * k, 3
	}
	return 0, 0
}

// CountsFromBefore reports whether text holds words that count from a day
// named before them ("the same day", "two days later"), resolved or not.
// A deed dated by such words that Find could not resolve is best left
// undated: they say it was not the article's day.
func CountsFromBefore(text string) bool {
	if len(text) > MaxText {
		text = text[:MaxText]
	}
	f := finder{text: text, words: words(text)}
	for i := range f.words {
		if _, n := f.sameDayWords(i); n > 0 {
			return true
		}
		if _, n := f.laterWords(i); n > 0 {
			return true
		}
	}
	return false
}

// CountsFromDeed reports whether text holds words that count a time from
// a deed they name rather than from a day: "two weeks after the talks
// collapsed", "days before the vote", "a month after the coup" ("hours
// after" is left out: it is most often the same day). The day
// they give is that deed's, which Find does not know, and it is not the
// article's: a deed dated only by such words is best left undated.
func CountsFromDeed(text string) bool {
	if len(text) > MaxText {
		text = text[:MaxText]
	}
	f := finder{text: text, words: words(text)}
	for i := range f.words {
		if _, ok := f.countedFromDeed(i); ok {
			return true
		}
	}
	return false
}

// A DeedCount is the words of CountsFromDeed that count a time from a
// deed: "two weeks after", "days before".
type DeedCount struct {
	// Span holds the count, its unit and "after" or "before".
	model.Span
	// N is the count when it is exact ("two weeks", "a month", "3
	// days"), 0 when it is not ("several days", "days", "about two
	// weeks", "less than a year").
	N int
	// Unit is "day", "week", "month" or "year".
	Unit string
	// Before is set for "before", unset for "after".
	Before bool
}

// DeedCounts returns the words of CountsFromDeed in text, in order, with
// what they count: a caller that knows the deed they count from can date
// the other deed by them.
func DeedCounts(text string) []DeedCount {
	if len(text) > MaxText {
		text = text[:MaxText]
	}
	f := finder{text: text, words: words(text)}
	var out []DeedCount
	for i, w := range f.words {
		if n := len(out); n > 0 && int(w.start) < out[n-1].End {
			continue // the "weeks after" of "two weeks after"
		}
		if c, ok := f.countedFromDeed(i); ok {
			out = append(out, c)
		}
	}
	return out
}

// roughWords before a count make it approximate: "less than two weeks
// after", "about a year after".
var roughWords = map[string]bool{
	"than": true, "about": true, "nearly": true, "almost": true, "some": true, "around": true,
	"roughly": true, "over": true, "under": true, "approximately": true, "barely": true, "just": true,
}

// countedFromDeed reads the words of CountsFromDeed at word i.
func (f *finder) countedFromDeed(i int) (DeedCount, bool) {
	w := f.at(i)
	n, ok := numberWords[w.lower]
	if !ok {
		n = w.num
		switch w.lower {
		case "days", "weeks", "months":
		default:
			if n <= 0 {
				return DeedCount{}, false
			}
		}
	}
	j := i + 1
	if w.lower == "days" || w.lower == "weeks" || w.lower == "months" {
		j, n = i, 0 // "days after the vote"
	}
	unit := strings.TrimSuffix(f.at(j).lower, "s")
	switch unit {
	case "day", "week", "month", "year":
	default:
		return DeedCount{}, false
	}
	rel := f.at(j + 1)
	if rel.lower != "after" && rel.lower != "before" {
		return DeedCount{}, false
	}
	next := f.at(j + 2)
	if next.lower == "" || next.lower == "," || next.lower == "." || next.lower == "-" {
		return DeedCount{}, false
	}
	if w.lower == "several" || w.lower == "few" || roughWords[f.at(i-1).lower] {
		n = 0
	}
	return DeedCount{Span: model.Span{Start: int(w.start), End: int(rel.end)}, N: n, Unit: unit, Before: rel.lower == "before"}, true
}
