package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/casus-project/casus/internal/inplace"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tag"
)

const unerSample = `# sent_id = s1
# text = Edi Rama visited Tehran .
1	Edi	B-PER	-	-
2	Rama	I-PER	-	-
3	visited	O	-	-
4	Tehran	B-LOC	-	-
5	.	O	-	-

# sent_id = s2
1	Hi	O	-	-
`

const iob1Sample = `-DOCSTART- O

# O
The I-ORG
Tehran I-ORG
Times I-ORG
B-ORG-like O
Reuters B-ORG
AFP I-ORG

`

func TestReader(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		words     [][]string
		tags      [][]string
		comments0 []string
	}{
		{
			name:      "uner",
			in:        unerSample,
			words:     [][]string{{"Edi", "Rama", "visited", "Tehran", "."}, {"Hi"}},
			tags:      [][]string{{"B-PER", "I-PER", "O", "B-LOC", "O"}, {"O"}},
			comments0: []string{"sent_id = s1", "text = Edi Rama visited Tehran ."},
		},
		{
			name:      "iob1 two columns",
			in:        iob1Sample,
			words:     [][]string{{"#", "The", "Tehran", "Times", "B-ORG-like", "Reuters", "AFP"}},
			tags:      [][]string{{"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"}},
			comments0: nil,
		},
		{name: "empty", in: "\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := NewReader(strings.NewReader(tt.in)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(sents) != len(tt.words) {
				t.Fatalf("got %d sentences, want %d", len(sents), len(tt.words))
			}
			for i, s := range sents {
				if got := s.Words(); !reflect.DeepEqual(got, tt.words[i]) {
					t.Errorf("sentence %d Words = %q, want %q", i, got, tt.words[i])
				}
				if got := s.Tags(); !reflect.DeepEqual(got, tt.tags[i]) {
					t.Errorf("sentence %d Tags = %q, want %q", i, got, tt.tags[i])
				}
			}
			if len(sents) > 0 && !reflect.DeepEqual(sents[0].Comments, tt.comments0) {
				t.Errorf("Comments = %q, want %q", sents[0].Comments, tt.comments0)
			}
		})
	}
}

func TestReaderLongLine(t *testing.T) {
	in := "a O\n" + strings.Repeat("x", MaxLineBytes+10) + " O\n"
	r := NewReader(strings.NewReader(in))
	_, err := r.ReadAll()
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrLongLine) || pe.Line != 2 {
		t.Fatalf("got %v, want a ParseError at line 2 wrapping ErrLongLine", err)
	}
	if _, err2 := r.Read(); err2 != err {
		t.Errorf("error not sticky: %v then %v", err, err2)
	}
}

func TestWrite(t *testing.T) {
	s := &Sentence{Comments: []string{"text = a b"}, Rows: [][]string{{"1", "a", "O"}, {"2", "b", "B-LOC"}}}
	var b bytes.Buffer
	if err := Write(&b, s, []string{"O", "B-PER"}); err != nil {
		t.Fatal(err)
	}
	want := "# text = a b\n1\ta\tO\tO\n2\tb\tB-LOC\tB-PER\n\n"
	if b.String() != want {
		t.Errorf("Write = %q, want %q", b.String(), want)
	}
	if err := Write(&b, s, []string{"O"}); err == nil {
		t.Error("Write with too few extra values: want an error")
	}
}

func FuzzReader(f *testing.F) {
	f.Add(unerSample)
	f.Add(iob1Sample)
	f.Add("# c\n\n#\tx\ty\n a \t b\n\n\n-DOCSTART-\nx I-X\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := NewReader(strings.NewReader(in)).ReadAll()
		if err != nil {
			return
		}
		var b bytes.Buffer
		for _, s := range sents {
			if len(s.Words()) != len(s.Rows) || len(s.Tags()) != len(s.Rows) {
				t.Fatal("Words or Tags do not match the rows")
			}
			if err := Write(&b, s, nil); err != nil {
				if errors.Is(err, ErrCommentRow) && strings.HasPrefix(s.Rows[0][0], "#") {
					return
				}
				t.Fatal(err)
			}
		}
		again, err := NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("re-reading written output: %v", err)
		}
		if len(again) != len(sents) {
			t.Fatalf("round trip: %d sentences, want %d", len(again), len(sents))
		}
		for i := range sents {
			if !reflect.DeepEqual(again[i].Comments, sents[i].Comments) {
				t.Fatalf("round trip comments:\n got %q\nwant %q", again[i].Comments, sents[i].Comments)
			}
			if !reflect.DeepEqual(again[i].Rows, sents[i].Rows) {
				t.Fatalf("round trip rows:\n got %q\nwant %q", again[i].Rows, sents[i].Rows)
			}
		}
	})
}

func TestSpans(t *testing.T) {
	tests := []struct {
		tags []string
		want []Span
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"B-PER", "B-PER"}, []Span{{0, 1, "PER"}, {1, 2, "PER"}}},
		{[]string{"I-ORG", "I-ORG", "I-LOC"}, []Span{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{[]string{"B-ORG", "I-LOC"}, []Span{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{[]string{"B-", "X", "B-MISC"}, []Span{{2, 3, "MISC"}}},
	}
	for _, tt := range tests {
		if got := Spans(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spans(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestScores(t *testing.T) {
	var sc Scores
	sc.Add([]string{"B-PER", "I-PER", "O", "B-LOC", "B-MISC"}, []string{"B-PER", "I-PER", "O", "B-ORG", "O"})
	sc.Add([]string{"B-ORG", "I-ORG"}, []string{"B-ORG", "O"})
	want := PRF{Gold: 3, Predicted: 3, Correct: 1}
	if sc.Overall != want {
		t.Errorf("Overall = %+v, want %+v", sc.Overall, want)
	}
	if sc.Types[0] != (PRF{Gold: 1, Predicted: 1, Correct: 1}) {
		t.Errorf("PER = %+v", sc.Types[0])
	}
	if sc.Types[1] != (PRF{Gold: 1, Predicted: 2, Correct: 0}) {
		t.Errorf("ORG = %+v", sc.Types[1])
	}
	if f := (PRF{Gold: 4, Predicted: 2, Correct: 2}).F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("F1 = %v", f)
	}
}

func TestViterbiConstraints(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	trans := make([]float32, (nLabels+1)*nLabels)
	for i := range trans {
		trans[i] = float32(rng.NormFloat64())
	}
	for range 200 {
		n := 1 + rng.IntN(12)
		scores := make([]float32, n*nLabels)
		for i := range scores {
			scores[i] = float32(rng.NormFloat64() * 3)
		}
		ys := viterbi(scores, trans, n)
		prev := nLabels
		for _, y := range ys {
			if !allowed(prev, y) {
				t.Fatalf("%s after %d in %v", labels[y], prev, ys)
			}
			prev = y
		}
	}
}

func mustDefault(t testing.TB) *Model {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEntities(t *testing.T) {
	tests := []struct {
		text string
		want []string // "KIND text"
	}{
		{"Albanian Prime Minister Edi Rama cut ties with Iran on Wednesday.",
			[]string{"PERSON Edi Rama", "LOCATION Iran"}},
		{"The Tehran Times reported the decision.", []string{"ORG Tehran Times"}},
		{"The Mujahedin-e-Khalq Organization (MKO) has a camp near Tirana.",
			[]string{"ORG Mujahedin-e-Khalq Organization", "ORG MKO", "LOCATION Tirana"}},
		{"The National Security Council met in Washington.",
			[]string{"ORG National Security Council", "LOCATION Washington"}},
		{"Nothing to see here.", nil},
	}
	m := mustDefault(t)
	tagger, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		var got []string
		for _, s := range segment.Sentences(tt.text) {
			tagger.Tag(s.Tokens) // as the pipeline does before names
			for _, e := range m.Entities(tt.text, s) {
				if e.Text != tt.text[e.Start:e.End] {
					t.Errorf("entity text %q != span %q", e.Text, tt.text[e.Start:e.End])
				}
				got = append(got, e.Kind+" "+e.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Entities(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestJoinHyphenated(t *testing.T) {
	text := "Mujahedin-e-Khalq Organization and U.S.-Iran"
	toks := segment.Tokens(text)
	// Mujahedin - e - Khalq Organization and U.S. - Iran
	tags := []string{"B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC"}
	if len(toks) != len(tags) {
		t.Fatalf("tokens %d, tags %d", len(toks), len(tags))
	}
	got := joinHyphenated(toks, tags)
	want := []string{"B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestModelRoundTrip checks that a loaded model is written back byte for
// byte as it was read, the embedded one and a trained one.
func TestModelRoundTrip(t *testing.T) {
	var trained bytes.Buffer
	if _, err := randomModel(9, 11, testWords()...).WriteTo(&trained); err != nil {
		t.Fatal(err)
	}
	for name, file := range map[string][]byte{"embedded": defaultModel, "trained": trained.Bytes()} {
		m, err := Load(bytes.NewReader(file))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(b.Bytes(), file) {
			t.Errorf("%s: rewritten model differs (%d bytes, read %d)", name, b.Len(), len(file))
		}
	}
}

func TestTagBadInput(t *testing.T) {
	m := mustDefault(t)
	if tags := m.Tag(nil, nil); len(tags) != 0 {
		t.Errorf("Tag(nil) = %q", tags)
	}
	long := segment.Tokens(strings.Repeat("Edi Rama \xff\xfe 👍 ", 2000))
	if tags := m.Tag(long, nil); len(tags) != len(long) {
		t.Errorf("got %d tags for %d tokens", len(tags), len(long))
	}
	// Entities with spans outside the text are skipped, not a panic.
	s := model.Sentence{Tokens: []model.Token{{Span: model.Span{Start: 5, End: 9}, Form: "Rama"}}}
	m.Entities("", s)
}

// fixSum sets the checksum of model file b to that of its content.
func fixSum(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[28:], inplace.Checksum(b[headerSize:]))
	return b
}

func TestLoadBad(t *testing.T) {
	var good bytes.Buffer
	// 2^7 buckets: two occupancy words; 2^5 word-table slots.
	m := randomModel(1, 7)
	m.gaz, m.lex, m.heads, m.clus = gazetteer{1: 2, 9: 4}, lexicon{3: 1}, nil, nil
	if _, err := m.WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(good.Bytes())); err != nil {
		t.Fatal(err)
	}
	l := layoutOf(7, int(binary.LittleEndian.Uint32(good.Bytes()[16:])), 3)
	if l.end != good.Len() {
		t.Fatalf("layout ends at %d, file has %d bytes", l.end, good.Len())
	}
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good.Bytes())) }
	tests := []struct {
		name string
		in   []byte
		want string // in the error
	}{
		{"empty", nil, "not a casus NER model"},
		{"magic only", []byte("CASUSNER"), "not a casus NER model"},
		{"other magic", []byte("NOTAMODEL"), "not a casus NER model"},
		{"version 4", []byte(magic + "\x04"), "version 4"},
		{"header cut", good.Bytes()[:20], "header"},
		{"cut", good.Bytes()[:good.Len()-1], "size"},
		{"longer", append(bytes.Clone(good.Bytes()), 0), "size"},
		{"no bits", edit(func(b []byte) []byte { b[9] = 0; return b }), "bucket bits"},
		{"too many bits", edit(func(b []byte) []byte { b[9] = maxBits + 1; return b }), "bucket bits"},
		{"flags", edit(func(b []byte) []byte { b[10] = 2; return b }), "flags"},
		{"key 0 flag", edit(func(b []byte) []byte { b[11] = 2; return b }), "key 0"},
		{"rows", edit(func(b []byte) []byte { b[16] = 200; return b }), "buckets of"},
		{"slot bits", edit(func(b []byte) []byte { b[20] = 1; return b }), "word table"},
		{"empty slot out of range", edit(func(b []byte) []byte { b[24] = 8; return b }), "word table"},
		{"flipped weight", edit(func(b []byte) []byte { b[l.rows+5] ^= 1; return b }), "checksum"},
		{"rank", edit(func(b []byte) []byte { b[l.occ+16+8]++; return fixSum(b) }), "before them"},
		{"occupancy", edit(func(b []byte) []byte { b[l.occ+16] ^= 1; return fixSum(b) }), "hold weights"},
		{"padding", edit(func(b []byte) []byte { b[l.occ+12] = 1; return fixSum(b) }), "padding"},
		{"full table", edit(func(b []byte) []byte {
			for i := l.words; i < l.end; i += 8 {
				b[i] = 1
			}
			return fixSum(b)
		}), "not empty"},
	}
	for _, tt := range tests {
		_, err := Load(bytes.NewReader(tt.in))
		if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load = %v, want ErrFormat with %q", tt.name, err, tt.want)
		}
	}
}

// FuzzLoad checks that Load refuses bad files without panicking, and
// that a model it accepts tags and is written back as it was read.
func FuzzLoad(f *testing.F) {
	var b bytes.Buffer
	small := &Model{bits: 4, w: make([]float32, 16*nLabels), trans: make([]float32, (nLabels+1)*nLabels),
		gaz: gazetteer{1: 2, 7: 1}, lex: lexicon{3: 9}}
	small.w[5] = 1.5
	small.WriteTo(&b)
	f.Add(b.Bytes())
	b.Reset()
	randomModel(2, 3, "edi", "rama").WriteTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte(magic + "\x05"))
	f.Fuzz(func(t *testing.T, in []byte) {
		check := func(in []byte) {
			m, err := Load(bytes.NewReader(in))
			if err != nil {
				return
			}
			m.Tag(segment.Tokens("Edi Rama in Tirana"), nil)
			var out bytes.Buffer
			if _, err := m.WriteTo(&out); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), in) {
				t.Errorf("written back as %d different bytes", out.Len())
			}
		}
		check(in)
		// The checksum refuses nearly every change: with the right one,
		// the other checks are tried.
		if len(in) >= headerSize {
			check(fixSum(bytes.Clone(in)))
		}
	})
}

func BenchmarkTag(b *testing.B) {
	m := mustDefault(b)
	text := strings.Repeat("TIRANA, Sept 7 (Reuters) - Albanian Prime Minister Edi Rama said on Wednesday that Iran's embassy staff had 24 hours to leave, and the Tehran Times called it a plot by the Mujahedin-e-Khalq Organization. ", 20)
	sents := segment.Sentences(text)
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s.Tokens, nil)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestTagUsesTokenXPOS(t *testing.T) {
	m := mustDefault(t)
	text := "i met edi rama in tirana yesterday"
	xpos := []string{"PRP", "VBD", "NNP", "NNP", "IN", "NNP", "NN"}
	toks := segment.Tokens(text)
	withArg := m.Tag(toks, xpos)
	for i := range toks {
		toks[i].XPOS = xpos[i]
	}
	if fromTokens := m.Tag(toks, nil); !reflect.DeepEqual(withArg, fromTokens) {
		t.Errorf("Tag with xpos %q, with token XPOS %q", withArg, fromTokens)
	}
}

func TestTagWords(t *testing.T) {
	m := mustDefault(t)
	words := []string{"Edi", "Rama", "visited", "Tehran", "."}
	got := m.TagWords(words, nil)
	toks := make([]model.Token, len(words))
	for i, w := range words {
		toks[i].Form = w
	}
	if want := m.Tag(toks, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("TagWords = %q, Tag = %q", got, want)
	}
	if len(m.TagWords(nil, nil)) != 0 {
		t.Error("TagWords(nil) not empty")
	}
}

func TestDocuments(t *testing.T) {
	const text = `-DOCSTART- O

A O
B O

C O

-DOCSTART- O

D O

# newdoc id = x
# sent_id = x-1
1	E	O	-	-
`
	sents, err := NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, doc := range Documents(sents) {
		var ws []string
		for _, s := range doc {
			ws = append(ws, strings.Join(s.Words(), " "))
		}
		got = append(got, strings.Join(ws, "|"))
	}
	if want := []string{"A B|C", "D", "E"}; !reflect.DeepEqual(got, want) {
		t.Errorf("documents %q, want %q", got, want)
	}
}

// TestDefaultChecksum checks the embedded model's checksum, which
// Default does not.
func TestDefaultChecksum(t *testing.T) {
	if _, err := load(defaultModel, true); err != nil {
		t.Fatal(err)
	}
	b := bytes.Clone(defaultModel)
	b[len(b)-1] ^= 1
	if _, err := load(b, true); !errors.Is(err, ErrFormat) {
		t.Errorf("load of the embedded model with a byte changed: %v, want ErrFormat", err)
	}
}

// BenchmarkLoadDefault loads the embedded model as Default does.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(defaultModel, false); err != nil {
			b.Fatal(err)
		}
	}
}
