package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
)

// GoldEvent is one row of the demo corpus's events.tsv.
type GoldEvent struct {
	File, Snippet, Source, Target, Code, Date string
	Background                                bool
	Status                                    string
}

// ReadGold reads a gold events file: a header line, then tab-separated
// rows of file, snippet, source, target, code, date, background, status.
func ReadGold(r io.Reader) ([]GoldEvent, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []GoldEvent
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 8 {
			return out, fmt.Errorf("events line %d: %w: %d fields, want 8", n, ErrGold, len(c))
		}
		out = append(out, GoldEvent{c[0], c[1], c[2], c[3], c[4], c[5], c[6] == "true", c[7]})
	}
	return out, sc.Err()
}

// DemoScore is the result of EvalDemo.
type DemoScore struct {
	// Exact matches file, source, target and code; Root matches file,
	// source, target and the code's two-digit root.
	Exact, Root Tally
	// Convention matches file, source and target, and a code equal to
	// gold's or a four-digit child of gold's three-digit code, and sets
	// aside the reverse of a matched symmetric event and the further
	// parties of a matched event's predicate (see compareConvention). It is a second measure beside Exact, not a
	// replacement.
	Convention Tally
	// Articles counts the articles scored.
	Articles int
	// BackgroundToday counts background events dated to their article's
	// day (GDELT's flaw; it should be zero).
	BackgroundToday int
	// Status counts matched events whose claim status agrees with gold.
	Status int
	// Dated counts matched events whose date agrees with gold's (see
	// dateAgrees), Backdated those whose background flag agrees.
	Dated, Backdated int
}

// EvalDemo scores coded articles against gold events (as ReadGold reads
// demo/gold/events.tsv).
// arts maps each gold file name to its article with Events coded and
// Published set; articles of gold files missing from arts are counted as
// coding nothing, and articles not in the gold file are ignored. It prints
// a summary to w, and with verbose the misses and extras per article.
func EvalDemo(w io.Writer, gs []GoldEvent, arts map[string]*model.Article, verbose bool) (DemoScore, error) {
	return EvalCorpus(w, "demo", gs, arts, verbose)
}

// EvalCorpus is EvalDemo for any corpus with gold events in the demo's
// format (such as event/testdata/holdout): the summary's first line
// names the corpus by label instead of "demo".
func EvalCorpus(w io.Writer, label string, gs []GoldEvent, arts map[string]*model.Article, verbose bool) (DemoScore, error) {
	var sc DemoScore
	byFile := map[string][]GoldEvent{}
	for _, g := range gs {
		byFile[g.File] = append(byFile[g.File], g)
	}
	for _, f := range unionKeys(byFile, arts) {
		want := byFile[f]
		art := arts[f]
		var evs []model.Event
		if art != nil {
			evs = art.Events
			sc.Articles++
			day := model.Day(art.Published.Time).String()
			for _, e := range evs {
				if e.Background && !e.Date.IsZero() && e.Date.String() == day {
					sc.BackgroundToday++
				}
			}
		}
		var exp []Triple
		for _, g := range want {
			exp = append(exp, Triple{g.Source, g.Target, g.Code})
		}
		got := Triples(evs)
		t := compare(exp, got)
		sc.Exact.add(t)
		sc.Root.add(compare(roots(exp), roots(got)))
		preds := make([]model.Span, len(evs))
		for i, e := range evs {
			preds[i] = e.Evidence.Predicate
		}
		sc.Convention.add(compareConvention(exp, got, preds))
		pair := pairGold(want, evs)
		for gi, g := range want {
			if i := pair[gi]; i >= 0 {
				sc.Status += b2i(evs[i].Status == g.Status)
				sc.Dated += b2i(dateAgrees(g.Date, evs[i]))
				sc.Backdated += b2i(evs[i].Background == g.Background)
			}
		}
		if verbose && (t.Found < t.Expected || t.Extra > 0) {
			fmt.Fprintf(w, "%s\n", f)
			used := make([]bool, len(got))
			for _, g := range want {
				hit := false
				for i, x := range got {
					if !used[i] && x == (Triple{g.Source, g.Target, g.Code}) {
						used[i], hit = true, true
						break
					}
				}
				if !hit {
					fmt.Fprintf(w, "  miss  %s %s %s  %q\n", g.Source, g.Target, g.Code, g.Snippet)
				}
			}
			for i, x := range got {
				if !used[i] {
					fmt.Fprintf(w, "  extra %s %s %s  %q (%s)\n", x.Source, x.Target, x.Code, trim(evs[i].Sentence, 90), evs[i].Pattern)
				}
			}
			// Matched events whose claim status or date differs from gold's.
			for gi, g := range want {
				i := pair[gi]
				if i < 0 {
					continue
				}
				e := evs[i]
				if e.Status != g.Status {
					fmt.Fprintf(w, "  status %s %s %s  gold %s, coded %s  %q\n", g.Source, g.Target, g.Code, g.Status, e.Status, g.Snippet)
				}
				if !dateAgrees(g.Date, e) {
					fmt.Fprintf(w, "  date   %s %s %s  gold %s, coded %s  %q\n", g.Source, g.Target, g.Code, g.Date, e.Date.String()+" "+e.DatePrecision, g.Snippet)
				}
			}
		}
	}
	e, r := sc.Exact, sc.Root
	fmt.Fprintf(w, "%s: %d articles, %d gold events, %d coded\n", label, sc.Articles, e.Expected, e.Coded)
	fmt.Fprintf(w, "exact (file, source, target, code): recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)\n",
		100*e.Recall(), e.Found, e.Expected, 100*e.Precision(), e.Coded-e.Extra, e.Coded)
	c := sc.Convention
	fmt.Fprintf(w, "convention (child of a 3-digit gold code; matched 03-06 reverse and further parties of a matched predicate set aside): recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)\n",
		100*c.Recall(), c.Found, c.Expected, 100*c.Precision(), c.Coded-c.Extra, c.Coded)
	fmt.Fprintf(w, "root (file, source, target, root):  recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)\n",
		100*r.Recall(), r.Found, r.Expected, 100*r.Precision(), r.Coded-r.Extra, r.Coded)
	fmt.Fprintf(w, "status agrees on %d of %d matched events; background events dated to the article's day: %d\n",
		sc.Status, e.Found, sc.BackgroundToday)
	fmt.Fprintf(w, "date agrees on %d of %d matched events; background flag agrees on %d\n",
		sc.Dated, e.Found, sc.Backdated)
	return sc, nil
}

// AnnotationArticles turns an annotation (gold events as ReadGold reads
// them) into articles whose events are its rows, so that EvalCorpus can
// score one annotation against another with the very matching, status
// and date checks it applies to a coder: casus eval events --gold A
// --against B. Each article's Text is its distinct snippets, one a line,
// and an event's predicate is its snippet's span there, so rows that
// share a snippet share a predicate (as the further parties of one coded
// predicate do); Sentence is the snippet and Pattern is name. Dates are
// read as gold writes them: "2022-09-07" at day precision, "2022-09" at
// month, "2022" at year, "2022/2024-05" a range from the first end. There
// is an article for every file the annotation or published names,
// published on published's date for its file (zero where none is given).
func AnnotationArticles(gs []GoldEvent, published map[string]time.Time, name string) (map[string]*model.Article, error) {
	arts := map[string]*model.Article{}
	article := func(f string) *model.Article {
		a := arts[f]
		if a == nil {
			a = &model.Article{Doc: f}
			if t, ok := published[f]; ok {
				a.Published = model.Day(t)
			}
			arts[f] = a
		}
		return a
	}
	for f := range published {
		article(f)
	}
	spans := map[string]map[string]model.Span{}
	for _, g := range gs {
		a := article(g.File)
		if spans[g.File] == nil {
			spans[g.File] = map[string]model.Span{}
		}
		sp, ok := spans[g.File][g.Snippet]
		if !ok {
			if a.Text != "" {
				a.Text += "\n"
			}
			sp = model.Span{Start: len(a.Text), End: len(a.Text) + len(g.Snippet)}
			a.Text += g.Snippet
			spans[g.File][g.Snippet] = sp
		}
		e := model.Event{Code: g.Code, Root: root(g.Code), Status: g.Status, Background: g.Background, Sentence: g.Snippet, Pattern: name}
		e.Evidence.Predicate = sp
		if g.Source != "" {
			e.Source = &model.Actor{Code: g.Source}
		}
		if g.Target != "" {
			e.Target = &model.Actor{Code: g.Target}
		}
		var err error
		if e.Date, e.DateEnd, e.DatePrecision, err = goldDate(g.Date); err != nil {
			return nil, fmt.Errorf("%s: %s: %q: %w", name, g.File, g.Snippet, err)
		}
		a.Events = append(a.Events, e)
	}
	return arts, nil
}

// goldDate reads a gold date: empty, "YYYY-MM-DD", "YYYY-MM", "YYYY", or
// "START/END" of those (a range, dated from START).
func goldDate(s string) (start, end model.Date, precision string, err error) {
	if s == "" {
		return start, end, "", nil
	}
	first, last, isRange := strings.Cut(s, "/")
	if start, precision, err = goldDay(first); err != nil {
		return start, end, "", err
	}
	if !isRange {
		return start, end, precision, nil
	}
	var endPrecision string
	if end, endPrecision, err = goldDay(last); err != nil {
		return start, end, "", err
	}
	// A coarser end stands for its whole period: "2024-03-04/2024" ends
	// with 2024, after it starts.
	if periodEnd(end, endPrecision).Before(start.Time) {
		return start, end, "", fmt.Errorf("%w: date %q ends before it starts", ErrGold, s)
	}
	return start, end, "range", nil
}

// periodEnd is the last day of the day, month or year d begins.
func periodEnd(d model.Date, precision string) time.Time {
	switch precision {
	case "month":
		return d.Time.AddDate(0, 1, -1)
	case "year":
		return d.Time.AddDate(1, 0, -1)
	}
	return d.Time
}

// goldDay reads "YYYY-MM-DD", "YYYY-MM" or "YYYY" and its precision.
func goldDay(s string) (model.Date, string, error) {
	for _, l := range []struct{ layout, precision string }{{time.DateOnly, "day"}, {"2006-01", "month"}, {"2006", "year"}} {
		if len(s) != len(l.layout) {
			continue
		}
		if t, err := time.Parse(l.layout, s); err == nil {
			return model.Day(t), l.precision, nil
		}
	}
	return model.Date{}, "", fmt.Errorf("%w: date %q: want YYYY-MM-DD, YYYY-MM, YYYY or START/END", ErrGold, s)
}

// dateAgrees reports whether e's date agrees with a gold date written as
// "2022-09-07", "2022-09", "1986" or a range "1980/1988": e's date begins
// with gold's (a range's first end) and, unless gold is a range, is at
// least as precise ("2022-09-07" at month precision does not agree with
// gold "2022-09-07"). A gold event without a date agrees with an undated
// event only.
func dateAgrees(gold string, e model.Event) bool {
	first, _, isRange := strings.Cut(gold, "/")
	if first == "" {
		return e.Date.IsZero()
	}
	if !strings.HasPrefix(e.Date.String(), first) {
		return false
	}
	if isRange {
		return true
	}
	digits := map[string]int{"day": len("2006-01-02"), "month": len("2006-01"), "year": len("2006")}
	return digits[e.DatePrecision] >= len(first)
}

// pairGold pairs each gold row with at most one coded event of the same
// source, target and code, so that one event never vouches for two rows:
// the status, date and background counts then cover exactly the matched
// events the exact tally counts. Within a triple, rows and events are
// paired so that as many rows as possible are paired and, among such
// pairings, they agree on the most of status, date and background flag
// in all: a row does not take an event another row of its triple needs
// more. pairGold returns, per gold row, the index of its event in evs,
// or -1.
func pairGold(want []GoldEvent, evs []model.Event) []int {
	type triple struct{ source, target, code string }
	rows := map[triple][]int{}
	var order []triple
	for gi, g := range want {
		k := triple{g.Source, g.Target, g.Code}
		if _, ok := rows[k]; !ok {
			order = append(order, k)
		}
		rows[k] = append(rows[k], gi)
	}
	events := map[triple][]int{}
	for i, e := range evs {
		k := triple{actorCode(e.Source), actorCode(e.Target), e.Code}
		if _, ok := rows[k]; ok {
			events[k] = append(events[k], i)
		}
	}
	pair := make([]int, len(want))
	for i := range pair {
		pair[i] = -1
	}
	for _, k := range order {
		rs, es := rows[k], events[k]
		agree := func(r, e int) int {
			g, ev := want[rs[r]], evs[es[e]]
			return b2i(ev.Status == g.Status) + b2i(dateAgrees(g.Date, ev)) + b2i(ev.Background == g.Background)
		}
		for r, e := range assign(len(rs), len(es), agree) {
			if e >= 0 {
				pair[rs[r]] = es[e]
			}
		}
	}
	return pair
}

// maxAssignEvents bounds the events of one triple that assign pairs
// exactly; past it (no gold file comes near) it pairs greedily.
const maxAssignEvents = 12

// assign pairs rows 0..nr-1 with events 0..ne-1, each used at most once,
// pairing min(nr, ne) rows and, among such pairings, maximising the sum
// of weight(row, event) (0 to 3). It returns the event of each row, or
// -1. It searches every subset of events (ne <= maxAssignEvents), row by
// row, keeping the best sum for each set of used events.
func assign(nr, ne int, weight func(r, e int) int) []int {
	out := make([]int, nr)
	for i := range out {
		out[i] = -1
	}
	if ne == 0 {
		return out
	}
	if ne > maxAssignEvents {
		used := make([]bool, ne)
		for r := range nr {
			best, bestW := -1, -1
			for e := range ne {
				if w := weight(r, e); !used[e] && w > bestW {
					best, bestW = e, w
				}
			}
			if best >= 0 {
				out[r], used[best] = best, true
			}
		}
		return out
	}
	// score[m] is the best (pairs, weight) over the rows done so far with
	// events m used; -1 pairs marks an unreachable m. A pair counts more
	// than any weight, so score is pairs*4*(nr+1) + weight.
	const unreached = -1
	full := 1 << ne
	unit := 4 * (nr + 1)
	score := make([]int, full)
	for m := range score {
		score[m] = unreached
	}
	score[0] = 0
	// choice[r][m] is the event row r took to reach m (-1 none).
	choice := make([][]int8, nr)
	for r := range nr {
		next := make([]int, full)
		for m := range next {
			next[m] = unreached
		}
		choice[r] = make([]int8, full)
		for m := range choice[r] {
			choice[r][m] = -2
		}
		for m, sc := range score {
			if sc == unreached {
				continue
			}
			if sc > next[m] {
				next[m], choice[r][m] = sc, -1
			}
			for e := range ne {
				if m&(1<<e) != 0 {
					continue
				}
				nm := m | 1<<e
				if v := sc + unit + weight(r, e); v > next[nm] {
					next[nm], choice[r][nm] = v, int8(e)
				}
			}
		}
		score = next
	}
	best := 0
	for m, sc := range score {
		if sc > score[best] {
			best = m
		}
	}
	for r := nr - 1; r >= 0; r-- {
		e := choice[r][best]
		if e >= 0 {
			out[r] = int(e)
			best &^= 1 << e
		}
	}
	return out
}

// actorCode is a's code, "" for no actor, as Triples reads it for the
// exact tally.
func actorCode(a *model.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
