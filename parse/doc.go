// Package parse assigns Universal Dependencies heads and relations to the
// tokens of a sentence: a greedy transition-based dependency parser.
//
// The common path is one call per sentence with the embedded English model:
//
//	m, err := parse.Default()
//	if err != nil {
//		return err
//	}
//	m.Parse(sentence.Tokens) // sets Head (1-based, 0 = root) and DepRel
//
// Tokens should carry Form, a Penn Treebank tag in XPOS and a Universal tag
// in UPOS, as a tagger sets them; the parser reads nothing else. When UPOS
// is empty it is guessed from XPOS, at some cost in accuracy. A Model is
// read-only after loading and safe for concurrent use.
//
// The parser uses the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with the artificial root at the end of the buffer, so that
// every parse is a single-rooted, projective tree. Arc labels are predicted
// jointly with the transitions. Scores come from an averaged perceptron over
// hashed conjunctions of words, tags, children, labels, distances and
// valencies of the stack and buffer items (after Zhang and Nivre 2011),
// and of word classes: hierarchical classes learnt without labels
// (package wordclass) from the words of the training set and of any more
// text TrainConfig.ClassText gives, read as 4- and 6-bit prefixes and
// whole paths (after Koo, Carreras and Collins 2008), so that a word rare
// in or absent from the treebank borrows from the frequent words of its
// class. The embedded model's classes come from EWT train and the glosses
// of WordNet 3 (1.6 million words), which `casus train parser` reads from
// /usr/share/wordnet as the tagger's training does. The model is trained
// with a dynamic oracle and exploration (Goldberg and Nivre 2012, 2013).
// Two perceptrons learn side by side, each with its own order of the
// sentences and its own exploration, and each epoch's model sums their
// averaged weights (TrainConfig.Seeds); once the epoch is chosen and
// small weights are pruned, the weights kept are trained again, alone,
// to make up for the dropped ones (TrainConfig.Refit).
// Parsing scores only what a move changed: the scores of the features of
// the buffer's words, of the front word's left children, of each stack
// word with its children and of the top word with the stack below it
// are kept until a move changes what they read. Time and memory are
// linear in sentence length.
//
// The parser sees only its stack and buffer when it attaches punctuation,
// which Universal Dependencies attaches to the head of the phrase or
// clause it delimits. So Default's model then re-attaches punctuation
// with a second stage (Punct, DefaultPunct): each punct-labelled token
// without dependents, left to right, is moved to the best of the heads
// that keep the tree projective, as a ranking perceptron scores them
// from the punctuation mark, the candidate's tag, relation, rank among
// the candidates on its side and distance, its dependents beyond and
// before the mark, the neighbouring tags and the partner of a quote or
// bracket. TrainPunct learns it from EWT train as the parser parses it
// (which generalised better to parsed dev than the gold trees did), so
// it is retrained whenever the parser is; it costs a few percent of the
// parse's time. Evaluate scores a model with
// and without it (Scores.Before).
//
// Parse then mends one error by rule: a second clause joined by "and"
// without a comma ("Russia expelled two diplomats and Britain summoned
// the ambassador"), whose subject the greedy parser has already made a
// conjunct of the first clause's object when it meets the verb. A finite
// verb with no subject right after such a conjunct becomes the first
// verb's conjunct, with the noun as its subject (coordinateClauses).
//
// Train rebuilds a model from the UD English Web Treebank and Evaluate scores
// one on gold-tokenised CoNLL-U sentences. The embedded model learnt from
// predicted tags, as the pipeline gives it: TrainConfig.Retag replaced the
// training set's gold tags with jackknifed tagger output and the dev set's
// with the tagger's, and small weights were pruned (TrainConfig.Prune) so
// that a step reads fewer of them; the epoch was chosen by the pruned
// model's dev score. The model file format is private to
// this package: a versioned header with a checksum, then the tables that
// scoring reads (the bit index, row table and padded rows, the word
// classes' hash table), uncompressed and laid out as in memory, so that
// the embedded model is scored from the binary's own bytes without
// decoding (tables are copied only on a big-endian machine or from
// misaligned bytes). Load still reads the older gzip format.
//
// The package knows tokens, tags and trees. It must not know how text is
// tokenised or tagged, nor anything of names, actors or events.
package parse
