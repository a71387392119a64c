package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/ner"
	"github.com/casus-project/casus/parse"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tag"
)

// posResult holds XPOS scores on one treebank.
type posResult struct {
	Casus            float64   // casus tag on gold tokens (tag.Evaluate)
	CasusOwn         tagCounts // casus segment + tag on each sentence's text
	ProseGold        tagCounts // prose on the gold tokens joined by spaces
	ProseOwn         tagCounts // prose on each sentence's text
	Words            int
	UAS, LAS         float64 // casus parse on casus tags
	GoldUAS, GoldLAS float64 // casus parse on gold tags, for reference
}

func evalPOS(c *casusEngine, p *proseEngine, path string) (posResult, error) {
	var r posResult
	ss, err := readConllu(path)
	if err != nil {
		return r, err
	}
	sc := tag.Evaluate(c.tagger, ss)
	r.Casus, r.Words = sc.XPOS, sc.Tokens
	var mine tagCounts
	tagged := make([]*conllu.Sentence, len(ss))
	for i, g := range golds(ss) {
		forms := make([]string, len(g.Words))
		gold := make([]string, len(g.Words))
		for k, w := range g.Words {
			forms[k], gold[k] = w.Form, w.XPOS
		}
		t := c.tagged(g.Sentence)
		tagged[i] = t
		pred := make([]string, len(t.Words))
		for k, w := range t.Words {
			pred[k] = w.XPOS
		}
		joined := strings.Join(forms, " ")
		js := locate(joined, forms)
		mine.add(js, gold, js, pred)

		sp, st := c.ownTokens(g.text)
		r.CasusOwn.add(g.spans, gold, sp, st)

		psp, ptoks, err := p.tokens(joined)
		if err != nil {
			return r, err
		}
		r.ProseGold.add(js, gold, psp, proseTags(ptoks))
		psp, ptoks, err = p.tokens(g.text)
		if err != nil {
			return r, err
		}
		r.ProseOwn.add(g.spans, gold, psp, proseTags(ptoks))
	}
	if err := checkSame("XPOS "+filepath.Base(path), mine.Accuracy(), r.Casus); err != nil {
		return r, err
	}
	ps := parse.Evaluate(c.parser, tagged)
	r.UAS, r.LAS = ps.UAS(), ps.LAS()
	gs := parse.Evaluate(c.parser, ss)
	r.GoldUAS, r.GoldLAS = gs.UAS(), gs.LAS()
	return r, nil
}

// nerResult holds name scores on UNER.
type nerResult struct {
	CasusGold ner.Scores // casus tag + ner on the gold tokens
	CasusText prf        // casus full pipeline on each sentence's text
	ProseText prf        // prose full pipeline on each sentence's text
	// ProseUnplaced counts prose names of scored types that could not be
	// placed in the text; they count as predicted and wrong.
	ProseUnplaced int
	Sentences     int
}

func evalNER(c *casusEngine, p *proseEngine, path string) (nerResult, error) {
	var r nerResult
	ss, err := readIOB2(path)
	if err != nil {
		return r, err
	}
	r.Sentences = len(ss)
	predicted := c.goldTokenNames(ss)
	for _, g := range nerGolds(ss) {
		r.CasusGold.Add(g.Tags(), predicted[g.Sentence])
		r.CasusText.addNames(g.names, c.textNames(g.text))
		pn, unplaced, err := p.names(g.text)
		if err != nil {
			return r, err
		}
		r.ProseText.addNames(g.names, pn)
		r.ProseText.Predicted += unplaced
		r.ProseUnplaced += unplaced
	}
	return r, nil
}

// sentResult holds sentence-boundary scores.
type sentResult struct {
	Casus, CasusInner prf
	Prose, ProseInner prf
	Documents         int
}

func evalSentences(p *proseEngine, path string) (sentResult, error) {
	var r sentResult
	ss, err := readConllu(path)
	if err != nil {
		return r, err
	}
	docs := documents(golds(ss))
	r.Documents = len(docs)
	for _, d := range docs {
		ce := sentenceEnds(d.text)
		r.Casus.addBoundaries(d, ce, false)
		r.CasusInner.addBoundaries(d, ce, true)
		pe, err := p.sentenceEnds(d.text)
		if err != nil {
			return r, err
		}
		r.Prose.addBoundaries(d, pe, false)
		r.ProseInner.addBoundaries(d, pe, true)
	}
	f, err := os.Open(path)
	if err != nil {
		return r, err
	}
	defer f.Close()
	ref, err := segment.EvaluateConllu(f)
	if err != nil {
		return r, fmt.Errorf("%s: %w", path, err)
	}
	if err := checkSame("boundary F1", r.Casus.F1(), ref.Boundaries.F1()); err != nil {
		return r, err
	}
	return r, checkSame("inner boundary F1", r.CasusInner.F1(), ref.Inner.F1())
}
