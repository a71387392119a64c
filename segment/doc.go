// Package segment splits text into tokens and sentences.
//
// Tokens follow the conventions of the Penn Treebank as used by the
// Universal Dependencies English treebanks: clitics are split ("didn't" is
// "did" + "n't", "Iran's" is "Iran" + "'s"), quotes, brackets and most
// punctuation are tokens of their own, hyphenated compounds are split at the
// hyphen unless the first part is a prefix such as "non" or "pre", and
// abbreviations keep their period ("U.S.", "Gen."). URLs, e-mail addresses,
// @handles, #hashtags, numbers ("3,000", "2.5", "10:30") stay whole.
//
// Every token's Form is exactly text[Start:End]: tokens never rewrite the
// text, so offsets always point back at the source. Text is expected to be
// UTF-8; invalid bytes are carried along inside tokens, never dropped or
// replaced.
//
// A line break always ends a sentence (casus joins paragraphs with "\n"),
// and a wire dateline that opens a line ("TIRANA, Sept 7 (Reuters) -",
// "WASHINGTON —") is a sentence of its own, so that the story's first
// sentence is parsed without it.
// Inside a line, a sentence ends at terminal punctuation unless the
// punctuation belongs to an abbreviation that is not followed by a word that
// typically starts sentences; closing quotes and brackets after the period
// stay with the sentence they close. Sentences longer than MaxTokens are cut.
//
// The common path:
//
//	for _, s := range segment.Sentences(text) {
//		for _, t := range s.Tokens {
//			fmt.Println(t.Form, t.Start, t.End)
//		}
//	}
//
// QuoteOf tells whether a quotation-mark token opens or closes a quotation.
// EvaluateConllu scores the splitter and tokenizer against a CoNLL-U file.
//
// The package knows nothing about tagging, parsing or names, and it never
// needs data at run time: its word lists are compiled in.
package segment
