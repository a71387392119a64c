package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/minhash"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/simhash"
)

// shapes of copies, made from word lists of g: each returns the original
// and the copy.
type shape struct {
	name string
	make func(g *gen, n int) (a, b []string)
}

var shapes = []shape{
	{"one word edited", func(g *gen, n int) ([]string, []string) {
		a := g.words(n)
		return a, edit(g, a, g.r.IntN(n), 1, 1)
	}},
	{"one sentence replaced", func(g *gen, n int) ([]string, []string) {
		a := g.words(n)
		b := slices.Clone(a)
		at := 12 * g.r.IntN(n/12)
		copy(b[at:min(at+12, n)], g.words(12))
		return a, b
	}},
	{"other footer", func(g *gen, n int) ([]string, []string) {
		a := g.words(n)
		return append(slices.Clone(a), g.words(15)...), append(slices.Clone(a), g.words(15)...)
	}},
	{"paragraph dropped", func(g *gen, n int) ([]string, []string) {
		a := g.words(n)
		at := g.r.IntN(n - n/5)
		return a, append(slices.Clone(a[:at]), a[at+n/5:]...)
	}},
}

// TestNearShapes stores pairs of texts shaped like news copies and
// different stories, in both orders, and checks which fold.
func TestNearShapes(t *testing.T) { eachBackend(t, testNearShapes) }

func testNearShapes(t *testing.T, b backend) {
	g := newGen(17)
	boiler := g.words(40)
	header, footer := g.words(30), g.words(30)
	feature := g.words(1000)
	wire := g.words(340)
	wireEdited := slices.Clone(wire)
	copy(wireEdited[120:145], g.words(25)) // a sentence of the story replaced
	story := g.words(400)
	tests := []struct {
		name string
		a, b []string
		fold bool
	}{
		{"wire story with one sentence replaced", wire, wireEdited, true},
		{"80 words, one word edited", story[:80], edit(g, story[:80], 40, 1, 1), true},
		{"other footers", append(slices.Clone(story[:300]), g.words(20)...), append(slices.Clone(story[:300]), g.words(20)...), true},
		{"a paragraph dropped", story, append(slices.Clone(story[:150]), story[210:]...), true},
		{"two paragraphs dropped", story, append(slices.Clone(story[:100]), story[220:]...), true},
		{"the first 60%", story, story[:240], true},
		{"stories sharing boilerplate", append(g.words(100), boiler...), append(g.words(100), boiler...), false},
		{"short stories between one header and footer",
			slices.Concat(header, g.words(80), footer), slices.Concat(header, g.words(80), footer), false},
		{"a brief quoted in a feature", feature[500:580], feature, false},
		{"the first 40%", story, story[:160], false},
		{"unrelated", g.words(300), g.words(300), false},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][2][]string{{tc.a, tc.b}, {tc.b, tc.a}} {
				st := b.open(t)
				res, err := st.PutArticles(ctx, []*model.Article{art("u1", "P", "d", text(order[0])), art("u2", "P", "d", text(order[1]))})
				if err != nil {
					t.Fatal(err)
				}
				if folded := res[1].Outcome != New; folded != tc.fold {
					sa, sb := minhash.Shingles(normalize(text(tc.a))), minhash.Shingles(normalize(text(tc.b)))
					t.Errorf("second text %v, want fold=%v (Jaccard %.3f, containment %.3f)",
						res[1].Outcome, tc.fold, minhash.Jaccard(sa, sb), minhash.Containment(sa, sb))
				}
			}
		})
	}
}

// TestNearRecall measures, per text length and copy shape, how many copies
// the store folds (MinHash candidates verified by near) against SimHash at
// distance 3, which the store used before. It requires every pair that
// near accepts to be found (the band layout's miss rate at Jaccard 0.8 is
// about 1e-12) and checks recall floors for the shapes news copies take.
// Run with -v for the table.
func TestNearRecall(t *testing.T) {
	const pairs = 200
	g := newGen(23)
	minRecall := map[string]map[int]float64{
		// A sentence or a footer of 12-15 words is 15-20% of an 80-word
		// text: it changes about 14 of 78 shingles, Jaccard 0.7, below
		// NearJaccard, so short texts are not folded for those.
		"one word edited":       {80: 1, 100: 1, 200: 1, 400: 1, 800: 1},
		"one sentence replaced": {80: 0, 100: 0, 200: 1, 400: 1, 800: 1},
		"other footer":          {80: 0, 100: 0, 200: 1, 400: 1, 800: 1},
		"paragraph dropped":     {80: 1, 100: 1, 200: 1, 400: 1, 800: 1},
	}
	var missedNear int
	t.Logf("%-22s %5s  %8s  %8s  %8s", "shape", "words", "minhash", "simhash", "mean J")
	for _, sh := range shapes {
		for _, n := range []int{80, 100, 200, 400, 800} {
			var found, sim int
			var meanJ float64
			for range pairs {
				a, b := sh.make(g, n)
				ta, tb := normalize(text(a)), normalize(text(b))
				if related(ta, tb) {
					found++
				} else if near(minhash.Shingles(ta), minhash.Shingles(tb)) {
					missedNear++
				}
				if simhash.Distance(simhash.Sum(ta), simhash.Sum(tb)) <= 3 {
					sim++
				}
				meanJ += minhash.Jaccard(minhash.Shingles(ta), minhash.Shingles(tb)) / pairs
			}
			recall := float64(found) / pairs
			t.Logf("%-22s %5d  %8.3f  %8.3f  %8.3f", sh.name, n, recall, float64(sim)/pairs, meanJ)
			if recall < minRecall[sh.name][n] {
				t.Errorf("%s, %d words: recall %.3f, want >= %.3f", sh.name, n, recall, minRecall[sh.name][n])
			}
		}
	}
	if missedNear > 0 {
		t.Errorf("%d pairs that near accepts shared no MinHash band", missedNear)
	}
}

// TestNearPrecision measures how many pairs of different stories the store
// would fold: stories that share boilerplate, and stories written from one
// small vocabulary on one topic, which share many word triples by chance.
func TestNearPrecision(t *testing.T) {
	g := newGen(29)
	boiler := g.words(40)
	topic := g.vocab[:60] // a narrow topic: 60 words repeated
	tests := []struct {
		name string
		make func() []string
	}{
		{"100 words + 40 shared", func() []string { return append(g.words(100), boiler...) }},
		{"80 words + 40 shared", func() []string { return slices.Concat(boiler[:20], g.words(80), boiler[20:]) }},
		{"200 words on a 60-word topic", func() []string {
			w := make([]string, 200)
			for i := range w {
				w[i] = topic[g.r.IntN(len(topic))]
			}
			return w
		}},
	}
	for _, tc := range tests {
		var folded, candidates int
		const n = 300
		var sets [][]uint64
		var keys [][minhash.Bands]int64
		for range n {
			sh := minhash.Shingles(normalize(text(tc.make())))
			sig := minhash.Sign(sh)
			sets, keys = append(sets, sh), append(keys, sig.Bands())
		}
		for i := range sets {
			for j := i + 1; j < len(sets); j++ {
				shared := false
				for k := range keys[i] {
					shared = shared || keys[i][k] == keys[j][k]
				}
				if shared {
					candidates++
					if near(sets[i], sets[j]) {
						folded++
					}
				}
			}
		}
		total := n * (n - 1) / 2
		t.Logf("%s: %d of %d pairs folded, %d candidates (%.4f)", tc.name, folded, total, candidates, float64(candidates)/float64(total))
		if folded > 0 {
			t.Errorf("%s: %d pairs of different stories folded", tc.name, folded)
		}
	}
}

// TestNearRule checks near at its thresholds, counting shingles exactly.
func TestNearRule(t *testing.T) {
	set := func(from, to uint64) []uint64 {
		var s []uint64
		for v := from; v < to; v++ {
			s = append(s, v)
		}
		return s
	}
	tests := []struct {
		name string
		a, b []uint64
		want bool
	}{
		{"equal", set(0, 100), set(0, 100), true},
		{"Jaccard exactly 0.8", set(0, 90), set(10, 100), true},     // 80/100
		{"Jaccard just under 0.8", set(0, 90), set(11, 101), false}, // 79/101, containment 0.88
		{"contained, half the size", set(0, 50), set(0, 100), true},
		{"contained, under half the size", set(0, 49), set(0, 100), false},
		{"90% contained, Jaccard 0.5", set(0, 60), set(6, 114), false},     // 54/114
		{"90% contained, Jaccard over 0.5", set(0, 60), set(6, 100), true}, // 54/100, 54/60 = 0.9
		{"disjoint", set(0, 10), set(10, 20), false},
		{"empty", nil, nil, false},
	}
	for _, tc := range tests {
		if got := near(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: near = %v, want %v (J %.3f, C %.3f)", tc.name, got, tc.want, minhash.Jaccard(tc.a, tc.b), minhash.Containment(tc.a, tc.b))
		}
		if near(tc.b, tc.a) != near(tc.a, tc.b) {
			t.Errorf("%s: near is not symmetric", tc.name)
		}
	}
}

// TestReannotate stores articles, then stores them again as a newer
// analyser would annotate them, and checks that the representatives take
// the new annotations, whatever the order, and that nothing else changes.
func TestReannotate(t *testing.T) { eachBackend(t, testReannotate) }

func testReannotate(t *testing.T, b backend) {
	ctx := context.Background()
	f := newFixture(t)
	annotate := func(a *model.Article, version string) *model.Article {
		c := *a
		c.Events = []model.Event{{Code: "042", Root: "04", Pattern: version, Status: model.Asserted}}
		c.Quotes = []model.Quote{{Text: version}}
		c.Tone = &model.Tone{WordCount: len(version)}
		return &c
	}
	rep := art("u1", "P1", "d1", f.Along)    // represents the group
	member := art("u2", "P2", "d2", f.A)     // a near copy
	mirror := art("u3", "P3", "d3", f.Along) // an exact copy from elsewhere
	old := []*model.Article{annotate(rep, "v1"), annotate(member, "v1"), annotate(mirror, "v1")}
	newer := []*model.Article{annotate(rep, "v2"), annotate(member, "v2"), annotate(mirror, "v2")}

	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			st := b.open(t)
			pick := func(arts []*model.Article) []*model.Article {
				var out []*model.Article
				for _, i := range order {
					out = append(out, arts[i])
				}
				return out
			}
			putAll(t, st, [][]*model.Article{pick(old)})
			before := dump(t, st)
			res, err := st.PutArticles(ctx, pick(newer))
			if err != nil {
				t.Fatal(err)
			}
			for k, r := range res {
				want := Seen
				if order[k] == 0 {
					want = Updated
				}
				if r.Outcome != want {
					t.Errorf("re-run of input %d: %v, want %v", order[k], r.Outcome, want)
				}
			}
			page, err := st.Articles(ctx, ArticleQuery{})
			if err != nil || len(page.Articles) != 1 {
				t.Fatalf("Articles: %v, %v", page.Articles, err)
			}
			a := page.Articles[0]
			if a.Text != f.Along || len(a.Events) != 1 || a.Events[0].Pattern != "v2" || len(a.Quotes) != 1 ||
				a.Quotes[0].Text != "v2" || a.Tone == nil || a.Tone.WordCount != 2 {
				t.Errorf("after re-run: text %.20q, events %+v, quotes %+v", a.Text, a.Events, a.Quotes)
			}
			s, _ := st.Stats(ctx)
			if s.Events != 1 || s.Quotes != 1 || s.Texts != 2 || s.Carriers != 3 {
				t.Errorf("stats after re-run: %+v", s)
			}
			// Only the annotations changed.
			after := dump(t, st)
			if len(before) != 1 || len(after) != 1 || before[0] == after[0] ||
				strings.ReplaceAll(before[0], "v1", "v2") != after[0] {
				t.Errorf("re-run changed more than annotations:\nbefore %.300s\n after %.300s", before, after)
			}
			// Storing the new run again changes nothing.
			res, err = st.PutArticles(ctx, pick(newer))
			if err != nil {
				t.Fatal(err)
			}
			for k, r := range res {
				if r.Outcome != Seen {
					t.Errorf("second re-run of input %d: %v, want seen", order[k], r.Outcome)
				}
			}
			diffDumps(t, dump(t, st), after)
		})
	}
}

// TestBackendsAgree stores one stream in every available backend and
// expects the same content.
func TestBackendsAgree(t *testing.T) {
	arts := newGen(31).stream(400)
	var ref []string
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			putAll(t, st, batches(arts, 25))
			got := dump(t, st)
			if ref == nil {
				ref = got
				return
			}
			diffDumps(t, got, ref)
		})
	}
}
