package event

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/demotest"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
)

// checkParseable codes art with c twice, once fully parsed and once with
// only the sentences Parseable selects parsed, and reports a sentence
// whose flag differs from want (nil: not checked), an event coded from a
// sentence Parseable skips, and any difference between the two codings.
// It returns the flags and the events of the full parse.
func checkParseable(t *testing.T, c *Coder, a *nlp.Analyzer, art *model.Article, want []bool) ([]bool, []model.Event) {
	t.Helper()
	text := art.Text
	full := a.Analyze(text)
	part := a.AnalyzeUnparsed(text)
	which := c.Parseable(art, part)
	a.Parse(part, which)
	if len(which) != len(full.Sentences) {
		t.Fatalf("%q: %d flags for %d sentences", text, len(which), len(full.Sentences))
	}
	if want != nil && !reflect.DeepEqual(which, want) {
		t.Errorf("%q: Parseable %v, want %v", text, which, want)
	}
	evs := c.Code(context.Background(), art, full, nil, nil)
	for _, e := range evs {
		for i, s := range full.Sentences {
			if s.Start <= e.Evidence.Sentence.Start && e.Evidence.Sentence.Start < s.End && !which[i] {
				t.Errorf("%q: event %s coded from sentence %d (%q), which Parseable skips", text, e.Code, i, text[s.Start:s.End])
			}
		}
	}
	if got := c.Code(context.Background(), art, part, nil, nil); !reflect.DeepEqual(got, evs) {
		t.Errorf("%q: parsing only the parseable sentences codes %v, the full parse %v", text, triples(got), triples(evs))
	}
	return which, evs
}

// TestParseableDefault checks Parseable with the built-in dictionaries:
// a sentence that names no actor, or whose only words the dictionaries
// know are no verb or event noun, needs no parse; one that names an
// actor and has a verb or an event noun does.
func TestParseableDefault(t *testing.T) {
	c, a := coder(t)
	tests := []struct {
		text string
		want []bool
	}{
		{"It rained all day and the roads were closed. Albania severed diplomatic ties with Iran on Wednesday.", []bool{false, true}},
		{"Albania and Iran: a timeline.", []bool{false}},
		{"Nobody expected that. Russia condemned the attack on the embassy.", []bool{false, true}},
		// An event noun without a verb the dictionary knows.
		{"Serbian President Aleksandar Vucic on a visit to Moscow.", []bool{true}},
		{"The talks between Serbia and Kosovo.", []bool{true}},
		// A verb of moving forces the verb dictionary lacks.
		{"Russia massed troops near Ukraine's border.", []bool{true}},
		{"The weather was mild. The match ended late. Prices rose.", []bool{false, false, false}},
	}
	coded := 0
	for _, tt := range tests {
		_, evs := checkParseable(t, c, a, &model.Article{Text: tt.text, Published: model.Day(thursday)}, tt.want)
		coded += len(evs)
	}
	if coded == 0 {
		t.Error("no test text coded an event: the check proves nothing")
	}
}

// TestParseableTABARI checks Parseable with dictionaries read as TABARI's
// (verbs found by word and stem, whatever their tag) and with the
// coder's own skip rules: MINIMUM WORDS, COMPLEX and FORWARD.
func TestParseableTABARI(t *testing.T) {
	const verbs = `---  RESTORE   [064]  ---
RESTOR
---  CRITICIZE   [121]  ---
CRITICI
`
	_, a := coder(t)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	fre := model.Actor{Code: "FRE", Name: "FREEDONIA"}
	tests := []struct {
		min, conj int
		fw        model.Actor
		text      string
		want      []bool
	}{
		{0, 0, model.Actor{}, "Freedonia restored ties with Sylvania.", []bool{true}},
		// A stem codes whatever the tagger made of the word.
		{0, 0, model.Actor{}, "Freedonia criticism of Sylvania.", []bool{true}},
		{0, 0, model.Actor{}, "Freedonia is a large country. Zembla restored ties.", []bool{false, false}},
		{6, 0, model.Actor{}, "Freedonia restored ties with Sylvania. Freedonia restored full ties with Sylvania.", []bool{false, true}},
		{0, 2, model.Actor{}, "Freedonia restored ties and trade, and it criticised Sylvania, or so they say.", []bool{false}},
		{0, 0, model.Actor{}, "It restored ties.", []bool{false}},
		{0, 0, fre, "It restored ties.", []bool{true}},
	}
	coded := 0
	for _, tt := range tests {
		c := testCoder(t, testActors, verbs)
		c.MinWords, c.MaxConj, c.Forward = tt.min, tt.conj, tt.fw
		_, evs := checkParseable(t, c, a, &model.Article{Text: tt.text, Published: model.Day(day)}, tt.want)
		coded += len(evs)
	}
	if coded == 0 {
		t.Error("no test text coded an event: the check proves nothing")
	}
}

// TestParseableDemo checks Parseable on real news, the demo corpus: with
// only the sentences it selects parsed, the built-in dictionaries code
// every article as with all of them parsed, and it skips sentences. It
// guards Parseable against new ways of coding that it does not know.
func TestParseableDemo(t *testing.T) {
	c, a := coder(t)
	skipped, coded := 0, 0
	for name, art := range demotest.Articles(t) {
		which, evs := checkParseable(t, c, a, art, nil)
		coded += len(evs)
		for _, w := range which {
			if !w {
				skipped++
			}
		}
		if t.Failed() {
			t.Fatalf("%s: Parseable and Code disagree", name)
		}
	}
	if skipped == 0 || coded == 0 {
		t.Errorf("demo corpus: %d sentences skipped, %d events coded; want some of each", skipped, coded)
	}
}

// TestParseableOneActor checks that Parseable selects a sentence that
// names one actor only, past the sentences noteVoice reads: its parse can
// decide its events. The other party may come from the story before it
// (a refusal of the request made before codes against the requester),
// and without a parse Code reads the words alone, which may code what
// the parse rules out. So a gate that skips one-actor sentences would
// lose or add events; this test keeps the kinds that showed it (the
// protest verb with an object, "demonstrated a great deal of patience",
// is now read from its words too: TestDemonstrateObjectUnparsed).
func TestParseableOneActor(t *testing.T) {
	c, a := coder(t)
	const calm = "The weather was mild. The markets were calm. Traffic was light. Schools were open. "
	tests := []struct{ before, one string }{
		{"Peru asked Chile to return the fishing boat.", "Chile, after days of silence, refused."},
		{"Peru recalled its ambassador to Chile.", "Peruvian students demonstrated a great deal of patience during the exams."},
		{"Peru recalled its ambassador to Chile.", "Chilean opposition leaders demonstrated a number of odd instincts in the debate."},
	}
	differ := 0
	for _, tt := range tests {
		art := &model.Article{Text: calm + tt.before + " " + tt.one, Published: model.Day(thursday)}
		want := []bool{false, false, false, false, true, true}
		_, evs := checkParseable(t, c, a, art, want)
		// The same document with every sentence but the one-actor
		// sentence parsed.
		part := a.AnalyzeUnparsed(art.Text)
		if len(part.Sentences) != len(want) {
			t.Fatalf("%q: %d sentences, want %d", art.Text, len(part.Sentences), len(want))
		}
		a.Parse(part, []bool{true, true, true, true, true, false})
		if got := c.Code(context.Background(), art, part, nil, nil); !reflect.DeepEqual(got, evs) {
			differ++
		}
	}
	if differ == 0 {
		t.Error("no document's events depend on its one-actor sentence's parse: the check proves nothing")
	}
}
