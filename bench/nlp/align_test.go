package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/casus-project/casus/metric"

	"github.com/casus-project/casus/conllu"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		forms []string
		want  []span
	}{
		{"plain", "I saw it.", []string{"I", "saw", "it", "."}, []span{{0, 1}, {2, 5}, {6, 8}, {8, 9}}},
		{"curly quotes match straight", "\u201cNo,\u201d he said", []string{`"`, "No", ",", `"`, "he", "said"},
			[]span{{0, 3}, {3, 5}, {5, 6}, {6, 9}, {10, 12}, {13, 17}}},
		{"curly apostrophe", "Iran\u2019s", []string{"Iran", "'s"}, []span{{0, 4}, {4, 8}}},
		{"dropped token resyncs", "the 's car", []string{"the", "car"}, []span{{0, 3}, {7, 10}}},
		{"unknown token keeps cursor", "a b", []string{"a", "zz", "b"}, []span{{0, 1}, noSpan, {2, 3}}},
		{"empty form", "a", []string{"", "a"}, []span{noSpan, {0, 1}}},
		{"empty text", "", []string{"a"}, []span{noSpan}},
		{"newlines and tabs", "a\n\tb", []string{"a", "b"}, []span{{0, 1}, {3, 4}}},
		{"beyond window", "a " + strings.Repeat("x", 100) + " b", []string{"a", "b"}, []span{{0, 1}, noSpan}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := locate(tt.text, tt.forms)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("form %d %q: got %v, want %v", i, tt.forms[i], got[i], tt.want[i])
				}
			}
		})
	}
}

func TestTagCounts(t *testing.T) {
	var c tagCounts
	gold := []span{{0, 1}, {2, 5}, {6, 8}, noSpan}
	c.add(gold, []string{"PRP", "VBD", "PRP", "."},
		[]span{{0, 1}, {2, 4}, {6, 8}}, []string{"PRP", "VBD", "NN"})
	if c != (tagCounts{Words: 4, Aligned: 2, Correct: 1}) {
		t.Fatalf("got %+v", c)
	}
	if c.Accuracy() != 0.25 || c.AlignedShare() != 0.5 || c.AlignedAccuracy() != 0.5 {
		t.Errorf("accuracy %v aligned %v aligned accuracy %v", c.Accuracy(), c.AlignedShare(), c.AlignedAccuracy())
	}
	var empty tagCounts
	if empty.Accuracy() != 0 || empty.AlignedAccuracy() != 0 {
		t.Errorf("empty counts give %v, %v", empty.Accuracy(), empty.AlignedAccuracy())
	}
}

func TestAddNames(t *testing.T) {
	gold := map[typedSpan]bool{
		{span{0, 4}, "PER"}:   true,
		{span{10, 15}, "LOC"}: true,
	}
	var s prf
	s.addNames(gold, []typedSpan{
		{span{0, 4}, "PER"},   // right
		{span{0, 4}, "PER"},   // the same name twice counts once
		{span{10, 15}, "ORG"}, // wrong type
		{span{20, 25}, "LOC"}, // not a name
	})
	if s != (prf{metric.PRF{Gold: 2, Predicted: 3, Correct: 1}}) {
		t.Fatalf("got %+v", s)
	}
	if p, r := s.P(), s.R(); p != 1.0/3 || r != 0.5 {
		t.Errorf("P %v R %v", p, r)
	}
	if f := s.F1(); f < 0.3999 || f > 0.4001 {
		t.Errorf("F1 %v, want 0.4", f)
	}
}

func TestAddBoundaries(t *testing.T) {
	// Three sentences: two in the first paragraph, one in the second.
	text := "One. Two.\nThree."
	d := document{text: text, ends: []int{4, 9, 16}, inner: []bool{true, false, false}}
	tests := []struct {
		name  string
		pred  []int
		inner bool
		want  prf
	}{
		{"all right", []int{4, 9, 16}, false, prf{metric.PRF{Gold: 2, Predicted: 2, Correct: 2}}},
		{"missed inner", []int{9, 16}, false, prf{metric.PRF{Gold: 2, Predicted: 1, Correct: 1}}},
		{"false end, doubled end", []int{2, 4, 4, 9}, false, prf{metric.PRF{Gold: 2, Predicted: 3, Correct: 2}}},
		{"inner only", []int{2, 4, 9, 16}, true, prf{metric.PRF{Gold: 1, Predicted: 2, Correct: 1}}},
		{"out of range ignored", []int{-1, 40}, false, prf{metric.PRF{Gold: 2, Predicted: 0, Correct: 0}}},
	}
	for _, tt := range tests {
		var s prf
		s.addBoundaries(d, tt.pred, tt.inner)
		if s != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, s, tt.want)
		}
	}
}

func TestWordSpans(t *testing.T) {
	s := &conllu.Sentence{
		Comments: []string{"text = Google\u2019s ads don't work"},
		Words: []conllu.Word{
			{ID: 1, Form: "Google"}, {ID: 2, Form: "'s"}, {ID: 3, Form: "ads"},
			{ID: 4, Form: "do"}, {ID: 5, Form: "not"}, {ID: 6, Form: "work"},
		},
		Multiword: []conllu.Line{
			{Before: 1, Text: "1-2\tGoogle\u2019s\t_\t_\t_\t_\t_\t_\t_\t_"},
			{Before: 4, Text: "4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_"},
		},
	}
	text := s.RawText()
	got := wordSpans(s, text)
	// "Google's" is spelt with a typographic apostrophe in the text, so
	// its words do not spell the token and stay unplaced, as do "do" and
	// "not", which do not spell "don't".
	want := []span{noSpan, noSpan, {11, 14}, noSpan, noSpan, {21, 25}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d %q: got %v, want %v", i+1, s.Words[i].Form, got[i], want[i])
		}
	}
	s.Comments = []string{"text = Google's ads"}
	s.Words = s.Words[:3]
	s.Multiword = []conllu.Line{{Before: 1, Text: "1-2\tGoogle's\t_\t_\t_\t_\t_\t_\t_\t_"}}
	got = wordSpans(s, s.RawText())
	want = []span{{0, 6}, {6, 8}, {9, 12}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("clitic word %d: got %v, want %v", i+1, got[i], want[i])
		}
	}
}

func TestDocuments(t *testing.T) {
	sent := func(text string, comments ...string) goldSentence {
		s := &conllu.Sentence{Comments: append(comments, "text = "+text)}
		for i, f := range strings.Fields(text) {
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f})
		}
		return goldSentence{Sentence: s, text: text}
	}
	docs := documents([]goldSentence{
		sent("A b .", "newdoc id = d1", "newpar"),
		sent("C ."),
		sent("D .", "newpar"),
		sent("E .", "newdoc id = d2"),
	})
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	d := docs[0]
	if d.text != "A b . C .\nD ." {
		t.Errorf("text %q", d.text)
	}
	if want := []int{5, 9, 13}; !equalInts(d.ends, want) {
		t.Errorf("ends %v, want %v", d.ends, want)
	}
	if want := []bool{true, false, false}; len(d.inner) != 3 || d.inner[0] != want[0] || d.inner[1] != want[1] || d.inner[2] != want[2] {
		t.Errorf("inner %v, want %v", d.inner, want)
	}
	if d.words != 7 {
		t.Errorf("%d words, want 7", d.words)
	}
	if docs[1].text != "E ." {
		t.Errorf("second document %q", docs[1].text)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFindRun(t *testing.T) {
	forms := []string{"Mr", ".", "Edi", "Rama", "met", "Edi", "Rama"}
	tests := []struct {
		from, n int
		text    string
		want    int
	}{
		{0, 2, "Edi Rama", 2},
		{4, 2, "Edi Rama", 5},
		{6, 2, "Edi Rama", -1},
		{0, 1, "met", 4},
		{0, 1, "Tirana", -1},
	}
	for _, tt := range tests {
		if got := findRun(forms, tt.from, tt.n, tt.text); got != tt.want {
			t.Errorf("findRun(%d, %d, %q) = %d, want %d", tt.from, tt.n, tt.text, got, tt.want)
		}
	}
}

func TestProseKind(t *testing.T) {
	tests := []struct{ label, want string }{
		{"PERSON", "PER"}, {"GPE", "LOC"}, {"GSP", "LOC"}, {"LOCATION", "LOC"},
		{"ORGANIZATION", "ORG"}, {"FACILITY", ""}, {"", ""},
	}
	for _, tt := range tests {
		got, ok := proseKind(tt.label)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("proseKind(%q) = %q, %v; want %q", tt.label, got, ok, tt.want)
		}
	}
}

// FuzzLocate checks that placed forms are in order, inside the text and
// spelt there (up to quote style), whatever the text and forms.
func FuzzLocate(f *testing.F) {
	f.Add("\u201cNo,\u201d he said", `" No , " he said`)
	f.Add("the 's car", "the car")
	f.Add("a\xffb c", "a\xffb c zz")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, text, tokens string) {
		forms := strings.Fields(tokens)
		spans := locate(text, forms)
		if len(spans) != len(forms) {
			t.Fatalf("%d spans for %d forms", len(spans), len(forms))
		}
		prev := 0
		for i, s := range spans {
			if !s.ok() {
				continue
			}
			if s.a < prev || s.b < s.a || s.b > len(text) {
				t.Fatalf("form %d %q at %v after %d in text of %d bytes", i, forms[i], s, prev, len(text))
			}
			if b, ok := matchAt(text, s.a, forms[i]); !ok || b != s.b {
				t.Fatalf("form %q placed at %v over %q", forms[i], s, text[s.a:s.b])
			}
			if utf8.ValidString(forms[i]) && utf8.ValidString(text) && normQuotes(text[s.a:s.b]) != normQuotes(forms[i]) {
				t.Fatalf("form %q placed over %q", forms[i], text[s.a:s.b])
			}
			prev = s.b
		}
	})
}

func normQuotes(s string) string {
	return strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'").Replace(s)
}
