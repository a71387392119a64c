package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

// MaxTokens is the default longest sentence: a longer run of tokens is cut
// into pieces of at most MaxTokens, at a comma or semicolon when there is
// one in the second half of the piece.
const MaxTokens = 250

// Segmenter splits text into sentences. Its zero value is ready to use
// with MaxTokens. A Segmenter holds scratch space, so one Segmenter must
// not be used by several goroutines at once; the package functions
// Sentences and Tokens are safe for concurrent use.
type Segmenter struct {
	// MaxTokens bounds sentence length; zero or less means MaxTokens.
	MaxTokens int

	buf   []tok
	spans []sentSpan
}

// Sentences splits text into sentences of tokens. Token Heads are -1
// (unparsed). It is safe for concurrent use.
func Sentences(text string) []model.Sentence {
	var s Segmenter
	return s.Sentences(text)
}

// Tokens returns the tokens of text, ignoring sentence boundaries. Token
// Heads are -1 (unparsed). It is safe for concurrent use.
func Tokens(text string) []model.Token {
	var s Segmenter
	return s.Tokens(text)
}

func modelToken(text string, t tok) model.Token {
	return model.Token{Span: model.Span{Start: t.start, End: t.end}, Form: text[t.start:t.end], Head: -1}
}

// Sentences splits text into sentences. The tokens of all sentences share
// one backing array, allocated per call.
func (sg *Segmenter) Sentences(text string) []model.Sentence {
	_, sents := sg.segment(text)
	return sents
}

// Tokens returns the tokens of text, as Sentences would give them.
func (sg *Segmenter) Tokens(text string) []model.Token {
	all, _ := sg.segment(text)
	return all
}

// segment returns all tokens and the sentences over them. A sentence that
// ends with an abbreviation gives the abbreviation's period a token of its
// own, as the treebanks do ("etc" + "."), so that every sentence ends in
// its punctuation.
func (sg *Segmenter) segment(text string) ([]model.Token, []model.Sentence) {
	sg.buf = tokenize(text, sg.buf[:0])
	toks := sg.buf
	if len(toks) == 0 {
		return nil, nil
	}
	// The sentences are found first, so that the tokens and sentences
	// are allocated once at their size.
	sg.spans = sg.spans[:0]
	n := 0
	sg.split(text, toks, func(a, b int) {
		// k is the sentence's last token before any closers.
		k := b - 1
		for k > a && closer(text, toks, k) {
			k--
		}
		if t := toks[k]; t.flags&(flagAbbrev|flagTitle) != 0 && t.end-t.start > 1 {
			n++
		} else {
			k = -1
		}
		sg.spans = append(sg.spans, sentSpan{a, b, k})
		n += b - a
	})
	if len(sg.spans) == 0 {
		return make([]model.Token, 0, n), nil
	}
	all := make([]model.Token, 0, n)
	out := make([]model.Sentence, len(sg.spans))
	for j, sp := range sg.spans {
		first := len(all)
		for i := sp.a; i < sp.b; i++ {
			t := toks[i]
			if i == sp.split {
				all = append(all, modelToken(text, tok{start: t.start, end: t.end - 1}),
					modelToken(text, tok{start: t.end - 1, end: t.end}))
				continue
			}
			all = append(all, modelToken(text, t))
		}
		s := all[first:len(all):len(all)]
		out[j] = model.Sentence{
			Span:   model.Span{Start: s[0].Start, End: s[len(s)-1].End},
			Tokens: s,
		}
	}
	return all, out
}

// sentSpan is a sentence's range of tokens [a, b) and the token split
// there into word and period (an abbreviation ending it), or -1.
type sentSpan struct{ a, b, split int }

// split calls emit(a, b) for the token range [a, b) of each sentence.
func (sg *Segmenter) split(text string, toks []tok, emit func(a, b int)) {
	max := sg.MaxTokens
	if max <= 0 {
		max = MaxTokens
	}
	start := 0
	paragraph := true // start opens the text or a line
	for i := 0; i < len(toks); {
		if i > start && toks[i].flags&flagNewline != 0 {
			emit(start, i)
			start = i
			paragraph = true
		}
		if paragraph && i == start {
			paragraph = false
			if d := dateline(text, toks, start); d > 0 {
				emit(start, d)
				start, i = d, d
				continue
			}
		}
		if i-start >= max {
			cut := longCut(text, toks, start, i)
			emit(start, cut)
			start = cut
			continue
		}
		if !terminal(text, toks[i]) {
			i++
			continue
		}
		// Closing quotes and brackets after the terminal belong to the
		// sentence, and so does more terminal punctuation ("?!", ". . .").
		j := i + 1
		for j < len(toks) && toks[j].flags&flagNewline == 0 {
			if closer(text, toks, j) || emoticon(text, toks[j]) ||
				terminal(text, toks[j]) && (toks[j].flags&flagSpace == 0 || dots(text, toks[j])) {
				j++
				continue
			}
			if n := citation(text, toks, j); n > 0 {
				j += n
				continue
			}
			break
		}
		if j < len(toks) && toks[j].flags&flagNewline == 0 && endsSentence(text, toks, i, j) {
			emit(start, j)
			start = j
		}
		i = j
	}
	if start < len(toks) {
		emit(start, len(toks))
	}
}

// dateline returns the end (the index after its dash) of a wire dateline
// opening the line at toks[start], "TIRANA, Sept 7 (Reuters) -" or
// "WASHINGTON —", or -1. A dateline is a dash within the first 16 tokens,
// with more of the line after it and no lower-case word before it, after
// a first word in capitals or an agency in brackets. It is a sentence of
// its own: the story's first sentence begins after it, and a parser
// should not have to make one clause of both.
func dateline(text string, toks []tok, start int) int {
	caps, bracket := upperWord(text[toks[start].start:toks[start].end]), false
	for i := start + 1; i < len(toks) && i < start+16; i++ {
		t := toks[i]
		if t.flags&flagNewline != 0 {
			return -1
		}
		w := text[t.start:t.end]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return -1 // "NATO said - ..." is no dateline
		}
		switch w {
		case "(":
			bracket = true
		case "–", "—", "--", "-", "―":
			// A hyphen between two words joins them ("UN
			// Secretary-General"): it is no dateline's dash.
			if w == "-" && t.flags&flagSpace == 0 && i+1 < len(toks) && toks[i+1].flags&flagSpace == 0 {
				return -1
			}
			if (caps || bracket) && i+1 < len(toks) && toks[i+1].flags&flagNewline == 0 && i > start {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// upperWord reports a word of two or more letters, all capitals ("TIRANA",
// "U.S.", "AL-FASHER").
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.' || r == '-' || r == '\'':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// longCut picks where to cut the overlong sentence toks[start:i]: after the
// last comma, semicolon or colon in its second half, else at i.
func longCut(text string, toks []tok, start, i int) int {
	for k := i - 1; k > start+(i-start)/2; k-- {
		switch text[toks[k].start:toks[k].end] {
		case ",", ";", ":", "—", "–", "-", "--":
			return k + 1
		}
	}
	return i
}

// terminal reports whether t may end a sentence: a run of ".", "!", "?",
// an ellipsis, or an abbreviation with its period.
func terminal(text string, t tok) bool {
	if t.flags&(flagAbbrev|flagTitle) != 0 {
		return true
	}
	c := text[t.start]
	switch c {
	case '.', '!', '?':
		return true
	case 0xe2: // "…", "‼", "⁇", "⁈", "⁉"
		switch text[t.start:t.end] {
		case "…", "‼", "⁇", "⁈", "⁉":
			return true
		}
	case 0xef: // fullwidth "！", "？", "。"
		switch text[t.start:t.end] {
		case "！", "？", "。", "｡":
			return true
		}
	case 0xe3:
		return text[t.start:t.end] == "。"
	}
	return false
}

// closer reports whether toks[j] closes a bracket or quotation.
func closer(text string, toks []tok, j int) bool {
	switch text[toks[j].start:toks[j].end] {
	case ")", "]", "}", "”", "’", "»", "›":
		return true
	case "\"", "'", "''":
		return quoteOf(text, toks[j], 0) != QuoteOpen
	}
	return false
}

// endsSentence decides whether a sentence ends after the terminal
// toks[i] (and any closers up to j), before toks[j].
func endsSentence(text string, toks []tok, i, j int) bool {
	t, next := toks[i], toks[j]
	if next.flags&flagSpace == 0 {
		// "end.The" was kept whole by the tokenizer; anything else glued
		// to the terminal continues the sentence.
		return false
	}
	if t.flags&flagTitle != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next.start:])
	if t.flags&flagAbbrev != 0 {
		return isUpper(r) && starters[lowerASCII(text[next.start:next.end])]
	}
	if isLower(r) {
		// Careless writing starts sentences in lower case: "... you. call
		// them". Only common sentence starters count.
		return lowStarters[text[next.start:next.end]]
	}
	return true
}

// dots reports whether t is made of periods only.
func dots(text string, t tok) bool {
	return strings.Trim(text[t.start:t.end], ".") == ""
}

// emoticon reports whether t is an emoticon such as ":)".
func emoticon(text string, t tok) bool {
	w := text[t.start:t.end]
	for _, e := range emoticons {
		if w == e {
			return true
		}
	}
	return false
}

// citation returns the length in tokens of a reference mark such as "[17]"
// or "[...]" at toks[j], or 0.
func citation(text string, toks []tok, j int) int {
	if j+2 >= len(toks) || text[toks[j].start:toks[j].end] != "[" || text[toks[j+2].start:toks[j+2].end] != "]" {
		return 0
	}
	w := text[toks[j+1].start:toks[j+1].end]
	if allDigits(w) && len(w) <= 3 || w == "..." || w == "…" {
		return 3
	}
	return 0
}

// lowerASCII returns w in lower case, allocating only when it must and
// only for short words.
func lowerASCII(w string) string {
	if len(w) > 16 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
