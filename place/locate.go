package place

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

// maxLocateTokens bounds the tokens Locate reads of one sentence.
const maxLocateTokens = 400

// cues are the words after which a sentence says where something
// happened ("in Tirana", "near Zvecan", "outside Kabul").
var cues = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"across": true, "throughout": true, "around": true, "within": true,
	"nearby": true, "off": true,
}

// compass words: "north of Baghdad" is a cue, "in north Kosovo" a
// modifier to skip.
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"central": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// skips are words between a cue and the place name: "in the northern
// city of Mosul", "on the outskirts of Kabul", "in the capital, Tirana".
var skips = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "that": true,
	"of": true, "-": true, "far": true, "upper": true, "lower": true, "greater": true, "downtown": true,
	"city": true, "town": true, "village": true, "capital": true, "province": true, "region": true,
	"district": true, "area": true, "areas": true, "port": true, "outskirts": true, "suburb": true,
	"suburbs": true, "border": true, "borders": true, "streets": true, "coast": true, "coastal": true,
	"country": true, "country's": true, "'s": true, "’s": true, "restive": true, "occupied": true,
	"neighbouring": true, "neighboring": true, "nearby": true, "parts": true, "part": true,
	"centre": true, "center": true, "heart": true, "state": true, "governorate": true,
	"enclave": true, "territory": true, "breakaway": true, "disputed": true, "besieged": true,
	"cities": true, "towns": true, "villages": true, "provinces": true, "regions": true,
	"edge": true, "banks": true, "island": true, "islands": true, "rural": true, "strategic": true,
	"southern": true, "key": true, "western": true, "war-torn": true, "war": true, "torn": true,
}

// onCues are the nouns of "on the outskirts of", "on the border of" and
// the like, which make "on" a cue.
var onCues = map[string]bool{
	"outskirts": true, "border": true, "borders": true, "edge": true, "streets": true,
	"coast": true, "banks": true, "island": true, "island's": true, "fringes": true, "road": true,
}

// notPlaces are capitalised words that follow "in" or "on" but name
// times or institutions, not places, even where a town bears the name
// ("in March" is a month, not the town in Cambridgeshire).
var notPlaces = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "christmas": true, "easter": true, "ramadan": true,
	"i": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true,
	"he": true, "she": true, "it": true, "we": true, "they": true, "its": true, "their": true, "our": true,
	"god": true, "allah": true, "africa": true, "asia": true, "europe": true, "oceania": true,
	"middle": true, "gulf": true, "balkans": true, "caucasus": true, "caribbean": true,
	"scandinavia": true, "sahel": true, "levant": true,
	"parliament": true, "congress": true, "court": true, "government": true, "office": true,
	"english": true, "french": true, "arabic": true, "persian": true, "russian": true, "spanish": true,
	"german": true, "chinese": true, "turkish": true, "albanian": true, "serbian": true,
	"time": true, "least": true, "order": true, "response": true, "fact": true, "addition": true,
	"total": true, "general": true, "particular": true, "short": true, "recent": true, "part": true,
	"as": true, "of": true, "on": true, "to": true, "and": true, "or": true, "for": true, "all": true,
}

// placeAfter are capitalised words that may follow a place name without
// making it part of an organisation's name ("at Kabul Airport").
var placeAfter = map[string]bool{
	"airport": true, "province": true, "region": true, "district": true, "governorate": true,
	"city": true, "county": true, "state": true, "oblast": true, "area": true, "on": true,
	"and": true, "or": true, "in": true, "near": true, "at": true, "to": true, "as": true,
	"of": true, "for": true, "from": true, "with": true, "after": true, "before": true,
	"during": true, "since": true, "until": true, "when": true, "where": true, "while": true,
	"but": true, "on-line": true,
}

// hit is a place found after a cue.
type hit struct {
	place      int32
	from, to   int // token range
	cands      []uint32
	qualifiedN int
}

// Locate finds where sentence says its events happened: the place named
// after a locative cue ("in", "at", "near", "outside", "on the outskirts
// of", "north of", ...), else the article's dateline place (dateline may
// be nil). Places named without a cue are not locations: in "Washington
// accused Tehran" both are actors.
//
// Of several cued places the first wins unless a later one narrows it
// ("in Sudan ... in Omdurman" is Omdurman; "in northern Syria ... an
// attack in Istanbul" stays Syria); a dateline place in the same country
// as a cued country narrows it too. Callers that know which clause an
// event comes from may pass that clause's tokens alone.
//
// tokens are the sentence's tokens (Form is all Locate reads, with XPOS
// when tagged); when tokens is empty Locate splits sentence itself and
// the returned span is relative to sentence. Otherwise the span is that
// of the place's tokens, in the tokens' coordinates. A place from the
// dateline has an empty span.
func (g *Gazetteer) Locate(sentence string, tokens []model.Token, dateline *Place) (Place, model.Span, bool) {
	if len(tokens) == 0 {
		tokens = split(sentence)
	}
	if len(tokens) > maxLocateTokens {
		tokens = tokens[:maxLocateTokens]
	}
	var h *hints
	if dateline != nil {
		h = g.hintFor(dateline.ISO2)
	}
	hits := g.cuedHits(tokens, h)
	if best := g.narrowest(hits, h); best >= 0 {
		x := hits[best]
		p := g.place(x.place)
		span := model.Span{Start: tokens[x.from].Start, End: tokens[x.to-1].End}
		if p.Type == TypeCountry && dateline != nil && dateline.Type != TypeCountry && dateline.ISO2 == p.ISO2 {
			return *dateline, model.Span{}, true
		}
		return p, span, true
	}
	if dateline != nil && dateline.Name != "" {
		return *dateline, model.Span{}, true
	}
	return Place{}, model.Span{}, false
}

// cuedHits returns the places named after a locative cue in tokens, in
// text order; h, the dateline's hints, may be nil.
func (g *Gazetteer) cuedHits(tokens []model.Token, h *hints) []hit {
	words := make([]string, len(tokens))
	lower := make([]string, len(tokens))
	for i, t := range tokens {
		words[i] = t.Form
		lower[i] = strings.ToLower(t.Form)
	}
	caps := headline(words)

	var hits []hit
	possessive := false
	for i := 0; i < len(tokens); i++ {
		start := cueEnd(lower, i)
		if possessive {
			start, possessive = i+1, false
		}
		if start < 0 {
			continue
		}
		// Skip "the northern city of" and the like; a capitalised
		// word is tried as a name first ("in North Korea", "in The
		// Hague").
		j := start
		var x hit
		found, capCompass := false, false
		for k := 0; k < 8 && j < len(tokens); k++ {
			w := lower[j]
			if properStart(tokens[j]) && !notPlaces[w] {
				if x, found = g.cued(words, lower, tokens, j, h, caps); found {
					break
				}
			}
			if skips[w] || compass[w] {
				// A capitalised compass word that names nothing
				// may start a name the gazetteer lacks: "in North
				// Mitrovica" is Mitrovica, but "in South America"
				// is not America.
				capCompass = capCompass || compass[w] && !caps && properStart(tokens[j])
				j++
				continue
			}
			if w == "," && j > start && (lower[j-1] == "capital" || lower[j-1] == "city" || lower[j-1] == "town" || lower[j-1] == "village") {
				j++
				continue
			}
			break
		}
		if found && capCompass && g.places[x.place].Kind == kindCountry {
			found = false
		}
		if found {
			hits = append(hits, x)
			i = x.to - 1
			// "in Albania's capital Tirana": read on after the
			// possessive as after a cue.
			if x.to < len(lower) && (lower[x.to] == "'s" || lower[x.to] == "’s") {
				i = x.to - 1
				possessive = true
			}
		}
	}
	return hits
}

// narrowest returns the index of the most specific of hits, or -1. First
// the divisions and countries named in the sentence, and the dateline's
// countries in h (which may be nil), narrow the cities named with them
// ("near Zvecan in north Kosovo"): hits named without qualification are
// resolved again, in place.
func (g *Gazetteer) narrowest(hits []hit, h *hints) int {
	var sh hints
	for _, x := range hits {
		p := &g.places[x.place]
		switch p.Kind {
		case kindCountry:
			sh.countries = append(sh.countries, p.Country)
		case kindADM1:
			sh.adms = append(sh.adms, x.place)
		}
	}
	if h != nil {
		sh.countries = append(sh.countries, h.countries...)
	}
	best := -1
	for k := range hits {
		x := &hits[k]
		if x.qualifiedN == 0 && len(sh.countries)+len(sh.adms) > 0 {
			if c, ok := g.best(x.cands, &sh, nil); ok {
				x.place = candPlace(c)
			}
		}
		if best < 0 || g.refines(x.place, hits[best].place) {
			best = k
		}
	}
	return best
}

// refines reports whether place p narrows place q: it is more specific
// and lies within q's country (or, for a division, within q).
func (g *Gazetteer) refines(p, q int32) bool {
	a, b := &g.places[p], &g.places[q]
	if specificity(a.Kind) <= specificity(b.Kind) {
		return false
	}
	if b.Kind == kindADM1 {
		return a.Adm == q
	}
	return a.Country == b.Country || g.f.Countries[a.Country].ISO2 == g.f.Countries[b.Country].ISO2
}

func specificity(kind uint8) int {
	switch kind {
	case kindCity:
		return 3
	case kindADM1:
		return 2
	}
	return 1
}

// cueEnd returns the index of the first token after a locative cue that
// starts at i, or -1.
func cueEnd(lower []string, i int) int {
	w := lower[i]
	switch {
	case cues[w]:
		return i + 1
	case compass[w] && i+1 < len(lower) && lower[i+1] == "of":
		return i + 2
	case w == "on" && i+2 < len(lower) && lower[i+1] == "the" && onCues[lower[i+2]]:
		return i + 1
	}
	return -1
}

// properStart reports whether t may begin a place name: capitalised, and
// not tagged as a function word.
func properStart(t model.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Form)
	if !unicode.IsUpper(r) {
		return false
	}
	switch t.XPOS {
	case "DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "MD", "CD", "VB", "VBD", "VBZ", "VBP":
		return false
	}
	return true
}

// cued looks up the place named at token j and checks that the name is
// not the start of a longer proper name ("in The New York Times", "at
// Tirana University").
//
// In a headline in capitals (caps) every word is capitalised, so the
// check is not made.
func (g *Gazetteer) cued(words, lower []string, tokens []model.Token, j int, h *hints, caps bool) (hit, bool) {
	var (
		cands []uint32
		n     int
	)
	g.match(words[j:], func(m, k int) { cands, n = g.cands(k), m })
	if n == 0 {
		return hit{}, false
	}
	p, pn, ok := g.find(words[j:], h, nil)
	if !ok {
		return hit{}, false
	}
	x := hit{place: p, from: j, to: j + pn, cands: cands}
	if pn > n {
		x.qualifiedN = pn
	}
	if x.to < len(tokens) && !caps {
		next := tokens[x.to]
		r, _ := utf8.DecodeRuneInString(next.Form)
		nl := lower[x.to]
		if unicode.IsUpper(r) && !placeAfter[nl] && !notPlaces[nl] {
			return hit{}, false
		}
	}
	return x, true
}

// headline reports whether words are written in capitals: at least
// four words with letters, nine in ten of them without a lower-case
// letter.
func headline(words []string) bool {
	n, upper := 0, 0
	for _, w := range words {
		hasLetter, hasLower := false, false
		for _, r := range w {
			if unicode.IsLetter(r) {
				hasLetter = true
				if unicode.IsLower(r) {
					hasLower = true
					break
				}
			}
		}
		if hasLetter {
			n++
			if !hasLower {
				upper++
			}
		}
	}
	return n >= 4 && upper*10 >= n*9
}

// split cuts text into word and punctuation tokens with byte spans, for
// callers that have no tokens of their own. Letters, digits and marks
// make words, with apostrophes and periods inside them ("U.S.", "Côte
// d'Ivoire"); a trailing "'s" is a token of its own.
func split(text string) []model.Token { return splitFirst(text, nil, math.MaxInt) }

// splitFirst is split, appending to out and stopping once out holds n
// tokens or more: a caller that reads only the first n tokens of a long
// line need not cut (and allocate) the rest. The first n tokens are
// split's.
func splitFirst(text string, out []model.Token, n int) []model.Token {
	for i := 0; i < len(text) && len(out) < n; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !wordRune(r) {
			out = append(out, model.Token{Span: model.Span{Start: i, End: i + size}, Form: text[i : i+size], Head: -1})
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, s := utf8.DecodeRuneInString(text[j:])
			if wordRune(r) {
				j += s
				continue
			}
			if r == '.' || r == '\'' || r == '’' {
				if r2, _ := utf8.DecodeRuneInString(text[j+s:]); j+s < len(text) && wordRune(r2) {
					j += s
					continue
				}
				if r == '.' && j-i <= 3 && strings.Contains(text[i:j], ".") {
					j += s // the last period of "U.S."
				}
			}
			break
		}
		// Leave "'s" as a token of its own.
		end := j
		for _, ap := range []string{"'s", "’s"} {
			if strings.HasSuffix(text[i:j], ap) && j-len(ap) > i {
				end = j - len(ap)
			}
		}
		out = append(out, model.Token{Span: model.Span{Start: i, End: end}, Form: text[i:end], Head: -1})
		if end < j {
			out = append(out, model.Token{Span: model.Span{Start: end, End: j}, Form: text[end:j], Head: -1})
		}
		i = j
	}
	return out
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// PlaceOf is Locate for one sentence of an article, with the article's
// dateline read from text: the location of the sentence's events in the
// document model's form, or nil. Its signature suits a coder's place
// hook (coder.Place = g.PlaceOf). s's span and tokens are byte offsets
// into text.
func (g *Gazetteer) PlaceOf(text string, s model.Sentence) *model.Place {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return nil
	}
	var dateline *Place
	if dl, ok := g.Dateline(text); ok {
		dateline = &dl
	}
	p, _, ok := g.Locate(text[s.Start:s.End], s.Tokens, dateline)
	if !ok {
		return nil
	}
	m := p.Model()
	return &m
}
