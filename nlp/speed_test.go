package nlp

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

// ewtTest is the UD English EWT test treebank in the shared data folder,
// when it is there.
var ewtTest = filepath.Join("..", "..", "shared", "data", "ud_english_ewt", "en_ewt-ud-test.conllu")

// ewtDocuments returns the raw text of each document of the EWT test
// treebank, its sentences joined by spaces, and the number of words.
func ewtDocuments(tb testing.TB) ([]string, int) {
	tb.Helper()
	f, err := os.Open(ewtTest)
	if err != nil {
		tb.Skipf("no treebank: %v", err)
	}
	defer f.Close()
	var docs []string
	var cur []string
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			if len(cur) > 0 {
				docs = append(docs, strings.Join(cur, " "))
			}
			cur = cur[:0]
		case strings.HasPrefix(line, "# text = "):
			cur = append(cur, strings.TrimPrefix(line, "# text = "))
		case line != "" && line[0] >= '0' && line[0] <= '9':
			id, _, _ := strings.Cut(line, "\t")
			if !strings.ContainsAny(id, "-.") {
				words++
			}
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(cur) > 0 {
		docs = append(docs, strings.Join(cur, " "))
	}
	return docs, words
}

// writeDoc writes everything Analyze found in d to h, one line a token or
// name, so that two runs can be compared by hash.
func writeDoc(h hash.Hash, d *Doc) {
	for _, s := range d.Sentences {
		fmt.Fprintf(h, "S %d %d\n", s.Start, s.End)
		for _, t := range s.Tokens {
			fmt.Fprintf(h, "%d %d %q %q %s %s %d %s\n", t.Start, t.End, t.Form, t.Lemma, t.UPOS, t.XPOS, t.Head, t.DepRel)
		}
	}
	for _, e := range d.Entities {
		fmt.Fprintf(h, "E %d %d %q %s\n", e.Start, e.End, e.Text, e.Kind)
	}
}

// TestEWTDigest prints a digest of the analysis of the EWT test text (go
// test -v -run EWTDigest), to check that a change meant only to make
// Analyze faster leaves its output alone. With CASUS_NLP_DIGEST set it
// fails unless the digest equals that value; without it, it skips.
func TestEWTDigest(t *testing.T) {
	docs, _ := ewtDocuments(t)
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, d := range docs {
		writeDoc(h, a.Analyze(d))
	}
	got := fmt.Sprintf("%x", h.Sum(nil))
	want := os.Getenv("CASUS_NLP_DIGEST")
	if want == "" {
		// Nothing to compare with: the digest is for a before/after check
		// by hand, so without one the test says it did not run.
		t.Skipf("digest of %d documents: %s (set CASUS_NLP_DIGEST to compare)", len(docs), got)
	}
	if got != want {
		t.Errorf("digest %s, want %s", got, want)
	}
}

// BenchmarkAnalyzeEWT runs the full pipeline over the EWT test text and
// reports tokens (gold words) per second.
func BenchmarkAnalyzeEWT(b *testing.B) {
	benchmarkEWT(b, func(a *Analyzer, docs []string) {
		for _, d := range docs {
			a.Analyze(d)
		}
	})
}

// BenchmarkAnalyzeAllEWT is BenchmarkAnalyzeEWT with every document in
// one AnalyzeAll call.
func BenchmarkAnalyzeAllEWT(b *testing.B) {
	benchmarkEWT(b, func(a *Analyzer, docs []string) { a.AnalyzeAll(docs) })
}

// benchmarkEWT times run over the EWT test documents and reports gold
// words per second of wall-clock time and per second of the process's CPU
// time.
func benchmarkEWT(b *testing.B, run func(*Analyzer, []string)) {
	docs, words := ewtDocuments(b)
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var ru0, ru1 syscall.Rusage
	b.ResetTimer()
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for range b.N {
		run(a, docs)
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// TestAnalyzeAllMatchesAnalyze checks that analysing texts together gives
// what analysing each alone gives.
func TestAnalyzeAllMatchesAnalyze(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		texts []string
	}{
		{"none", nil},
		{"one", []string{story}},
		{"several", []string{story, "", "Kim Jong Un met Moon Jae-in in Panmunjom.", "no names here at all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := a.AnalyzeAll(tt.texts)
			if len(all) != len(tt.texts) {
				t.Fatalf("%d docs for %d texts", len(all), len(tt.texts))
			}
			for i, text := range tt.texts {
				h1, h2 := sha256.New(), sha256.New()
				writeDoc(h1, all[i])
				writeDoc(h2, a.Analyze(text))
				if all[i].Text != text || string(h1.Sum(nil)) != string(h2.Sum(nil)) {
					t.Errorf("text %d: AnalyzeAll and Analyze differ", i)
				}
			}
		})
	}
}

func TestAnnotateAll(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{story, "Kim Jong Un met Moon Jae-in in Panmunjom."}
	arts := make([]*model.Article, len(texts))
	for i, s := range texts {
		arts[i] = &model.Article{Text: s}
	}
	if err := a.AnnotateAll(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	for i, art := range arts {
		one := &model.Article{Text: texts[i]}
		if err := a.Annotate(context.Background(), one); err != nil {
			t.Fatal(err)
		}
		h1, h2 := sha256.New(), sha256.New()
		writeDoc(h1, &Doc{Text: art.Text, Sentences: art.Sentences, Entities: art.Entities})
		writeDoc(h2, &Doc{Text: one.Text, Sentences: one.Sentences, Entities: one.Entities})
		if string(h1.Sum(nil)) != string(h2.Sum(nil)) || len(art.Sentences) == 0 {
			t.Errorf("article %d: AnnotateAll and Annotate differ", i)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.AnnotateAll(ctx, arts); err == nil {
		t.Error("AnnotateAll with a cancelled context: no error")
	}
}
