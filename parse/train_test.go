package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
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
	if !slices.Equal(m.labels, m2.labels) || !slices.Equal(m.classes, m2.classes) || m.root != m2.root ||
		m.bits != m2.bits || !slices.Equal(m.start, m2.start) || !slices.Equal(m.cls, m2.cls) || !slices.Equal(m.val, m2.val) {
		t.Error("loaded model differs from saved one")
	}
	if m.lex == nil || m2.lex == nil {
		t.Fatal("no word classes")
	}
	if !slices.Equal(m.lex.words, m2.lex.words) || !slices.Equal(m.lex.class, m2.lex.class) ||
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
		{"not gzip", []byte("casusdep")},
		{"truncated", good.Bytes()[:good.Len()/2]},
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
			if tt.name != "truncated" && !errors.Is(err, ErrFormat) {
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
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
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
		if !slices.Equal(m.val, m2.val) || !slices.Equal(m.start, m2.start) {
			t.Fatal("reload differs")
		}
	})
}
