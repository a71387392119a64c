package ner

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// Gazetteer kinds, as bit numbers.
const (
	gzLoc     = iota // a place: city, region, capital
	gzCountry        // a country
	gzPer            // a person's full name
	gzPerPart        // one word of a person's name
	gzOrg            // an organisation or armed group
	gzWNPer          // a person named in WordNet
	gzWNLoc          // a place named in WordNet
	gzWNOrg          // an organisation named in WordNet
	gzKinds
)

// maxPhrase is the longest gazetteer phrase, in tokens.
const maxPhrase = 6

// gazetteer maps hashes of lower-case token sequences to kind bits.
type gazetteer map[uint32]uint8

// phraseStep extends a phrase hash by one lower-case token.
func phraseStep(h uint32, lower string) uint32 {
	h ^= 0x1f // token separator
	h *= 16777619
	for i := 0; i < len(lower); i++ {
		h ^= uint32(lower[i])
		h *= 16777619
	}
	return h
}

const phraseOffset uint32 = 2166136261

// mark sets gzB and gzI on the words of ws covered by gazetteer phrases.
// The longest match from each start wins. Hyphens inside a phrase are
// skipped, so "Al - Qaeda" matches the entry "Al Qaeda".
func (g gazetteer) mark(ws []word) {
	for i := range ws {
		ws[i].gzB, ws[i].gzI = 0, 0
	}
	if len(g) == 0 {
		return
	}
	for i := range ws {
		if ws[i].lower == "-" {
			continue
		}
		h := phraseOffset
		end, bestKinds := 0, uint8(0)
		for j, n := i, 0; j < len(ws) && n < maxPhrase; j++ {
			if ws[j].lower == "-" {
				continue
			}
			n++
			h = phraseStep(h, ws[j].lower)
			if k, ok := g[h]; ok {
				end, bestKinds = j+1, k
			}
		}
		if end == 0 {
			continue
		}
		ws[i].gzB |= bestKinds
		for j := i + 1; j < end; j++ {
			ws[j].gzI |= bestKinds
		}
	}
}

// builder compiles a gazetteer and counts the first and last words of
// its phrases by kind, to find head words ("Party", "Province").
type builder struct {
	g           gazetteer
	stop        map[string]bool
	first, last [gzKinds]map[string]int
}

func newBuilder(stop map[string]bool) *builder {
	b := &builder{g: make(gazetteer), stop: stop}
	for k := range b.first {
		b.first[k] = make(map[string]int)
		b.last[k] = make(map[string]int)
	}
	return b
}

// add records a phrase (raw text) with kind k, tokenizing it the way text
// is tokenized. Single words in stop are skipped.
func (b *builder) add(phrase string, k int) {
	g, stop := b.g, b.stop
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return
	}
	toks := segment.Tokens(phrase)
	toks = slices.DeleteFunc(toks, func(t model.Token) bool { return t.Form == "-" })
	if len(toks) == 0 || len(toks) > maxPhrase {
		return
	}
	if len(toks) == 1 {
		l := lowerString(toks[0].Form)
		if stop[l] || len(l) < 2 {
			return
		}
	}
	h := phraseOffset
	for _, t := range toks {
		h = phraseStep(h, lowerString(t.Form))
	}
	g[h] |= 1 << k
	if len(toks) > 1 {
		b.first[k][lowerString(toks[0].Form)]++
		b.last[k][lowerString(toks[len(toks)-1].Form)]++
	}
}

// Head-word bits.
const (
	headOrgLast  = 1 << iota // ends many organisation names: Party, Army
	headLocLast              // ends many place names: City, Province
	headPerFirst             // starts many person names: Mohammad
	headOrgFirst             // starts many organisation names: National
	headLocFirst             // starts many place names: San, Port
)

// heads returns the table of head words: words that start or end at
// least minCount phrases of a kind.
func (b *builder) heads() lexicon {
	const minCount = 8
	t := make(lexicon)
	set := func(m map[string]int, bit uint8) {
		for w, n := range m {
			if n >= minCount {
				t[phraseStep(phraseOffset, w)] |= bit
			}
		}
	}
	set(b.last[gzOrg], headOrgLast)
	// Words that end company, school and agency names in any country.
	for _, w := range strings.Fields(`inc inc. corp corp. corporation co co. ltd ltd. llc llp plc company
		companies group holdings partners associates bank university college institute school academy
		foundation association society council committee commission agency authority ministry department
		party union federation league club team airlines airways motors industries services systems
		technologies communications energy media press times post news network`) {
		t[phraseStep(phraseOffset, w)] |= headOrgLast
	}
	set(b.last[gzLoc], headLocLast)
	set(b.first[gzPer], headPerFirst)
	set(b.first[gzOrg], headOrgFirst)
	set(b.first[gzLoc], headLocFirst)
	return t
}

// compileGazetteer reads the GeoNames and PETRARCH-2 files under dataDir.
// stop lists common lower-case words that are never one-word entries.
func compileGazetteer(dataDir string, stop map[string]bool) (*builder, error) {
	g := newBuilder(stop)
	geo := filepath.Join(dataDir, "geonames")
	// countryInfo: ISO ISO3 num fips Country Capital ...
	err := eachLine(filepath.Join(geo, "countryInfo.txt"), func(line string) {
		if strings.HasPrefix(line, "#") {
			return
		}
		f := strings.Split(line, "\t")
		if len(f) > 5 {
			g.add(f[4], gzCountry)
			g.add(f[5], gzLoc)
			// "Antigua and Barbuda": "Antigua" is a country too.
			if a, b, ok := strings.Cut(f[4], " and "); ok {
				g.add(a, gzCountry)
				g.add(b, gzCountry)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(geo, "cities15000.txt"), func(line string) {
		f := strings.Split(line, "\t")
		if len(f) > 2 {
			g.add(f[1], gzLoc)
			if f[2] != f[1] {
				g.add(f[2], gzLoc)
			}
			// "Samarra'" is also written "Samarra".
			if a := strings.TrimRight(f[2], "'"); a != f[2] {
				g.add(a, gzLoc)
			}
		}
		if len(f) > 3 {
			for _, a := range strings.Split(f[3], ",") {
				if latinName(a) {
					g.add(a, gzLoc)
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(geo, "admin1Codes_regionInfo.tsv"), func(line string) {
		if strings.HasPrefix(line, "#") {
			return
		}
		f := strings.Split(line, "\t")
		if len(f) > 2 {
			g.add(f[1], gzLoc)
			g.add(f[2], gzLoc)
		}
	})
	if err != nil {
		return nil, err
	}
	dict := filepath.Join(dataDir, "dictionaries", "petrarch2")
	if err := readActors(filepath.Join(dict, "Phoenix.Countries.actors.txt"), g, -1); err != nil {
		return nil, err
	}
	if err := readActors(filepath.Join(dict, "Phoenix.International.actors.txt"), g, gzOrg); err != nil {
		return nil, err
	}
	if err := readActors(filepath.Join(dict, "Phoenix.MilNonState.actors.txt"), g, gzOrg); err != nil {
		return nil, err
	}
	// CAMEO known groups: CODE<TAB>Name.
	err = eachLine(filepath.Join(dataDir, "cameo", "CAMEO.knowngroup.txt"), func(line string) {
		if f := strings.Split(line, "\t"); len(f) == 2 && f[0] != "CODE" {
			g.add(f[1], gzOrg)
		}
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		fn(strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: gazetteer %s: %w", path, err)
	}
	return nil
}

var (
	actorCode = regexp.MustCompile(`\[([^\]]*)\]`)
	datedCode = regexp.MustCompile(`\d{6}`)
)

// readActors reads a PETRARCH-2 actor dictionary. Each entry is a name
// line, "+" synonym lines and code lines ("[IRNGOV 130804-...]"). With
// kind -1 the kind is guessed from the codes: dated codes mark a person,
// a bare three-letter code a country, any other code an organisation.
func readActors(path string, g *builder, kind int) error {
	var names []string
	var codes []string
	flush := func() {
		if len(names) == 0 {
			return
		}
		k := kind
		if k < 0 {
			k = gzOrg
			for _, c := range codes {
				if datedCode.MatchString(c) {
					k = gzPer
					break
				}
				if f := strings.Fields(c); len(f) == 1 && len(f[0]) == 3 {
					k = gzCountry
				}
			}
		}
		for _, n := range names {
			g.add(n, k)
			if k == gzPer {
				for _, part := range strings.Fields(n) {
					if len(part) >= 3 {
						g.add(part, gzPerPart)
					}
				}
			}
		}
		names, codes = names[:0], codes[:0]
	}
	return eachLine(path, func(line string) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			return
		}
		text := actorCode.ReplaceAllString(line, "")
		synonym := strings.HasPrefix(text, "+")
		indented := strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")
		if !synonym && !indented {
			flush()
		}
		for _, m := range actorCode.FindAllStringSubmatch(line, -1) {
			codes = append(codes, m[1])
		}
		for _, part := range strings.Split(text, "+") {
			part = strings.TrimSpace(strings.ReplaceAll(part, "_", " "))
			if part != "" && !strings.HasPrefix(part, "<") {
				names = append(names, titleWords(part))
			}
		}
	})
}

// titleWords turns an upper-case dictionary name into title case, so that
// it tokenizes the way names in text do: "GEN. ALI" becomes "Gen. Ali";
// words with inner periods ("U.S.") stay as they are.
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if strings.Contains(strings.TrimSuffix(w, "."), ".") {
			continue
		}
		// Title-case each hyphenated part: MUJAHEDIN-E-KHALQ becomes
		// Mujahedin-E-Khalq, which splits at its hyphens as text does.
		r := []rune(strings.ToLower(w))
		up := true
		for k, c := range r {
			if up {
				r[k] = unicode.ToUpper(c)
			}
			up = c == '-'
		}
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// lexicon maps hashes of lower-case words to a lexClass.
type lexicon map[uint32]uint8

// lexClass packs how a word is used in a treebank into a byte: how often
// it is a proper noun (bits 0-2), how often it is capitalised inside a
// sentence (bits 3-5) and how frequent it is (bits 6-7). Zero is left for
// words never seen.
func lexClass(n, propn, capMid, mid int) uint8 {
	bucket := func(a, b int) uint8 {
		switch {
		case b == 0:
			return 1
		case a == 0:
			return 2
		case a*10 < b:
			return 3
		case a*2 < b:
			return 4
		case a*10 < b*9:
			return 5
		default:
			return 6
		}
	}
	var freq uint8
	switch {
	case n >= 20:
		freq = 3
	case n >= 5:
		freq = 2
	case n >= 2:
		freq = 1
	}
	return bucket(propn, n) | bucket(capMid, mid)<<3 | freq<<6
}

// latinName reports whether an alternate place name is written in Latin
// letters as a name: a capital first, then letters, spaces, hyphens,
// periods or apostrophes, four bytes at least.
func latinName(a string) bool {
	if len(a) < 4 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for i := 1; i < len(a); i++ {
		c := a[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ' ' || c == '-' || c == '.' || c == '\'') {
			return false
		}
	}
	return true
}
