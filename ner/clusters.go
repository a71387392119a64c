package ner

import "github.com/casus-project/casus/wordclass"

// Word classes: words that occur in the same contexts of unlabelled text
// share a class, so that a name the labelled data never shows ("Azurix")
// can borrow what was learnt about its neighbours' class ("Enron").
// Classes are found by package wordclass's exchange algorithm.

// clusterConfig controls learnClusters.
type clusterConfig struct {
	classes  int // number of classes, at most 255
	minCount int // words seen fewer times are left unclassed
	passes   int // most passes over the vocabulary
}

// learnClusters assigns the lower-case words of sents that occur at least
// cfg.minCount times to cfg.classes classes and returns them as a lexicon
// whose values are class+1. It is deterministic.
func learnClusters(sents [][]string, cfg clusterConfig) lexicon {
	lower := make([][]string, len(sents))
	for i, s := range sents {
		lower[i] = make([]string, len(s))
		for j, w := range s {
			lower[i][j] = lowerString(w)
		}
	}
	words := wordclass.Exchange(lower, wordclass.Config{Classes: cfg.classes, MinCount: cfg.minCount, Passes: cfg.passes})
	out := make(lexicon, len(words))
	for _, w := range words {
		out[phraseStep(phraseOffset, w.Form)] = uint8(w.Class + 1)
	}
	return out
}
