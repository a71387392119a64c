package event

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/internal/demotest"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/when"
)

// checkParseable codes art with c twice, once fully parsed and once with
// only the sentences Parseable selects parsed and the ones it defers
// parsed on demand (ParseOnDemand), and reports a sentence whose flag
// differs from want (nil: not checked), an event coded from a sentence
// Parseable neither selects nor defers, and any difference between the
// two codings. It returns the flags, the events of the full parse and
// the sentences parsed on demand.
func checkParseable(t *testing.T, c *Coder, a *nlp.Analyzer, art *model.Article, want []bool) ([]bool, []model.Event, []int) {
	t.Helper()
	text := art.Text
	full := a.Analyze(text)
	part := a.AnalyzeUnparsed(text)
	p := c.Prepare(art, part)
	which := p.Parseable()
	deferred := append([]bool(nil), p.deferred...)
	a.Parse(part, which)
	var demand []int
	p.ParseOnDemand(func(i int) {
		demand = append(demand, i)
		a.Parse(part, only(len(part.Sentences), i))
	})
	if len(which) != len(full.Sentences) {
		t.Fatalf("%q: %d flags for %d sentences", text, len(which), len(full.Sentences))
	}
	if want != nil && !reflect.DeepEqual(which, want) {
		t.Errorf("%q: Parseable %v, want %v", text, which, want)
	}
	evs := c.Code(context.Background(), art, full, nil, nil)
	for _, e := range evs {
		for i, s := range full.Sentences {
			if s.Start <= e.Evidence.Sentence.Start && e.Evidence.Sentence.Start < s.End && !which[i] && !deferred[i] {
				t.Errorf("%q: event %s coded from sentence %d (%q), which Parseable skips", text, e.Code, i, text[s.Start:s.End])
			}
		}
	}
	if got := p.Code(context.Background(), nil, nil); !reflect.DeepEqual(got, evs) {
		t.Errorf("%q: parsing only the parseable sentences codes %v, the full parse %v", text, Triples(got), Triples(evs))
	}
	return which, evs, demand
}

// only returns n flags with the ith set.
func only(n, i int) []bool {
	w := make([]bool, n)
	w[i] = true
	return w
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
		_, evs, _ := checkParseable(t, c, a, &model.Article{Text: tt.text, Published: model.Day(thursday)}, tt.want)
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
		_, evs, _ := checkParseable(t, c, a, &model.Article{Text: tt.text, Published: model.Day(day)}, tt.want)
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
		which, evs, _ := checkParseable(t, c, a, art, nil)
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

// TestParseableOneActor checks that Parseable defers a sentence that
// names one actor code only, past the sentences noteVoice reads, and that
// Code then codes what the full parse codes. It parses the sentence at
// once when a context finder that reads the parse may answer an event
// before it (a refusal of the request made before, a response to an
// attack coded before, a line of a strike report): from its words alone
// such a sentence loses its event. Otherwise it codes the words first,
// and parses only when they code something (a show of force aimed at the
// rival named before, a protest), so that the parse decides; a sentence
// whose words code nothing stays unparsed.
func TestParseableOneActor(t *testing.T) {
	c, a := coder(t)
	const calm = "The weather was mild. The markets were calm. Traffic was light. Schools were open. "
	tests := []struct {
		before, one string
		demand      bool // the one-code sentence is parsed on demand
		differs     bool // and its words alone code otherwise
	}{
		{"Bolivia asked Paraguay to return the seized trucks.", "Paraguay, after a week of talks, refused.", true, true},
		{"Russia shelled villages in eastern Ukraine on Monday.", "The Kremlin said the shelling was a response to a terrorist attack on a Crimean airfield.", true, true},
		{"Coalition forces conducted five strikes against ISIL in Iraq on Friday.", "Near the river crossing, three strikes destroyed an ISIL fighting position.", true, true},
		// The words read a name the dictionaries do not know as the
		// subject, and so find no source; the parse ties the name to
		// the organisation of its title.
		{"Peruvian troops shelled Chilean border posts on Monday.", "OAS Secretary-General Lucia Ferrante urged both sides to show restraint.", true, true},
		// talksResumed reads the parse; the words code nothing.
		{"Peru and Chile signed a fisheries accord on Monday.", "Talks resumed on Wednesday in Santiago.", true, true},
		{"Turkish warships entered disputed waters near the islands.", "Greece mobilized on Friday.", true, false},
		{"It was a quiet week in the capital.", "Peruvian students protested for a third day.", true, false},
		{"Peru recalled its ambassador to Chile.", "Peruvian students demonstrated a great deal of patience during the exams.", false, false},
		{"Peru recalled its ambassador to Chile.", "Chilean lawmakers who have long asked for a review praised the report on Tuesday.", false, false},
	}
	differ := 0
	for _, tt := range tests {
		art := &model.Article{Text: calm + tt.before + " " + tt.one, Published: model.Day(thursday)}
		_, evs, demand := checkParseable(t, c, a, art, nil)
		if got := len(demand) > 0 && demand[len(demand)-1] == 5; got != tt.demand {
			t.Errorf("%q: parsed on demand %v, want %v", tt.one, got, tt.demand)
		}
		// The same document with every sentence but the one-code
		// sentence parsed and none parsed on demand.
		part := a.AnalyzeUnparsed(art.Text)
		if len(part.Sentences) != 6 {
			t.Fatalf("%q: %d sentences, want 6", art.Text, len(part.Sentences))
		}
		a.Parse(part, []bool{true, true, true, true, true, false})
		if got := c.Code(context.Background(), art, part, nil, nil); !reflect.DeepEqual(got, evs) != tt.differs {
			t.Errorf("%q: its words alone code %v, the full parse %v; want them to differ: %v", tt.one, Triples(got), Triples(evs), tt.differs)
		} else if tt.differs {
			differ++
		}
	}
	if differ == 0 {
		t.Error("no document's events depend on its one-code sentence's parse: the check proves nothing")
	}
}

// TestParseableParagraphDate checks that a deferred one-code sentence
// whose words would give its paragraph a date is parsed, so that the
// parse decides the date of the events after it: its words alone cannot
// tell that "say" in the present dates nothing.
func TestParseableParagraphDate(t *testing.T) {
	c, a := coder(t)
	const calm = "The weather was mild. The markets were calm. Traffic was light. Schools were open. "
	text := calm + "Chilean officials say the quarrel began in 2019. Chile expelled two Peruvian diplomats."
	art := &model.Article{Text: text, Published: model.Day(thursday)}
	_, evs, demand := checkParseable(t, c, a, art, nil)
	if len(evs) == 0 {
		t.Fatalf("%q: no event coded", text)
	}
	if !slices.Contains(demand, 4) {
		t.Errorf("%q: the one-code sentence was not parsed on demand (parsed %v)", text, demand)
	}
	// Its words alone date the expulsion to March.
	part := a.AnalyzeUnparsed(text)
	a.Parse(part, []bool{true, true, true, true, false, true})
	if got := c.Code(context.Background(), art, part, nil, nil); reflect.DeepEqual(got, evs) {
		t.Errorf("%q: its words alone code as the parse does (%v): the check proves nothing", text, Triples(got))
	}
}

// TestSnapshotRestore checks that restore undoes each change coding a
// sentence may make to the article's state that codedSince sees: a new
// event, a new entry on an earlier event (restated), a key seen or
// dropped, the paragraph's date set or ended, a criticism noted, and a
// sentence begun (sentenceFirst).
func TestSnapshotRestore(t *testing.T) {
	day := model.Day(thursday)
	past := when.Expression{Text: "in 2019"}
	earlier := func() *article {
		return &article{
			seen:     map[string]bool{"PER|CHL|111": true},
			paraDate: &past,
			events: []eventRecord{{
				Event: model.Event{
					Code: "111", Source: &model.Actor{Code: "PER"}, Target: &model.Actor{Code: "CHL"}, Date: day,
					Evidence: model.Evidence{Sentence: model.Span{Start: 0, End: 30}, Entries: []string{"verb ACCUSE"}},
				},
				origins: [2]actor.Origin{actor.InText, actor.InText},
			}},
		}
	}
	tests := []struct {
		name   string
		change func(a *article)
		coded  bool // codedSince sees the change
	}{
		{"an event", func(a *article) {
			a.events = append(a.events, eventRecord{Event: model.Event{Code: "172"}, described: true, origins: [2]actor.Origin{actor.FromContext, actor.InText}})
			a.seen["CHL|PER|172"] = true
		}, true},
		{"an entry on an earlier event", func(a *article) {
			a.restated(eventKey("PER", "CHL", "111", day, ""), &model.Sentence{Span: model.Span{Start: 40, End: 70}})
		}, true},
		// dropEvents drops a key with an event of the sentence.
		{"a key dropped", func(a *article) { delete(a.seen, "PER|CHL|111") }, false},
		{"the paragraph's date ended", func(a *article) { a.paraDate = nil }, true},
		{"the paragraph's date set", func(a *article) { a.paraDate = &when.Expression{Text: "in 2020"} }, true},
		{"a criticism noted", func(a *article) { a.critics = append(a.critics, critic{si: 1}) }, true},
		{"a sentence begun", func(a *article) { a.sentFirst = len(a.events) }, false},
	}
	for _, tt := range tests {
		a, want := earlier(), earlier()
		snap := a.snapshot()
		if a.codedSince(snap) {
			t.Errorf("%s: codedSince reports a change before any", tt.name)
		}
		tt.change(a)
		if reflect.DeepEqual(a, want) {
			t.Fatalf("%s: the change changes nothing: the check proves nothing", tt.name)
		}
		if tt.coded && !a.codedSince(snap) {
			t.Errorf("%s: codedSince reports no change", tt.name)
		}
		a.restore(snap)
		if !reflect.DeepEqual(a.events, want.events) || !reflect.DeepEqual(a.seen, want.seen) || !reflect.DeepEqual(a.paraDate, want.paraDate) || len(a.critics) != len(want.critics) || a.sentFirst != want.sentFirst {
			t.Errorf("%s: restore leaves %d events (entries %q), seen %v, paragraph date %v, %d criticisms, sentence's first event %d; want %d (%q), %v, %v, %d, %d",
				tt.name, len(a.events), a.events[0].Evidence.Entries, a.seen, a.paraDate, len(a.critics), a.sentFirst, len(want.events), want.events[0].Evidence.Entries, want.seen, want.paraDate, len(want.critics), want.sentFirst)
		}
	}
}

// TestCoderParseable checks that Coder.Parseable, whose caller cannot
// parse a sentence on demand, selects the one-code sentences that
// Prepared.Parseable defers: with only its sentences parsed, Code codes
// what the full parse codes, the refusal of a request made before too.
func TestCoderParseable(t *testing.T) {
	c, a := coder(t)
	const text = "The weather was mild. The markets were calm. Traffic was light. Schools were open. " +
		"Bolivia asked Paraguay to return the seized trucks. Paraguay, after a week of talks, refused."
	art := &model.Article{Text: text, Published: model.Day(thursday)}
	want := c.Code(context.Background(), art, a.Analyze(text), nil, nil)
	if len(want) < 2 {
		t.Fatalf("%q: the full parse codes %v, want the request and its refusal", text, Triples(want))
	}
	part := a.AnalyzeUnparsed(text)
	which := c.Parseable(art, part)
	if !which[5] {
		t.Errorf("%q: Parseable %v leaves out the refusal", text, which)
	}
	a.Parse(part, which)
	if got := c.Code(context.Background(), art, part, nil, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("%q: with Parseable's sentences parsed Code codes %v, the full parse %v", text, Triples(got), Triples(want))
	}
}
