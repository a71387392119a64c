package ner

import (
	"path/filepath"
	"strings"

	"github.com/casus-project/casus/wordnet"
)

// The gazetteer may also learn from WordNet (https://wordnet.princeton.edu/),
// whose noun synsets include people, places and organisations by name:
// a capitalised noun that is an instance of a person ("Einstein") or
// sits under a place ("Cape Canaveral") or an organisation ("NASA",
// "Hezbollah") in the hypernym tree.

// WordNet synsets at the top of the kinds of names.
const (
	wnPerson       = "00007846" // person, individual, someone
	wnLocation     = "00027167" // location
	wnOrganization = "08008335" // organization, organisation
	wnRegion       = "08630985" // region (geographic)
	wnDistrict     = "08552138" // district, territory
)

// readWordNetNames adds WordNet's capitalised nouns that name people,
// places and organisations to b, as the kinds gzWNPer, gzWNLoc and
// gzWNOrg.
func readWordNetNames(dir string, b *builder) (int, error) {
	type synset struct {
		words    []string
		hyper    []string // @ and @i pointers
		instance bool
	}
	syn := make(map[string]*synset)
	err := wordnet.Synsets(filepath.Join(dir, "data.noun"), func(ws *wordnet.Synset) {
		s := &synset{words: ws.Words}
		for _, p := range ws.Pointers {
			switch p.Symbol {
			case "@":
				s.hyper = append(s.hyper, p.Target)
			case "@i":
				s.hyper = append(s.hyper, p.Target)
				s.instance = true
			}
		}
		syn[ws.Offset] = s
	})
	if err != nil {
		return 0, err
	}
	// under reports whether synset id has top among its hypernyms.
	memo := make(map[[2]string]bool)
	var under func(id, top string, depth int) bool
	under = func(id, top string, depth int) bool {
		if id == top {
			return true
		}
		if depth > 25 {
			return false
		}
		key := [2]string{id, top}
		if v, ok := memo[key]; ok {
			return v
		}
		memo[key] = false
		v := false
		if s := syn[id]; s != nil {
			for _, h := range s.hyper {
				if under(h, top, depth+1) {
					v = true
					break
				}
			}
		}
		memo[key] = v
		return v
	}
	added := 0
	for id, s := range syn {
		kind := -1
		switch {
		case s.instance && under(id, wnPerson, 0):
			kind = gzWNPer
		case under(id, wnOrganization, 0):
			kind = gzWNOrg
		case under(id, wnLocation, 0) || under(id, wnRegion, 0) || under(id, wnDistrict, 0):
			kind = gzWNLoc
		}
		if kind < 0 {
			continue
		}
		for _, w := range s.words {
			w = strings.ReplaceAll(w, "_", " ")
			if i := strings.IndexByte(w, '('); i >= 0 {
				w = w[:i] // a syntactic marker: "(a)", "(p)"
			}
			if strings.ToLower(w) == w {
				continue // a common noun: "city", "agency"
			}
			b.add(w, kind)
			added++
		}
	}
	return added, nil
}
