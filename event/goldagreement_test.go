package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

func TestCompareGold(t *testing.T) {
	g := func(file, src, tgt, code string) GoldEvent {
		return GoldEvent{File: file, Source: src, Target: tgt, Code: code}
	}
	a := []GoldEvent{
		g("a.html", "PER", "CHL", "111"),
		g("a.html", "PER", "CHL", "111"), // reported twice
		g("a.html", "CHL", "PER", "046"),
		g("b.html", "BOL", "PER", "1121"),
	}
	b := []GoldEvent{
		g("a.html", "PER", "CHL", "111"),
		g("a.html", "PER", "CHL", "112"),
		g("b.html", "BOL", "PER", "112"),
		g("c.html", "ARG", "BRA", "040"),
	}
	ag := CompareGold(a, b)
	if want := (Tally{Expected: 4, Found: 1, Extra: 3, Coded: 4}); ag.Exact != want {
		t.Errorf("exact = %+v, want %+v", ag.Exact, want)
	}
	// At the root, "112" matches the second "111" row's root too, and
	// "1121" becomes "11".
	if want := (Tally{Expected: 4, Found: 3, Extra: 1, Coded: 4}); ag.Root != want {
		t.Errorf("root = %+v, want %+v", ag.Root, want)
	}
	if back := CompareGold(b, a); back.Exact.Found != ag.Exact.Found || back.Exact.Expected != ag.Exact.Coded {
		t.Errorf("reversed = %+v, want the same matches with the counts swapped", back.Exact)
	}

	ev := func(src, tgt, code string) model.Event {
		return model.Event{Source: &model.Actor{Code: src}, Target: &model.Actor{Code: tgt}, Code: code}
	}
	arts := map[string]*model.Article{
		"a.html": {Events: []model.Event{ev("PER", "CHL", "111"), ev("PER", "CHL", "112"), ev("CHL", "PER", "046"), ev("PER", "CHL", "190")}},
		"b.html": {Events: []model.Event{ev("BOL", "PER", "1121")}},
		"d.html": {Events: []model.Event{ev("ARG", "BRA", "040")}}, // in neither annotation's files
	}
	n, of := Supported(arts, a, b)
	if n != 4 || of != 5 {
		t.Errorf("Supported = %d of %d, want 4 of 5", n, of)
	}
	// Both annotations have "PER>CHL 111" once in a.html; nothing else.
	delete(arts, "b.html")
	if found, agreed := Consensus(arts, a, b); found != 1 || agreed != 1 {
		t.Errorf("Consensus = %d of %d, want 1 of 1", found, agreed)
	}
	arts["a.html"].Events = arts["a.html"].Events[1:]
	if found, agreed := Consensus(arts, a, b); found != 0 || agreed != 1 {
		t.Errorf("Consensus without the event = %d of %d, want 0 of 1", found, agreed)
	}
}
