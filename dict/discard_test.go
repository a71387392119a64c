package dict

import (
	"strings"
	"testing"
)

// discardEveryPrefix is Discard as it was before stemHeads: it looks up
// every proper prefix of the first word. The test holds Discard to it.
func discardEveryPrefix(d *Dicts, words []string) (Discard, int, bool) {
	if len(words) == 0 {
		return Discard{}, 0, false
	}
	first := key(words[0])
	if x, n, ok := d.longestDiscard(d.discIdx[first], words); ok {
		return x, n, ok
	}
	for i := len(first) - 1; i > 0; i-- {
		if cands, found := d.discIdx[first[:i]]; found {
			if x, n, ok := d.longestDiscard(cands, words); ok {
				return x, n, ok
			}
		}
	}
	return Discard{}, 0, false
}

// TestDiscardStemHeads checks that skipping the prefixes no one-word stem
// begins finds what looking up every prefix finds: on every discard
// phrase of the default dictionaries with endings added and letters cut,
// and on ordinary words.
func TestDiscardStemHeads(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d.stems.heads == nil || d.stems.min < 1 || d.stems.max < d.stems.min {
		t.Fatalf("stem heads = min %d max %d, %d heads", d.stems.min, d.stems.max, len(d.stems.heads))
	}
	var cases [][]string
	for _, x := range d.Discards() {
		ws := x.Words
		cases = append(cases, ws)
		last := len(ws) - 1
		for _, end := range []string{"S", "ES", "ING", "ERS", "x", "é"} {
			c := append(append([]string(nil), ws[:last]...), ws[last]+end)
			cases = append(cases, c, append(c, "TODAY"))
		}
		for cut := 1; cut < len(ws[last]); cut++ {
			c := append(append([]string(nil), ws[:last]...), ws[last][:cut])
			cases = append(cases, c)
		}
	}
	for _, s := range []string{
		"the minister met her counterpart in the capital on tuesday",
		"a basketball player and two footballers signed the accord",
		"Ministers agreed ceasefire talks would resume after the football season",
		"a I an be übergang Ärzte",
	} {
		ws := strings.Fields(s)
		for k := range ws {
			cases = append(cases, ws[k:])
		}
	}
	stems := 0
	for _, ws := range cases {
		gx, gn, gok := d.Discard(ws)
		wx, wn, wok := discardEveryPrefix(d, ws)
		if gn != wn || gok != wok || gx.Line != wx.Line || gx.Source != wx.Source {
			t.Errorf("Discard(%q) = %d %v line %d, want %d %v line %d", ws, gn, gok, gx.Line, wn, wok, wx.Line)
		}
		if gok && key(ws[0]) != gx.Words[0] {
			stems++
		}
	}
	if stems == 0 {
		t.Error("no case matched a stem through a longer word")
	}
}

// BenchmarkDiscard looks for discard phrases at every word of ordinary
// sentences, as the event coder does for each sentence.
func BenchmarkDiscard(b *testing.B) {
	d, ws := benchDiscardWords(b)
	b.ReportAllocs()
	for b.Loop() {
		for k := range ws {
			d.Discard(ws[k:])
		}
	}
}

// BenchmarkDiscardEveryPrefix times the lookup Discard replaced on the
// same words, so the two benchmarks compare the old and new lookups.
func BenchmarkDiscardEveryPrefix(b *testing.B) {
	d, ws := benchDiscardWords(b)
	b.ReportAllocs()
	for b.Loop() {
		for k := range ws {
			discardEveryPrefix(d, ws[k:])
		}
	}
}

// benchDiscardWords returns the default dictionaries and the upper-cased
// words of one ordinary sentence, shared by the Discard benchmarks so
// they time the same input.
func benchDiscardWords(b *testing.B) (*Dicts, []string) {
	b.Helper()
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return d, strings.Fields(strings.ToUpper("The foreign ministers of both countries agreed on Tuesday " +
		"to resume negotiations over the disputed border after months of accusations, " +
		"officials said in a statement published by the government"))
}
