package tag

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/casus-project/casus/conllu"
)

// tags returns the XPOS and UPOS columns of sents.
func tags(sents []*conllu.Sentence) (x, u []string) {
	for _, s := range sents {
		for _, w := range s.Words {
			x, u = append(x, w.XPOS), append(u, w.UPOS)
		}
	}
	return x, u
}

func TestJackknife(t *testing.T) {
	base, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	read := func() []*conllu.Sentence {
		s, err := conllu.ReadFile("testdata/tiny.conllu")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	cfg := TrainConfig{Epochs: 3, Folds: 2, WordNet: "-", Seed: 7}
	train, dev := read(), read()
	goldX, _ := tags(train)
	if err := Jackknife(context.Background(), cfg, base, train, dev); err != nil {
		t.Fatal(err)
	}
	x, u := tags(train)
	if len(x) != len(goldX) {
		t.Fatalf("%d tags, want %d", len(x), len(goldX))
	}
	for i := range x {
		if !slices.Contains(base.xpos, x[i]) || !slices.Contains(base.upos, u[i]) {
			t.Fatalf("word %d: tags %q %q not in the tag sets", i, x[i], u[i])
		}
	}
	// dev is tagged by base: the same tags as tagging it directly.
	want := read()
	base.Retag(want)
	dx, du := tags(dev)
	wx, wu := tags(want)
	if !slices.Equal(dx, wx) || !slices.Equal(du, wu) {
		t.Error("dev tags differ from the base model's")
	}
	// Deterministic: a second run gives the same training tags.
	train2, dev2 := read(), read()
	if err := Jackknife(context.Background(), cfg, base, train2, dev2); err != nil {
		t.Fatal(err)
	}
	x2, u2 := tags(train2)
	if !slices.Equal(x, x2) || !slices.Equal(u, u2) {
		t.Error("two runs disagree")
	}
}

func TestJackknifeErrors(t *testing.T) {
	s, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if err := Jackknife(context.Background(), TrainConfig{WordNet: "-"}, nil, s, s); err == nil {
		t.Error("no error without a base model")
	}
	base, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Jackknife(ctx, TrainConfig{WordNet: "-"}, base, s, s); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}
