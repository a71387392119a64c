// Package ner finds names of people, organisations, places and other
// things (MISC) in tokenized sentences.
//
// A Model is an averaged structured perceptron over IOB2 tags (B-PER,
// I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O) decoded with
// Viterbi, so that every I- tag follows a B- or I- tag of its type. Its
// features are the words around each token, their shapes, prefixes and
// suffixes, their Penn Treebank part-of-speech tags when the tokens carry
// them (run package tag first: the model learns from the tags that tagger
// predicts, not from gold tags), a lexicon of how often each word is a
// proper noun in UD English EWT train, word classes learnt without labels
// from the words of EWT train, UNER dev and WikiGold (words used in like
// contexts share a class, so "Azurix" borrows from "Enron"), the casing
// of the whole sentence (title, all capitals, no capitals), and gazetteer
// matches: place names from GeoNames, actor names from the PETRARCH-2
// dictionaries and the CAMEO known groups, hyphens skipped ("Al - Qaeda"
// matches "Al Qaeda"). Lexicon, word classes and gazetteer are compiled
// into the model file. Train averages the weights of several perceptrons
// that saw the sentences in different orders.
//
// The common path:
//
//	tagger, err := tag.Default()
//	m, err := ner.Default()
//	for _, s := range segment.Sentences(text) {
//		tagger.Tag(s.Tokens) // part-of-speech tags help the names
//		for _, e := range m.Entities(text, s) {
//			fmt.Println(e.Kind, e.Text)
//		}
//	}
//
// Train rebuilds the model from the training data (UNER English EWT dev,
// WikiGold); Evaluate scores a model with exact-span micro precision,
// recall and F1. Reader and Writer read and write IOB2 files: one token per
// line, tab- or space-separated columns, blank lines between sentences.
//
// The package knows tokens, not text layout: it does not split sentences
// or tokens (package segment does) and it does not resolve names to actors.
package ner
