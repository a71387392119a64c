package ner

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
		total := Scores{Types: make([]PRF, len(scoredTypes))}
		for seed := range seeds {
			cfg.Seed = uint64(seed + 1)
			sc, err := crossValidate(context.Background(), cfg)
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
