package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestMissCauses checks each count of MissCauses on one article whose
// sentences stand for each case.
func TestMissCauses(t *testing.T) {
	text := "Peru accused Chile. Bolivia praised Ecuador. Kenya met Uganda. Ghana hit Togo. They talked. Mali fined Niger. It fled. Chad wept."
	span := func(s string) model.Span {
		i := strings.Index(text, s)
		return model.Span{Start: i, End: i + len(s)}
	}
	ev := func(sentence, src, tgt, code string) model.Event {
		return model.Event{Source: &model.Actor{Code: src}, Target: &model.Actor{Code: tgt}, Code: code, Root: code[:2],
			Evidence: model.Evidence{Sentence: span(sentence)}}
	}
	ent := func(word, code string) model.Entity {
		return model.Entity{Span: span(word), Text: word, Actor: &model.Actor{Code: code}}
	}
	art := &model.Article{Text: text,
		Entities: []model.Entity{ent("Peru", "PER"), ent("Chile", "CHL"), ent("Bolivia", "BOL"), ent("Ecuador", "ECU"),
			ent("Kenya", "KEN"), ent("Uganda", "UGA"), ent("Ghana", "GHA"), ent("Togo", "TGO"), ent("Mali", "MLI"), ent("Niger", "NER"), ent("Chad", "TCD")},
		Events: []model.Event{
			ev("Peru accused Chile.", "PER", "CHL", "112"),
			ev("Bolivia praised Ecuador.", "BOL", "ECU", "051"),
			ev("Kenya met Uganda.", "KENGOV", "UGA", "040"),
			ev("Ghana hit Togo.", "GHA", "TGO", "111"),
		}}
	row := func(snippet, src, tgt, code string) GoldEvent {
		return GoldEvent{File: "a.txt", Snippet: snippet, Source: src, Target: tgt, Code: code}
	}
	gs := []GoldEvent{
		row("Peru accused Chile", "PER", "CHL", "112"),         // exact
		row("Bolivia praised Ecuador", "BOL", "ECU", "052"),    // same actors, another code
		row("Kenya met Uganda", "KEN", "UGA", "040"),           // other roles
		row("Ghana hit Togo", "GHA", "TGO", "190"),             // other roots only
		row("They talked", "KEN", "UGA", "040"),                // actors absent, named earlier
		row("It fled", "KEN", "TCD", "020"),                    // absent, one named only later
		row("It fled", "KEN", "SDN", "020"),                    // absent, one named nowhere
		row("Mali fined Niger", "MLI", "NER", "172"),           // nothing coded
		row("Peru accused Chile", "CHL", "PER", "112"),         // another pair
		row("not in the text", "PER", "CHL", "112"),            // no sentence
		{File: "b.txt", Snippet: "x", Source: "A", Code: "01"}, // no article
	}
	got := MissCauses(gs, map[string]*model.Article{"a.txt": art})
	want := Causes{Rows: 11, NoSentence: 2, ActorAbsent: 3, ActorEarlier: 1, ActorLater: 1, ActorNowhere: 1, NothingCoded: 1, OtherRoots: 1, SameRoot: 4,
		Exact: 1, OtherCode: 1, OtherRoles: 1, OtherPair: 1}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	var b strings.Builder
	got.Print(&b)
	if !strings.Contains(b.String(), "exact 1, same actors with another code 1") || !strings.Contains(b.String(), "earlier 1, only later 1, nowhere 1") || strings.Contains(b.String(), "Peru") {
		t.Errorf("printed:\n%s", b.String())
	}
}
