package simhash

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The stories below are invented for these tests.
const (
	harbour = `The port authority of Valmora said on Tuesday that it would reopen the northern harbour to cargo ships after a three-week closure caused by a dispute between dock workers and the shipping companies that use the terminal.
The dispute began when two of the largest operators announced plans to replace night crews with automated cranes, a move the dockers' union called a breach of the agreement signed last spring.
Talks mediated by the labour ministry ended late on Monday with a compromise: the cranes will be introduced over four years, and no worker hired before January will lose a job.
"This is not a victory for either side, but it keeps the harbour open," the ministry's chief mediator told reporters outside the talks.
Exporters of fruit and timber, who had warned of losses running into millions, welcomed the deal. Several ships that had been waiting at anchor outside the breakwater were expected to dock by Thursday.`

	election = `Voters in the mountain province of Serrat will return to the polls next month after the electoral commission annulled the results of the regional assembly election, citing irregularities at more than forty polling stations.
Observers from a domestic monitoring group had reported ballot boxes arriving at counting centres with broken seals and tally sheets that did not match the number of registered voters.
The governing party, which had claimed a narrow majority, said it would accept the ruling but accused the commission of bowing to pressure from opposition protesters who had camped in the provincial capital for ten days.
Opposition leaders called the decision a first step and demanded the resignation of the provincial police chief, whom they blame for the arrest of dozens of demonstrators.
The commission said the new vote would be held under the supervision of international observers.`
)

func TestSumNear(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		maxDist int
	}{
		{"identical", harbour, harbour, 0},
		{"case and spacing", harbour, strings.ToUpper(strings.ReplaceAll(harbour, " ", "  \t")), 0},
		{"punctuation only", harbour, strings.NewReplacer(",", "", ".", " ;", `"`, "'").Replace(harbour), 0},
		{"one word changed", harbour, strings.Replace(harbour, "three-week", "four-week", 1), 3},
		{"one word changed late", election, strings.Replace(election, "dozens", "hundreds", 1), 3},
		{"different footer", harbour, harbour + "\nCopyright 2024 Valmora Daily News. All rights reserved.", 3},
		{"byline added", election, "By a staff reporter\n" + election, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Distance(Sum(tc.a), Sum(tc.b))
			if d > tc.maxDist {
				t.Errorf("Distance = %d, want <= %d", d, tc.maxDist)
			}
		})
	}
}

// TestNearRecall measures how often a one-word edit stays within distance 3
// on generated texts of several lengths, and that unrelated texts never do.
// SimHash noise shrinks as texts grow (a bit flips when its vote is close to
// a tie), so short texts are often missed; the bounds below guard against
// regressions in the hash, not an ideal.
func TestNearRecall(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	words := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		return w
	}
	tests := []struct {
		words     int
		minRecall float64 // share of one-word edits within distance 3
		maxFalse  float64 // share of unrelated pairs within distance 3
	}{
		{100, 0.15, 0},
		{200, 0.40, 0},
		{400, 0.70, 0},
		{800, 0.85, 0},
	}
	const trials = 300
	for _, tc := range tests {
		near, unrelated := 0, 0
		for range trials {
			a := words(tc.words)
			b := append([]string(nil), a...)
			b[r.IntN(len(b))] = "edited"
			ha := Sum(strings.Join(a, " "))
			if Distance(ha, Sum(strings.Join(b, " "))) <= 3 {
				near++
			}
			if Distance(ha, Sum(strings.Join(words(tc.words), " "))) <= 3 {
				unrelated++
			}
		}
		recall, fp := float64(near)/trials, float64(unrelated)/trials
		t.Logf("%4d words: one-word edit within 3: %.2f; unrelated within 3: %.2f", tc.words, recall, fp)
		if recall < tc.minRecall || fp > tc.maxFalse {
			t.Errorf("%d words: recall %.2f (want >= %.2f), false matches %.2f (want <= %.2f)",
				tc.words, recall, tc.minRecall, fp, tc.maxFalse)
		}
	}
}

func TestSumFar(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		minDist int
	}{
		{"unrelated stories", harbour, election, 12},
		{"first half vs second half", harbour[:len(harbour)/2], harbour[len(harbour)/2:], 12},
		{"word order shuffled", "the cat sat on the mat today", "today mat the on sat cat the", 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Distance(Sum(tc.a), Sum(tc.b))
			if d < tc.minDist {
				t.Errorf("Distance = %d, want >= %d", d, tc.minDist)
			}
		})
	}
}

func TestSumShortInputs(t *testing.T) {
	tests := []struct {
		text string
		zero bool
	}{
		{"", true},
		{"  \n\t ", true},
		{"!!! --- ...", true},
		{"\xff\xfe", true},
		{"word", false},
		{"two words", false},
		{"exactly three words", false},
	}
	for _, tc := range tests {
		if got := Sum(tc.text); (got == 0) != tc.zero {
			t.Errorf("Sum(%q) = %#x, want zero: %v", tc.text, got, tc.zero)
		}
	}
	// Short texts are still told apart.
	if Sum("word") == Sum("other") || Sum("two words") == Sum("words two") {
		t.Error("distinct short texts share a fingerprint")
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b uint64
		want int
	}{
		{0, 0, 0},
		{0, 1, 1},
		{0, ^uint64(0), 64},
		{0xF0F0, 0x0F0F, 16},
		{1 << 63, 1, 2},
	}
	for _, tc := range tests {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%#x, %#x) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%#x, %#x) = %d, want %d (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestSumWordBoundaries checks that shingles keep word boundaries: gluing or
// splitting words changes the fingerprint.
func TestSumWordBoundaries(t *testing.T) {
	if Sum("ab cd ef") == Sum("abc def") {
		t.Error(`"ab cd ef" and "abc def" share a fingerprint`)
	}
	if Sum("a bc d") == Sum("ab c d") {
		t.Error(`"a bc d" and "ab c d" share a fingerprint`)
	}
}

func FuzzSum(f *testing.F) {
	for _, s := range []string{"", "a", "a b c d", harbour[:200], "İstanbul ǅemal ΣΊΣΥΦΟΣ", "\xff\x00x y z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Sum(s)
		if h != Sum(s) {
			t.Fatal("Sum is not deterministic")
		}
		// Case and punctuation do not matter for ASCII text.
		if utf8.ValidString(s) && isASCII(s) {
			if g := Sum(strings.ToUpper(s)); g != h {
				t.Fatalf("Sum(upper) = %#x, Sum = %#x", g, h)
			}
			if g := Sum(" , " + strings.ReplaceAll(s, " ", " - ") + " ."); g != h {
				t.Fatalf("Sum(repunctuated) = %#x, Sum = %#x", g, h)
			}
		}
		if d := Distance(h, Sum(s+" "+s)); d < 0 || d > 64 {
			t.Fatalf("Distance out of range: %d", d)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func BenchmarkSum(b *testing.B) {
	text := strings.Repeat(harbour+"\n"+election+"\n", 2) // about 3,500 bytes
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sum(text)
	}
}
