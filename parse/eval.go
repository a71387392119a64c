package parse

import (
	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// Scores counts attachment results over a set of gold-tokenised sentences.
// Every word counts, punctuation included (the UD convention).
type Scores struct {
	Sentences int
	Words     int
	Heads     int // words with the gold head
	Labelled  int // words with the gold head and the gold relation
	// Before scores the parse before the model's punctuation stage
	// (see Punct) re-attached punctuation; nil when it has none.
	Before *Scores
}

// UAS returns the unlabelled attachment score in percent.
func (s Scores) UAS() float64 { return pct(s.Heads, s.Words) }

// LAS returns the labelled attachment score in percent.
func (s Scores) LAS() float64 { return pct(s.Labelled, s.Words) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Evaluate parses every sentence of sents with m, from the forms and tags
// the sentences carry, and compares the result with their gold heads and
// relations (full relations, subtypes included). Words whose gold head is
// missing are not counted. sents is not modified. The scores are of the
// tree Parse gives; Before, when the model has a punctuation stage, is
// of the tree before that stage and mendClauses.
func Evaluate(m *Model, sents []*conllu.Sentence) Scores {
	var sc, before Scores
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		toks := Tokens(s)
		m.parseTree(toks)
		if m.punct != nil {
			before.add(s, toks)
			m.punct.Reattach(toks)
		}
		mendClauses(toks)
		sc.add(s, toks)
	}
	if m.punct != nil {
		sc.Before = &before
	}
	return sc
}

// add counts the parse toks of s.
func (sc *Scores) add(s *conllu.Sentence, toks []model.Token) {
	sc.Sentences++
	for i, w := range s.Words {
		if w.Head < 0 {
			continue
		}
		sc.Words++
		if toks[i].Head == w.Head {
			sc.Heads++
			if toks[i].DepRel == w.DepRel {
				sc.Labelled++
			}
		}
	}
}
