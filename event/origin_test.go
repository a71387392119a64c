package event

import (
	"testing"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// TestContextOrigin checks the origin each way of adding a mention the
// sentence does not name gives it, and that confidence lowers an event
// by the origin (a target or a talks source from context), not by the
// words of the entry it prints.
func TestContextOrigin(t *testing.T) {
	chile := model.Actor{Code: "CHL", Country: "CHL", Entry: "country CHILE"}
	toks := []model.Token{{Form: "We", Span: model.Span{Start: 0, End: 2}}}
	named := actor.Mention{Actor: chile, Kind: actor.Named}
	origins := []struct {
		name string
		m    actor.Mention
		want actor.Origin
	}{
		{"context target", contextMention(chile, 3, actor.FromContext, "the source of the latest protest"), actor.FromContext},
		{"talks source", contextMention(chile, 3, actor.SourceFromContext, "a party of the latest talks"), actor.SourceFromContext},
		{"moved", movedToContext(named, 3, "the last actor named before"), actor.FromContext},
		{"first person of a context party", firstPersonFor(movedToContext(named, 3, "x"), toks, 0, "speaker of the quote"), actor.InText},
	}
	for _, tt := range origins {
		if tt.m.Origin != tt.want {
			t.Errorf("%s: origin %d, want %d", tt.name, tt.m.Origin, tt.want)
		}
	}
	with := func(o actor.Origin, entry string) actor.Mention {
		m := actor.Mention{Actor: chile, Kind: actor.Pronoun, Origin: o}
		m.Entry = entry
		return m
	}
	tests := []struct {
		name string
		s, t actor.Mention
		want float64
	}{
		{"both in text", with(actor.InText, "country CHILE"), with(actor.InText, "country CHILE"), 0.45},
		{"target from context", with(actor.InText, ""), with(actor.FromContext, contextEntry+"a"), 0.25},
		{"talks source from context", with(actor.SourceFromContext, sourceContextEntry+"a"), with(actor.InText, ""), 0.25},
		{"source from context", with(actor.FromContext, contextEntry+"a"), with(actor.InText, ""), 0.45},
		{"statement's speaker", with(actor.StatementSpeaker, statementWhy), with(actor.InText, ""), 0.45},
		// The origin decides, not the entry's words.
		{"context words in text", with(actor.InText, ""), with(actor.InText, contextEntry+"a"), 0.45},
	}
	for _, tt := range tests {
		if got := confidence(&clause{}, tt.s, tt.t); got != tt.want {
			t.Errorf("%s: confidence %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTookFromContext checks that the coder tells an event whose source
// or target it took from context by the origins emit keeps in its
// record (eventRecord), through dropEvents, not by the entry's words;
// and a bare refusal's event (answersRequest) by the rule kept there.
func TestTookFromContext(t *testing.T) {
	peru, chile := &model.Actor{Code: "PER"}, &model.Actor{Code: "CHL", Entry: contextEntry + "a"}
	a := &article{
		events: []eventRecord{
			{Event: model.Event{Code: "111", Source: peru, Target: chile}, origins: [2]actor.Origin{actor.InText, actor.FromContext}, rule: noRule},
			{Event: model.Event{Code: "172", Source: chile, Target: peru}, origins: [2]actor.Origin{actor.FromContext, actor.SourceFromContext}, rule: ruleRequest},
			{Event: model.Event{Code: "042", Source: peru, Target: peru}, origins: [2]actor.Origin{actor.InText, actor.InText}, rule: noRule},
		},
		seen: map[string]bool{},
	}
	a.dropEvents(0, func(i int) bool { return i == 0 })
	tests := []struct {
		code     string
		src, tgt bool
		refusal  bool
	}{
		{"172", true, false, true},
		{"042", false, false, false},
	}
	if len(a.events) != len(tests) {
		t.Fatalf("%d events after dropEvents, want %d", len(a.events), len(tests))
	}
	for i, tt := range tests {
		if a.events[i].Code != tt.code {
			t.Fatalf("event %d: code %s, want %s", i, a.events[i].Code, tt.code)
		}
		if got := a.tookSource(i); got != tt.src {
			t.Errorf("%s: tookSource %v, want %v", tt.code, got, tt.src)
		}
		if got := a.tookTarget(i); got != tt.tgt {
			t.Errorf("%s: tookTarget %v, want %v", tt.code, got, tt.tgt)
		}
		if got := answersRequest(a.events[i].rule); got != tt.refusal {
			t.Errorf("%s: answersRequest %v, want %v", tt.code, got, tt.refusal)
		}
	}
}
