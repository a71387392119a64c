package actor

import (
	"strings"
	"testing"
	"time"
)

// FuzzResolveArticle feeds Resolve sentences of arbitrary words, tags and
// entities (one sentence per line of src; a word "Form/UPOS/XPOS", names
// in [brackets] as people, {braces} as places) and checks that it never
// panics and that every mention lies within its sentence, in text order,
// without overlaps.
func FuzzResolveArticle(f *testing.F) {
	for _, s := range []string{
		"Kosovo held/VERB elections\nSerb protesters/NOUN/NNS threw/VERB stones\nthe/DET police dispersed/VERB the/DET crowd",
		"Peru 's/PART foreign/ADJ minister ,/PUNCT [Ana Quispe] ,/PUNCT spoke/VERB\nQuispe said/VERB its/PRON fighters/NOUN/NNS",
		"NATO 's/PART KFOR mission/NOUN urged/VERB\nthey/PRON moved/VERB their/PRON troops/NOUN/NNS",
		"the/DET opposition/NOUN Democratic Party\n,/PUNCT ,/PUNCT [A] ,/PUNCT",
		"a/DET spokesman said/VERB\nthe/DET two/NUM countries\nethnic/ADJ Albanian/ADJ",
		"[Wei Ming-hao] spoke/VERB\nWei its/PRON 's/PART",
		"'s/PART\n[\n{}\n,/PUNCT [X Y]",
	} {
		f.Add(s, int64(0))
	}
	r := New(dicts(f))
	f.Fuzz(func(t *testing.T, src string, day int64) {
		if len(src) > 2000 {
			return
		}
		text, sents, ents := document(strings.Split(src, "\n"))
		at := time.Unix(day%(1<<33), 0).UTC()
		ms := r.Resolve(sents, ents, at)
		if len(ms) != len(sents) {
			t.Fatalf("%d sentences back for %d", len(ms), len(sents))
		}
		for i, sm := range ms {
			end := 0
			for _, m := range sm {
				if m.Start < 0 || m.End > len(sents[i].Tokens) || m.Start >= m.End {
					t.Fatalf("sentence %d: tokens [%d,%d) of %d", i, m.Start, m.End, len(sents[i].Tokens))
				}
				if m.Span.Start > m.Span.End || m.Span.End > len(text) {
					t.Fatalf("sentence %d: span %v outside the text (%d bytes)", i, m.Span, len(text))
				}
				if m.Start < end && m.Kind != Description {
					t.Fatalf("sentence %d: mention at %d overlaps the one ending at %d", i, m.Start, end)
				}
				end = max(end, m.End)
			}
		}
	})
}
