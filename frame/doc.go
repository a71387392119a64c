// Package frame finds how an outlet frames what it reports: scare quotes,
// distancing words ("alleged", "claimed"), hedges ("reportedly",
// "so-called", "is believed to") and loaded labels ("regime",
// "terrorist", "junta"), each a model.FramingMark with its offsets and,
// for loaded labels, the name or noun phrase the label is applied to.
//
// The common path:
//
//	for _, m := range frame.Find(text, sents, ents) {
//		fmt.Println(m.Kind, m.Text, m.Target)
//	}
//
// Words and phrases come from a lexicon: lexicon.txt, embedded, documents
// its format and kinds. LoadLexicon reads a user's file in the same format
// and returns the built-in lexicon extended with it; its Find method works
// as the package's Find does. Quotation marks are framed by rule: a
// quotation of one to three words (never reported as speech by package
// quote) is a scare quote, or distancing when it follows "known as",
// "dubbed" or "described as"; a quotation of up to four words that holds a
// loaded label is a loaded label. Words inside longer quotations are the
// speaker's, not the outlet's, and are not marked.
//
// Offsets are byte offsets into the text, and Text is text[Start:End].
// The functions are safe for concurrent use; a Lexicon is read-only once
// built. The package knows quotation marks (through package quote) and
// words, but nothing of parsing, actors, events or storage.
package frame
