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
// of the whole sentence (title, all capitals, no capitals), gazetteer
// matches (place names from GeoNames with their other spellings in Latin
// letters, so that "Samarra" and "Hilla" are known as well as "Sāmarrā’",
// actor names from the PETRARCH-2 dictionaries and the CAMEO known
// groups, the people, places and organisations WordNet names, and the
// given names of UD English EWT train, found by its gold relations;
// hyphens skipped, so "Al - Qaeda" matches "Al Qaeda"), and the document: how the other sentences of the same
// document write each capitalised word (in the middle of a sentence, in
// lower case, in capitals) and the words next to it there, so that
// "Google" at the start of a sentence learns from "at Google" elsewhere.
// After decoding, a run of words left out of the names but found as a
// name elsewhere in the document becomes a name of the type that name
// most often has there: a capitalised run, or a lower-case one whose
// words EWT train does not know or mostly writes as proper nouns
// ("google" after "Google", not "apple" after "Apple"), and a name that
// is part of a longer name found there grows to it.
// Lexicon, word classes and gazetteer are compiled into the model file.
// Train averages the weights of several perceptrons that saw the sentences
// in different orders.
//
// Tag, TagWords and Entities read one sentence, which is then its own
// document; TagDocument and DocumentEntities read all the sentences of a
// document and find names better.
//
// The common path:
//
//	tagger, err := tag.Default()
//	m, err := ner.Default()
//	sents := segment.Sentences(text)
//	for _, s := range sents {
//		tagger.Tag(s.Tokens) // part-of-speech tags help the names
//	}
//	for _, e := range m.DocumentEntities(text, sents) {
//		fmt.Println(e.Kind, e.Text)
//	}
//
// Train rebuilds the model from the training data (UNER English EWT dev,
// WikiGold; optionally re3d); Evaluate scores a model with exact-span
// micro precision, recall and F1, a document at a time. Reader and Write
// read and write IOB2 files: one token per line, tab- or space-separated
// columns, blank lines between sentences; Documents groups the sentences
// into documents ("# newdoc" comments, "-DOCSTART-" lines).
//
// The package knows tokens, not text layout: it does not split sentences
// or tokens (package segment does) and it does not resolve names to actors.
package ner
