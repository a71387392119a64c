package parse

import (
	"math/rand/v2"
	"testing"
)

// best returns the highest-scoring class of legal, the classes legal in
// a state (the first of equals), one class at a time: the reference
// bestOfRuns, which the parser uses, is checked against.
func (m *Model) best(legal []uint8, acc *[256]int32) int {
	if len(legal) == 0 {
		return -1
	}
	bi, bs := int(legal[0]), acc[legal[0]]
	for _, c := range legal[1:] {
		if v := acc[c]; v > bs {
			bi, bs = int(c), v
		}
	}
	return bi
}

// bestByLegalClass is the plain form of Model.best: the highest-scoring
// class that legalClass allows, ties to the lower index.
func bestByLegalClass(s *state, classes []class, scores *[256]int32, root uint16) int {
	bi := -1
	for i, c := range classes {
		if legalClass(s, c, root) && (bi < 0 || scores[i] > scores[bi]) {
			bi = i
		}
	}
	return bi
}

// TestBestMatchesLegalClass walks every state of parsing the tiny
// treebank, scores the classes at random (ties included), and checks
// that best picks what legalClass allows.
func TestBestMatchesLegalClass(t *testing.T) {
	m := trainTiny(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var scores [256]int32
	states := 0
	for _, sent := range readTiny(t) {
		var s state
		s.load(Tokens(sent), m.lex)
		for !s.terminal() {
			for range 20 {
				for i := range scores {
					scores[i] = int32(rng.IntN(5) - 2)
				}
				got := m.best(m.legal[legality(&s)], &scores)
				want := bestByLegalClass(&s, m.classes, &scores, m.root)
				if got != want {
					t.Fatalf("state %d: best %d, legalClass allows %d first", states, got, want)
				}
				if got := bestOfRuns(m.legalRuns[legality(&s)], &scores); got != want {
					t.Fatalf("state %d: bestOfRuns %d, legalClass allows %d first", states, got, want)
				}
			}
			states++
			// Move on by the legal class scored highest at random.
			for i := range scores {
				scores[i] = rng.Int32()
			}
			c := m.classes[bestByLegalClass(&s, m.classes, &scores, m.root)]
			s.apply(int(c.move), c.label)
		}
	}
	if states < 20 {
		t.Fatalf("only %d states", states)
	}
}
