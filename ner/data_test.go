package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEvaluateData scores the embedded model on UNER English EWT test when
// CASUS_DATA names the shared data folder:
//
//	CASUS_DATA=../../shared/data go test -run TestEvaluateData -v ./ner
func TestEvaluateData(t *testing.T) {
	dir := os.Getenv("CASUS_DATA")
	if dir == "" {
		t.Skip("set CASUS_DATA to the shared data folder")
	}
	m := mustDefault(t)
	sents, err := readIOB2File(filepath.Join(dir, "uner_english_ewt/en_ewt-ud-test.iob2"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UNER English EWT test, %d sentences, words only:\n%v", len(sents), Evaluate(m, sents))
	if err := attachXPOS(filepath.Join(dir, "ud_english_ewt/en_ewt-ud-test.conllu"), sents); err != nil {
		t.Fatal(err)
	}
	t.Logf("with gold XPOS from UD English EWT test:\n%v", Evaluate(m, sents))
}

// BenchmarkTagDocumentData tags the documents of UNER English EWT dev,
// words only, when CASUS_DATA names the shared data folder: varied text,
// unlike BenchmarkTag's one repeated sentence, so that the weight rows
// it reads are not all in cache.
//
//	CASUS_DATA=../../shared/data go test -run '^$' -bench TagDocumentData -cpu 1 ./ner
func BenchmarkTagDocumentData(b *testing.B) {
	dir := os.Getenv("CASUS_DATA")
	if dir == "" {
		b.Skip("set CASUS_DATA to the shared data folder")
	}
	m := mustDefault(b)
	sents, err := readIOB2File(filepath.Join(dir, "uner_english_ewt/en_ewt-ud-dev.iob2"))
	if err != nil {
		b.Fatal(err)
	}
	var docs [][][]string
	n := 0
	for _, doc := range Documents(sents) {
		words := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Words()
			n += len(words[i])
		}
		docs = append(docs, words)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, words := range docs {
			m.TagDocument(words, nil)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
