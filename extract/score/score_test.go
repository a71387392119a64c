package score

import (
	"math"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.;  ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and-dash", []string{"snake_case", "and", "dash"}},
		{"café's naïve 42nd", []string{"café", "s", "naïve", "42nd"}},
		// A combining mark is not \w in Python's re, so it splits a word.
		{"cafe\u0301s", []string{"cafe", "s"}},
		{"Тегеран 2022", []string{"Тегеран", "2022"}},
		{"bad\xffbyte", []string{"bad", "byte"}},
		{"soft\u00adhyphen", []string{"soft", "hyphen"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestPage(t *testing.T) {
	tests := []struct {
		name         string
		pred, gold   string
		want         Counts
		wantP, wantR float64
	}{
		// gold shingles: abcd bcde; predicted: abcd.
		{"half recall", "a b c d", "a b c d e", Counts{0.5, 0, 0.5}, 1, 0.5},
		// predicted: abcd bcde cdef; gold: abcd.
		{"extra text", "a b c d e f", "a b c d", Counts{1.0 / 3, 2.0 / 3, 0}, 1.0 / 3, 1},
		{"short texts equal", "a b", "a.  b", Counts{1, 0, 0}, 1, 1},
		// Fewer than four tokens make one shorter shingle, so "a b" and
		// "a b c" share nothing.
		{"short texts differ", "a b c", "a b", Counts{0, 0.5, 0.5}, 0, 0},
		{"empty prediction", "", "a b c d", Counts{0, 0, 1}, 0, 0},
		{"empty gold", "w x y z", "", Counts{0, 1, 0}, 0, 0},
		{"both empty", "", "!!", Counts{}, 1, 1},
		// x x x x x has the shingle xxxx twice.
		{"repeated shingle", "x x x x", "x x x x x", Counts{0.5, 0, 0.5}, 1, 0.5},
		{"case kept", "A b c d", "a b c d", Counts{0, 0.5, 0.5}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Page(tt.pred, tt.gold)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("Page = %+v, want %+v", got, tt.want)
			}
			if p := got.Precision(); !near(p, tt.wantP) {
				t.Errorf("Precision = %v, want %v", p, tt.wantP)
			}
			if r := got.Recall(); !near(r, tt.wantR) {
				t.Errorf("Recall = %v, want %v", r, tt.wantR)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	pages := []PageScore{
		Score("a", "a b c d", "a b c d e"), // P 1, R 0.5
		Score("b", "", "a b c d"),          // P not averaged, R 0
		Score("c", "", ""),                 // neither averaged, exact
		Score("d", "p q r s.", "p, q r s"), // P 1, R 1, exact
	}
	got := Summarize(pages)
	wantP, wantR := 1.0, 0.5 // P over a, d; R over a, b, d: (0.5+0+1)/3
	wantF := 2 * wantP * wantR / (wantP + wantR)
	if !near(got.Precision, wantP) || !near(got.Recall, wantR) || !near(got.F1, wantF) {
		t.Errorf("Summarize = %+v, want P %v R %v F1 %v", got, wantP, wantR, wantF)
	}
	if !near(got.Accuracy, 0.5) || got.Pages != 4 {
		t.Errorf("Accuracy, Pages = %v, %d, want 0.5, 4", got.Accuracy, got.Pages)
	}
	if z := Summarize(nil); z != (Result{}) {
		t.Errorf("Summarize(nil) = %+v, want zero", z)
	}
}

func FuzzPage(f *testing.F) {
	f.Add("a b c d", "a b c d e")
	f.Add("", "x")
	f.Add("\xff\xfe", "é\u0301")
	f.Fuzz(func(t *testing.T, pred, gold string) {
		c := Page(pred, gold)
		s := c.TP + c.FP + c.FN
		if s != 0 && !near(s, 1) {
			t.Fatalf("counts sum to %v", s)
		}
		if c.TP < 0 || c.FP < 0 || c.FN < 0 {
			t.Fatalf("negative counts %+v", c)
		}
		self := Page(gold, gold)
		if self.FP != 0 || self.FN != 0 {
			t.Fatalf("gold against itself: %+v", self)
		}
		for _, tok := range Tokens(pred) {
			if tok == "" || !utf8.ValidString(tok) {
				t.Fatalf("bad token %q", tok)
			}
		}
		if Exact(pred, gold) != Exact(gold, pred) {
			t.Fatal("Exact not symmetric")
		}
	})
}
