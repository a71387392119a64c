package tag

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadIrregulars(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.noun": "  licence header line\naxis n 3 0 3 0\nax n 1 0 1 0\n",
		"index.verb": "flee v 2 0 2 0\n",
		"index.adj":  "",
		"index.adv":  "",
		"noun.exc":   "axes ax axis\ncomics comic_strip comic\ngo_betweens go_between\nsheep sheep\n",
		"verb.exc":   "fled flee\n\n",
		"adj.exc":    "",
		"adv.exc":    "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readIrregulars(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []irregular{
		{form: "axes", lemmas: []string{"ax", "axis"}, pos: wnNoun, senses: []int{1, 3}},
		{form: "comics", lemmas: []string{"comic"}, pos: wnNoun, senses: []int{0}},
		{form: "fled", lemmas: []string{"flee"}, pos: wnVerb, senses: []int{2}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readIrregulars = %+v, want %+v", got, want)
	}
	if err := os.Remove(filepath.Join(dir, "adv.exc")); err != nil {
		t.Fatal(err)
	}
	if _, err := readIrregulars(dir); err == nil {
		t.Error("readIrregulars without adv.exc: no error")
	}
}
