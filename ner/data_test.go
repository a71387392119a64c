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
