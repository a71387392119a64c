package tag

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestPairRows checks that scoring a word with its context features less
// the tag-pair features, plus the pair's row, gives every class of each
// pass the scores of all its context features, and that the tags are
// those of a model without the rows.
func TestPairRows(t *testing.T) {
	m := decodeDefault(t)
	n := len(m.xpos)
	checked, differ := 0, 0
	eachScored(m, func(ws *workspace, toks []model.Token, k int, tb *table, right []int, i int) {
		var want, got [256]int32
		tb.add(contextFeatures(nil, ws.words, i, ws.left, right, m.verbal, 0), &want)
		tb.add(contextFeatures(nil, ws.words, i, ws.left, right, m.verbal, leavePairs), &got)
		if got != want {
			differ++
		}
		t1, t2 := leftTags(i, ws.left)
		for c, v := range m.pairs.row(tb, k, t1, t2)[:n] {
			got[c] += v
		}
		if got != want {
			t.Errorf("pass %d, %q: scores with the pair row differ", k+1, toks[i].Form)
		}
		checked++
	})
	if checked == 0 || differ == 0 {
		t.Fatalf("%d words scored, %d of them with pair features", checked, differ)
	}
	plain := decodeDefault(t)
	plain.pairs = nil
	sameTags(t, "pair rows", tagged(m), tagged(plain))
}

func TestPairIndex(t *testing.T) {
	const n = 49
	seen := make(map[int]bool)
	for _, v := range []uint64{tagValue(0), tagValue(n - 1), tagValue(-1), padStart2, padStart1} {
		k := pairIndex(v, n)
		if k < 0 || k >= n+3 || seen[k] {
			t.Errorf("pairIndex(%#x) = %d, want a free place in [0, %d)", v, k, n+3)
		}
		seen[k] = true
	}
}
