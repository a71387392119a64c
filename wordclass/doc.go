// Package wordclass learns word classes from unlabelled text: words that
// occur in like contexts share a class, so that a model which saw one word
// of a class in its labelled data can generalise to the others.
//
// Exchange assigns words to a fixed number of classes with the exchange
// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): starting
// from an arbitrary assignment, each word in turn moves to the class that
// most raises the likelihood of a class bigram model of the text, until few
// words move. Hierarchy then merges those classes bottom-up, always the
// pair whose merge loses the least likelihood, as Brown et al. (1992) merge
// words, and gives every word the bit string of its class's path from the
// root of the merge tree, so that prefixes of the string name coarser
// classes (Koo, Carreras and Collins 2008 use such prefixes as parser
// features).
//
// Both are deterministic: the same text and Config give the same classes.
// Words are compared as given; callers normalise them (case, digits) first.
//
// The package knows words and sentences only. It must not know what the
// classes are used for, how text is tokenised, nor any model file format.
package wordclass
