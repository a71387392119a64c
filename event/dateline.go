package event

import (
	"unicode"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// datelineEnd returns the index of the dash that ends a wire dateline at
// the start of an article's first sentence ("TEHRAN, Sept. 7 (HNA) –
// Albania severed ..."), or -1 when the sentence has none. Package
// segment makes a dateline a sentence of its own, ending at its dash. A
// dateline is a dash within the first 16 tokens, with no lower-case word before it,
// preceded by an upper-case place name as the first word or by an agency
// in brackets.
func datelineEnd(toks []model.Token) int {
	if len(toks) < 2 {
		return -1
	}
	caps := allCaps(toks[0].Form)
	bracket := false
	for i := 1; i < len(toks) && i < 16; i++ {
		if r := []rune(toks[i].Form); len(r) > 0 && unicode.IsLower(r[0]) {
			return -1 // a dateline has no lower-case word: "NATO said - ..."
		}
		switch toks[i].Form {
		case "(":
			bracket = true
		case "-":
			// "UN Secretary-General Antonio Guterres called": a
			// hyphen with no space on either side joins a word,
			// and ends no dateline.
			if i+1 < len(toks) && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start {
				continue
			}
			if caps || bracket {
				return i
			}
			return -1
		case "–", "—", "--", "―":
			if caps || bracket {
				return i
			}
			return -1
		}
	}
	return -1
}

// allCaps reports a word of two or more letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			if r == '.' || r == '-' || r == '\'' {
				continue
			}
			return false
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dropDateline removes the mentions of a first sentence's dateline: the
// city an article was filed from acts in none of its events.
func dropDateline(s *model.Sentence, ms []actor.Mention) []actor.Mention {
	d := datelineEnd(s.Tokens)
	if d < 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.End > d {
			out = append(out, m)
		}
	}
	return out
}

// headlineEnd returns the index of the colon that ends a dateline in the
// middle of a sentence, where a headline was glued to the lede it heads
// ("Lankan president accepts invitation COLOMBO: Sri Lankan President
// ... has accepted"), or -1. The dateline is one to four upper-case
// words right before the colon, after at least three words of headline
// (a single word after a verb is its object: "told CNN: ..." is a
// quotation), and the lede after it opens with a capitalised word and
// runs at least five words.
func headlineEnd(toks []model.Token) int {
	for i := 4; i+5 < len(toks); i++ {
		if toks[i].Form != ":" || !allCaps(toks[i-1].Form) {
			continue
		}
		j := i - 1
		for j > i-4 && j > 0 && allCaps(toks[j-1].Form) {
			j--
		}
		if j < 3 || toks[j-1].UPOS == "PUNCT" || i-j == 1 && (toks[j-1].UPOS == "VERB" || toks[j-1].UPOS == "AUX") {
			continue
		}
		if r := []rune(toks[i+1].Form); len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		return i
	}
	return -1
}

// storyStart reports whether sentence i of sents (over text, with the
// actor mentions ms of each) begins a new story in a file of several,
// the current one having begun at sentence from: a wire dateline after
// the first sentence ("SEOUL, March 3 (Reuters) -"), or a headline that
// names actors of countries only the current story has not named ("North
// Korea tests missile" after an item on Ukraine; not a subheading such as
// "A long road" or "Russia reacts" in a story on Russia): a line of its
// own after the first sentence that ends in no full stop, question or
// exclamation mark, or quotation mark, with a sentence after it. Context
// finders (contextTarget, namedBefore) do not reach across it: the Houthis
// of one item fire at no one of the item before.
func storyStart(text string, sents []model.Sentence, ms [][]actor.Mention, from, i int) bool {
	if i == 0 || i >= len(sents) {
		return false
	}
	s := sents[i]
	toks := s.Tokens
	if len(toks) == 0 || s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return false
	}
	if datelineEnd(toks) >= 0 {
		return true
	}
	if i+1 >= len(sents) || len(toks) < 3 || !lineAlone(text, s.Start, s.End) {
		return false
	}
	switch toks[len(toks)-1].Form {
	case ".", "?", "!", "\"", "”", "'", "’", ":", ";", "…":
		return false
	}
	if i >= len(ms) {
		return false
	}
	named := false
	for _, m := range ms[i] {
		c := actor.CountryOf(m.Code)
		if c == "" {
			continue
		}
		for si := max(from, 0); si < i && si < len(ms); si++ {
			for _, p := range ms[si] {
				if actor.CountryOf(p.Code) == c {
					return false
				}
			}
		}
		named = true
	}
	return named
}

// lineAlone reports whether text[start:end] is a line of its own: only
// spaces between it and the line breaks (or the text's ends) around it.
func lineAlone(text string, start, end int) bool {
	for k := start - 1; k >= 0; k-- {
		if c := text[k]; c == '\n' {
			break
		} else if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	for k := end; k < len(text); k++ {
		if c := text[k]; c == '\n' {
			break
		} else if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
