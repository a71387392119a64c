package parse

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// tree builds tokens from forms and 1-based heads; forms in puncts are
// labelled punct, the rest "dep" (the root "root").
func tree(forms string, heads ...int) []model.Token {
	f := strings.Fields(forms)
	toks := make([]model.Token, len(f))
	for i := range f {
		rel := "dep"
		switch {
		case strings.ContainsAny(f[i], `.,!?;:()"-`) && len(f[i]) <= 2:
			rel = punctLabel
		case heads[i] == 0:
			rel = rootLabel
		}
		toks[i] = model.Token{Form: f[i], Head: heads[i], DepRel: rel}
	}
	return toks
}

func TestPunctCandidates(t *testing.T) {
	tests := []struct {
		name  string
		toks  []model.Token
		q     int32
		cands []int32 // nearest first, left side first
	}{
		{"comma between clauses", tree("He left , she stayed .", 2, 0, 5, 5, 2, 2), 3, []int32{2, 4, 5}},
		{"full stop", tree("He left , she stayed .", 2, 0, 5, 5, 2, 2), 6, []int32{5, 2}},
		{"comma after fronted word", tree("Yes , he did", 4, 1, 4, 0), 2, []int32{1, 3, 4}},
		{"root arc not crossed", tree("a b c ,", 2, 0, 2, 3), 4, []int32{3, 2}},
		{"arc over the token bounds both sides", tree("a b , c d", 0, 1, 2, 5, 1), 3, []int32{2, 1, 4, 5}},
		{"nested arcs on the left", tree("a b c d , e", 0, 1, 4, 2, 4, 1), 5, []int32{4, 2, 1, 6}},
		{"punctuation is no candidate", tree("a ( b ) .", 0, 3, 1, 3, 1), 5, []int32{3, 1}},
		{"two words", tree("Go !", 0, 1), 2, []int32{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w punctWork
			if !w.load(tt.toks) {
				t.Fatal("not a tree")
			}
			w.candidates(tt.q)
			if !slices.Equal(w.cands, tt.cands) {
				t.Errorf("candidates of %d = %v, want %v", tt.q, w.cands, tt.cands)
			}
		})
	}
}

func TestPunctPair(t *testing.T) {
	tests := []struct {
		name    string
		forms   string
		q       int32
		role    int
		partner int32
	}{
		{"opening quote", `He said " go " .`, 3, pairOpen, 5},
		{"closing quote", `He said " go " .`, 5, pairClose, 3},
		{"outer bracket", `( a ( b ) )`, 1, pairOpen, 6},
		{"inner closing bracket", `( a ( b ) )`, 5, pairClose, 3},
		{"unmatched", `a ) b`, 2, pairClose, 0},
		{"curly quotes", "\u201c a \u201d", 3, pairClose, 1},
		{"comma", `a , b`, 2, pairNone, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.forms)
			var w punctWork
			w.toks = make([]model.Token, len(f))
			w.heads = make([]int32, len(f))
			for i := range f {
				w.toks[i].Form = f[i]
			}
			role, partner := w.pair(tt.q)
			if role != tt.role || partner != tt.partner {
				t.Errorf("pair(%d) = %d, %d; want %d, %d", tt.q, role, partner, tt.role, tt.partner)
			}
		})
	}
}

// randomProjective returns the 1-based heads of a random projective tree
// of n tokens.
func randomProjective(rng *rand.Rand, n int) []int {
	heads := make([]int, n)
	var build func(a, b, head int) // tokens a..b (1-based) under head
	build = func(a, b, head int) {
		if a > b {
			return
		}
		h := a + rng.IntN(b-a+1)
		heads[h-1] = head
		for lo := a; lo < h; { // split the left part into subtrees
			hi := lo + rng.IntN(h-lo)
			build(lo, hi, h)
			lo = hi + 1
		}
		for lo := h + 1; lo <= b; {
			hi := lo + rng.IntN(b-lo+1)
			build(lo, hi, h)
			lo = hi + 1
		}
	}
	build(1, n, 0)
	return heads
}

// projective reports whether the 1-based heads form a tree with no
// crossing arcs, the root's arc from position 0 included.
func projective(heads []int) bool {
	n := len(heads)
	roots := 0
	for _, h := range heads {
		if h == 0 {
			roots++
		}
		for steps := 0; h != 0; steps++ { // climb to the root
			if steps > n {
				return false
			}
			h = heads[h-1]
		}
	}
	if roots != 1 {
		return false
	}
	for i, h := range heads {
		a, b := min(i+1, h), max(i+1, h)
		for j, g := range heads {
			c, d := min(j+1, g), max(j+1, g)
			if (a < c && c < b && b < d) || (c < a && a < d && d < b) {
				return false
			}
		}
	}
	return true
}

// TestReattachKeepsProjectiveTree re-attaches punctuation in random
// projective trees with random weights and checks that only punctuation
// leaves move and that the result is a projective tree.
func TestReattachKeepsProjectiveTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	p := &Punct{bits: 8, w: make([]int16, 1<<8)}
	for i := range p.w {
		p.w[i] = int16(rng.IntN(2001) - 1000)
	}
	moved := 0
	for k := range 2000 {
		n := 3 + rng.IntN(12)
		heads := randomProjective(rng, n)
		if !projective(heads) {
			t.Fatalf("tree %d: randomProjective gave %v", k, heads)
		}
		toks := make([]model.Token, n)
		for i, h := range heads {
			toks[i] = model.Token{Form: "w", UPOS: "NOUN", Head: h, DepRel: "dep"}
			if rng.IntN(3) == 0 {
				toks[i] = model.Token{Form: [...]string{",", ".", `"`, "("}[rng.IntN(4)], UPOS: "PUNCT", Head: h, DepRel: punctLabel}
			}
		}
		before := slices.Clone(toks)
		p.Reattach(toks)
		got := make([]int, n)
		for i := range toks {
			got[i] = toks[i].Head
			if toks[i].Head != before[i].Head {
				moved++
				leaf := !slices.ContainsFunc(before, func(t model.Token) bool { return t.Head == i+1 })
				if before[i].DepRel != punctLabel || !leaf {
					t.Fatalf("tree %v: token %d moved from %d to %d but is not a punctuation leaf", heads, i+1, before[i].Head, toks[i].Head)
				}
			}
			if toks[i].DepRel != before[i].DepRel {
				t.Fatalf("tree %v: token %d relabelled %q", heads, i+1, toks[i].DepRel)
			}
		}
		if !projective(got) {
			t.Fatalf("tree %v: re-attached to %v, not projective", heads, got)
		}
	}
	if moved == 0 {
		t.Error("no punctuation moved")
	}
}

func TestReattachLeavesNonTreesAlone(t *testing.T) {
	p := &Punct{bits: 4, w: make([]int16, 1<<4)}
	for _, heads := range [][]int{
		{2, 1, 2},    // cycle
		{0, 0, 1},    // two roots
		{2, 0, 9},    // head out of range
		{2, 0, -1},   // unparsed
		{3, 3, 0, 3}, // fine, but no punctuation
	} {
		toks := make([]model.Token, len(heads))
		for i, h := range heads {
			toks[i] = model.Token{Form: ",", Head: h, DepRel: punctLabel}
		}
		toks[len(toks)-1].DepRel = "dep"
		before := slices.Clone(toks)
		p.Reattach(toks)
		if !slices.Equal(toks, before) {
			t.Errorf("heads %v: changed to %v", heads, toks)
		}
	}
	var nilP *Punct
	nilP.Reattach(tree("He left .", 2, 0, 1)) // must not panic
}

// TestDefaultPunct moves punctuation that a parser put in the wrong place
// in trees that are otherwise right.
func TestDefaultPunct(t *testing.T) {
	p, err := DefaultPunct()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, forms string
		heads       []int // the punctuation misplaced
		q, want     int   // 1-based
	}{
		{"full stop to the main verb", "The army shelled the town .", []int{2, 3, 0, 5, 3, 5}, 6, 3},
		{"comma before a conjunct clause", `He left , and she stayed .`, []int{2, 0, 2, 6, 6, 2, 2}, 3, 6},
	}
	tags := map[string]string{
		"The": "DET", "army": "NOUN", "shelled": "VERB", "the": "DET", "town": "NOUN",
		"He": "PRON", "left": "VERB", "and": "CCONJ", "she": "PRON", "stayed": "VERB",
	}
	rels := map[string]string{"army": "nsubj", "town": "obj", "The": "det", "the": "det", "He": "nsubj", "she": "nsubj", "and": "cc", "stayed": "conj"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tree(tt.forms, tt.heads...)
			for i := range toks {
				toks[i].UPOS = tags[toks[i].Form]
				if toks[i].DepRel == punctLabel {
					toks[i].UPOS = "PUNCT"
				}
				if r, ok := rels[toks[i].Form]; ok {
					toks[i].DepRel = r
				}
			}
			p.Reattach(toks)
			if got := toks[tt.q-1].Head; got != tt.want {
				t.Errorf("%q attached to %d, want %d", toks[tt.q-1].Form, got, tt.want)
			}
		})
	}
}

func TestPunctSaveLoad(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	p := &Punct{bits: 10, w: make([]int16, 1<<10)}
	for i := range p.w {
		if rng.IntN(4) == 0 {
			p.w[i] = int16(rng.IntN(65536) - 32768)
		}
	}
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	q, err := LoadPunct(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if q.bits != p.bits || !slices.Equal(q.w, p.w) {
		t.Error("loaded weights differ from the saved ones")
	}
	for _, cut := range []int{0, 3, len(punctMagic), len(punctMagic) + 2, len(data) / 2, len(data) - 1} {
		if _, err := LoadPunct(bytes.NewReader(data[:cut])); !errors.Is(err, ErrFormat) {
			t.Errorf("%d of %d bytes: err = %v, want ErrFormat", cut, len(data), err)
		}
	}
	if _, err := LoadPunct(bytes.NewReader(append(slices.Clone(data), 0))); !errors.Is(err, ErrFormat) {
		t.Errorf("a byte after the weights: err = %v, want ErrFormat", err)
	}
	bad := slices.Clone(data)
	bad[len(punctMagic)] = punctVersion + 1
	if _, err := LoadPunct(bytes.NewReader(bad)); !errors.Is(err, ErrFormat) {
		t.Errorf("version %d: err = %v, want ErrFormat", punctVersion+1, err)
	}
}

// TestTrainPunctLearnsTiny trains the stage on the gold trees of the tiny
// treebank and checks that it puts back punctuation moved elsewhere.
func TestTrainPunctLearnsTiny(t *testing.T) {
	sents := readTiny(t)
	train := goldTrees(sents)
	m := trainTiny(t)
	p, err := trainPunct(context.Background(), PunctConfig{Seed: 1, Epochs: 5, Bits: 12, Parser: m, Log: &bytes.Buffer{}}, train, sents)
	if err != nil {
		t.Fatal(err)
	}
	tested := 0
	var w punctWork
	for _, ex := range train {
		for q := range ex.toks {
			toks := slices.Clone(ex.toks)
			if !w.load(toks) || !w.movable(q) {
				continue
			}
			w.candidates(int32(q + 1))
			for _, h := range w.cands {
				if h == ex.gold[q] {
					continue
				}
				toks[q].Head = int(h)
				p.Reattach(toks)
				tested++
				if toks[q].Head != int(ex.gold[q]) {
					t.Errorf("%v: %q put back on %d, want %d", toks, toks[q].Form, toks[q].Head, ex.gold[q])
				}
				toks[q].Head = int(ex.gold[q])
			}
		}
	}
	if tested == 0 {
		t.Error("nothing tested")
	}
}

// BenchmarkReattach re-attaches the punctuation of the EWT dev set as
// the parser leaves it, sentence by sentence, and reports tokens per
// second on one core (compare BenchmarkParse, which includes it).
func BenchmarkReattach(b *testing.B) {
	sents, err := conllu.ReadFile(ewtPath(b, "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Skip(err)
	}
	m := defaultModel(b)
	var parsed, toks [][]model.Token
	n := 0
	for _, s := range sents {
		t := Tokens(s)
		m.parseTree(t)
		parsed = append(parsed, t)
		toks = append(toks, slices.Clone(t))
		n += len(t)
	}
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	for b.Loop() {
		for i, t := range toks {
			copy(t, parsed[i])
			m.punct.Reattach(t)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := time.Duration(r1.Utime.Nano() - r0.Utime.Nano() + r1.Stime.Nano() - r0.Stime.Nano())
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/cpu-s")
}

// TestPunctMoveKeepsDependents moves tokens about and checks the
// dependents lists and counts against ones rebuilt from the heads.
func TestPunctMoveKeepsDependents(t *testing.T) {
	toks := tree("a , b c . d", 3, 1, 0, 3, 3, 4)
	var w punctWork
	if !w.load(toks) {
		t.Fatal("not a tree")
	}
	for _, mv := range [][2]int32{{2, 3}, {5, 4}, {2, 1}, {5, 6}, {5, 6}, {2, 3}} {
		w.move(mv[0], mv[1])
		for h := range w.kids {
			var want []int32
			for i, g := range w.heads {
				if int(g) == h {
					want = append(want, int32(i+1))
				}
			}
			if !slices.Equal(w.kids[h], want) {
				t.Fatalf("after moving %d to %d: dependents of %d = %v, want %v", mv[0], mv[1], h, w.kids[h], want)
			}
		}
	}
}

// BenchmarkLoadPunct decodes the embedded punctuation stage, as the first
// call of DefaultPunct does.
func BenchmarkLoadPunct(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadPunct(bytes.NewReader(punctData)); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzLoadPunct checks that LoadPunct returns an error, never panics, on
// any input, and that what it loads saves back to the same bytes.
func FuzzLoadPunct(f *testing.F) {
	f.Add(punctData)
	f.Add([]byte(punctMagic))
	f.Add([]byte(punctMagic + "\x01\x04\x02\x03\x05\x01\x7f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := LoadPunct(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		q, err := LoadPunct(&buf)
		if err != nil || q.bits != p.bits || !slices.Equal(q.w, p.w) {
			t.Fatalf("saved model reloads as %v, %v", q, err)
		}
	})
}
