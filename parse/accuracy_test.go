package parse

import (
	"testing"

	"github.com/casus-project/casus/conllu"
)

// TestDevAccuracy guards the embedded model against regressions: it parses
// the EWT dev set with gold tags when ../shared is present.
func TestDevAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sents, err := conllu.ReadFile(ewtPath(t, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skip(err)
	}
	sc := Evaluate(defaultModel(t), sents)
	t.Logf("EWT dev, gold tags: UAS %.2f LAS %.2f over %d words", sc.UAS(), sc.LAS(), sc.Words)
	if sc.UAS() < 87 || sc.LAS() < 85 {
		t.Errorf("EWT dev UAS %.2f LAS %.2f, want at least 87 and 85", sc.UAS(), sc.LAS())
	}
}
