// Package quote finds who said what in a news article: direct quotations
// with their speakers, indirect (reported) speech, and the sources an
// article cites.
//
// The common path:
//
//	sents := segment.Sentences(text)
//	for _, q := range quote.Find(text, sents, ents, quote.Options{}) {
//		fmt.Println(q.Speaker.Name, q.Direct, q.Text)
//	}
//
// Find recognises the shapes news writing uses: a quotation followed by
// its cue ("...," he said), a cue before it (Rama said: "..."), a cue in
// the middle of two quoted sentences, "was quoted as saying", "said in a
// tweet", "told reporters", "according to", and quotations that run over
// several paragraphs (a paragraph that opens a quotation and never closes
// it continues into the next paragraph that opens with a quotation mark).
// Quotation marks may be straight or curly, or « », „ “ and 「 」. A
// quotation never crosses a paragraph except by that convention, and never
// the end of the text. Quotations of one to three words that are not
// attributed as speech are scare quotes, titles or nicknames: Find does
// not report them (package frame does). Indirect speech ("Rama said the
// government had decided ...") is reported with Direct false; its Text is
// the reported clause up to the end of the sentence.
//
// Speakers are named by the fullest name the article gives ("Rama" becomes
// "Edi Rama"); pronouns and definite descriptions ("he", "the ministry")
// are resolved to the last compatible speaker or subject before them;
// descriptions that name no one ("a Western diplomat") are kept as
// printed. Entities passed in (from package ner) are preferred to the
// capitalisation heuristics used without them, and an entity's resolved
// actor, or Options.Actor, gives the speaker's actor code and country.
//
// Sources lists the article's sourcing: named and anonymous sources and
// the original outlet of a republished report. FindAll returns both
// quotations and sources from one analysis of the text.
//
// Every offset is a byte offset into the text passed in, and Text is
// always text[Start:End]. The functions keep no state between calls and
// are safe for concurrent use; their work is linear in the length of the
// text. The package knows tokens, sentences and entities, but nothing of
// parsing, event coding, storage or how the article was fetched; it does
// not load dictionaries itself (Options.Actor is how a caller plugs one
// in).
package quote
