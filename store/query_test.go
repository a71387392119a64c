package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

func day(s string) model.Date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return model.Day(t)
}

func actor(code, name, country string) *model.Actor {
	return &model.Actor{Code: code, Name: name, Country: country}
}

// queryFixture is three articles with events and quotes written for the
// read-query tests. Each event's sentence names it.
// queryStore opens a new store of b holding queryFixture's articles.
func queryStore(t *testing.T, b backend) Store {
	t.Helper()
	st := b.open(t)
	if _, err := st.PutArticles(context.Background(), queryFixture()); err != nil {
		t.Fatal(err)
	}
	return st
}

func queryFixture() []*model.Article {
	return []*model.Article{
		{
			Doc: "a1", URL: "https://valmora.example/1", Title: "Albania cuts ties", Publisher: "Valmora Daily",
			Published: day("2024-05-03"),
			Text:      "Albania severed diplomatic ties with Iran on Wednesday. Iran accused Albania of lying. \"We will not be intimidated,\" Rama said.",
			Events: []model.Event{
				{Source: actor("ALBGOV", "Albanian government", "ALB"), Target: actor("IRN", "Iran", "IRN"),
					Code: "161", Root: "16", QuadClass: 4, Goldstein: -4, Date: day("2024-05-02"), DatePrecision: "day",
					Status: model.Asserted, Sentence: "A1E0 Albania severed diplomatic ties with Iran on Wednesday.",
					Location: &model.Place{Name: "Tirana", Country: "ALB", Lat: 41.33, Lon: 19.82}},
				{Source: actor("IRN", "Iran", "IRN"), Target: actor("ALB", "Albania", "ALB"),
					Code: "112", Root: "11", QuadClass: 3, Goldstein: -2, Date: day("2024-05-03"), DatePrecision: "day",
					Status: model.Claimed, Sentence: "A1E1 Iran accused Albania of lying."},
				{Source: actor("USA", "United States", "USA"), Target: actor("ALB", "Albania", "ALB"),
					Code: "051", Root: "05", QuadClass: 1, Goldstein: 3.5, Date: day("1986-01-01"), DatePrecision: "year",
					Background: true, Status: model.Asserted, Sentence: "A1E2 In 1986 the United States praised Albania."},
			},
			Quotes: []model.Quote{{Speaker: model.Speaker{Name: "Edi Rama", Actor: "ALBGOV", Country: "ALB"},
				Text: "We will not be intimidated", Direct: true, Cue: "said", Span: model.Span{Start: 88, End: 116}}},
		},
		{
			Doc: "a2", URL: "https://tehran.example/2", Title: "Tehran responds", Publisher: "Tehran Times",
			Published: day("2024-05-10"),
			Text:      "Iran offered talks to Albania. Albania threatened to use force. Kanaani said Iran wanted calm.",
			Events: []model.Event{
				{Source: actor("IRNGOV", "Iranian government", "IRN"), Target: actor("ALB", "Albania", "ALB"),
					Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: day("2024-05-09"), DatePrecision: "day",
					Status: model.Asserted, Sentence: "A2E0 Iran offered talks to Albania.",
					Location: &model.Place{Name: "Tehran", Country: "IRN", Lat: 35.69, Lon: 51.42}},
				{Source: actor("ALB", "Albania", "ALB"), Target: actor("IRN", "Iran", "IRN"),
					Code: "190", Root: "19", QuadClass: 4, Goldstein: -10, Date: day("2024-05-10"), DatePrecision: "day",
					Status: model.Hypothetical, Sentence: "A2E1 Albania threatened to use force."},
			},
			Quotes: []model.Quote{{Speaker: model.Speaker{Name: "Nasser Kanaani", Actor: "IRNGOV"},
				Text: "Iran wanted calm", Direct: false, Cue: "said", Span: model.Span{Start: 77, End: 93}}},
		},
		{
			Doc: "a3", URL: "https://valmora.example/3", Title: "UN statement", Publisher: "Valmora Daily",
			Published: day("2024-06-01"),
			Text:      "The United Nations made a statement.",
			Events: []model.Event{
				{Source: actor("UNO", "United Nations", ""), Code: "010", Root: "01", QuadClass: 1, Goldstein: 0,
					Status: model.Asserted, Sentence: "A3E0 The United Nations made a statement. 100% _sure_"},
			},
		},
	}
}

// names returns the names (sentence prefixes) of a page's events.
func names(hits []EventHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, strings.Fields(h.Sentence)[0])
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func TestEventFilters(t *testing.T) {
	tests := []struct {
		name string
		q    EventQuery
		want []string // in Newest order
	}{
		{"all", EventQuery{}, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A1E2", "A3E0"}},
		{"actor code prefix", EventQuery{Actor: "irn"}, []string{"A2E1", "A2E0", "A1E1", "A1E0"}},
		{"actor name", EventQuery{Actor: "ALBANIAN GOV"}, []string{"A1E0"}},
		{"actor unknown", EventQuery{Actor: "ZZZQQ"}, nil},
		{"actor's country codes", EventQuery{Actor: "Persia", ActorCodes: "irn"}, []string{"A2E1", "A2E0", "A1E1", "A1E0"}},
		{"actor's country codes and name", EventQuery{Actor: "United", ActorCodes: "ALB,ALBX"}, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A1E2", "A3E0"}},
		{"actor codes without actor", EventQuery{ActorCodes: "USA"}, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A1E2", "A3E0"}},
		{"source", EventQuery{Source: "ALB"}, []string{"A2E1", "A1E0"}},
		{"target", EventQuery{Target: "ALB"}, []string{"A2E0", "A1E1", "A1E2"}},
		{"source country", EventQuery{SourceCountry: "irn"}, []string{"A2E0", "A1E1"}},
		{"target country", EventQuery{TargetCountry: "IRN"}, []string{"A2E1", "A1E0"}},
		{"country any side or place", EventQuery{Country: "USA"}, []string{"A1E2"}},
		{"source countries", EventQuery{SourceCountry: "zzz,irn"}, []string{"A2E0", "A1E1"}},
		{"target countries", EventQuery{TargetCountry: "IRN, USA"}, []string{"A2E1", "A1E0"}},
		{"countries any side or place", EventQuery{Country: "USA,ZZZ"}, []string{"A1E2"}},
		{"countries none", EventQuery{Country: "ZZZ,QQQ"}, nil},
		{"code prefix", EventQuery{Code: "19"}, []string{"A2E1"}},
		{"code exact", EventQuery{Code: "161"}, []string{"A1E0"}},
		{"root", EventQuery{Root: "16"}, []string{"A1E0"}},
		{"quad classes", EventQuery{QuadClasses: []int{3, 4}}, []string{"A2E1", "A1E1", "A1E0"}},
		{"goldstein min", EventQuery{MinGoldstein: ptr(0.0)}, []string{"A2E0", "A1E2", "A3E0"}},
		{"goldstein max", EventQuery{MaxGoldstein: ptr(-3.0)}, []string{"A2E1", "A1E0"}},
		{"goldstein range", EventQuery{MinGoldstein: ptr(-4.0), MaxGoldstein: ptr(-2.0)}, []string{"A1E1", "A1E0"}},
		{"dates", EventQuery{From: day("2024-05-03").Time, To: day("2024-05-10").Time}, []string{"A2E0", "A1E1"}},
		{"from excludes undated", EventQuery{From: day("1900-01-01").Time}, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A1E2"}},
		{"statuses", EventQuery{Statuses: []string{model.Claimed, model.Hypothetical}}, []string{"A2E1", "A1E1"}},
		{"background", EventQuery{Background: ptr(true)}, []string{"A1E2"}},
		{"not background", EventQuery{Background: ptr(false)}, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A3E0"}},
		{"publisher", EventQuery{Publisher: "tehran TIMES"}, []string{"A2E1", "A2E0"}},
		{"text", EventQuery{Text: "SEVERED diplomatic"}, []string{"A1E0"}},
		{"text wildcard is literal", EventQuery{Text: "%"}, []string{"A3E0"}},
		{"text underscore is literal", EventQuery{Text: "_sure_"}, []string{"A3E0"}},
		{"text SQL", EventQuery{Text: "'); DROP TABLE events; --"}, nil},
		{"combined", EventQuery{Actor: "IRN", QuadClasses: []int{4}}, []string{"A2E1", "A1E0"}},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st := b.open(t)
		ctx := context.Background()
		res, err := st.PutArticles(ctx, queryFixture())
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				page, err := st.Events(ctx, tt.q)
				if err != nil {
					t.Fatal(err)
				}
				if got := names(page.Events); !slices.Equal(got, tt.want) {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			})
		}
		page, err := st.Events(ctx, EventQuery{ArticleID: res[1].ID, Sort: Oldest})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(page.Events); !slices.Equal(got, []string{"A2E0", "A2E1"}) {
			t.Errorf("article %d: got %v", res[1].ID, got)
		}
		h := page.Events[0]
		if h.Article.Title != "Tehran responds" || h.Article.Publisher != "Tehran Times" || h.Article.Published != day("2024-05-10") ||
			h.Source.Name != "Iranian government" || h.Location == nil || h.Location.Name != "Tehran" {
			t.Errorf("hit lacks its article or event fields: %+v", h)
		}
	})
}

func TestEventSortAndPaging(t *testing.T) {
	tests := []struct {
		sort EventSort
		want []string
	}{
		{Newest, []string{"A2E1", "A2E0", "A1E1", "A1E0", "A1E2", "A3E0"}},
		{Oldest, []string{"A3E0", "A1E2", "A1E0", "A1E1", "A2E0", "A2E1"}},
		{MostConflict, []string{"A2E1", "A1E0", "A1E1", "A3E0", "A2E0", "A1E2"}},
		{MostCooperation, []string{"A1E2", "A2E0", "A3E0", "A1E1", "A1E0", "A2E1"}},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := queryStore(t, b), context.Background()
		for _, tt := range tests {
			for _, limit := range []int{1, 2, 4, 6, 100} {
				var got []string
				q := EventQuery{Sort: tt.sort, Limit: limit}
				for pages := 0; ; pages++ {
					if pages > 10 {
						t.Fatalf("%s limit %d: paging does not end", tt.sort, limit)
					}
					page, err := st.Events(ctx, q)
					if err != nil {
						t.Fatalf("%s limit %d: %v", tt.sort, limit, err)
					}
					if len(page.Events) > limit {
						t.Errorf("%s limit %d: page of %d", tt.sort, limit, len(page.Events))
					}
					got = append(got, names(page.Events)...)
					if page.Next == "" {
						break
					}
					q.Cursor = page.Next
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("%s limit %d: got %v, want %v", tt.sort, limit, got, tt.want)
				}
			}
		}
		// A cursor belongs to its sort.
		page, err := st.Events(ctx, EventQuery{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Events(ctx, EventQuery{Cursor: page.Next, Sort: MostConflict}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("newest cursor under conflict sort: %v, want ErrBadCursor", err)
		}
		for _, c := range []string{"x", "!!", "ZTF8bmV3ZXN0fHx8", (eventCursor{Newest, "2024-01-01", 0, 1}).String(),
			(eventCursor{MostConflict, "NaN", 1, 1}).String(), (eventCursor{Newest, "yesterday", 1, 1}).String()} {
			if _, err := st.Events(ctx, EventQuery{Cursor: c, Sort: c0sort(c)}); !errors.Is(err, ErrBadCursor) {
				t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
			}
		}
		if _, err := st.Events(ctx, EventQuery{Sort: "random"}); !errors.Is(err, ErrBadQuery) {
			t.Errorf("unknown sort: %v, want ErrBadQuery", err)
		}
	})
}

// c0sort returns the sort a test cursor claims, so the bad cursors above
// fail for their content, not for their sort.
func c0sort(c string) EventSort {
	if strings.HasPrefix(c, "ZTF8Y29uZmxpY3") {
		return MostConflict
	}
	return Newest
}

func TestTimeline(t *testing.T) {
	utc := func(s string) time.Time { return day(s).Time }
	tests := []struct {
		iv   Interval
		q    EventQuery
		want []Bucket
	}{
		{Month, EventQuery{}, []Bucket{
			{Start: utc("1986-01-01"), Count: 1, Quad: [4]int64{1, 0, 0, 0}, Goldstein: 3.5},
			{Start: utc("2024-05-01"), Count: 4, Quad: [4]int64{1, 0, 1, 2}, Goldstein: (-4 - 2 + 1.9 - 10) / 4},
		}},
		{Week, EventQuery{From: utc("2024-01-01")}, []Bucket{
			{Start: utc("2024-04-29"), Count: 2, Quad: [4]int64{0, 0, 1, 1}, Goldstein: -3},
			{Start: utc("2024-05-06"), Count: 2, Quad: [4]int64{1, 0, 0, 1}, Goldstein: (1.9 - 10) / 2},
		}},
		{Day, EventQuery{Actor: "USA"}, []Bucket{
			{Start: utc("1986-01-01"), Count: 1, Quad: [4]int64{1, 0, 0, 0}, Goldstein: 3.5},
		}},
		{Day, EventQuery{Actor: "nobody at all"}, nil},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := queryStore(t, b), context.Background()
		for _, tt := range tests {
			got, err := st.Timeline(ctx, tt.q, tt.iv)
			if err != nil {
				t.Fatalf("%s %+v: %v", tt.iv, tt.q, err)
			}
			if len(got) != len(tt.want) {
				t.Errorf("%s %+v: got %+v, want %+v", tt.iv, tt.q, got, tt.want)
				continue
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if !g.Start.Equal(w.Start) || g.Count != w.Count || g.Quad != w.Quad || !approx(g.Goldstein, w.Goldstein) {
					t.Errorf("%s %+v bucket %d: got %+v, want %+v", tt.iv, tt.q, i, g, w)
				}
			}
		}
		if _, err := st.Timeline(ctx, EventQuery{}, "fortnight"); !errors.Is(err, ErrBadQuery) {
			t.Errorf("unknown interval: %v", err)
		}
	})
}

func approx(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestGroupNames checks that a group of actors or pairs names an actor
// by the name more than half its mentions in the group give it, and
// leaves the name empty when none does: IRNGOV, named "Embassy" in two
// of four events and after two officials in the others, has no name.
func TestGroupNames(t *testing.T) {
	ev := func(src, srcName, tgt, tgtName string) model.Event {
		return model.Event{Source: actor(src, srcName, ""), Target: actor(tgt, tgtName, ""), Code: "042", Root: "04",
			QuadClass: 1, Goldstein: 1.9, Date: day("2024-05-01"), DatePrecision: "day", Status: model.Asserted, Sentence: "s"}
	}
	arts := []*model.Article{{Doc: "n1", URL: "https://valmora.example/n1", Title: "Visits", Published: day("2024-05-01"), Text: "s",
		Events: []model.Event{
			ev("IRNGOV", "Masoud Pezeshkian", "RUS", "Russia"),
			ev("IRNGOV", "Embassy", "RUS", "Russia"),
			ev("ALB", "Albania", "IRNGOV", "Embassy"),
			ev("RUS", "Russia", "IRNGOV", "Esmaeil Baghaei"),
			ev("AZE", "Azerbaijan", "RUS", "Russia"),
			ev("AZE", "Ilham Aliyev", "ALB", "Albania"),
			ev("AZE", "Azerbaijan", "ALB", "Albania"),
		}}}
	tests := []struct {
		by   GroupBy
		q    EventQuery
		want []string // key=name[>target=name]
	}{
		{ByActor, EventQuery{}, []string{"IRNGOV=", "RUS=Russia", "ALB=Albania", "AZE=Azerbaijan"}},
		{ByActor, EventQuery{Source: "AZE"}, []string{"AZE=Azerbaijan", "ALB=Albania", "RUS=Russia"}},
		{ByPair, EventQuery{}, []string{"AZE=>ALB=Albania", "IRNGOV=>RUS=Russia", "ALB=Albania>IRNGOV=Embassy",
			"AZE=Azerbaijan>RUS=Russia", "RUS=Russia>IRNGOV=Esmaeil Baghaei"}},
		{ByPair, EventQuery{Target: "RUS"}, []string{"IRNGOV=>RUS=Russia", "AZE=Azerbaijan>RUS=Russia"}},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := b.open(t), context.Background()
		if _, err := st.PutArticles(ctx, arts); err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			gs, err := st.Groups(ctx, tt.q, tt.by, 0)
			if err != nil {
				t.Fatalf("%s: %v", tt.by, err)
			}
			var got []string
			for _, g := range gs {
				k := g.Key + "=" + g.Name
				if g.Target != "" {
					k += ">" + g.Target + "=" + g.TargetName
				}
				got = append(got, k)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s %+v: got %v, want %v", tt.by, tt.q, got, tt.want)
			}
		}
	})
}

// TestGroupNamesMany checks that an unlimited grouping with more actors
// than nameGroups lists in one IN condition still names each group by
// its own mentions: every odd actor is named twice the same way, every
// even one once each of two ways (so no name).
func TestGroupNamesMany(t *testing.T) {
	n := maxNamedCodes + 100
	art := &model.Article{Doc: "many", URL: "https://valmora.example/many", Title: "Many", Published: day("2024-05-01"), Text: "s"}
	for i := range n {
		code := fmt.Sprintf("X%04d", i)
		names := []string{"Actor " + code, "Actor " + code}
		if i%2 == 0 {
			names[1] = "Other " + code
		}
		for _, name := range names {
			art.Events = append(art.Events, model.Event{Source: actor(code, name, ""), Target: actor("ALB", "Albania", ""),
				Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: day("2024-05-01"), DatePrecision: "day",
				Status: model.Asserted, Sentence: "s " + name})
		}
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := b.open(t), context.Background()
		if _, err := st.PutArticles(ctx, []*model.Article{art}); err != nil {
			t.Fatal(err)
		}
		for _, by := range []GroupBy{ByActor, ByPair} {
			gs, err := st.Groups(ctx, EventQuery{}, by, 0)
			if err != nil {
				t.Fatalf("%s: %v", by, err)
			}
			named := 0
			for _, g := range gs {
				if g.Key == "ALB" || by == ByPair && g.TargetName != "Albania" {
					if g.Key != "ALB" {
						t.Errorf("%s %s: target named %q", by, g.Key, g.TargetName)
					}
					continue
				}
				var i int
				if _, err := fmt.Sscanf(g.Key, "X%04d", &i); err != nil {
					t.Fatalf("%s: group %q", by, g.Key)
				}
				want := "Actor " + g.Key
				if i%2 == 0 {
					want = ""
				}
				if g.Name != want {
					t.Errorf("%s %s: named %q, want %q", by, g.Key, g.Name, want)
				}
				named++
			}
			if named != n {
				t.Errorf("%s: %d actor groups, want %d", by, named, n)
			}
		}
	})
}

func TestMajority(t *testing.T) {
	tests := []struct {
		counts map[string]int64
		want   string
	}{
		{map[string]int64{}, ""},
		{map[string]int64{"": 3}, ""},
		{map[string]int64{"Iran": 1}, "Iran"},
		{map[string]int64{"Iran": 2, "": 5}, "Iran"},
		{map[string]int64{"Embassy": 1, "Masoud Pezeshkian": 1}, ""},
		{map[string]int64{"Embassy": 2, "Masoud Pezeshkian": 1, "Esmaeil Baghaei": 1}, ""},
		{map[string]int64{"Azerbaijan": 2, "Ilham Aliyev": 1}, "Azerbaijan"},
	}
	for _, tt := range tests {
		if got := majority(tt.counts); got != tt.want {
			t.Errorf("majority(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}

func TestGroups(t *testing.T) {
	tests := []struct {
		by    GroupBy
		q     EventQuery
		limit int
		want  []string // key[>target]:count:conflict
	}{
		{ByRoot, EventQuery{}, 0, []string{"01:1:0", "04:1:0", "05:1:0", "11:1:1", "16:1:1", "19:1:1"}},
		{ByActor, EventQuery{}, 2, []string{"ALB:4:2", "IRN:3:3"}},
		{ByPair, EventQuery{Actor: "ALB"}, 0, []string{"ALB>IRN:1:1", "ALBGOV>IRN:1:1", "IRN>ALB:1:1", "IRNGOV>ALB:1:0", "USA>ALB:1:0"}},
		{ByCountry, EventQuery{}, 0, []string{"ALB:1:1", "IRN:1:0"}},
		{ByPlace, EventQuery{QuadClasses: []int{4}}, 0, []string{"Tirana:1:1"}},
		{ByStatus, EventQuery{}, 0, []string{"asserted:4:1", "claimed:1:1", "hypothetical:1:1"}},
		{ByCode, EventQuery{Root: "19"}, 0, []string{"190:1:1"}},
		{ByPublisher, EventQuery{}, 0, []string{"Valmora Daily:4:2", "Tehran Times:2:1"}},
		{ByPublisher, EventQuery{QuadClasses: []int{4}}, 0, []string{"Tehran Times:1:1", "Valmora Daily:1:1"}},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := queryStore(t, b), context.Background()
		for _, tt := range tests {
			gs, err := st.Groups(ctx, tt.q, tt.by, tt.limit)
			if err != nil {
				t.Fatalf("%s: %v", tt.by, err)
			}
			var got []string
			for _, g := range gs {
				k := g.Key
				if g.Target != "" {
					k += ">" + g.Target
				}
				got = append(got, k+":"+itoa(g.Count)+":"+itoa(g.Conflict))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s %+v: got %v, want %v", tt.by, tt.q, got, tt.want)
			}
		}
		gs, err := st.Groups(ctx, EventQuery{Source: "IRN"}, ByPair, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != 2 || gs[0].Name != "Iran" || gs[0].TargetName != "Albania" || !approx(gs[0].Goldstein, -2) {
			t.Errorf("pairs from IRN: %+v", gs)
		}
		gs, err = st.Groups(ctx, EventQuery{}, ByPlace, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != 2 || gs[0].Key != "Tehran" || gs[0].Country != "IRN" || !approx(gs[0].Lat, 35.69) || !approx(gs[0].Lon, 51.42) {
			t.Errorf("places: %+v", gs)
		}
		if _, err := st.Groups(ctx, EventQuery{}, "colour", 0); !errors.Is(err, ErrBadQuery) {
			t.Errorf("unknown grouping: %v", err)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		q    QuoteQuery
		want []string // texts, newest article first
	}{
		{"all", QuoteQuery{}, []string{"Iran wanted calm", "We will not be intimidated"}},
		{"speaker name", QuoteQuery{Speaker: "rama"}, []string{"We will not be intimidated"}},
		{"speaker actor", QuoteQuery{Speaker: "irngov"}, []string{"Iran wanted calm"}},
		{"speaker unknown", QuoteQuery{Speaker: "Nobody"}, nil},
		{"direct", QuoteQuery{Direct: ptr(true)}, []string{"We will not be intimidated"}},
		{"indirect", QuoteQuery{Direct: ptr(false)}, []string{"Iran wanted calm"}},
		{"text", QuoteQuery{Text: "CALM"}, []string{"Iran wanted calm"}},
		{"one per page", QuoteQuery{Limit: 1}, []string{"Iran wanted calm", "We will not be intimidated"}},
	}
	eachBackend(t, func(t *testing.T, b backend) {
		st, ctx := queryStore(t, b), context.Background()
		for _, tt := range tests {
			var got []QuoteHit
			q := tt.q
			for range 5 {
				page, err := st.Quotes(ctx, q)
				if err != nil {
					t.Fatalf("%s: %v", tt.name, err)
				}
				got = append(got, page.Quotes...)
				if page.Next == "" {
					break
				}
				q.Cursor = page.Next
			}
			var texts []string
			for _, h := range got {
				texts = append(texts, h.Text)
			}
			if !slices.Equal(texts, tt.want) {
				t.Errorf("%s: got %v, want %v", tt.name, texts, tt.want)
			}
		}
		page, err := st.Quotes(ctx, QuoteQuery{Speaker: "Rama"})
		if err != nil || len(page.Quotes) != 1 {
			t.Fatalf("%v %+v", err, page)
		}
		h := page.Quotes[0]
		if h.Cue != "said" || h.Speaker.Country != "ALB" || h.Speaker.Actor != "ALBGOV" || h.Start != 88 || h.Article.Title != "Albania cuts ties" {
			t.Errorf("quote lacks fields: %+v", h)
		}
		if _, err := st.Quotes(ctx, QuoteQuery{Cursor: "bm9wZQ"}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("bad cursor: %v", err)
		}
	})
}
