package ner

import (
	"maps"
	"strings"
	"testing"
)

func TestLearnClusters(t *testing.T) {
	var text [][]string
	for _, s := range []string{
		"the cat sat", "the dog sat", "a cat ran", "a dog ran",
		"the cat ran", "a dog sat", "the dog ran", "a cat sat",
	} {
		for range 3 {
			text = append(text, strings.Fields(s))
		}
	}
	text = append(text, []string{"once"})
	cfg := clusterConfig{classes: 3, minCount: 2, passes: 10}
	got := learnClusters(text, cfg)
	class := func(w string) uint8 { return got[phraseStep(phraseOffset, w)] }
	tests := []struct {
		a, b string
		same bool
	}{
		{"cat", "dog", true},
		{"sat", "ran", true},
		{"the", "a", true},
		{"the", "cat", false},
		{"cat", "sat", false},
	}
	for _, tt := range tests {
		if (class(tt.a) == class(tt.b)) != tt.same {
			t.Errorf("%s in class %d, %s in class %d: want same=%v", tt.a, class(tt.a), tt.b, class(tt.b), tt.same)
		}
	}
	for _, w := range []string{"the", "a", "cat", "dog", "sat", "ran"} {
		if c := class(w); c < 1 || int(c) > cfg.classes {
			t.Errorf("%s: class %d out of 1..%d", w, c, cfg.classes)
		}
	}
	if c := class("once"); c != 0 {
		t.Errorf("rare word has class %d, want none", c)
	}
	if again := learnClusters(text, cfg); !maps.Equal(again, got) {
		t.Error("learnClusters is not deterministic")
	}
	if len(learnClusters(nil, cfg)) != 0 {
		t.Error("classes from no text")
	}
}
