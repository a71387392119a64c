package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// stopwords are frequent short words of the languages guessLanguage
// tells apart.
var stopwords = map[string]string{
	"the": "en", "and": "en", "of": "en", "to": "en", "is": "en", "that": "en", "with": "en", "was": "en", "for": "en",
	"le": "fr", "les": "fr", "des": "fr", "et": "fr", "est": "fr", "une": "fr", "dans": "fr", "pour": "fr", "qui": "fr", "du": "fr",
	"der": "de", "die": "de", "und": "de", "das": "de", "ist": "de", "nicht": "de", "mit": "de", "den": "de", "sich": "de", "auf": "de",
	"el": "es", "los": "es", "las": "es", "y": "es", "por": "es", "con": "es", "una": "es", "para": "es", "del": "es", "es": "es",
	"il": "it", "di": "it", "che": "it", "è": "it", "della": "it", "per": "it", "gli": "it", "non": "it", "sono": "it",
	"o": "pt", "os": "pt", "não": "pt", "uma": "pt", "com": "pt", "do": "pt", "da": "pt", "em": "pt", "que": "pt",
	"het": "nl", "een": "nl", "van": "nl", "en": "nl", "niet": "nl", "zijn": "nl", "op": "nl", "voor": "nl",
	"и": "ru", "в": "ru", "не": "ru", "на": "ru", "что": "ru", "с": "ru", "по": "ru", "это": "ru",
	"och": "sv", "att": "sv", "är": "sv", "som": "sv", "för": "sv", "på": "sv",
	"ve": "tr", "bir": "tr", "bu": "tr", "için": "tr", "ile": "tr", "olarak": "tr",
}

// guessLanguage guesses the language of text from its script and, for
// Latin and Cyrillic text, from its most frequent stopwords. It returns
// "" when unsure: when no language's stopwords are one word in twenty,
// or, for Latin script, fewer than minStopwords.
func guessLanguage(text string) string {
	counts := map[string]int{}
	var scripts [8]int // latin, cyrillic, arabic, han, kana, hangul, devanagari, hebrew
	words := 0
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		start = -1
		if len(w) > 12 {
			return
		}
		words++
		var lw [48]byte
		n := 0
		if isASCII(w) {
			// As the loop below would, without decoding runes.
			for i := 0; i < len(w); i++ {
				c := w[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				lw[i] = c
			}
			n = len(w)
			if l, ok := stopwords[string(lw[:n])]; ok {
				counts[l]++
			}
			return
		}
		for _, r := range w {
			r = runes.ToLower(r)
			if n+4 > len(lw) {
				return
			}
			n += copy(lw[n:], string(r))
		}
		if l, ok := stopwords[string(lw[:n])]; ok {
			counts[l]++
		}
	}
	end := len(text) // where the reading stops: a rune's start, never inside one
	for i, r := range text {
		if i > 20000 {
			end = i
			break
		}
		if r < utf8.RuneSelf {
			// ASCII, most of most pages: a letter is Latin, anything
			// else is in none of the scripts counted and ends a word.
			if lr := r | 0x20; 'a' <= lr && lr <= 'z' {
				scripts[0]++
				if start < 0 {
					start = i
				}
			} else {
				flush(i)
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Latin, r):
			scripts[0]++
		case unicode.Is(unicode.Cyrillic, r):
			scripts[1]++
		case unicode.Is(unicode.Arabic, r):
			scripts[2]++
		case unicode.Is(unicode.Han, r):
			scripts[3]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[4]++
		case unicode.Is(unicode.Hangul, r):
			scripts[5]++
		case unicode.Is(unicode.Devanagari, r):
			scripts[6]++
		case unicode.Is(unicode.Hebrew, r):
			scripts[7]++
		}
		if runes.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(end)
	top, n := 0, 0
	for i, c := range scripts {
		if c > n {
			top, n = i, c
		}
	}
	switch {
	case n == 0:
		return ""
	case top == 2:
		return "ar"
	case top == 3:
		if scripts[4] > n/10 {
			return "ja"
		}
		return "zh"
	case top == 4:
		return "ja"
	case top == 5:
		return "ko"
	case top == 6:
		return "hi"
	case top == 7:
		return "he"
	}
	best, bc := "", 0
	for l, c := range counts {
		if c > bc || c == bc && l < best {
			best, bc = l, c
		}
	}
	if top == 1 && best != "ru" {
		return "ru"
	}
	// One stopword is no evidence: an English sentence may hold a
	// borrowed "non" or "per" ("declared two diplomats persona non
	// grata") and no English stopword at all.
	if words == 0 || bc*20 < words || top == 0 && bc < minStopwords {
		return ""
	}
	return best
}

// minStopwords is the fewest stopwords of one language guessLanguage
// names a Latin-script language on.
const minStopwords = 2

// pageLanguage chooses between the language a page declares (a primary
// subtag, as langTag gives it) and the one
// guessLanguage reads in its text. The declaration wins, except where
// the two disagree on whether the text is English: sites declare their
// own language on every page, also on the wire copy they carry in
// another, and English is what the guess tells apart best.
func pageLanguage(declared, guessed string) string {
	switch {
	case declared == "":
		return guessed
	case guessed == "":
		return declared
	case (guessed == "en") != (declared == "en"):
		return guessed
	}
	return declared
}

func isLetterOrNumber(r rune) bool { return runes.IsLetter(r) || runes.IsNumber(r) }

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
