package event

// Time expressions that stand aside from a verb: in a relative clause or a
// quotation the verb is not part of (asideTime and its helpers).

import (
	"strings"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// asideTime reports a time expression x of the sentence toks that stands
// aside from the verb at v, in words the verb is not part of: a relative
// clause ("called on Eritrea to withdraw from the headland, which they
// occupied in 2017"; "Mickoski, whose party won power last year, told
// parliament"; "condemned the strikes as a breach of the truce agreed in
// November 2024") or a quotation ("'We signed it in 2022,' he told
// reporters"). Such a time dates the clause or the quote, never v; with
// v < 0 it stands aside from the sentence's main line, so it dates no
// paragraph either. The test reads the words, not the parse, which hangs
// such clauses on the wrong word as often as not.
func asideTime(toks []model.Token, x when.Expression, v int) bool {
	k := tokenAt(toks, x.Start)
	if k < 0 {
		return false
	}
	if quoteMarks(toks, 0, k)%2 == 1 && (v < 0 || quoteMarks(toks, min(v, k), max(v, k)) > 0) {
		return true
	}
	r := relativeOpener(toks, k)
	if r < 0 || v >= 0 && describedNoun(toks, v, r) {
		return false
	}
	end := relativeEnd(toks, r)
	if k >= end {
		return false
	}
	return v < 0 || v < r || v >= end
}

// relativeEnd returns the index of the token that ends the relative
// clause opened at r: the end of its part, or the finite verb that
// follows the clause's own ("Two hostages who had been held since 2016
// were released Tuesday": "were" is the sentence's verb, not the
// clause's), not one a conjunction joins to it after a relative pronoun
// ("which they seized and held in 2016").
func relativeEnd(toks []model.Token, r int) int {
	// A participle is the clause's own verb: any finite verb after it is
	// another clause's ("a breach of the truce agreed in 2024 and called
	// on Chile").
	participle := toks[r].UPOS == "VERB"
	own := participle
	for j := r + 1; j < len(toks); j++ {
		if partBreak(toks[j]) {
			return j
		}
		if !finite(toks[j]) && toks[j].XPOS != "MD" || toks[j-1].UPOS == "CCONJ" && !participle {
			continue
		}
		if own {
			return j
		}
		own = true
	}
	return len(toks)
}

// describedNoun reports an event noun at v that the relative clause
// opened at r describes ("a cyberattack that disrupted services in
// August", "the strike, which killed nine on Monday"): the clause's time
// is the noun's event's.
func describedNoun(toks []model.Token, v, r int) bool {
	if toks[v].UPOS != "NOUN" && toks[v].UPOS != "PROPN" {
		return false
	}
	return r == v+1 || r == v+2 && toks[v+1].Form == ","
}

// tokenAt returns the first token of toks that begins at or after byte
// offset at, or -1.
func tokenAt(toks []model.Token, at int) int {
	for i, t := range toks {
		if t.Start >= at {
			return i
		}
	}
	return -1
}

// quoteMarks counts the double quotation marks among toks[lo:hi].
func quoteMarks(toks []model.Token, lo, hi int) int {
	n := 0
	for j := max(lo, 0); j < hi && j < len(toks); j++ {
		if doubleQuote(toks[j].Form) {
			n++
		}
	}
	return n
}

// doubleQuote reports a double quotation mark. Unlike isQuote it leaves
// out single marks, which may be apostrophes ("the countries’ envoys").
func doubleQuote(f string) bool {
	switch f {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// partBreak reports a token that ends a comma-delimited part of a
// sentence.
func partBreak(t model.Token) bool {
	switch t.Form {
	case ",", "(", ")", ";", ":", "\u2013", "\u2014", "--":
		return true
	}
	return false
}

// reducedPrepositions are the prepositions after which a noun with a
// participle after it is a noun with a reduced relative clause ("a breach
// of the truce agreed in 2024", "under a deal signed in 2015"): the
// participle cannot be the noun's verb, as a subject stands in no
// prepositional phrase. Words that also open a clause ("after",
// "before", "since") are not among them.
var reducedPrepositions = map[string]bool{
	"of": true, "under": true, "in": true, "to": true, "with": true, "by": true,
	"for": true, "from": true, "against": true, "over": true, "about": true,
}

// relativeOpener returns the word that opens a relative clause holding
// token k within its part of toks: a relative pronoun after a noun or a
// comma ("the headland, which they occupied", "Mickoski, whose party
// won"), or the preposition before it after a comma ("Bolivia, with
// which Peru signed a deal last year"), not a question word after a
// verb ("did not say which envoys left"); or a past participle right after a noun that a preposition
// governs ("of the truce agreed in 2024"). It returns -1 for none.
func relativeOpener(toks []model.Token, k int) int {
	for j := k - 1; j >= 0 && !partBreak(toks[j]); j-- {
		switch toks[j].XPOS {
		case "WDT", "WP", "WP$":
			// "his counterpart, with whom he spoke": the pronoun's
			// preposition after a comma opens the clause.
			if j > 1 && toks[j-1].UPOS == "ADP" && toks[j-2].Form == "," {
				return j - 1
			}
			if j > 0 && (toks[j-1].UPOS == "VERB" || toks[j-1].UPOS == "AUX" || toks[j-1].UPOS == "ADP") {
				continue
			}
			return j
		case "VBN", "VBD":
			if prepositionalParticiple(toks, j) {
				return j
			}
		}
	}
	return -1
}

// prepositionalParticiple reports a participle at j right after a noun
// phrase that a preposition of reducedPrepositions governs, after the
// sentence's first verb.
func prepositionalParticiple(toks []model.Token, j int) bool {
	if j == 0 || toks[j-1].UPOS != "NOUN" && toks[j-1].UPOS != "PROPN" {
		return false
	}
	for i := j - 1; i >= 0; i-- {
		switch toks[i].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM":
			continue
		}
		if toks[i].XPOS == "POS" || toks[i].XPOS == "PRP$" || toks[i].XPOS == "HYPH" {
			continue
		}
		// A phrase after a verb is no part of the sentence's subject
		// ("Thousands of protesters marched on Monday": "marched" is
		// the verb of "Thousands").
		return toks[i].UPOS == "ADP" && reducedPrepositions[strings.ToLower(toks[i].Form)] && !beforeVerb(toks, toks[i].Start)
	}
	return false
}
