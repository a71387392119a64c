package event

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// TestAnnotationArticles scores tiny annotations B against tiny
// annotations A through AnnotationArticles and EvalCorpus, as casus eval
// events --gold A --against B does.
func TestAnnotationArticles(t *testing.T) {
	row := func(file, snippet, src, tgt, code, date string, bg bool, status string) GoldEvent {
		return GoldEvent{File: file, Snippet: snippet, Source: src, Target: tgt, Code: code, Date: date, Background: bg, Status: status}
	}
	const s1, s2 = "France expelled a Russian diplomat", "Russia condemned the decision"
	day := map[string]time.Time{
		"a.txt": time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC),
		"b.txt": time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC),
	}
	tests := []struct {
		name                   string
		a, b                   []GoldEvent
		exact, conv, root      Tally
		status, dated, backdtd int
		bgToday                int
		articles               int // 0: the files day names
	}{
		{
			name:   "identical",
			a:      []GoldEvent{row("a.txt", s1, "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted"), row("a.txt", s2, "RUS", "FRA", "111", "2024-05-27", false, "asserted")},
			b:      []GoldEvent{row("a.txt", s1, "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted"), row("a.txt", s2, "RUS", "FRA", "111", "2024-05-27", false, "asserted")},
			exact:  Tally{Expected: 2, Found: 2, Coded: 2},
			conv:   Tally{Expected: 2, Found: 2, Coded: 2},
			root:   Tally{Expected: 2, Found: 2, Coded: 2},
			status: 2, dated: 2, backdtd: 2,
		},
		{
			name:  "child of a three-digit code matches by convention",
			a:     []GoldEvent{row("a.txt", s2, "PER", "CHL", "112", "", false, "asserted")},
			b:     []GoldEvent{row("a.txt", s2, "PER", "CHL", "1122", "", false, "asserted")},
			exact: Tally{Expected: 1, Extra: 1, Coded: 1},
			conv:  Tally{Expected: 1, Found: 1, Coded: 1},
			root:  Tally{Expected: 1, Found: 1, Coded: 1},
		},
		{
			name:  "a three-digit code does not match a four-digit one",
			a:     []GoldEvent{row("a.txt", s2, "PER", "CHL", "1122", "", false, "asserted")},
			b:     []GoldEvent{row("a.txt", s2, "PER", "CHL", "112", "", false, "asserted")},
			exact: Tally{Expected: 1, Extra: 1, Coded: 1},
			conv:  Tally{Expected: 1, Extra: 1, Coded: 1},
			root:  Tally{Expected: 1, Found: 1, Coded: 1},
		},
		{
			name:   "the reverse of a matched mutual event is set aside",
			a:      []GoldEvent{row("a.txt", "held talks", "ARM", "AZE", "046", "", false, "asserted")},
			b:      []GoldEvent{row("a.txt", "held talks", "ARM", "AZE", "046", "", false, "asserted"), row("a.txt", "held talks", "AZE", "ARM", "046", "", false, "asserted")},
			exact:  Tally{Expected: 1, Found: 1, Extra: 1, Coded: 2},
			conv:   Tally{Expected: 1, Found: 1, Coded: 1},
			root:   Tally{Expected: 1, Found: 1, Extra: 1, Coded: 2},
			status: 1, dated: 1, backdtd: 1,
		},
		{
			name:   "further parties of one snippet are set aside",
			a:      []GoldEvent{row("a.txt", "France, Germany and Italy condemned Russia", "FRA", "RUS", "111", "", false, "asserted")},
			b:      []GoldEvent{row("a.txt", "France, Germany and Italy condemned Russia", "FRA", "RUS", "111", "", false, "asserted"), row("a.txt", "France, Germany and Italy condemned Russia", "DEU", "RUS", "111", "", false, "asserted"), row("a.txt", "France, Germany and Italy condemned Russia", "ITA", "RUS", "111", "", false, "asserted")},
			exact:  Tally{Expected: 1, Found: 1, Extra: 2, Coded: 3},
			conv:   Tally{Expected: 1, Found: 1, Coded: 1},
			root:   Tally{Expected: 1, Found: 1, Extra: 2, Coded: 3},
			status: 1, dated: 1, backdtd: 1,
		},
		{
			name:   "a party of another snippet is not",
			a:      []GoldEvent{row("a.txt", "France condemned Russia", "FRA", "RUS", "111", "", false, "asserted")},
			b:      []GoldEvent{row("a.txt", "France condemned Russia", "FRA", "RUS", "111", "", false, "asserted"), row("a.txt", "Germany condemned Russia", "DEU", "RUS", "111", "", false, "asserted")},
			exact:  Tally{Expected: 1, Found: 1, Extra: 1, Coded: 2},
			conv:   Tally{Expected: 1, Found: 1, Extra: 1, Coded: 2},
			root:   Tally{Expected: 1, Found: 1, Extra: 1, Coded: 2},
			status: 1, dated: 1, backdtd: 1,
		},
		{
			name: "status, dates and background",
			a: []GoldEvent{
				row("a.txt", s1, "FRA", "RUSGOV", "174", "2024-05", false, "claimed"),               // B is more precise: agrees
				row("a.txt", s2, "RUS", "FRA", "111", "2024-05-27", false, "asserted"),              // B is less precise: does not
				row("b.txt", "fought a war", "RUS", "GEO", "190", "2008/2008-08", true, "asserted"), // a range agrees with its first end
			},
			b: []GoldEvent{
				row("a.txt", s1, "FRA", "RUSGOV", "174", "2024-05-27", true, "asserted"), // background on the article's day
				row("a.txt", s2, "RUS", "FRA", "111", "2024-05", false, "asserted"),
				row("b.txt", "fought a war", "RUS", "GEO", "190", "2008-08", true, "asserted"),
			},
			exact:  Tally{Expected: 3, Found: 3, Coded: 3},
			conv:   Tally{Expected: 3, Found: 3, Coded: 3},
			root:   Tally{Expected: 3, Found: 3, Coded: 3},
			status: 2, dated: 2, backdtd: 2, bgToday: 1,
		},
		{
			name:   "an undated background event in an undated article is not on its day",
			a:      []GoldEvent{row("c.txt", "had ignored proposals", "PRK", "KOR", "120", "", true, "asserted")},
			b:      []GoldEvent{row("c.txt", "had ignored proposals", "PRK", "KOR", "120", "", true, "asserted")},
			exact:  Tally{Expected: 1, Found: 1, Coded: 1},
			conv:   Tally{Expected: 1, Found: 1, Coded: 1},
			root:   Tally{Expected: 1, Found: 1, Coded: 1},
			status: 1, dated: 1, backdtd: 1, articles: 3,
		},
		{
			// One event must not vouch for two rows: the status, date
			// and background counts never exceed the matched events.
			name:   "two rows of one triple and one event agree once",
			a:      []GoldEvent{row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted"), row("a.txt", "expelled another", "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted")},
			b:      []GoldEvent{row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted")},
			exact:  Tally{Expected: 2, Found: 1, Coded: 1},
			conv:   Tally{Expected: 2, Found: 1, Coded: 1},
			root:   Tally{Expected: 2, Found: 1, Coded: 1},
			status: 1, dated: 1, backdtd: 1,
		},
		{
			name: "rows of one triple pair with the events that agree with them",
			a: []GoldEvent{
				row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "claimed"),
				row("a.txt", "had expelled one", "FRA", "RUSGOV", "174", "2019", true, "asserted"),
			},
			b: []GoldEvent{
				row("a.txt", "had expelled one", "FRA", "RUSGOV", "174", "2019", true, "asserted"),
				row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "claimed"),
			},
			exact:  Tally{Expected: 2, Found: 2, Coded: 2},
			conv:   Tally{Expected: 2, Found: 2, Coded: 2},
			root:   Tally{Expected: 2, Found: 2, Coded: 2},
			status: 2, dated: 2, backdtd: 2,
		},
		{
			// Taking the first fully agreeing event for the first row
			// would leave the second row an event whose date disagrees.
			name: "a row leaves the event another row of its triple needs",
			a: []GoldEvent{
				row("a.txt", "expelled diplomats in May", "FRA", "RUSGOV", "174", "2024-05", false, "asserted"),
				row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted"),
			},
			b: []GoldEvent{
				row("a.txt", "expelled a diplomat", "FRA", "RUSGOV", "174", "2024-05-27", false, "asserted"),
				row("a.txt", "expelled diplomats in May", "FRA", "RUSGOV", "174", "2024-05", false, "asserted"),
			},
			exact:  Tally{Expected: 2, Found: 2, Coded: 2},
			conv:   Tally{Expected: 2, Found: 2, Coded: 2},
			root:   Tally{Expected: 2, Found: 2, Coded: 2},
			status: 2, dated: 2, backdtd: 2,
		},
		{
			// compare matches a missing actor as "": pairGold must too,
			// or the row is found but its status and date never counted.
			name:   "a row without a target is found and its status and date counted",
			a:      []GoldEvent{row("a.txt", s2, "RUS", "", "111", "2024-05-27", false, "asserted")},
			b:      []GoldEvent{row("a.txt", s2, "RUS", "", "111", "2024-05-27", false, "asserted")},
			exact:  Tally{Expected: 1, Found: 1, Coded: 1},
			conv:   Tally{Expected: 1, Found: 1, Coded: 1},
			root:   Tally{Expected: 1, Found: 1, Coded: 1},
			status: 1, dated: 1, backdtd: 1,
		},
		{
			name:   "a file B leaves empty counts A's events as missed",
			a:      []GoldEvent{row("a.txt", s1, "FRA", "RUSGOV", "174", "", false, "asserted"), row("b.txt", s2, "RUS", "FRA", "111", "", false, "asserted")},
			b:      []GoldEvent{row("a.txt", s1, "FRA", "RUSGOV", "174", "", false, "asserted")},
			exact:  Tally{Expected: 2, Found: 1, Coded: 1},
			conv:   Tally{Expected: 2, Found: 1, Coded: 1},
			root:   Tally{Expected: 2, Found: 1, Coded: 1},
			status: 1, dated: 1, backdtd: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := AnnotationArticles(tt.b, day, "b.tsv")
			if err != nil {
				t.Fatal(err)
			}
			sc, err := EvalCorpus(io.Discard, "t", tt.a, arts, false)
			if err != nil {
				t.Fatal(err)
			}
			if sc.Exact != tt.exact || sc.Convention != tt.conv || sc.Root != tt.root {
				t.Errorf("exact %+v, convention %+v, root %+v; want %+v, %+v, %+v", sc.Exact, sc.Convention, sc.Root, tt.exact, tt.conv, tt.root)
			}
			if sc.Status != tt.status || sc.Dated != tt.dated || sc.Backdated != tt.backdtd || sc.BackgroundToday != tt.bgToday {
				t.Errorf("status %d, dated %d, backdated %d, background today %d; want %d, %d, %d, %d", sc.Status, sc.Dated, sc.Backdated, sc.BackgroundToday, tt.status, tt.dated, tt.backdtd, tt.bgToday)
			}
			want := tt.articles
			if want == 0 {
				want = len(day)
			}
			if sc.Articles != want {
				t.Errorf("%d articles, want %d (every file published or B names)", sc.Articles, want)
			}
		})
	}
}

func TestAnnotationArticlesVerbose(t *testing.T) {
	a := []GoldEvent{{File: "a.txt", Snippet: "Peru accused Chile", Source: "PER", Target: "CHL", Code: "112", Status: "asserted"}}
	b := []GoldEvent{{File: "a.txt", Snippet: "Peru accused Chile", Source: "PER", Target: "CHLGOV", Code: "112", Status: "asserted"}}
	arts, err := AnnotationArticles(b, nil, "second.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var w bytes.Buffer
	if _, err := EvalCorpus(&w, "second.tsv against first.tsv", a, arts, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`miss  PER CHL 112  "Peru accused Chile"`, `extra PER CHLGOV 112  "Peru accused Chile" (second.tsv)`, "second.tsv against first.tsv: 1 articles, 1 gold events, 1 coded"} {
		if !strings.Contains(w.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, w.String())
		}
	}
}

func TestGoldDateCoarseEnd(t *testing.T) {
	tests := []struct {
		in, start, end string
		ok             bool
	}{
		{"2024-03-04/2024", "2024-03-04", "2024-01-01", true},
		{"2024-03-04/2024-03", "2024-03-04", "2024-03-01", true},
		{"2024-03/2024", "2024-03-01", "2024-01-01", true},
		{"2024-03-04/2024-02", "", "", false},
		{"2024-03-04/2023", "", "", false},
	}
	for _, tt := range tests {
		start, end, precision, err := goldDate(tt.in)
		if !tt.ok {
			if !errors.Is(err, ErrGold) {
				t.Errorf("goldDate(%q): err %v, want ErrGold", tt.in, err)
			}
			continue
		}
		if err != nil || start.String() != tt.start || end.String() != tt.end || precision != "range" {
			t.Errorf("goldDate(%q) = %s, %s, %q, %v; want %s, %s, range", tt.in, start, end, precision, err, tt.start, tt.end)
		}
	}
}

func TestAnnotationArticlesBadDate(t *testing.T) {
	for _, date := range []string{"May 4", "2024-13-01", "2024-5-4", "2024-05-27/2024-01", "2024/", "20245"} {
		b := []GoldEvent{{File: "a.txt", Snippet: "s", Source: "PER", Target: "CHL", Code: "112", Date: date}}
		_, err := AnnotationArticles(b, nil, "b.tsv")
		if !errors.Is(err, ErrGold) || !strings.Contains(err.Error(), "b.tsv: a.txt") {
			t.Errorf("date %q: err %v, want ErrGold naming the file", date, err)
		}
	}
}
