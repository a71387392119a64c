package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// writersOwn reports a sentence in the writer's own first person: an
// "I", "me", "my" or "myself" that stands outside any quotation
// (openQuote) and that no speaker owns (statementPronouns gives the "I"
// of a statement printed without quotation marks its speaker's mention).
// News reports in the third person; a sentence in the writer's own
// voice is a column's, blog's or letter's opinion, guess or own doing
// ("It seems clear to me that Peru expelled the ambassador for the wrong
// reasons", "My guess is that ...", "I read a report accusing Bolivia of
// ..."), and codes no event.
func (a *article) writersOwn(toks []model.Token, ms []actor.Mention) bool {
	for k := range toks {
		if !writerPronoun(toks, k) || holding(ms, k) >= 0 || openQuote(a.text, toks[k].Start) {
			continue
		}
		return true
	}
	return false
}

// writerPronoun reports a first person singular pronoun at k: "I" (not
// the numeral of "World War I" or "King Abdullah I", which follows a
// capitalised word past the sentence's first), "me", "my" or "myself".
func writerPronoun(toks []model.Token, k int) bool {
	t := toks[k]
	if t.UPOS != "PRON" {
		return false
	}
	switch t.Form {
	case "I":
		return k <= 1 || !capitalised(toks[k-1].Form)
	case "me", "my", "My", "myself":
		return true
	}
	return false
}

// capitalised reports a word that begins with an upper-case letter.
func capitalised(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

// openQuote reports whether the byte offset at of text lies inside a
// quotation its paragraph opened and has not closed: an odd number of
// double quotation marks from the paragraph's start to at. It reads the
// text itself, so it needs no quotations found beside it (the peers'
// suites have none), and it holds a quotation that runs over several
// sentences, or over paragraphs that each open with a mark, as news
// prints a long one.
func openQuote(text string, at int) bool {
	at = min(at, len(text))
	para := text[strings.LastIndexByte(text[:at], '\n')+1 : at]
	n := strings.Count(para, "\"") + strings.Count(para, "“") + strings.Count(para, "”")
	return n%2 == 1
}
