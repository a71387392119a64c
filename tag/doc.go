// Package tag assigns part-of-speech tags and lemmas to the tokens of a
// sentence: Penn Treebank tags (XPOS), Universal Dependencies tags (UPOS)
// and dictionary forms (Lemma).
//
// The common path uses the embedded model trained on the English Web
// Treebank:
//
//	m, err := tag.Default()
//	if err != nil {
//		return err
//	}
//	m.Tag(sentence.Tokens) // fills XPOS, UPOS and Lemma of each token
//
// The tagger is a greedy, two-pass averaged perceptron over hashed
// features (the word, its lower case, prefixes and suffixes, shape,
// neighbouring words, the tags already chosen, and what the training data
// and WordNet say the word can be). The first pass reads left to right;
// the second reads again, seeing the first pass's tags of the words to
// the right, and rescores only the words the first pass was unsure of.
// Each pass's weights are the mean of those of several perceptrons that
// visited the training sentences in different orders, which scores like
// letting them vote at the cost of one.
// Frequent words with one tag in the training data get it without
// scoring. A word spelt like a Roman numeral but written in title case
// ("Xi", "Li") is a name, not the numeral WordNet knows: where the model
// reads it as CD or LS, or after the sentence's first word as JJ or NN,
// it is tagged NNP. The words the training data knows are cached in the Model as
// they are first seen (a bounded, lock-free cache): their analysis, their
// lemma for each tag the data gave them, and, per pass (the second
// pass's when it first needs them), the summed weights of the features
// that depend on the word alone, and of those that depend on it alone as
// the next word, so that such a word is
// scored with two dense rows and its other context features instead of a
// look-up per feature. The sums are of integers, so the tags are those
// the model gives without the cache.
// UPOS is chosen by a small second classifier that sees the XPOS
// tags, among the UPOS tags seen with that XPOS tag; lemmas come from a
// table of the forms that the rules get wrong, from the training data
// and, for irregular forms it lacks, from WordNet's exception lists
// (fled → flee for the past tags VBD and VBN, never for VB or VBP:
// "saw" the verb keeps its lemma), and otherwise from suffix
// rules learned per XPOS tag, preferring results WordNet knows: a past
// form WordNet knows as a verb is its own lemma (cast, shed), and a
// stem WordNet does not know is respelled (traded → trade, modelling →
// model) before it is kept.
//
// The model, trained on web text, reads a past tense right after a name
// or a plural noun as a participle ("Hezbollah fired/VBN rockets"),
// which leaves the clause with no finite verb. After the last pass the
// tagger gives such a clause its verb back: a past participle that may
// be a past tense, right after its clause's subject, not before a "by"
// agent and with no finite verb in its clause, becomes VBD, and the
// words after it are tagged again ("sealed off/RP"). Tag does so for
// sentences with no finite verb but verbs of saying, in their main
// clause or the clause a verb of saying reports, and for a participle
// after the sentence's opening subject whose object is followed by a
// second past form after "and" or an infinitive of purpose, whatever
// verbs later clauses have ("Congolese police fired/VBN tear gas to
// disperse them, ... which said six were injured"); Model.TagFinite does
// so clause by clause. Both also take as the verb of a sentence with no
// verb at all its first "-ed" adjective that passes the same test
// ("Australia sanctioned/JJ Russian officials"), and read initials that
// the model took for a function word after "the" or before a noun as a
// name ("The WHO/WP criticized Peru"). A past form "may be a past
// tense" when it ends in "-ed", the training data saw it as one, or it is
// an irregular form in WordNet's exception list not spelt as only a
// participle is ("fought", "fled"; not "taken", "begun"). Before the
// repair, an unseen plural that the model read as a verb in -s at the
// sentence's start or after a modifier, followed by a past form and its
// object, becomes the plural noun it is ("Somali pirates/VBZ
// hijacked/VBN a ship"). Tag also gives a second clause after "and"
// its verb when the participle there has an object that is no name
// ("Protesters threw stones and police fired/VBN tear gas"). TagFinite scores better on EWT
// and GUM, but the event coder reads the model's wrong tags in other clauses by rules of
// its own (finiteParticiple, coordinatedSubject, byAside, closing
// attribution, dropSpeech's subordinate events) and codes fewer events
// of the demo and held-out sets with the right ones.
//
// Sentences longer than MaxSentence tokens are tagged in pieces, and only
// the first 128 bytes of a token are read for its features, so time and
// memory grow linearly with the input whatever it holds.
//
// Train builds a model from CoNLL-U files and Evaluate scores one on gold
// tokens; Model.Encode and Decode write and read the binary form that is
// embedded in the package. Its hash tables are stored as the tagger lays
// them out in memory, less their free slots, so that Default only spreads
// them out, and reads the weights where they lie, instead of rebuilding
// the tables in every run; Default puts its large tables in memory backed
// by huge pages (internal/hugemem), where the many look-ups at random
// places in them cost fewer address translations. Jackknife replaces the gold tags of a
// later stage's training data with predicted ones, so that the stage (the
// parser) learns from tags as wrong as the tagger's.
//
// The package knows tokens and tags only. It must not know how text is
// split into sentences and tokens, how sentences are parsed, or where the
// articles come from; it reads CoNLL-U only to train and to evaluate.
package tag
