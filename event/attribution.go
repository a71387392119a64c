package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// trailingVerb returns the reporting verb of an attribution that may close
// the sentence after the verb at v: its last verb, passing over a
// participle on a noun ("in a statement issued on Friday", "in a post
// published late on Monday"), if that verb reports (trailingLemmas); else
// -1, also when an auxiliary, "that" or a quotation mark comes after it.
func trailingVerb(toks []model.Token, v int) int {
	for k := len(toks) - 1; k > v; k-- {
		t := toks[k]
		if t.UPOS == "AUX" || strings.EqualFold(t.Form, "that") || t.Form == "\"" || t.Form == "“" || t.Form == "”" {
			return -1
		}
		if !isVerb(t) {
			continue
		}
		if (t.XPOS == "VBN" || t.XPOS == "VBG") && k-1 > v && strings.HasPrefix(toks[k-1].XPOS, "NN") {
			continue
		}
		if !trailingLemmas[strings.ToUpper(t.Lemma)] {
			return -1 // another verb closes the sentence
		}
		return k
	}
	return -1
}

// closingComma returns the comma that opens a sentence-closing
// attribution after the verb at v (", the health ministry said in a
// statement issued on Friday", ", said a spokesman for the army"), or -1.
// The words after it are the attribution's, none of the verb's clause:
// "Israeli jets bombed a school, the ministry said in a statement" is no
// "blasted ... in a statement" (BLAST's "- * STATEMENT [111]", a pattern
// of the block BOMB shares).
func closingComma(toks []model.Token, v int) int {
	sv := trailingVerb(toks, v)
	if sv < 0 {
		return -1
	}
	switch toks[sv].XPOS {
	case "VBD", "VBZ", "VBP": // a finite report, not ", announced on Wednesday,"
	default:
		return -1
	}
	if sv-1 > v && toks[sv-1].Form == "," {
		if sv+1 < len(toks) && nounPhraseWord(toks[sv+1]) {
			return sv - 1 // ", said the health ministry"
		}
		return -1
	}
	for c := sv - 1; c > v; c-- {
		if toks[c].Form == "," {
			if c+1 < sv && nounPhraseGap(toks, c+1, sv) {
				return c // ", the health ministry said"
			}
			return -1
		}
	}
	return -1
}
