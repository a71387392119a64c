package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/conllu"
)

// tiny is a small treebank written for these tests.
const tiny = `# text = Albania severed ties with Iran.
1	Albania	Albania	PROPN	NNP	_	2	nsubj	_	_
2	severed	sever	VERB	VBD	_	0	root	_	_
3	ties	tie	NOUN	NNS	_	2	obj	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	Iran	Iran	PROPN	NNP	_	3	nmod	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

# text = The talks were postponed.
1	The	the	DET	DT	_	2	det	_	_
2	talks	talk	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	postponed	postpone	VERB	VBN	_	0	root	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Police arrested two men and seized weapons.
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	two	two	NUM	CD	_	4	nummod	_	_
4	men	man	NOUN	NNS	_	2	obj	_	_
5	and	and	CCONJ	CC	_	6	cc	_	_
6	seized	seize	VERB	VBD	_	2	conj	_	_
7	weapons	weapon	NOUN	NNS	_	6	obj	_	_
8	.	.	PUNCT	.	_	2	punct	_	_

# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	_	_

`

func readTiny(t *testing.T) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.NewReader(strings.NewReader(tiny)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func trainTiny(t *testing.T) *Model {
	t.Helper()
	s := readTiny(t)
	m, err := train1(context.Background(), TrainConfig{Seed: 7, Epochs: 8, Bits: 14, Explore: 0.9, Classes: 3, Log: &bytes.Buffer{}}, s, s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainFits checks that training learns a tiny treebank by heart.
func TestTrainFits(t *testing.T) {
	m := trainTiny(t)
	sc := Evaluate(m, readTiny(t))
	if sc.Sentences != 4 || sc.Words != 20 {
		t.Fatalf("counted %d sentences, %d words; want 4, 20", sc.Sentences, sc.Words)
	}
	if sc.UAS() != 100 || sc.LAS() != 100 {
		t.Errorf("UAS %.1f LAS %.1f on the training set, want 100", sc.UAS(), sc.LAS())
	}
}

// TestTrainDeterministic trains twice with one seed and compares the files.
func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainTiny(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
}

func TestEvaluateCounts(t *testing.T) {
	m := trainTiny(t)
	sents := readTiny(t)
	// Break one gold head and one gold label: the scores must drop by one
	// word each, and a missing head must not be counted.
	sents[0].Words[2].Head = 5     // ties <- Iran: wrong
	sents[1].Words[0].DepRel = "x" // The: label wrong
	sents[2].Words[0].Head = -1    // Police: not scored
	sc := Evaluate(m, sents)
	if sc.Words != 19 || sc.Heads != 18 || sc.Labelled != 17 {
		t.Errorf("got %+v, want 19 words, 18 heads, 17 labelled", sc)
	}
}

func TestSaveLoad(t *testing.T) {
	m := trainTiny(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	start, cls, val := plainRows(m2)
	if !slices.Equal(m.labels, m2.labels) || !slices.Equal(m.classes, m2.classes) || m.root != m2.root ||
		m.bits != m2.bits || !slices.Equal(m.start, start) || !slices.Equal(m.cls, cls) || !slices.Equal(m.val, val) {
		t.Error("loaded model differs from saved one")
	}
	if m.lex == nil || m2.lex == nil {
		t.Fatal("no word classes")
	}
	words, class, err := m2.lex.list()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.lex.words, words) || !slices.Equal(m.lex.class, class) ||
		!slices.Equal(m.lex.paths, m2.lex.paths) || !slices.Equal(m.lex.hash, m2.lex.hash) {
		t.Error("loaded word classes differ from saved ones")
	}
	for _, s := range readTiny(t) {
		a, b := Tokens(s), Tokens(s)
		m.Parse(a)
		m2.Parse(b)
		if !slices.Equal(a, b) {
			t.Errorf("parses differ: %s vs %s", show(a), show(b))
		}
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	if err := trainTiny(t).Save(&good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"short", []byte("casusdep")},
		{"truncated", good.Bytes()[:good.Len()/2]},
		{"truncated gzip", gz(t, "casusdep\x02")[:10]},
		{"other magic", gz(t, "casusXXX\x01")},
		{"older version", gz(t, "casusdep\x01")},
		{"newer version", gz(t, "casusdep\x03")},
		// Hash width 8, label "root", one class (shift): too few classes.
		{"no arcs", gz(t, "casusdep\x02\x08\x01\x04root\x00\x01\x00\x00")},
		{"huge hash", gz(t, "casusdep\x01\x40")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if tt.name != "truncated gzip" && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func FuzzLoad(f *testing.F) {
	var b bytes.Buffer
	s, _ := conllu.NewReader(strings.NewReader(tiny)).ReadAll()
	m, err := train1(context.Background(), TrainConfig{Seed: 1, Epochs: 2, Bits: 8, Explore: -1, Classes: 2}, s, s)
	if err != nil {
		f.Fatal(err)
	}
	m.Save(&b)
	f.Add(b.Bytes())
	f.Add(gz(f, "casusdep\x02\x08"))
	var old bytes.Buffer
	m.saveGzip(&old)
	f.Add(old.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		Load(bytes.NewReader(data))
		// Past the checksum, so that the checks behind it are tried.
		m, err := Load(bytes.NewReader(withChecksum(data)))
		if err != nil {
			return
		}
		// A model that loads must parse and save again.
		toks := Tokens(s[0])
		m.Parse(toks)
		if why := checkTree(toks); why != "" {
			t.Fatal(why)
		}
		var out bytes.Buffer
		if err := m.Save(&out); err != nil {
			t.Fatal(err)
		}
		m2, err := Load(&out)
		if err != nil {
			t.Fatalf("reload: %v", err)
		}
		if !sameTables(m, m2) {
			t.Fatal("reload differs")
		}
	})
}

// TestModelOfSums checks that a model built from several trainers holds
// the sum of their averaged weights: two copies of one trainer give that
// trainer's model (the scale absorbs the factor two), and two different
// ones the weights of both.
func TestModelOfSums(t *testing.T) {
	// Updates at step 0 leave no sums, so the averaged weights are the
	// current ones. Buckets are the top 4 bits of a feature.
	a, b := newTrainer(4, 3), newTrainer(4, 3)
	a.update([]uint64{1 << 60, 5 << 60}, 0, 2)
	a.update([]uint64{1 << 60, 5 << 60}, 2, -1)
	b.update([]uint64{5 << 60, 9 << 60}, 1, 2)
	one := a.model(nil, nil, 0)
	two := modelOf([]*trainer{a, a}, nil, nil, 0)
	if !slices.Equal(one.start, two.start) || !slices.Equal(one.cls, two.cls) || !slices.Equal(one.val, two.val) {
		t.Errorf("two copies: start %v cls %v val %v, want %v %v %v", two.start, two.cls, two.val, one.start, one.cls, one.val)
	}
	m := modelOf([]*trainer{a, b}, nil, nil, 0)
	// Sums: bucket 1 [2 0 -1], bucket 5 [2 2 -1], bucket 9 [0 2 0],
	// scaled so that 2 is 32767.
	wantStart := []uint32{0, 0, 2, 2, 2, 2, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6}
	wantCls := []uint8{0, 2, 0, 1, 2, 1}
	wantVal := []int16{32767, -16384, 32767, 32767, -16384, 32767}
	if !slices.Equal(m.start, wantStart) || !slices.Equal(m.cls, wantCls) || !slices.Equal(m.val, wantVal) {
		t.Errorf("sum: start %v cls %v val %v, want %v %v %v", m.start, m.cls, m.val, wantStart, wantCls, wantVal)
	}
}

// TestRefitTrainsOnlyKeptWeights checks that a refit starts from the
// pruned model's weights and that its updates touch no entry that
// pruning dropped.
func TestRefitTrainsOnlyKeptWeights(t *testing.T) {
	// Prune until the model errs on its training set, so that the refit
	// has something to update.
	m := trainTiny(t)
	var p *Model
	for th := 4000; th < 32767; th += 2000 {
		p = m.prune(th)
		if Evaluate(p, readTiny(t)).LAS() < 100 {
			break
		}
	}
	if len(p.cls) == 0 || len(p.cls) == len(m.cls) {
		t.Fatalf("pruning kept %d of %d weights; want some dropped, some kept", len(p.cls), len(m.cls))
	}
	// Unchanged, the trainer gives back the pruned model.
	same := refitTrainer(p, 1).model(p.labels, p.classes, p.root)
	if !slices.Equal(same.start, p.start) || !slices.Equal(same.cls, p.cls) || !slices.Equal(same.val, p.val) {
		t.Fatal("refit trainer does not hold the pruned weights")
	}
	ids := map[string]uint16{}
	for i, l := range p.labels {
		ids[l] = uint16(i)
	}
	train := examples(readTiny(t), ids, false)
	for _, ex := range train {
		projectivize(ex.heads)
	}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	tr := refitTrainer(p, 20000) // updates as large as the weights
	rng := rand.New(rand.NewPCG(1, 2))
	updated := false
	for range 3 {
		_, errs, err := trainPass(context.Background(), tr, rng, order, train, p.lex, p.classes, p.root, 0.9, false)
		if err != nil {
			t.Fatal(err)
		}
		updated = updated || errs > 0
	}
	if !updated {
		t.Fatal("no update made; the test shows nothing")
	}
	kept := map[[2]int]bool{}
	for b := 0; b+1 < len(p.start); b++ {
		for k := p.start[b]; k < p.start[b+1]; k++ {
			kept[[2]int{b, int(p.cls[k])}] = true
		}
	}
	r := tr.model(p.labels, p.classes, p.root)
	for b := 0; b+1 < len(r.start); b++ {
		for k := r.start[b]; k < r.start[b+1]; k++ {
			if !kept[[2]int{b, int(r.cls[k])}] {
				t.Fatalf("refit added weight for bucket %d class %d", b, r.cls[k])
			}
		}
	}
}

// TestTrainAddDev checks that AddDev learns the dev sentences too, where
// training on the training sentences alone does not parse them right.
func TestTrainAddDev(t *testing.T) {
	const devText = `# text = Yesterday rebels there fired on the town.
1	Yesterday	yesterday	NOUN	NN	_	4	obl:tmod	_	_
2	rebels	rebel	NOUN	NNS	_	4	nsubj	_	_
3	there	there	ADV	RB	_	2	advmod	_	_
4	fired	fire	VERB	VBD	_	0	root	_	_
5	on	on	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	town	town	NOUN	NN	_	4	obl	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

`
	dir := t.TempDir()
	ewt := filepath.Join(dir, "ud_english_ewt")
	if err := os.MkdirAll(ewt, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"train": tiny, "dev": devText} {
		if err := os.WriteFile(filepath.Join(ewt, "en_ewt-ud-"+name+".conllu"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dev, err := conllu.NewReader(strings.NewReader(devText)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	las := func(addDev bool) float64 {
		out := filepath.Join(dir, "model.bin")
		cfg := TrainConfig{DataDir: dir, Output: out, Seed: 7, Epochs: 8, Bits: 14, Classes: 3, Prune: -1, AddDev: addDev}
		if err := Train(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		m, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		return Evaluate(m, dev).LAS()
	}
	if got := las(false); got == 100 {
		t.Fatal("the training sentences alone parse the dev sentence right; the test shows nothing")
	}
	if got := las(true); got != 100 {
		t.Errorf("with AddDev, dev LAS %.1f, want 100", got)
	}
}
