package frame

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/internal/demotest"

	"github.com/casus-project/casus/model"
)

// TestDemoGold scores Find against demo/gold/framing.tsv. It logs recall
// (a gold mark found with its text and kind) and how many marks were
// found; the gold file lists only the marks its authors judged notable,
// so there is no precision target.
func TestDemoGold(t *testing.T) {
	rows := demotest.Gold(t, "framing.tsv")
	files := map[string]bool{}
	for _, r := range rows {
		files[r[0]] = true
	}
	arts := demotest.Articles(t)
	found := map[string][]model.FramingMark{}
	total := 0
	for f, a := range arts {
		found[f] = Find(a.Text, nil, nil)
		total += len(found[f])
	}
	hit, kindOK := 0, 0
	for _, r := range rows {
		text := strings.NewReplacer("“", "\"", "”", "\"").Replace(r[1])
		var got *model.FramingMark
		for i, m := range found[r[0]] {
			if strings.NewReplacer("“", "\"", "”", "\"").Replace(m.Text) == text {
				got = &found[r[0]][i]
				break
			}
		}
		switch {
		case got == nil:
			t.Logf("missed %s %q (%s)", r[0], r[1], r[2])
		case got.Kind == r[2]:
			hit++
			kindOK++
		default:
			hit++
			t.Logf("kind %s, want %s: %q", got.Kind, r[2], r[1])
		}
	}
	recall := float64(hit) / float64(len(rows))
	t.Logf("gold %d, found %d marks in those pages; gold text found %d (%.3f), with its kind %d", len(rows), total, hit, recall, kindOK)
	if recall < 0.8 {
		t.Errorf("recall %.3f, want at least 0.8", recall)
	}
}
