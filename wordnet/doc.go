// Package wordnet reads the files of a WordNet 3 database, as Debian's
// wordnet-base package installs it in DefaultDir: the synsets of the data
// files (data.noun, data.verb, data.adj, data.adv) and the lines of the
// index and exception files.
//
// casus's trainers read WordNet to build models (the tagger's lexicon
// and its lemmatizer's irregular forms, the name gazetteer, the word
// classes' unlabelled text); nothing reads it at run time. The package
// knows the file formats only, not what a model makes of them.
package wordnet
