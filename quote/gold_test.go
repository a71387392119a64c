package quote

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/casus-project/casus/internal/demotest"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// goldQuote is a row of demo/gold/quotes.tsv.
type goldQuote struct {
	file, quote40, speaker string
	direct                 bool
}

// norm folds the differences that do not matter when comparing quotes
// and names: curly apostrophes, case, a leading article.
func norm(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// sameSpeaker reports whether a found speaker names the gold one: equal
// after norm, or containing it as whole words (the gold speaker is the
// fullest name, so a shorter found name never matches).
func sameSpeaker(got, want string) bool {
	g, w := norm(got), norm(want)
	if g == w {
		return true
	}
	return strings.Contains(" "+g+" ", " "+w+" ")
}

// TestDemoGold scores Find against demo/gold/quotes.tsv: a gold quote is
// found when a quote of the same page contains its first 40 characters
// and names its speaker; each found quote matches at most one gold quote.
func TestDemoGold(t *testing.T) {
	var gold []goldQuote
	files := map[string]bool{}
	for _, r := range demotest.Gold(t, "quotes.tsv") {
		if len(r) != 4 {
			t.Fatalf("bad gold row %q", r)
		}
		gold = append(gold, goldQuote{r[0], r[1], r[2], r[3] == "true"})
		files[r[0]] = true
	}
	scare := map[string][]string{}
	for _, r := range demotest.Gold(t, "framing.tsv") {
		if len(r) == 3 && r[2] == "scare_quote" {
			files[r[0]] = true
			scare[r[0]] = append(scare[r[0]], strings.Trim(r[1], "\"“”«»"))
		}
	}
	arts := demotest.Articles(t)
	found := map[string][]model.Quote{}
	predicted := 0
	for f, a := range arts {
		qs := Find(a.Text, segment.Sentences(a.Text), nil, Options{})
		found[f] = qs
		predicted += len(qs)
	}
	used := map[string][]bool{}
	for f := range found {
		used[f] = make([]bool, len(found[f]))
	}
	var hit, direct, textOnly int
	var misses []string
	for _, g := range gold {
		qs := found[g.file]
		best := -1
		for i, q := range qs {
			if used[g.file][i] || !strings.Contains(norm(q.Text), norm(g.quote40)) {
				continue
			}
			if best < 0 {
				best = i
			}
			if sameSpeaker(q.Speaker.Name, g.speaker) {
				best = i
				break
			}
		}
		if best >= 0 && sameSpeaker(qs[best].Speaker.Name, g.speaker) {
			used[g.file][best] = true
			hit++
			if qs[best].Direct == g.direct {
				direct++
			}
			continue
		}
		if best >= 0 {
			textOnly++
			misses = append(misses, fmt.Sprintf("speaker %q, want %q: %s", qs[best].Speaker.Name, g.speaker, g.quote40))
		} else {
			misses = append(misses, fmt.Sprintf("missed %q (%s): %s", g.quote40, g.speaker, g.file))
		}
	}
	var extra []string
	for f, qs := range found {
		for i, q := range qs {
			if !used[f][i] {
				extra = append(extra, fmt.Sprintf("extra %s %q (%s, direct %v)", f, q.Text, q.Speaker.Name, q.Direct))
			}
		}
	}
	var scareAsSpeech []string
	for f, qs := range found {
		for _, q := range qs {
			for _, s := range scare[f] {
				if q.Direct && norm(q.Text) == norm(s) {
					scareAsSpeech = append(scareAsSpeech, f+": "+s)
				}
			}
		}
	}
	recall := float64(hit) / float64(len(gold))
	precision := float64(hit) / float64(max(predicted, 1))
	t.Logf("gold %d, predicted %d, found with speaker %d (recall %.3f, precision %.3f), direct flag agrees %d, text found but wrong speaker %d",
		len(gold), predicted, hit, recall, precision, direct, textOnly)
	if testing.Verbose() || os.Getenv("QUOTE_GOLD_DEBUG") != "" {
		for _, m := range misses {
			t.Log(m)
		}
		for _, e := range extra {
			t.Log(e)
		}
	}
	if recall < 0.90 {
		t.Errorf("recall %.3f, want at least 0.90", recall)
	}
	if precision < 0.90 {
		t.Errorf("precision %.3f, want at least 0.90", precision)
	}
	if len(scareAsSpeech) > 0 {
		t.Errorf("scare quotes reported as speech: %q", scareAsSpeech)
	}
}
