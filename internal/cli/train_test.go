package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRequireWordNet(t *testing.T) {
	empty := t.TempDir()
	full := t.TempDir()
	for _, name := range []string{"data.noun", "index.noun"} {
		if err := os.WriteFile(filepath.Join(full, name), []byte("  licence\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := requireWordNet(empty); err == nil || !strings.Contains(err.Error(), "wordnet-base") || !strings.Contains(err.Error(), empty) {
		t.Errorf("requireWordNet(empty dir) = %v, want an error naming the dir and wordnet-base", err)
	}
	if err := requireWordNet(full); err != nil {
		t.Errorf("requireWordNet(dir with a noun index and data) = %v", err)
	}
	for _, name := range []string{"tagger", "parser", "ner"} {
		if !trainers[name].wordNet {
			t.Errorf("trainer %s does not require WordNet, though it reads it", name)
		}
	}
}
