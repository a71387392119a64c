package actor

// Token tests shared by the resolvers.

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// isPlural reports a plural noun.
func isPlural(t model.Token) bool { return t.XPOS == "NNS" || t.XPOS == "NNPS" }

// isName reports a capitalised word or one tagged as a proper noun.
func isName(t model.Token) bool {
	return capitalised(t.Form) || t.UPOS == "PROPN"
}

// possessiveUp reports an upper-cased word that is the possessive "'s"
// the tokenizer splits from its noun, with a straight or a curly
// apostrophe.
func possessiveUp(w string) bool { return w == "'S" || w == "\u2019S" }

// capitalised reports a word that begins with an ASCII capital letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// functionWord reports a word the tagger reads as a pronoun,
// determiner, preposition, conjunction, auxiliary or particle: a word of
// the grammar, which names an actor only as an acronym in capitals.
func functionWord(t model.Token) bool {
	switch t.UPOS {
	case "PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART":
		return true
	}
	return false
}

// isPunctWord reports a word of no letter or digit.
func isPunctWord(w string) bool {
	return isPunct(model.Token{Form: w})
}

// abbreviation reports a word in capitals or with a full stop ("U.S.",
// "UK"): a country's short name, not a city's.
func abbreviation(w string) bool {
	return strings.Contains(w, ".") || len(w) > 1 && strings.ToUpper(w) == w
}

// demonymLike reports words (upper-case) that may be a people's name
// rather than a city's, even when the names model tags them as a place
// ("The Chilean general"): they begin as a word of the entry's name
// does ("CHILEAN" of CHILE, "AMERICAN" of UNITED STATES OF AMERICA), or
// end as demonyms do ("BRITISH", "CONGOLESE", "THAI").
func demonymLike(words []string, name string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	for _, suf := range [...]string{"AN", "ISH", "ESE", "I", "CH"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	for _, n := range strings.Fields(name) {
		if len(w) >= 4 && len(n) >= 4 && w[:4] == n[:4] {
			return true
		}
	}
	return false
}

// isParticiple reports a participle used as a modifier ("Colombia's
// largest remaining rebel group", "Iran's exiled opposition").
func isParticiple(t model.Token) bool {
	return t.XPOS == "VBG" || t.XPOS == "VBN"
}

func isPunct(t model.Token) bool {
	if t.UPOS == "PUNCT" {
		return true
	}
	for _, c := range t.Form {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 {
			return false
		}
	}
	return true
}

// conjoined reports that the words from end to start (upper-case) only
// join two names: "and", "or", a comma, an article.
func conjoined(up []string, end, start int) bool {
	if start <= end || start-end > 3 {
		return false
	}
	and := false
	for _, w := range up[end:start] {
		switch w {
		case "AND", "OR", ",", "&":
			and = true
		case "THE":
		default:
			return false
		}
	}
	return and
}

// dash reports a hyphen or an en dash, which writers use alike to join
// words ("the Saudi-led coalition", "counter\u2013ISIL").
func dash(t model.Token) bool {
	return t.Form == "-" || t.Form == "\u2013"
}

// againstName reports a lower-case "counter" or "anti" joined by a
// hyphen to a name at i ("the counter-ISIL coalition"): a name the
// dictionaries may list whole, though it starts in lower case, while
// "counter" or "anti" alone begins none.
func againstName(toks []model.Token, i int) bool {
	if i+2 >= len(toks) || !dash(toks[i+1]) || !maybeName(toks[i+2]) {
		return false
	}
	f := strings.ToLower(toks[i].Form)
	return f == "counter" || f == "anti"
}
