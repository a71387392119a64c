package tag

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/casus-project/casus/conllu"

	"github.com/casus-project/casus/model"
)

// tinyModel trains a model on the hand-written sentences of
// testdata/tiny.conllu, without WordNet.
var tinyModel = sync.OnceValues(func() (*Model, error) {
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		return nil, err
	}
	return fit(context.Background(), TrainConfig{Epochs: 6, Folds: 2, WordNet: "-", Seed: 7}, sents, sents)
})

func tokens(s string) []model.Token {
	var toks []model.Token
	for _, f := range strings.Fields(s) {
		toks = append(toks, model.Token{Form: f, Head: -1})
	}
	return toks
}

func TestFitTiny(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(m, sents)
	if sc.Tokens != 93 || sc.Sentences != 12 {
		t.Errorf("Evaluate counted %d sentences, %d tokens; want 12, 93", sc.Sentences, sc.Tokens)
	}
	// The model has seen these sentences: it should have learnt them.
	if sc.XPOS < 0.95 || sc.UPOS < 0.95 || sc.Lemma < 0.95 {
		t.Errorf("training-set scores %+v, want at least 0.95 each", sc)
	}

	// A model survives encoding unchanged.
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if sc2 := Evaluate(m2, sents); sc2 != sc {
		t.Errorf("decoded model scores %+v, original %+v", sc2, sc)
	}
	var buf2 bytes.Buffer
	if err := m2.Encode(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("re-encoding changed the model: %d bytes, then %d", buf.Len(), buf2.Len())
	}

	// Training is deterministic.
	m3, err := fit(context.Background(), TrainConfig{Epochs: 6, Folds: 2, WordNet: "-", Seed: 7}, sents, sents)
	if err != nil {
		t.Fatal(err)
	}
	var buf3 bytes.Buffer
	if err := m3.Encode(&buf3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf3.Bytes()) {
		t.Error("training twice with one seed gave different models")
	}
}

func TestFitCancelled(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fit(ctx, TrainConfig{WordNet: "-"}, sents, sents); !errors.Is(err, context.Canceled) {
		t.Errorf("fit with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := fit(context.Background(), TrainConfig{WordNet: "-"}, nil, sents); err == nil {
		t.Error("fit with no sentences: no error")
	}
}

// badInputs are sentences no tagger should trip over.
var badInputs = map[string][]string{
	"empty sentence": {},
	"empty forms":    {"", "", ""},
	"invalid UTF-8":  {"\xff\xfe", "a\x80b", "\xc3"},
	"controls":       {"\x00", "\t", "\x1b[31m", "\u200b"},
	"right to left":  {"قال", "الرئيس", "\u202eabc", "שלום"},
	"emoji":          {"👍", "🇺🇸", "fire🔥", "👨‍👩‍👧"},
	"long form":      {strings.Repeat("a", 100000), strings.Repeat("Ab1-", 5000)},
	"punctuation":    {"...", "--", "''", "``", "-LRB-", "(", ")", "/"},
}

func checkTagged(t *testing.T, m *Model, name string, toks []model.Token) {
	t.Helper()
	for i, tok := range toks {
		if !slices.Contains(m.xpos, tok.XPOS) || !slices.Contains(m.upos, tok.UPOS) {
			t.Errorf("%s: token %d %q tagged %q/%q, not from the tag sets", name, i, trunc(tok.Form), tok.XPOS, tok.UPOS)
			return
		}
		if tok.Form != "" && tok.Lemma == "" {
			t.Errorf("%s: token %d %q has no lemma", name, i, trunc(tok.Form))
			return
		}
		if utf8.ValidString(tok.Form) && !utf8.ValidString(tok.Lemma) {
			t.Errorf("%s: token %d %q: lemma %q is not valid UTF-8", name, i, trunc(tok.Form), trunc(tok.Lemma))
		}
	}
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func TestBadInput(t *testing.T) {
	tiny, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := make([]string, 5000)
	for i := range long {
		long[i] = []string{"the", "word", "and", "7", ","}[i%5]
	}
	inputs := map[string][]string{"5000 tokens": long}
	for k, v := range badInputs {
		inputs[k] = v
	}
	for _, m := range []*Model{tiny, def} {
		for name, forms := range inputs {
			toks := make([]model.Token, len(forms))
			for i, f := range forms {
				toks[i].Form = f
			}
			m.Tag(toks)
			checkTagged(t, m, name, toks)
		}
	}
}

// TestArgmaxMargin checks the best class and its margin over the second
// best, wherever the best and second best fall.
func TestArgmaxMargin(t *testing.T) {
	tests := []struct {
		scores     []int32
		want       int
		wantMargin int32
	}{
		{[]int32{3, 9, 2}, 1, 6},
		{[]int32{9, 3, 2}, 0, 6},
		{[]int32{2, 3, 9}, 2, 6},
		{[]int32{2, 9, 3, 8}, 1, 1},     // the second best after the best
		{[]int32{8, 2, 9, 3}, 2, 1},     // the second best was the best before
		{[]int32{5, 5, 5}, 0, 0},        // ties go to the lower class
		{[]int32{1, 7, 4, 7}, 1, 0},     // a later tie keeps the lower
		{[]int32{-7, -3, -9, -4}, 1, 1}, // all negative
		{[]int32{4, 1}, 0, 3},
	}
	for _, tt := range tests {
		got, margin := argmaxMargin(tt.scores)
		if got != tt.want || margin != tt.wantMargin {
			t.Errorf("argmaxMargin(%v) = %d, %d; want %d, %d", tt.scores, got, margin, tt.want, tt.wantMargin)
		}
	}
}

func TestArgmax(t *testing.T) {
	tests := []struct {
		scores []int32
		mask   uint64
		want   int
	}{
		{[]int32{3, 9, 2}, 0, 1},
		{[]int32{5, 5, 5}, 0, 0},        // ties go to the lower class
		{[]int32{-7, -3, -3, -9}, 0, 1}, // all negative
		{[]int32{4}, 0, 0},
		{nil, 0, 0},
		{[]int32{3, 9, 2}, 0b101, 0},
		{[]int32{3, 9, 2, 8}, 0b1100, 3},
		{[]int32{1, 1, 1}, 0b110, 1},
		{[]int32{1, 6, 6}, 0b110, 1},         // ties go to the lower class allowed
		{[]int32{2, 3, 9}, 0b1000, 0},        // no class allowed
		{[]int32{9, 3, 2}, 0b110 | 1<<63, 1}, // bits past the scores
		{[]int32{-5, -2, -8}, 0b101, 0},
	}
	for _, tt := range tests {
		if got := argmax(tt.scores, tt.mask); got != tt.want {
			t.Errorf("argmax(%v, %b) = %d, want %d", tt.scores, tt.mask, got, tt.want)
		}
	}
}
