package ner

import (
	"fmt"
	"strings"

	"github.com/casus-project/casus/metric"
)

// PRF counts gold, predicted and correct items and gives precision,
// recall and F1.
type PRF = metric.PRF

// scoredTypes are the name types Evaluate scores: those of UNER.
var scoredTypes = [...]string{"PER", "ORG", "LOC"}

// Scores are exact-span name scores.
type Scores struct {
	// Overall is the micro average over the scored types.
	Overall PRF
	// Types holds one PRF per scored type: PER, ORG, LOC.
	Types []PRF
}

// String formats the scores, one line per type.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "all  %v\n", s.Overall)
	for i, t := range s.Types {
		fmt.Fprintf(&b, "%-4s %v\n", scoredTypes[i], t)
	}
	return b.String()
}

// Evaluate tags the words of each document (see Documents) with m and
// scores the result against the sentences' gold tags: a name counts as
// correct when its first token, last token and type all match. Only PER,
// ORG and LOC are scored; other types (MISC) are ignored on both sides.
func Evaluate(m *Model, sents []*Sentence) Scores {
	var sc Scores
	for _, doc := range Documents(sents) {
		for i, ys := range m.tagSentences(doc) {
			pred := make([]string, len(ys))
			for k, y := range ys {
				pred[k] = labels[y]
			}
			sc.Add(doc[i].Tags(), pred)
		}
	}
	return sc
}

// Add scores one sentence's predicted tags against its gold tags.
func (sc *Scores) Add(gold, pred []string) {
	if sc.Types == nil {
		sc.Types = make([]PRF, len(scoredTypes))
	}
	index := func(typ string) int {
		for i, t := range scoredTypes {
			if t == typ {
				return i
			}
		}
		return -1
	}
	g := make(map[Span]bool)
	for _, sp := range Spans(gold) {
		if k := index(sp.Type); k >= 0 {
			g[sp] = true
			sc.Types[k].Gold++
			sc.Overall.Gold++
		}
	}
	for _, sp := range Spans(pred) {
		k := index(sp.Type)
		if k < 0 {
			continue
		}
		sc.Types[k].Predicted++
		sc.Overall.Predicted++
		if g[sp] {
			sc.Types[k].Correct++
			sc.Overall.Correct++
		}
	}
}
