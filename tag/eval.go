package tag

import (
	"strings"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// Scores are a model's accuracies on gold tokens.
type Scores struct {
	Sentences, Tokens int
	// XPOS, UPOS and Lemma are the fractions of tokens whose tag or lemma
	// matches the gold one exactly.
	XPOS, UPOS, Lemma float64
	// VerbTokens counts the tokens whose gold XPOS is a verb's (VB*);
	// VerbLemma is the lemma accuracy on them.
	VerbTokens int
	VerbLemma  float64
	// Unknown counts tokens whose lower-case form the model has no
	// ambiguity class for (rare or unseen in training); UnknownXPOS is
	// the XPOS accuracy on them.
	Unknown     int
	UnknownXPOS float64
}

// Evaluate tags the gold tokens of sents with m and compares the result
// with their gold tags and lemmas.
func Evaluate(m *Model, sents []*conllu.Sentence) Scores { return evaluate(m, sents, m.Tag) }

// EvaluateFinite is Evaluate with the tags of m.TagFinite.
func EvaluateFinite(m *Model, sents []*conllu.Sentence) Scores {
	return evaluate(m, sents, m.TagFinite)
}

// evaluate is Evaluate with the tags that tag gives.
func evaluate(m *Model, sents []*conllu.Sentence, tag func([]model.Token)) Scores {
	var sc Scores
	var x, u, l, unk, unkX, vl int
	var toks []model.Token
	var buf []byte
	var w word
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		sc.Sentences++
		toks = toks[:0]
		for _, wd := range s.Words {
			toks = append(toks, model.Token{Form: wd.Form, Head: -1})
		}
		tag(toks)
		for i, wd := range s.Words {
			sc.Tokens++
			ok := toks[i].XPOS == wd.XPOS
			if ok {
				x++
			}
			if toks[i].UPOS == wd.UPOS {
				u++
			}
			if toks[i].Lemma == wd.Lemma {
				l++
			}
			if strings.HasPrefix(wd.XPOS, "VB") {
				sc.VerbTokens++
				if toks[i].Lemma == wd.Lemma {
					vl++
				}
			}
			buf = m.lex.analyse(&w, wd.Form, buf)
			if w.amb == 0 {
				unk++
				if ok {
					unkX++
				}
			}
		}
	}
	if sc.Tokens > 0 {
		n := float64(sc.Tokens)
		sc.XPOS, sc.UPOS, sc.Lemma = float64(x)/n, float64(u)/n, float64(l)/n
	}
	if sc.VerbTokens > 0 {
		sc.VerbLemma = float64(vl) / float64(sc.VerbTokens)
	}
	sc.Unknown = unk
	if unk > 0 {
		sc.UnknownXPOS = float64(unkX) / float64(unk)
	}
	return sc
}
