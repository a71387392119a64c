package tone

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestOf(t *testing.T) {
	tests := []struct {
		name                     string
		text                     string
		words, pos, neg, act, sg int
	}{
		{"empty", "", 0, 0, 0, 0, 0},
		{"neutral", "The delegation arrived in Geneva on Monday.", 7, 0, 0, 0, 0},
		{"negative", "Missiles killed civilians and destroyed homes.", 6, 0, 2, 2, 0},
		{"positive", "We welcome this peace agreement.", 5, 3, 0, 0, 1},
		{"mixed", "Our peace talks failed after an attack.", 7, 1, 2, 1, 1},
		{"non-English", "Западные делегации превратили работу", 4, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Of(tc.text)
			if got.WordCount != tc.words {
				t.Fatalf("WordCount = %d, want %d", got.WordCount, tc.words)
			}
			if tc.words == 0 {
				if got != (model.Tone{}) {
					t.Errorf("got %+v for no words", got)
				}
				return
			}
			n := float64(tc.words)
			want := model.Tone{Positive: 100 * float64(tc.pos) / n, Negative: 100 * float64(tc.neg) / n,
				ActivityDensity: 100 * float64(tc.act) / n, SelfGroupDensity: 100 * float64(tc.sg) / n, WordCount: tc.words}
			want.Tone, want.Polarity = want.Positive-want.Negative, want.Positive+want.Negative
			if !near(got.Positive, want.Positive) || !near(got.Negative, want.Negative) || !near(got.Tone, want.Tone) ||
				!near(got.Polarity, want.Polarity) || !near(got.ActivityDensity, want.ActivityDensity) || !near(got.SelfGroupDensity, want.SelfGroupDensity) {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

func TestLexicon(t *testing.T) {
	n := 0
	for _, e := range load().words {
		if e.hasValence {
			n++
		}
	}
	if n < 7000 {
		t.Fatalf("lexicon has %d words with a valence", n)
	}
	for w, sign := range map[string]float64{"war": -1, "peace": 1, "kill": -1, "support": 1} {
		v, ok := Valence(w)
		if !ok || v*sign <= 0 {
			t.Errorf("Valence(%q) = %v, %v", w, v, ok)
		}
	}
}

func TestQuotes(t *testing.T) {
	qs := []model.Quote{{Text: "We love peace"}, {Text: "They hate war"}}
	Quotes(qs)
	if qs[0].Tone == nil || qs[0].Tone.Tone <= 0 || qs[1].Tone.Tone >= 0 {
		t.Fatalf("got %+v %+v", qs[0].Tone, qs[1].Tone)
	}
}

func FuzzOf(f *testing.F) {
	f.Add("We welcome peace but condemn the attack.")
	f.Add("\xff's-'-")
	f.Fuzz(func(t *testing.T, text string) {
		got := Of(text)
		if got.WordCount < 0 || got.Positive < 0 || got.Negative < 0 || got.Positive+got.Negative > 100+1e-9 {
			t.Fatalf("bad figures %+v", got)
		}
		if !near(got.Tone, got.Positive-got.Negative) || !near(got.Polarity, got.Positive+got.Negative) {
			t.Fatalf("inconsistent %+v", got)
		}
	})
}

func BenchmarkOf(b *testing.B) {
	text := strings.Repeat("Russia fired dozens of cruise missiles at Ukrainian power stations, and officials condemned the attack. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Of(text)
	}
}

// TestWordsMatchSources checks the merged word table against the two
// lexicons and the self-group words read on their own.
func TestWordsMatchSources(t *testing.T) {
	valence := map[string]float64{}
	for _, line := range strings.Split(lexiconTSV, "\n") {
		w, v, ok := strings.Cut(line, "\t")
		if line == "" || line[0] == '#' || !ok {
			continue
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			valence[w] = f
		}
	}
	activity := map[string]bool{}
	for _, line := range strings.Split(activityTxt, "\n") {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				for _, f := range inflections(w) {
					activity[f] = true
				}
			}
		}
	}
	words := load().words
	for w, e := range words {
		v, ok := valence[w]
		if e.hasValence != ok || e.valence != v || e.activity != activity[w] || e.self != selfGroup[w] {
			t.Errorf("%q: %+v, want valence %v %v, activity %v, self %v", w, e, v, ok, activity[w], selfGroup[w])
		}
	}
	for _, m := range []map[string]bool{activity, selfGroup} {
		for w := range m {
			if _, ok := words[w]; !ok {
				t.Errorf("%q missing", w)
			}
		}
	}
	for w := range valence {
		if !words[w].hasValence {
			t.Errorf("%q: valence missing", w)
		}
	}
}

// refWord is word as it was first written: the word's end found rune by
// rune, then the word lower-cased whole.
func refWord(text string, i int) (int, []byte) {
	j := i
	for j < len(text) {
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			j++
			continue
		}
		r, m := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || (r == '\'' || r == '-') && j+m < len(text) && isLetterAt(text, j+m) {
			j += m
			continue
		}
		break
	}
	return j, appendLower(nil, text[i:j])
}

var wordTexts = []string{
	"", "a", "The delegation's envoy re-entered Geneva-based talks; they didn't.",
	"O'Brien’s self-defence -- x-ray 'quoted' - - a- -b ab'", "ÉTÉ Zürich İSTANBUL straße ǅemal",
	"Западные делегации превратили работу", "mixed Abc-Где x'ё \xff\xfeab c\xffd 3rd 42 d3f",
	"北京 上海 tab\tand\u00a0nbsp\u2003em", "TRUMP-ERA ALL-CAPS WORDS'S",
}

// TestWordMatchesReference reads every word of the texts both ways.
func TestWordMatchesReference(t *testing.T) {
	for _, text := range wordTexts {
		checkWords(t, text)
	}
}

func checkWords(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			continue
		}
		wantEnd, want := refWord(text, i)
		end, got := word(text, i, []byte("kept"))
		if end != wantEnd || string(got) != "kept"+string(want) {
			t.Fatalf("word(%q, %d) = %d, %q; want %d, %q", text, i, end, got, wantEnd, "kept"+string(want))
		}
	}
}

func FuzzWordReference(f *testing.F) {
	for _, s := range wordTexts {
		f.Add(s)
	}
	f.Fuzz(checkWords)
}
