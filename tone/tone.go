package tone

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/casus-project/casus/model"

	"github.com/casus-project/casus/internal/runes"
)

//go:embed lexicon.tsv
var lexiconTSV string

//go:embed activity.txt
var activityTxt string

// Threshold is the least absolute VADER valence that makes a word
// positive or negative.
const Threshold = 0.5

type lexicons struct {
	// words holds what the lexicons say of each word, so that a word is
	// looked up once.
	words map[string]toneWord
}

// toneWord is what the lexicons say of one lower-cased word.
type toneWord struct {
	valence    float64
	hasValence bool
	activity   bool
	self       bool
}

var load = sync.OnceValue(func() *lexicons {
	l := &lexicons{words: map[string]toneWord{}}
	for _, line := range strings.Split(lexiconTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			e := l.words[w]
			e.valence, e.hasValence = f, true
			l.words[w] = e
		}
	}
	for _, line := range strings.Split(activityTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			for _, f := range inflections(w) {
				e := l.words[f]
				e.activity = true
				l.words[f] = e
			}
		}
	}
	for w := range selfGroup {
		e := l.words[w]
		e.self = true
		l.words[w] = e
	}
	return l
})

var selfGroup = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true}

// Valence returns the lexicon's valence of a lower-case word and whether
// the lexicon has it.
func Valence(word string) (float64, bool) {
	e := load().words[word]
	return e.valence, e.hasValence
}

// inflections returns a verb with its regular inflections: attack,
// attacks, attacked, attacking; strike, strikes, striked, striking; shell,
// shelled; veto, vetoes, vetoed.
func inflections(w string) []string {
	out := []string{w, w + "s", w + "es", w + "ed", w + "ing"}
	if stem, ok := strings.CutSuffix(w, "e"); ok {
		out = append(out, w+"d", stem+"ing")
	}
	if n := len(w); n > 2 && strings.IndexByte("aeiou", w[n-2]) >= 0 && strings.IndexByte("aeiouwy", w[n-1]) < 0 {
		out = append(out, w+w[n-1:]+"ed", w+w[n-1:]+"ing") // "shelled", "shooting" ("shoot" +ing is above)
	}
	return out
}

// Of returns the tone figures of text. All figures but WordCount are
// percentages of the word count; a text without words gets zeros.
func Of(text string) model.Tone {
	l := load()
	var words, pos, neg, act, self int
	var buf []byte
	for i := 0; i < len(text); {
		if c := text[i]; c < 0x80 && !asciiLetter(c) {
			i++
			continue
		} else if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !runes.IsLetter(r) {
				i += n
				continue
			}
		}
		var j int
		j, buf = word(text, i, buf[:0])
		i = j
		words++
		e := l.words[string(buf)]
		if e.hasValence {
			switch {
			case e.valence >= Threshold:
				pos++
			case e.valence <= -Threshold:
				neg++
			}
		} else if n := len(buf); n > 2 && buf[n-2] == '\'' && buf[n-1] == 's' {
			if e := l.words[string(buf[:n-2])]; e.hasValence {
				if e.valence >= Threshold {
					pos++
				} else if e.valence <= -Threshold {
					neg++
				}
			}
		}
		if e.activity {
			act++
		}
		if e.self {
			self++
		}
	}
	if words == 0 {
		return model.Tone{}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(words) }
	t := model.Tone{Positive: pct(pos), Negative: pct(neg), ActivityDensity: pct(act), SelfGroupDensity: pct(self), WordCount: words}
	t.Tone = t.Positive - t.Negative
	t.Polarity = t.Positive + t.Negative
	return t
}

// word returns the end of the word of text that starts at i, a letter,
// and its lower case (appendLower) appended to buf. A word is letters,
// with an apostrophe or hyphen between two of them. Its ASCII letters are
// lower-cased as they are read; only a word with other letters is
// lower-cased again, whole, by appendLower.
func word(text string, i int, buf []byte) (int, []byte) {
	start, ascii := len(buf), true
	j := i
	for j < len(text) {
		c := text[j]
		if asciiLetter(c) {
			buf = append(buf, c|0x20) // 'A'-'Z' to 'a'-'z'; lower case as it is
			j++
			continue
		}
		if c < 0x80 && c != '\'' && c != '-' {
			break // no letter, and no joiner
		}
		r, m := utf8.DecodeRuneInString(text[j:])
		if runes.IsLetter(r) {
			ascii = false
		} else if !((r == '\'' || r == '-') && j+m < len(text) && isLetterAt(text, j+m)) {
			break
		}
		buf = append(buf, c) // a joiner, or a non-ASCII letter's first byte (redone below)
		j += m
	}
	if !ascii {
		buf = appendLower(buf[:start], text[i:j])
	}
	return j, buf
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return runes.IsLetter(r)
}

func appendLower(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		dst = utf8.AppendRune(dst, runes.ToLower(r))
	}
	return dst
}

// Quotes sets the Tone of every quotation to the figures of its Text.
func Quotes(qs []model.Quote) {
	for i := range qs {
		t := Of(qs[i].Text)
		qs[i].Tone = &t
	}
}
