package tag

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/casus-project/casus/wordnet"
)

// The tagger may learn from WordNet (https://wordnet.princeton.edu/),
// which says which parts of speech an English word can have. Its lemmas
// are reduced to a table from word hash to a few bits, stored in the
// model; at tagging time each word gets a signature: the parts of speech
// of the word itself, of its irregular-inflection entry, and of the
// stems left by stripping -s, -ed, -ing and -er/-est.

// Bits of a WordNet table value.
const (
	wnNoun = 1 << iota
	wnVerb
	wnAdj
	wnAdv
	wnExcNoun      // an irregular noun form (children)
	wnExcVerb      // an irregular verb form (went)
	wnExcAdj       // an irregular adjective form (better)
	wnCapNoun      // a noun written with a capital (Paris)
	wnDomShift = 8 // two bits: the part of speech with the most senses
)

// readWordNet reads the index and exception files of a WordNet database
// directory such as /usr/share/wordnet into a table keyed by the hash of
// the lower-case word. Phrases (words joined by "_") are skipped.
func readWordNet(dir string) (map[uint64]uint16, error) {
	wn := map[uint64]uint16{}
	senses := map[uint64][4]int{}
	for i, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Lines(filepath.Join(dir, "index."+pos), func(f []string) {
			if len(f) < 3 || strings.Contains(f[0], "_") {
				return
			}
			h := hashString(f[0])
			wn[h] |= 1 << i
			n, _ := strconv.Atoi(f[2])
			s := senses[h]
			s[i] += n
			senses[h] = s
		})
		if err != nil {
			return nil, err
		}
	}
	for h, s := range senses {
		d := 0
		for i := range s {
			if s[i] > s[d] {
				d = i
			}
		}
		wn[h] |= uint16(d) << wnDomShift
	}
	err := wordnet.Synsets(filepath.Join(dir, "data.noun"), func(s *wordnet.Synset) {
		for _, w := range s.Words {
			if strings.Contains(w, "_") || strings.ToLower(w) == w {
				continue
			}
			wn[hashString(strings.ToLower(w))] |= wnCapNoun
		}
	})
	if err != nil {
		return nil, err
	}
	for pos, bit := range map[string]uint16{"noun": wnExcNoun, "verb": wnExcVerb, "adj": wnExcAdj} {
		err := wordnet.Lines(filepath.Join(dir, pos+".exc"), func(f []string) {
			if len(f) >= 2 && !strings.Contains(f[0], "_") {
				wn[hashString(f[0])] |= bit
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return wn, nil
}

// hashPlus is the hash of b followed by s.
func hashPlus(b []byte, s string) uint64 {
	h := hashBytes(b)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// wnSignature summarises what WordNet says of the lower-case word b and
// of the stems its regular endings would leave.
func (lx *lexicon) wnSignature(b []byte) uint64 {
	if lx.wn.len() == 0 || len(b) < 2 {
		return 0
	}
	sig := lx.wn.get(hashBytes(b))
	has := func(stem []byte, add string, bit uint16) bool {
		return len(stem) >= 2 && lx.wn.get(hashPlus(stem, add))&uint64(bit) != 0
	}
	n := len(b)
	var stems uint64
	if b[n-1] == 's' {
		// -s, -es, -ies
		if has(b[:n-1], "", wnNoun) || n > 3 && b[n-2] == 'e' && has(b[:n-2], "", wnNoun) || n > 4 && string(b[n-3:]) == "ies" && has(b[:n-3], "y", wnNoun) {
			stems |= 1 << 0
		}
		if has(b[:n-1], "", wnVerb) || n > 3 && b[n-2] == 'e' && has(b[:n-2], "", wnVerb) || n > 4 && string(b[n-3:]) == "ies" && has(b[:n-3], "y", wnVerb) {
			stems |= 1 << 1
		}
	}
	if n > 3 && string(b[n-2:]) == "ed" {
		if has(b[:n-2], "", wnVerb) || has(b[:n-1], "", wnVerb) || n > 4 && b[n-3] == b[n-4] && has(b[:n-3], "", wnVerb) || b[n-3] == 'i' && has(b[:n-3], "y", wnVerb) {
			stems |= 1 << 2
		}
	}
	if n > 4 && string(b[n-3:]) == "ing" {
		if has(b[:n-3], "", wnVerb) || has(b[:n-3], "e", wnVerb) || n > 5 && b[n-4] == b[n-5] && has(b[:n-4], "", wnVerb) {
			stems |= 1 << 3
		}
	}
	if n > 3 && string(b[n-2:]) == "er" || n > 4 && string(b[n-3:]) == "est" {
		k := 2
		if b[n-1] == 't' {
			k = 3
		}
		if has(b[:n-k], "", wnAdj) || has(b[:n-k+1], "", wnAdj) || b[n-k-1] == 'i' && has(b[:n-k-1], "y", wnAdj) {
			stems |= 1 << 4
		}
	}
	if n > 3 && string(b[n-2:]) == "ly" && has(b[:n-2], "", wnAdj) {
		stems |= 1 << 5
	}
	return sig | stems<<16 | 1<<24
}

// wnPluralNoun is the bit of a word's WordNet signature (wnSignature)
// saying that the word less its -s, -es or -ies is a WordNet noun.
const wnPluralNoun = 1 << 16

// An irregular is one line of a WordNet exception file (noun.exc,
// verb.exc, adj.exc, adv.exc): an inflected form that no regular ending
// explains and the lemmas it may be a form of ("fled" flee, "children"
// child, "axes" ax axis), for the part of speech of its file.
type irregular struct {
	form   string
	lemmas []string
	pos    uint16 // wnNoun, wnVerb, wnAdj or wnAdv
	// senses is each lemma's number of senses in that part of speech's
	// index, to choose between lemmas the training data does not.
	senses []int
}

// readIrregulars reads the exception files of the WordNet database in
// dir, skipping phrases (forms or lemmas joined by "_") and lines whose
// form is its own only lemma.
func readIrregulars(dir string) ([]irregular, error) {
	var out []irregular
	for _, p := range []struct {
		name string
		bit  uint16
	}{{"noun", wnNoun}, {"verb", wnVerb}, {"adj", wnAdj}, {"adv", wnAdv}} {
		senses := map[string]int{}
		err := wordnet.Lines(filepath.Join(dir, "index."+p.name), func(f []string) {
			if len(f) >= 3 {
				n, _ := strconv.Atoi(f[2])
				senses[f[0]] = n
			}
		})
		if err != nil {
			return nil, fmt.Errorf("tag: WordNet exceptions: %w", err)
		}
		err = wordnet.Lines(filepath.Join(dir, p.name+".exc"), func(f []string) {
			if len(f) < 2 || strings.Contains(f[0], "_") {
				return
			}
			ir := irregular{form: f[0], pos: p.bit}
			for _, l := range f[1:] {
				if !strings.Contains(l, "_") && l != f[0] {
					ir.lemmas = append(ir.lemmas, l)
					ir.senses = append(ir.senses, senses[l])
				}
			}
			if len(ir.lemmas) > 0 {
				out = append(out, ir)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("tag: WordNet exceptions: %w", err)
		}
	}
	return out, nil
}
