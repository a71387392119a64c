package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// re3d (Dstl's Relationship and Entity Extraction Evaluation Dataset)
// annotates documents on the conflict in Syria and Iraq with Person,
// Organisation and Location mentions. Its mentions are not UNER's names:
// they include titles ("U.S. Secretary of Defense Ash Carter"),
// determiners ("the Iraqi Army") and descriptions ("rebels", "ISIL
// tactical units"). readRe3d keeps the name inside each mention and drops
// the sentences whose mentions it cannot reduce to one.

// re3dSubsets are the re3d folders whose licences allow training on them
// (public domain, Open Government Licence, CC BY): see NOTICE.
var re3dSubsets = []string{"US_State_Department", "CENTCOM", "UK_Government", "Australian_Department_of_Foreign_Affairs", "Wikipedia"}

// re3dTypes maps re3d entity types to name types.
var re3dTypes = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}

// re3dTitles lists words that precede a person's name in a mention
// without being part of it (in lower case, final period removed).
const re3dTitles = `mr mrs ms dr he hrh president vice secretary minister prime foreign defense
	defence deputy general gen lt col maj capt sgt adm admiral lieutenant colonel major captain sergeant
	commander chief special envoy advisor adviser ambassador king queen prince sheikh state of for the
	u.s us uk british american iraqi syrian australian army air force navy marine corps staff spokesman
	director senator sen rep representative chairman lord baroness sir mp undersecretary assistant
	coalition joint task operation inherent combined central command home office affairs international
	development middle east north africa to and in at spokesperson press secretary`

// re3dNotNames are words that re3d marks as mentions but are not names.
const re3dNotNames = `i we you he she it they me us him her them my our your his its their this that these those
	who which the a an`

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{"of": true, "the": true, "and": true, "for": true, "al": true, "bin": true,
	"ibn": true, "de": true, "el": true, "-": true, "on": true, "in": true, "'s": true, "&": true}

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEntity struct {
	Doc        string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Confidence float64 `json:"confidence"`
}

// readRe3d reads the re3d subsets under dir as IOB2 sentences, one
// document after another.
//
// re3d marks governments as organisations ("Iraq", "the United States");
// UNER marks them as places, so an organisation that gaz knows as a place
// and not as an organisation becomes a place.
func readRe3d(dir string, gaz gazetteer) ([]*Sentence, error) {
	titles := make(map[string]bool)
	for _, w := range strings.Fields(re3dTitles) {
		titles[w] = true
	}
	for _, w := range strings.Fields(re3dNotNames) {
		titles["!"+w] = true
	}
	var out []*Sentence
	for _, sub := range re3dSubsets {
		var docs []re3dDoc
		if err := readJSONLines(filepath.Join(dir, sub, "documents.json"), func(b []byte) error {
			var d re3dDoc
			err := json.Unmarshal(b, &d)
			docs = append(docs, d)
			return err
		}); err != nil {
			return nil, err
		}
		ents := make(map[string][]re3dEntity)
		if err := readJSONLines(filepath.Join(dir, sub, "entities.json"), func(b []byte) error {
			var e re3dEntity
			err := json.Unmarshal(b, &e)
			ents[e.Doc] = append(ents[e.Doc], e)
			return err
		}); err != nil {
			return nil, err
		}
		slices.SortFunc(docs, func(a, b re3dDoc) int { return strings.Compare(a.ID, b.ID) })
		for _, d := range docs {
			out = append(out, re3dSentences(d.Text, ents[d.ID], titles, gaz)...)
		}
	}
	return out, nil
}

func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: re3d: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("ner: re3d: %s: %w", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: re3d: %s: %w", path, err)
	}
	return nil
}

// capitalised reports whether a token starts with an upper-case letter.
func capitalised(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

// re3dSentences segments a document's text and tags the names its
// entities hold, dropping the sentences with a mention it cannot reduce
// to a name.
func re3dSentences(text string, ents []re3dEntity, titles map[string]bool, gaz gazetteer) []*Sentence {
	// Rune offsets to byte offsets.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	// The most confident type of each span.
	type key struct{ b, e int }
	best := make(map[key]re3dEntity)
	for _, e := range ents {
		if _, ok := re3dTypes[e.Type]; !ok || e.Begin < 0 || e.End > len(byteAt)-1 || e.Begin >= e.End {
			continue
		}
		k := key{byteAt[e.Begin], byteAt[e.End]}
		if o, ok := best[k]; !ok || e.Confidence > o.Confidence {
			best[k] = e
		}
	}
	type name struct {
		start, end int // token indices in the sentence
		typ        string
		conf       float64
	}
	var out []*Sentence
	for si, s := range segment.Sentences(text) {
		toks := s.Tokens
		var names []name
		bad := false
		for k, e := range best {
			if k.e <= s.Start || k.b >= s.End {
				continue
			}
			// Tokens inside the mention.
			a, b := -1, -1
			for i, t := range toks {
				if t.Start >= k.b && t.End <= k.e {
					if a < 0 {
						a = i
					}
					b = i + 1
				}
			}
			if a < 0 {
				continue
			}
			st, en, ok := re3dName(toks[a:b], re3dTypes[e.Type], titles)
			if !ok {
				bad = true
				break
			}
			if st < en {
				typ := re3dTypes[e.Type]
				if typ == "ORG" {
					h := phraseOffset
					for _, t := range toks[a+st : a+en] {
						if t.Form != "-" {
							h = phraseStep(h, lowerString(t.Form))
						}
					}
					if k := gaz[h]; k&(1<<gzCountry|1<<gzLoc) != 0 && k&(1<<gzOrg) == 0 {
						typ = "LOC"
					}
				}
				names = append(names, name{a + st, a + en, typ, e.Confidence})
			}
		}
		if bad || len(toks) == 0 {
			continue
		}
		// Overlapping names: the more confident, then the shorter, wins.
		slices.SortFunc(names, func(x, y name) int {
			switch {
			case x.conf != y.conf:
				if x.conf > y.conf {
					return -1
				}
				return 1
			case x.end-x.start != y.end-y.start:
				return (x.end - x.start) - (y.end - y.start)
			}
			return x.start - y.start
		})
		tags := make([]string, len(toks))
		for i := range tags {
			tags[i] = "O"
		}
		for _, n := range names {
			free := true
			for i := n.start; i < n.end; i++ {
				free = free && tags[i] == "O"
			}
			if !free {
				continue
			}
			tags[n.start] = "B-" + n.typ
			for i := n.start + 1; i < n.end; i++ {
				tags[i] = "I-" + n.typ
			}
		}
		sent := &Sentence{Rows: make([][]string, len(toks)), docStart: si == 0}
		for i, t := range toks {
			sent.Rows[i] = []string{t.Form, tags[i]}
		}
		out = append(out, sent)
	}
	return out
}

// re3dName returns the tokens [start, end) of the name inside a mention
// of type typ, an empty range when the mention holds no name ("rebels",
// "we"), and ok false when it cannot tell ("ISIL tactical units",
// "Berlin, Germany"). Words in skip (titles, and with a "!" before them
// determiners and pronouns) are left out of names.
func re3dName(toks []model.Token, typ string, skip map[string]bool) (start, end int, ok bool) {
	low := func(i int) string { return strings.TrimSuffix(strings.ToLower(toks[i].Form), ".") }
	n := len(toks)
	s := 0
	for s < n && skip["!"+low(s)] {
		s++
	}
	// A name ends the mention.
	for n > s && (toks[n-1].Form == "'s" || toks[n-1].Form == "’s" || !strings.ContainsFunc(toks[n-1].Form, unicode.IsLetter)) {
		n--
	}
	anyCap := false
	for i := s; i < n; i++ {
		anyCap = anyCap || capitalised(toks[i].Form)
		if f := toks[i].Form; f == "," || f == ";" || f == "(" || f == ")" {
			return 0, 0, false // more than one name
		}
	}
	if !anyCap {
		return 0, 0, true // a description or a pronoun: no name
	}
	if !capitalised(toks[n-1].Form) {
		return 0, 0, false
	}
	if typ == "PER" {
		// The capitalised words at the end that are not titles, the
		// first of them not an acronym before a name ("ISIL Brett McGurk").
		p := n
		for p > s && (capitalised(toks[p-1].Form) || nameParticles[low(p-1)] && p-1 > s) && !skip[low(p-1)] {
			if p < n && len(toks[p-1].Form) >= 3 && strings.ToUpper(toks[p-1].Form) == toks[p-1].Form &&
				strings.ToUpper(toks[p].Form) != toks[p].Form {
				break
			}
			p--
		}
		for p < n && nameParticles[low(p)] {
			p++
		}
		return p, n, p < n
	}
	// Organisations and places: from the first capitalised word, with
	// only particles in lower case.
	for s < n && !capitalised(toks[s].Form) {
		s++
	}
	for i := s; i < n; i++ {
		if !capitalised(toks[i].Form) && !nameParticles[low(i)] && strings.ContainsFunc(toks[i].Form, unicode.IsLetter) {
			return 0, 0, false
		}
	}
	if typ == "MISC" && n-s > 1 {
		return 0, 0, false
	}
	return s, n, true
}
