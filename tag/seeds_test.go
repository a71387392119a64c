package tag

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/casus-project/casus/conllu"
)

// trained returns a perceptron whose averaged weights are exactly ws: each
// weight is set at the first instance and never changed.
func trained(ws map[uint64][]fentry) *perceptron {
	p := newPerceptron(4)
	for f, es := range ws {
		for _, e := range es {
			i, ok := p.index[f]
			if !ok {
				i = int32(len(p.feats))
				p.index[f] = i
				p.feats = append(p.feats, nil)
			}
			p.bump(i, int(e.class), float32(e.w))
		}
	}
	p.tick()
	return p
}

func TestMergeAveraged(t *testing.T) {
	tests := []struct {
		name string
		in   []map[uint64][]fentry
		want map[uint64][]fentry
	}{
		{
			name: "one",
			in:   []map[uint64][]fentry{{1: {{class: 0, w: 2}}}},
			want: map[uint64][]fentry{1: {{class: 0, w: 2}}},
		},
		{
			name: "same feature, same class",
			in:   []map[uint64][]fentry{{1: {{class: 2, w: 2}}}, {1: {{class: 2, w: 4}}}},
			want: map[uint64][]fentry{1: {{class: 2, w: 3}}},
		},
		{
			name: "classes and features one side only",
			in: []map[uint64][]fentry{
				{1: {{class: 0, w: 4}}, 2: {{class: 1, w: -2}}},
				{1: {{class: 3, w: 2}}},
			},
			want: map[uint64][]fentry{1: {{class: 0, w: 2}, {class: 3, w: 1}}, 2: {{class: 1, w: -1}}},
		},
		{
			name: "three",
			in:   []map[uint64][]fentry{{7: {{class: 1, w: 3}}}, {7: {{class: 1, w: 3}}}, {7: {{class: 1, w: 6}}}},
			want: map[uint64][]fentry{7: {{class: 1, w: 4}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ps []*perceptron
			for _, ws := range tc.in {
				ps = append(ps, trained(ws))
			}
			got := mergeAveraged(ps)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d features %v, want %d %v", len(got), got, len(tc.want), tc.want)
			}
			for f, want := range tc.want {
				g := got[f]
				if len(g) != len(want) {
					t.Fatalf("feature %d: got %v, want %v", f, g, want)
				}
				for _, w := range want {
					found := false
					for _, e := range g {
						if e.class == w.class && math.Abs(e.w-w.w) < 1e-9 {
							found = true
						}
					}
					if !found {
						t.Errorf("feature %d: got %v, want %v", f, g, want)
					}
				}
			}
		})
	}
}

func TestFitSeedsDeterministic(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var enc [2]bytes.Buffer
	for i := range enc {
		m, err := fit(context.Background(), TrainConfig{Epochs: 4, Folds: 2, WordNet: "-", Seed: 3, Seeds: 3}, sents, sents)
		if err != nil {
			t.Fatal(err)
		}
		if sc := Evaluate(m, sents); sc.XPOS < 0.95 {
			t.Errorf("three seeds: training-set XPOS %.3f, want at least 0.95", sc.XPOS)
		}
		if err := m.Encode(&enc[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(enc[0].Bytes(), enc[1].Bytes()) {
		t.Error("training twice with three seeds gave different models")
	}
}
