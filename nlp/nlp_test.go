package nlp

import (
	"strings"
	"sync"
	"testing"
)

const story = `TIRANA, Sept 7 (Reuters) - Albania on Wednesday severed diplomatic ties with Iran.
Prime Minister Edi Rama said the government had ordered Iranian diplomats to leave within 24 hours. "This is a response to an attack," he said.`

func TestAnalyze(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(story)
	// The dateline is a sentence of its own (package segment).
	if len(d.Sentences) != 4 {
		t.Fatalf("%d sentences, want 4", len(d.Sentences))
	}
	if got := story[d.Sentences[1].Start:d.Sentences[1].End]; !strings.HasPrefix(got, "Albania on Wednesday") {
		t.Errorf("sentence 2 is %q, want the story's first", got)
	}
	for i, s := range d.Sentences {
		roots := 0
		for j, tok := range s.Tokens {
			if story[tok.Start:tok.End] != tok.Form {
				t.Errorf("sentence %d token %d: form %q, text %q", i, j, tok.Form, story[tok.Start:tok.End])
			}
			if tok.XPOS == "" || tok.UPOS == "" || tok.Lemma == "" {
				t.Errorf("sentence %d token %q not tagged: %+v", i, tok.Form, tok)
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.DepRel == "" {
				t.Errorf("sentence %d token %q: head %d deprel %q", i, tok.Form, tok.Head, tok.DepRel)
			}
			if tok.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", i, roots)
		}
	}
	for _, e := range d.Entities {
		if story[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at %d-%d holds %q", e.Text, e.Start, e.End, story[e.Start:e.End])
		}
	}
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Text+"/"+e.Kind)
	}
	for _, want := range []string{"Albania/LOCATION", "Iran/LOCATION", "Edi Rama/PERSON"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("names %v lack %s", names, want)
		}
	}
}

func TestWithoutStages(t *testing.T) {
	a, err := New(WithoutParser(), WithoutNames())
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(story)
	if len(d.Entities) != 0 {
		t.Errorf("names found with WithoutNames")
	}
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if tok.Head != -1 {
				t.Fatalf("token %q parsed with WithoutParser: head %d", tok.Form, tok.Head)
			}
		}
	}
}

func TestConcurrent(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := a.Analyze(story)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				d := a.Analyze(story)
				if len(d.Entities) != len(want.Entities) || len(d.Sentences) != len(want.Sentences) {
					t.Error("concurrent analysis differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkAnalyze(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(story+"\n", 20)
	tokens := 0
	for _, s := range a.Analyze(text).Sentences {
		tokens += len(s.Tokens)
	}
	b.ResetTimer()
	for range b.N {
		a.Analyze(text)
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
