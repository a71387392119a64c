package main

import (
	"fmt"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// proseEngine runs prose v2. prose's API takes text only: it cannot be given
// tokens, and its tokens, sentences and names carry no offsets, so they are
// placed back in the text here (see matcher).
type proseEngine struct {
	model *prose.Model // loaded once, passed to every NewDocument
}

func newProse() *proseEngine {
	// ModelFromData with no data sources is prose's default English model
	// (tagger and name extractor), built once.
	return &proseEngine{model: prose.ModelFromData("en")}
}

// tokens tokenizes and tags text with prose and places the tokens in it.
func (p *proseEngine) tokens(text string) ([]span, []prose.Token, error) {
	d, err := prose.NewDocument(text, prose.UsingModel(p.model),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, nil, fmt.Errorf("prose: %w", err)
	}
	toks := d.Tokens()
	forms := make([]string, len(toks))
	for i, t := range toks {
		forms[i] = t.Text
	}
	return locate(text, forms), toks, nil
}

// sentenceEnds splits text into sentences with prose's segmenter and
// returns where each ends in text.
func (p *proseEngine) sentenceEnds(text string) ([]int, error) {
	d, err := prose.NewDocument(text, prose.UsingModel(p.model),
		prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	m := matcher{text: text}
	var ends []int
	for _, s := range d.Sentences() {
		if sp := m.nextSentence(s.Text); sp.ok() {
			ends = append(ends, sp.b)
		}
	}
	return ends, nil
}

// nextSentence places a sentence's text at the cursor: prose trims its
// sentences but otherwise returns them as they stand in the text.
func (m *matcher) nextSentence(s string) span {
	if s == "" {
		return noSpan
	}
	i := strings.Index(m.text[m.cur:], s)
	if i < 0 {
		return noSpan
	}
	a := m.cur + i
	m.cur = a + len(s)
	return span{a, m.cur}
}

// proseKind maps prose's entity labels (those of its model: PERSON,
// ORGANIZATION, GPE, GSP, LOCATION, FACILITY) to the scored types.
func proseKind(label string) (string, bool) {
	switch label {
	case "PERSON":
		return "PER", true
	case "GPE", "GSP", "LOCATION", "LOC":
		return "LOC", true
	case "ORGANIZATION", "ORG":
		return "ORG", true
	}
	return "", false
}

// names runs prose's full pipeline on text and returns its names of the
// scored types, placed in text. A prose entity is a run of consecutive
// tokens whose texts it joins with spaces; it is found among the tokens
// after the previous one. unplaced counts the entities of scored types that
// could not be placed.
func (p *proseEngine) names(text string) (out []typedSpan, unplaced int, err error) {
	d, err := prose.NewDocument(text, prose.UsingModel(p.model), prose.WithSegmentation(false))
	if err != nil {
		return nil, 0, fmt.Errorf("prose: %w", err)
	}
	toks := d.Tokens()
	forms := make([]string, len(toks))
	for i, t := range toks {
		forms[i] = t.Text
	}
	spans := locate(text, forms)
	k := 0
	for _, e := range d.Entities() {
		typ, scored := proseKind(e.Label)
		n := strings.Count(e.Text, " ") + 1
		start := findRun(forms, k, n, e.Text)
		if start < 0 {
			if scored {
				unplaced++
			}
			continue
		}
		k = start + n
		if !scored {
			continue
		}
		a, b := spans[start], spans[start+n-1]
		if !a.ok() || !b.ok() {
			unplaced++
			continue
		}
		out = append(out, typedSpan{span{a.a, b.b}, typ})
	}
	return out, unplaced, nil
}

// findRun returns the first i >= from where forms[i:i+n] joined by spaces
// is text, or -1.
func findRun(forms []string, from, n int, text string) int {
	for i := from; i+n <= len(forms); i++ {
		if strings.Join(forms[i:i+n], " ") == text {
			return i
		}
	}
	return -1
}

// full runs prose's whole pipeline (tokenize, tag, segment, names) on text
// as a user calls it. When shared is false it lets NewDocument load its
// models, as prose does when no model is given: on every call.
func (p *proseEngine) full(text string, shared bool) (int, error) {
	var opts []prose.DocOpt
	if shared {
		opts = append(opts, prose.UsingModel(p.model))
	}
	d, err := prose.NewDocument(text, opts...)
	if err != nil {
		return 0, fmt.Errorf("prose: %w", err)
	}
	return len(d.Tokens()) + len(d.Sentences()) + len(d.Entities()), nil
}

func proseTags(toks []prose.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Tag
	}
	return out
}

// tagOnly tokenizes and tags text with prose and returns the token count.
func (p *proseEngine) tagOnly(text string) (int, error) {
	d, err := prose.NewDocument(text, prose.UsingModel(p.model),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return 0, fmt.Errorf("prose: %w", err)
	}
	return len(d.Tokens()), nil
}

// segmentOnly splits text into sentences with prose and returns their
// count.
func (p *proseEngine) segmentOnly(text string) (int, error) {
	d, err := prose.NewDocument(text, prose.UsingModel(p.model),
		prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return 0, fmt.Errorf("prose: %w", err)
	}
	return len(d.Sentences()), nil
}
