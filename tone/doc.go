// Package tone measures the tone of a text the way GDELT's Global
// Knowledge Graph does: the share of positive and negative words, their
// difference (tone) and sum (polarity), the share of activity words and of
// first-person self and group references, and the word count.
//
// The common path:
//
//	t := tone.Of(article.Text)
//	fmt.Printf("%.2f over %d words\n", t.Tone, t.WordCount)
//	tone.Quotes(article.Quotes) // the same figures per quotation
//
// Positive and negative words come from lexicon.tsv, derived from the
// VADER sentiment lexicon (MIT; see the file's header) by "go generate
// ./tone". A word counts as positive when its valence is at least
// Threshold, negative when at most -Threshold. Activity words come from
// activity.txt, written for casus. The lexicons are English: other
// languages get a word count and zero elsewhere.
//
// Of keeps no state and is safe for concurrent use. The package knows
// words, nothing of sentences, quotes, actors or storage.
package tone

//go:generate go run ./gen -vader $VADER_LEXICON -o lexicon.tsv
