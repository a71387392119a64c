package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestWordNetText(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun": "  1 This software and database is being provided\n" +
			"00001740 03 n 01 entity 0 001 ~ 00001930 n 0000 | that which is perceived (living or nonliving)  \n" +
			"00002137 03 n 02 abstraction 0 abstract_entity 0 000 | a general concept; \"truth is an abstraction\"  \n",
		"data.verb":  "01234567 29 v 01 sever 0 000 | cut off from a whole  \n",
		"data.adj":   "00100100 00 a 01 glossless 0 000\n", // no gloss, no sentence
		"index.noun": "entity n 1 1 ~ 1 0 00001740\n",
		"data.adv":   "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := wordNetText(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"that", "which", "is", "perceived", "(", "living", "or", "nonliving", ")"},
		{"a", "general", "concept", ";", "\"", "truth", "is", "an", "abstraction", "\""},
		{"cut", "off", "from", "a", "whole"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got, err := wordNetText(filepath.Join(dir, "missing")); got != nil || err != nil {
		t.Errorf("no WordNet: got %d glosses, error %v", len(got), err)
	}
}
