package ner

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestTrain rebuilds the model when CASUS_TRAIN_NER is set (to "holdout"
// for a tuning run that writes to a temporary file instead):
//
//	CASUS_TRAIN_NER=1 go test -run TestTrain -v ./ner
func TestTrain(t *testing.T) {
	mode := os.Getenv("CASUS_TRAIN_NER")
	if mode == "" {
		t.Skip("set CASUS_TRAIN_NER=1 to train")
	}
	cfg := TrainConfig{
		DataDir: "../../shared/data",
		Output:  "model/ner.bin",
		Seed:    1,
		Log:     testWriter{t},
	}
	if mode == "holdout" {
		cfg.HoldOut = true
		cfg.Output = t.TempDir() + "/ner.bin"
	}
	cfg.NoWikiGold = os.Getenv("CASUS_NER_NOWIKI") != ""
	cfg.NoPOS = os.Getenv("CASUS_NER_NOPOS") != ""
	cfg.SelfTrain = os.Getenv("CASUS_NER_SELF") != ""
	if out := os.Getenv("CASUS_NER_OUT"); out != "" {
		cfg.Output = out
	}
	if e, err := strconv.Atoi(os.Getenv("CASUS_NER_EPOCHS")); err == nil {
		cfg.Epochs = e
	}
	if c, err := strconv.Atoi(os.Getenv("CASUS_NER_CLASSES")); err == nil {
		cfg.Classes = c
	}
	if r, err := strconv.Atoi(os.Getenv("CASUS_NER_RUNS")); err == nil {
		cfg.Runs = r
	}
	if b, err := strconv.Atoi(os.Getenv("CASUS_NER_BITS")); err == nil {
		cfg.Bits = uint8(b)
	}
	cfg.NoDoc = os.Getenv("CASUS_NER_NODOC") != ""
	cfg.Re3d = os.Getenv("CASUS_NER_RE3D") != ""
	cfg.WordNet = os.Getenv("CASUS_NER_WORDNET")
	if mode == "cv" {
		// Five-fold cross-validation over UNER dev documents, summed over
		// CASUS_NER_SEEDS seeds (default 1).
		seeds, err := strconv.Atoi(os.Getenv("CASUS_NER_SEEDS"))
		if err != nil || seeds < 1 {
			seeds = 1
		}
		// CASUS_NER_CVOUT names a file for the held-out predictions.
		var pred io.Writer
		if out := os.Getenv("CASUS_NER_CVOUT"); out != "" {
			f, err := os.Create(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			pred = f
		}
		total := Scores{Types: make([]PRF, len(scoredTypes))}
		for seed := range seeds {
			cfg.Seed = uint64(seed + 1)
			sc, err := crossValidate(context.Background(), cfg, pred)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("seed %d: F1 %.4f", cfg.Seed, sc.Overall.F1())
			total.Overall = total.Overall.Plus(sc.Overall)
			for i := range total.Types {
				total.Types[i] = total.Types[i].Plus(sc.Types[i])
			}
		}
		t.Logf("cross-validated over UNER dev:\n%v", total)
		return
	}
	if err := Train(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}

func TestReadFirstNames(t *testing.T) {
	row := func(id int, form, upos string, head int, rel string) string {
		return strconv.Itoa(id) + "\t" + form + "\t_\t" + upos + "\t_\t_\t" + strconv.Itoa(head) + "\t" + rel + "\t_\t_\n"
	}
	text := "# sent_id = 1\n" +
		row(1, "Jeff", "PROPN", 3, "nsubj") + row(2, "Skilling", "PROPN", 1, "flat") + row(3, "resigned", "VERB", 0, "root") + "\n" +
		"# sent_id = 2\n" +
		row(1, "Thanks", "NOUN", 0, "root") + row(2, ",", "PUNCT", 3, "punct") + row(3, "Carol", "PROPN", 1, "vocative") + "\n" +
		"# sent_id = 3\n" + // compound, not flat: no given name
		row(1, "Tampa", "PROPN", 2, "compound") + row(2, "Bay", "PROPN", 0, "root") + "\n" +
		"# sent_id = 4\n" + // a flat dependent of a noun, and Jeff again
		row(1, "number", "NOUN", 0, "root") + row(2, "5", "NUM", 1, "flat") + row(3, "Jeff", "PROPN", 1, "vocative") + "\n"
	path := filepath.Join(t.TempDir(), "t.conllu")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readFirstNames(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jeff", "Carol"}; !slices.Equal(got, want) {
		t.Errorf("readFirstNames = %q, want %q", got, want)
	}
	if _, err := readFirstNames(filepath.Join(t.TempDir(), "missing.conllu")); err == nil {
		t.Error("readFirstNames of a missing file: no error")
	}
}

func TestWritePredicted(t *testing.T) {
	m := mustDefault(t)
	in := "# newdoc id = a\n1\tEdi\tB-PER\n2\tRama\tI-PER\n3\tspoke\tO\n\n" +
		"1\tRama\tB-PER\n2\tleft\tO\n\n" +
		"# newdoc id = b\n1\tin\tO\n2\tTirana\tB-LOC\n\n"
	sents, err := NewReader(strings.NewReader(in)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := writePredicted(&b, m, sents); err != nil {
		t.Fatal(err)
	}
	got, err := NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(sents) {
		t.Fatalf("%d sentences written, want %d", len(got), len(sents))
	}
	// Each document is tagged as a whole, as Evaluate tags it.
	var want [][]string
	for _, doc := range Documents(sents) {
		var words [][]string
		for _, s := range doc {
			words = append(words, s.Words())
		}
		want = append(want, m.TagDocument(words, nil)...)
	}
	for i, s := range got {
		if !slices.Equal(s.Comments, sents[i].Comments) {
			t.Errorf("sentence %d: comments %q, want %q", i, s.Comments, sents[i].Comments)
		}
		if len(s.Rows) != len(sents[i].Rows) {
			t.Fatalf("sentence %d: %d rows, want %d", i, len(s.Rows), len(sents[i].Rows))
		}
		for k, r := range s.Rows {
			if !slices.Equal(r[:len(r)-1], sents[i].Rows[k]) || r[len(r)-1] != want[i][k] {
				t.Errorf("sentence %d row %d: %q, want %q + %q", i, k, r, sents[i].Rows[k], want[i][k])
			}
		}
	}
	if err := writePredicted(failWriter{}, m, sents); err == nil {
		t.Error("writePredicted to a failing writer: no error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }
