package parse

import (
	"path/filepath"
	"testing"

	"github.com/casus-project/casus/conllu"
)

// ewtPath returns a path under the shared EWT folder, skipping the test
// when the data is absent (a fresh clone has no ../shared).
func ewtPath(t testing.TB, name string) string {
	p := filepath.Join("..", "..", "shared", "data", "ud_english_ewt", name)
	if _, err := filepath.Abs(p); err != nil {
		t.Skip(err)
	}
	return p
}

// TestOracleReachesGold follows zero-cost moves on every training tree and
// checks that the dynamic oracle always offers one and rebuilds the
// projectivised gold tree.
func TestOracleReachesGold(t *testing.T) {
	sents, err := conllu.ReadFile(ewtPath(t, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skip(err)
	}
	ids := map[string]uint16{rootLabel: 0, "dep": 1}
	exs := examples(sents, ids, true)
	var st state
	for _, ex := range exs {
		projectivize(ex.heads)
		st.load(ex.tokens, nil)
		for !st.terminal() {
			moved := false
			for _, mv := range []int{left, right, shift} {
				if !st.legal(mv) || st.cost(mv, ex.heads) != 0 {
					continue
				}
				l := uint16(0)
				if mv != shift {
					l = ex.labels[st.stack[len(st.stack)-1]]
				}
				st.apply(mv, l)
				moved = true
				break
			}
			if !moved {
				t.Fatalf("%q: no zero-cost move (stack %v, b %d)", ex.orig.Text(), st.stack, st.b)
			}
		}
		for i, h := range ex.heads {
			if st.head[i] != h || st.label[i] != ex.labels[i] {
				t.Fatalf("%q: word %d got head %d label %d, want %d %d", ex.orig.Text(), i, st.head[i], st.label[i], h, ex.labels[i])
			}
		}
	}
	if len(exs) < 1000 {
		t.Errorf("only %d dev trees", len(exs))
	}
}
