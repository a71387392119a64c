package cli

import (
	"context"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/event"
	"github.com/casus-project/casus/internal/demotest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

// TestNLPStageBatch checks that the language stage annotates articles
// in batches (AnnotateBatch) exactly as one at a time (Annotate): the
// demo corpus's articles, in groups of several sizes, get the same
// sentences, tokens, names, quotes and events through the later stages.
func TestNLPStageBatch(t *testing.T) {
	ctx := context.Background()
	_, sts := testStages(t)
	nlp := sts[0].(*nlpStage)
	articles := func() []*model.Article {
		m := demotest.Articles(t)
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		slices.Sort(names)
		out := make([]*model.Article, len(names))
		for i, n := range names {
			out[i] = m[n]
		}
		return out
	}
	want := articles()
	for _, a := range want {
		for _, s := range sts {
			if err := s.Annotate(ctx, a); err != nil {
				t.Fatalf("%s: %v", a.Doc, err)
			}
		}
	}
	english := 0
	for _, a := range want {
		if len(a.Entities) > 0 {
			english++
		}
	}
	if english < 10 {
		t.Fatalf("only %d of %d demo articles have names", english, len(want))
	}
	for _, group := range []int{2, 7, len(want)} {
		got := articles()
		for g := 0; g < len(got); g += group {
			batch := got[g:min(len(got), g+group)]
			if errs := nlp.AnnotateBatch(ctx, batch); errs != nil {
				t.Fatalf("group %d: errors %v", group, errs)
			}
			for _, a := range batch {
				for _, s := range sts[1:] {
					if err := s.Annotate(ctx, a); err != nil {
						t.Fatalf("%s: %v", a.Doc, err)
					}
				}
			}
		}
		for i := range want {
			g, w := *got[i], *want[i]
			g.Doc, w.Doc = "", "" // each extraction reads from a directory of its own
			if !reflect.DeepEqual(g, w) {
				t.Errorf("group %d: %s annotated differently in a batch", group, want[i].Doc)
			}
		}
	}
}

// TestDeferredParse checks that the analysis stages, which parse only
// the sentences the coder may read the parse of and some of those only
// on demand (engine.parse), annotate each article as they do with every
// sentence parsed up front (parsedStage): the demo corpus's articles,
// and a story whose last sentence names one actor code, an officer of
// it the dictionaries do not know, whose appeal to the two sides of the
// fight before only the parse reads.
func TestDeferredParse(t *testing.T) {
	ctx := context.Background()
	e, sts := testStages(t)
	parsed := append([]pipeline.Stage{&parsedStage{e}}, sts[1:]...)
	articles := func() []*model.Article {
		m := demotest.Articles(t)
		out := make([]*model.Article, 0, len(m)+1)
		for _, n := range slices.Sorted(maps.Keys(m)) {
			out = append(out, m[n])
		}
		const story = "The weather was mild. The markets were calm. Traffic was light. Schools were open. " +
			"Peruvian troops shelled Chilean border posts on Monday. " +
			"OAS Secretary-General Lucia Ferrante urged both sides to show restraint."
		return append(out, &model.Article{Doc: "the written story", Text: story, Published: model.Day(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC))})
	}
	annotate := func(sts []pipeline.Stage) []*model.Article {
		arts := articles()
		for _, a := range arts {
			for _, s := range sts {
				if err := s.Annotate(ctx, a); err != nil {
					t.Fatalf("%s: %v", a.Doc, err)
				}
			}
		}
		return arts
	}
	got, want := annotate(sts), annotate(parsed)
	for i := range want {
		g, w := *got[i], *want[i]
		g.Doc, w.Doc = "", "" // each extraction reads from a directory of its own
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: annotated differently with the parse deferred: %d events %v, with every sentence parsed %d %v",
				want[i].Doc, len(got[i].Events), event.Triples(got[i].Events), len(want[i].Events), event.Triples(want[i].Events))
		}
	}
	if last := want[len(want)-1]; len(last.Events) < 3 {
		t.Errorf("the written story codes %v, want the shelling and the appeal to each side: the check proves less", event.Triples(last.Events))
	}
}

// parsedStage is the language stage with every sentence of an English
// article parsed up front and none left for the coder to parse on
// demand: the output TestDeferredParse holds the nlp stage to.
type parsedStage struct{ e *engine }

func (s *parsedStage) Name() string { return "nlp" }

func (s *parsedStage) Annotate(ctx context.Context, a *model.Article) error {
	if !english(a) {
		return (&nlpStage{s.e}).Annotate(ctx, a)
	}
	doc := s.e.nlp.Analyze(a.Text)
	a.Sentences, a.Entities = doc.Sentences, doc.Entities
	s.e.prepared.put(a, s.e.coder.Prepare(a, doc))
	return ctx.Err()
}

// TestEventStageWithoutPrepared checks that the events stage codes an
// article whose prepared coding the nlp stage's carrier lost (it
// forgets all once it holds maxPrepared) as it codes one it finds: a
// sentence naming one actor that the nlp stage left unparsed, whose
// event needs its parse (a bare refusal of the request made before), is
// parsed on demand in both.
func TestEventStageWithoutPrepared(t *testing.T) {
	ctx := context.Background()
	e, sts := testStages(t)
	const text = "The weather was mild. The markets were calm. Traffic was light. Schools were open. " +
		"Bolivia asked Paraguay to return the seized trucks. Paraguay, after a week of talks, refused."
	annotate := func(forget bool) *model.Article {
		a := &model.Article{Text: text, Published: model.Day(time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC))}
		for i, s := range sts {
			if forget && i == len(sts)-1 {
				e.prepared.take(a)
			}
			if err := s.Annotate(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		return a
	}
	want := annotate(false).Events
	refused := false
	for _, ev := range want {
		refused = refused || strings.HasPrefix(ev.Code, "12") && ev.Source != nil && ev.Source.Code == "PRY"
	}
	if !refused {
		t.Fatalf("%q: no refusal by Paraguay coded (%d events): the check proves nothing", text, len(want))
	}
	if got := annotate(true).Events; !reflect.DeepEqual(got, want) {
		t.Errorf("%q: without the nlp stage's prepared coding the events stage codes %d events, with it %d", text, len(got), len(want))
	}
}

// testStages returns the embedded models' engine, loaded and ready, and
// the analysis stages over it, or skips the test in -short mode.
func testStages(t *testing.T) (*engine, []pipeline.Stage) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the language models")
	}
	e := loadEngine(nil, false)
	if err := e.wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	return e, analysisStages(e, nil)
}

// TestNewCoder checks that the coder built while the language models
// load is built of the user's dictionaries when there are some (--dicts),
// and of the built-in ones, which the engine then keeps, when not.
func TestNewCoder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "Test.actors.txt"), "ARCADIA_ [ARC]\nLOWLAND_ [LOW]\n")
	user, err := dict.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		give *dict.Dicts
		want *dict.Dicts
	}{
		{"user's", user, user},
		{"built-in", nil, builtin},
	} {
		e := &engine{dicts: tt.give}
		c, err := e.newCoder()
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := c.Resolver().Dicts(); got != tt.want {
			t.Errorf("%s dictionaries: the coder uses other dictionaries", tt.name)
		}
		if e.dicts != tt.want {
			t.Errorf("%s dictionaries: the engine keeps other dictionaries than its coder's", tt.name)
		}
	}
}

// TestLoadEngine checks that a loaded engine's coder has the user's
// dictionaries, its gazetteer and --hypothetical's setting: the coder is
// built before the gazetteer is decoded, and set up after.
func TestLoadEngine(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the language models")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "Test.actors.txt"), "ARCADIA_ [ARC]\nLOWLAND_ [LOW]\n")
	user, err := dict.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, hyp := range []bool{false, true} {
		e := loadEngine(user, hyp)
		if err := e.wait(context.Background()); err != nil {
			t.Fatalf("hypothetical %v: %v", hyp, err)
		}
		if e.coder.Resolver().Dicts() != user {
			t.Errorf("hypothetical %v: the coder does not use the user's dictionaries", hyp)
		}
		if e.coder.Unrealised != hyp {
			t.Errorf("hypothetical %v: the coder's Unrealised is %v", hyp, e.coder.Unrealised)
		}
		if e.coder.Places == nil {
			t.Errorf("hypothetical %v: the coder has no gazetteer", hyp)
		}
		if e.nlp == nil {
			t.Errorf("hypothetical %v: the engine has no language models", hyp)
		}
	}
}
