package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

// checkTree reports why the heads of toks are not a single-rooted tree
// with a relation on every word, or "" if they are.
func checkTree(toks []model.Token) string {
	n := len(toks)
	roots := 0
	for i, t := range toks {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return fmt.Sprintf("word %d: head %d out of range", i+1, t.Head)
		}
		if t.Head == 0 {
			roots++
		}
		if t.DepRel == "" {
			return fmt.Sprintf("word %d: no relation", i+1)
		}
	}
	if roots != 1 {
		return fmt.Sprintf("%d roots", roots)
	}
	for i := range toks {
		x := i + 1
		for steps := 0; x != 0; steps++ {
			if steps > n {
				return fmt.Sprintf("word %d: cycle", i+1)
			}
			x = toks[x-1].Head
		}
	}
	return ""
}

// tagged builds tokens from "form/XPOS" or "form/XPOS/UPOS" items
// separated by spaces.
func tagged(s string) []model.Token {
	var toks []model.Token
	for _, f := range strings.Fields(s) {
		parts := strings.Split(f, "/")
		t := model.Token{Form: parts[0], XPOS: parts[1], Head: -1}
		if len(parts) > 2 {
			t.UPOS = parts[2]
		}
		toks = append(toks, t)
	}
	return toks
}

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// arc names a dependency by the forms of the dependent and its head ("ROOT"
// for the root).
type arc struct{ dep, rel, head string }

func TestParseSentences(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		name string
		in   string
		want []arc   // arcs that must be present
		any  [][]arc // for each group, one of its arcs must be present
	}{
		{
			name: "albania",
			in:   "Albania/NNP severed/VBD diplomatic/JJ ties/NNS with/IN Iran/NNP on/IN Wednesday/NNP ./.",
			want: []arc{
				{"severed", "root", "ROOT"},
				{"Albania", "nsubj", "severed"},
				{"ties", "obj", "severed"},
				{"diplomatic", "amod", "ties"},
				{"with", "case", "Iran"},
				{"on", "case", "Wednesday"},
				{".", "punct", "severed"},
			},
			any: [][]arc{{{"Iran", "nmod", "ties"}, {"Iran", "obl", "severed"}}},
		},
		{
			name: "passive",
			in:   "The/DT/DET talks/NNS/NOUN were/VBD/AUX postponed/VBN/VERB by/IN/ADP the/DT/DET government/NN/NOUN ././PUNCT",
			want: []arc{
				{"postponed", "root", "ROOT"},
				{"talks", "nsubj:pass", "postponed"},
				{"were", "aux:pass", "postponed"},
				{"The", "det", "talks"},
				{"by", "case", "government"},
				{"government", "obl:agent", "postponed"},
			},
		},
		{
			name: "coordination",
			in:   "Police/NNS arrested/VBD two/CD men/NNS and/CC seized/VBD weapons/NNS ./.",
			want: []arc{
				{"arrested", "root", "ROOT"},
				{"Police", "nsubj", "arrested"},
				{"men", "obj", "arrested"},
				{"two", "nummod", "men"},
				{"seized", "conj", "arrested"},
				{"and", "cc", "seized"},
				{"weapons", "obj", "seized"},
			},
		},
		{
			name: "passive, Penn tags only",
			in:   "The/DT talks/NNS were/VBD postponed/VBN by/IN the/DT government/NN ./.",
			want: []arc{
				{"postponed", "root", "ROOT"},
				{"talks", "nsubj:pass", "postponed"},
				{"were", "aux:pass", "postponed"},
			},
		},
		{
			name: "one token",
			in:   "Hello/UH",
			want: []arc{{"Hello", "root", "ROOT"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tagged(tt.in)
			m.Parse(toks)
			if why := checkTree(toks); why != "" {
				t.Fatal(why)
			}
			have := map[arc]bool{}
			for _, tk := range toks {
				h := "ROOT"
				if tk.Head > 0 {
					h = toks[tk.Head-1].Form
				}
				have[arc{tk.Form, tk.DepRel, h}] = true
			}
			for _, a := range tt.want {
				if !have[a] {
					t.Errorf("missing %s -%s-> %s; got %s", a.head, a.rel, a.dep, show(toks))
				}
			}
			for _, group := range tt.any {
				ok := false
				for _, a := range group {
					ok = ok || have[a]
				}
				if !ok {
					t.Errorf("none of %v; got %s", group, show(toks))
				}
			}
		})
	}
}

func show(toks []model.Token) string {
	var b strings.Builder
	for i, t := range toks {
		fmt.Fprintf(&b, "%d:%s/%s<-%d ", i+1, t.Form, t.DepRel, t.Head)
	}
	return b.String()
}

func TestParseOddInput(t *testing.T) {
	m := defaultModel(t)
	long := make([]model.Token, 5000)
	for i := range long {
		long[i] = model.Token{Form: []string{"the", "man", "saw", "a", "dog", "and", ","}[i%7], XPOS: []string{"DT", "NN", "VBD", "DT", "NN", "CC", ","}[i%7]}
	}
	tests := []struct {
		name string
		toks []model.Token
	}{
		{"no tags", []model.Token{{Form: "Albania"}, {Form: "severed"}, {Form: "ties"}}},
		{"no forms", make([]model.Token, 4)},
		{"unknown tags", tagged("a/?? b/XYZ c/. d/-RRB-")},
		{"control and invalid UTF-8", []model.Token{{Form: "\x00\x01"}, {Form: "\xff\xfe", XPOS: "NN"}, {Form: "\u202e", XPOS: "\xff"}}},
		{"right to left and emoji", []model.Token{{Form: "مرحبا", XPOS: "NNP"}, {Form: "😀", XPOS: "NFP"}, {Form: "שלום"}}},
		{"punctuation only", tagged("./. ,/, !/.")},
		{"5000 tokens", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Parse(tt.toks)
			if why := checkTree(tt.toks); why != "" {
				t.Error(why)
			}
		})
	}
}

// TestParseLinear checks that one sentence of 5,000 tokens costs about as
// much as the same tokens in sentences of 100: time is linear in length.
func TestParseLinear(t *testing.T) {
	m := defaultModel(t)
	words := strings.Fields("the/DT man/NN saw/VBD a/DT dog/NN and/CC ,/,")
	long := make([]model.Token, 5000)
	for i := range long {
		long[i] = tagged(words[i%len(words)])[0]
	}
	var whole, parts time.Duration
	for range 5 { // best of five, against noise from other processes
		start := time.Now()
		m.Parse(long)
		d := time.Since(start)
		if whole == 0 || d < whole {
			whole = d
		}
		start = time.Now()
		for i := 0; i < len(long); i += 100 {
			m.Parse(long[i : i+100])
		}
		d = time.Since(start)
		if parts == 0 || d < parts {
			parts = d
		}
	}
	// A stage quadratic in sentence length would take about 50 times as
	// long at once; the slack keeps a loaded machine from failing it.
	if whole > 8*parts+100*time.Millisecond {
		t.Errorf("5000 tokens at once took %v, in sentences of 100 %v", whole, parts)
	}
}

func TestParseEmpty(t *testing.T) {
	m := defaultModel(t)
	m.Parse(nil)
	m.Parse([]model.Token{})
}

// TestParseConcurrent parses from several goroutines; run with -race.
func TestParseConcurrent(t *testing.T) {
	m := defaultModel(t)
	want := tagged("Albania/NNP severed/VBD diplomatic/JJ ties/NNS with/IN Iran/NNP ./.")
	m.Parse(want)
	done := make(chan string)
	for range 4 {
		go func() {
			for range 50 {
				got := tagged("Albania/NNP severed/VBD diplomatic/JJ ties/NNS with/IN Iran/NNP ./.")
				m.Parse(got)
				for i := range got {
					if got[i].Head != want[i].Head || got[i].DepRel != want[i].DepRel {
						done <- fmt.Sprintf("concurrent parse differs: %s", show(got))
						return
					}
				}
			}
			done <- ""
		}()
	}
	for range 4 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func FuzzParse(f *testing.F) {
	m := defaultModel(f)
	f.Add("Albania severed ties with Iran .", "NNP VBD NNS IN NNP .")
	f.Add("Russia expelled two diplomats and Britain summoned the envoy , officials said .", "NNP VBD CD NNS CC NNP VBD DT NN , NNS VBD .")
	f.Add("Troops shelled the village and rebel fighters returned fire .", "NNS VBD DT NN CC NN NNS VBD NN .")
	f.Add("", "")
	f.Add("a", "")
	f.Add("\xff \x00 😀", "NN ?? \xfe")
	f.Add(", , , , , ,", ", , , , , ,")
	f.Fuzz(func(t *testing.T, forms, tags string) {
		fs, ts := strings.Split(forms, " "), strings.Split(tags, " ")
		toks := make([]model.Token, len(fs))
		for i, w := range fs {
			toks[i] = model.Token{Form: w, Head: -1}
			if i < len(ts) {
				toks[i].XPOS = ts[i]
			}
		}
		m.Parse(toks)
		if why := checkTree(toks); why != "" {
			t.Fatalf("%s: %s", why, show(toks))
		}
	})
}
