package frame

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/demotest"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/quote"
)

func TestFind(t *testing.T) {
	type mark struct{ kind, text, target string }
	tests := []struct {
		name string
		text string
		want []mark
	}{
		{"scare quote", `The minister dismissed the "countermeasures" as empty talk.`,
			[]mark{{ScareQuote, `"countermeasures"`, ""}}},
		{"nickname", `Mohamed Hamdan Dagalo, known as "Hemedti", spoke.`,
			[]mark{{Distancing, `"Hemedti"`, ""}}},
		{"quoted loaded label", `Kurti accused Belgrade of directing "fascist militias" in the north.`,
			[]mark{{LoadedLabel, `"fascist militias"`, "Belgrade"}}},
		{"hedge and distancing", `The so-called Lazarus Group allegedly stole funds, officials claimed.`,
			[]mark{{Hedge, "so-called", ""}, {Hedge, "allegedly", ""}, {Distancing, "claimed", ""}}},
		{"loaded label with target", `Relations with the Assad regime remain frozen.`,
			[]mark{{LoadedLabel, "regime", "Assad"}}},
		{"longest phrase", `It condemned the Zionist regime and its allies.`,
			[]mark{{LoadedLabel, "Zionist regime", "It"}}},
		{"hedge phrase", `The drone is believed to have come from the east.`,
			[]mark{{Hedge, "is believed to", ""}}},
		{"speech is not framing", `"The regime will fall and the junta with it," the leader said.`, nil},
		{"nothing", `Talks resumed in Geneva on Monday.`, nil},
		{"single straight quotes", `Albania accused Iran of orchestrating a 'cyberattack' against Tirana.`,
			[]mark{{ScareQuote, `'cyberattack'`, ""}}},
		{"single curly quotes", `The envoy called it a ‘technical pause’ in the talks.`,
			[]mark{{ScareQuote, `‘technical pause’`, ""}}},
		{"apostrophes are no quotes", `Iran's ministers' talks with the 'Group of Seven' ended.`,
			[]mark{{ScareQuote, `'Group of Seven'`, ""}}},
		{"single quotes inside speech", `"We reject this so-called 'evidence' entirely and demand its withdrawal," he said.`, nil},
		{"unclosed single quote", `The 'deal was never signed, officials said.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, nil, nil)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d marks %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Kind != w.kind || g.Text != w.text || w.target != "" && g.Target != w.target {
					t.Errorf("mark %d = %s %q → %q, want %s %q → %q", i, g.Kind, g.Text, g.Target, w.kind, w.text, w.target)
				}
				checkMark(t, tc.text, g)
			}
		})
	}
}

func checkMark(t *testing.T, text string, m model.FramingMark) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
		t.Fatalf("bad mark %+v in text of %d bytes", m, len(text))
	}
}

// TestFindQuoted checks that FindQuoted with the text's quotations finds
// what Find finds, and leaves the quotations it is given as they were,
// even where their slice has room to grow.
func TestFindQuoted(t *testing.T) {
	l := Default()
	for _, text := range []string{
		`The council called the new levy a 'temporary measure' and the "reform" a success.`,
		`"We will keep the border open to every 'legitimate' trader," the minister said of the so-called crisis.`,
		"The talks ended without a statement.",
	} {
		want := l.Find(text, nil, nil)
		quotes := quote.Quotations(text)
		roomy := append(make([]quote.Quotation, 0, len(quotes)+4), quotes...)
		spare := roomy[:cap(roomy)]
		for i := len(quotes); i < len(spare); i++ {
			spare[i] = quote.Quotation{Open: -1}
		}
		if got := l.FindQuoted(text, nil, nil, roomy); !slices.Equal(got, want) {
			t.Errorf("%q: FindQuoted = %+v, Find = %+v", text, got, want)
		}
		if !slices.Equal(roomy, quotes) {
			t.Errorf("%q: quotations changed to %+v", text, roomy)
		}
		for i := len(quotes); i < len(spare); i++ {
			if spare[i].Open != -1 {
				t.Errorf("%q: FindQuoted wrote %+v past the quotations' end", text, spare[i])
			}
		}
	}
}

func TestEntityTarget(t *testing.T) {
	text := `Officials in Tehran called the MKO a terrorist group.`
	i := strings.Index(text, "MKO")
	ents := []model.Entity{{Span: model.Span{Start: i, End: i + 3}, Text: "MKO", Kind: model.Organization}}
	got := Find(text, nil, ents)
	if len(got) != 1 || got[0].Text != "terrorist group" || got[0].Target != "MKO" {
		t.Fatalf("got %+v", got)
	}
}

func TestLoadLexicon(t *testing.T) {
	l, err := LoadLexicon(strings.NewReader("# mine\nloaded_label\tbaddies\nhedge\tregime\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := l.Find("The baddies and the regime met.", nil, nil)
	if len(got) != 2 || got[0].Kind != LoadedLabel || got[1].Kind != Hedge {
		t.Fatalf("got %+v", got)
	}
	// The default lexicon is unchanged.
	if d := Find("The baddies and the regime met.", nil, nil); len(d) != 1 || d[0].Kind != LoadedLabel {
		t.Fatalf("default changed: %+v", d)
	}
	for _, bad := range []struct {
		in   string
		want error
	}{{"hedge\n", ErrSyntax}, {"nonsense\tword\n", ErrKind}, {"hedge\t  \n", ErrSyntax}} {
		_, err := LoadLexicon(strings.NewReader(bad.in))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, bad.want) || pe.Line != 1 {
			t.Errorf("LoadLexicon(%q) = %v, want line 1 %v", bad.in, err, bad.want)
		}
	}
}

func TestBuiltinLexiconParses(t *testing.T) {
	l := &Lexicon{byFirst: map[string][]entry{}}
	if err := l.read(strings.NewReader(builtin)); err != nil {
		t.Fatal(err)
	}
	if len(l.byFirst) < 50 {
		t.Errorf("only %d first words", len(l.byFirst))
	}
}

func TestBadInput(t *testing.T) {
	for _, text := range []string{"", `"`, `""`, "\xff\"a\xfe\"", `“unclosed scare`, strings.Repeat(`"a" `, 3000), "«x» „y“ 「z」"} {
		for _, m := range Find(text, nil, nil) {
			checkMark(t, text, m)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{`the "so-called" regime`, `known as "X"`, `"a b c d e" he said`, "«x»\n„y“"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range Find(text, nil, nil) {
			checkMark(t, text, m)
		}
	})
}

func FuzzSingleQuotations(f *testing.F) {
	f.Add(`a 'cyberattack' against Tirana`)
	f.Add(`Iran's ministers' ‘talks’`)
	f.Add("'\n'")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, q := range singleQuotations(text) {
			if q.Open < last || q.Open > q.Start || q.Start > q.End || q.End > q.Close || q.Close > len(text) {
				t.Fatalf("%q: bad quotation %+v after %d", text, q, last)
			}
			last = q.Close
		}
	})
}

// BenchmarkLexiconFind finds the framing marks of every demo article.
func BenchmarkLexiconFind(b *testing.B) {
	texts, size := demotest.Texts(b)
	l := Default()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			l.Find(text, nil, nil)
		}
	}
}

// refScanWords is scanWords as it was first written, byte by byte.
func refScanWords(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '-' && c != '\'' {
			inWord := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				out = append(out, [2]int{start, i})
				start = -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !inWord && start >= 0 && (r == '-' || r == '\'' || r == '’') && i+n < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[i+n:])
			inWord = unicode.IsLetter(nr) || unicode.IsDigit(nr)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

var scanTexts = []string{
	"", "a", "-", "'a", "a'", "a-b-c d--e 'f' g'h'", "  Hello, world! ", "so-called 'cyber' attack",
	"Kyiv’s 24-hour Zürich São_Paulo x’ ’y", "«Мир» 北京 ١٢٣ Мир-а 3-й", "\xffab\xfe-c d\xff'e",
	"end-", "x- 'y end- -", "A1 b2-c3 4'5 6’7",
}

// TestScanWordsMatchesReference checks scanWords against refScanWords.
func TestScanWordsMatchesReference(t *testing.T) {
	for _, s := range scanTexts {
		if got, want := scanWords(s), refScanWords(s); !slices.Equal(got, want) {
			t.Errorf("scanWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzScanWordsReference(f *testing.F) {
	for _, s := range scanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanWords(s), refScanWords(s); !slices.Equal(got, want) {
			t.Fatalf("scanWords(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestScanWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"  Hello, world! ", []string{"Hello", "world"}},
		{"so-called 'cyber' attack", []string{"so-called", "cyber", "attack"}},
		{"Iran's ministers' talks -x- a--b", []string{"Iran's", "ministers", "talks", "x", "a", "b"}},
		{"Kyiv’s 24-hour Zürich São_Paulo", []string{"Kyiv’s", "24-hour", "Zürich", "São", "Paulo"}},
		{"x- 'y end-", []string{"x", "y", "end"}},
		{"«Мир» 北京 ١٢٣", []string{"Мир", "北京", "١٢٣"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range scanWords(tt.in) {
			got = append(got, tt.in[w[0]:w[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
