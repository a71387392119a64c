package tag

import (
	"context"
	"fmt"
	"math"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// Alt is a token's runner-up tag: the Penn Treebank tag that the pass
// which chose the token's tag scored second best, and by how much the
// chosen tag's score beat it, in the model's own units. A word whose tag
// the tag dictionary fixes has no runner-up: XPOS is empty and Margin is
// math.MaxInt32. On EWT dev, three in four of the tagger's errors have a
// margin below 1<<15 (as have one token in eight), and the runner-up is
// then the gold tag in seven of ten, so that a later stage may read it
// where the margin is small to recover from a wrong tag (as features of
// the parser, it has not yet raised EWT dev LAS; see docs/BENCHMARKS.md).
type Alt struct {
	XPOS   string
	Margin int32
}

// TagAlt tags tokens exactly as Tag does and sets alt[i] to the
// runner-up of tokens[i]; alt must be at least as long as tokens. It
// costs about twice as much as Tag.
func (m *Model) TagAlt(tokens []model.Token, alt []Alt) {
	m.Tag(tokens)
	ws := new(workspace)
	for start := 0; start < len(tokens); start += MaxSentence {
		part := tokens[start:min(len(tokens), start+MaxSentence)]
		m.tagPart(ws, part)
		for i := range part {
			alt[start+i] = m.runnerUp(ws, i)
		}
	}
}

// runnerUp rescores word i of the piece tagForms left in ws with the
// pass that chose its tag, and returns the second-best tag.
func (m *Model) runnerUp(ws *workspace, i int) Alt {
	if ws.words[i+2].fixed >= 0 {
		return Alt{Margin: math.MaxInt32}
	}
	t, out, right := m.pass2, ws.right, ws.left
	if m.pass2 == nil || (m.sure > 0 && ws.margin[i] > m.sure) {
		t, out, right = m.pass1, ws.left, nil
	}
	n := len(m.xpos)
	clear(ws.scores[:n])
	fs := wordFeatures(ws.fs[:0], &ws.words[i+2])
	fs = nextFeatures(fs, &ws.words[i+3])
	ws.fs = contextFeatures(fs, ws.words, i, out, right, m.verbal)
	t.add(ws.fs, &ws.scores)
	best, second := out[i], -1
	for c, s := range ws.scores[:n] {
		if c != best && (second < 0 || s > ws.scores[second]) {
			second = c
		}
	}
	if second < 0 {
		return Alt{Margin: math.MaxInt32}
	}
	return Alt{XPOS: m.xpos[second], Margin: ws.scores[best] - ws.scores[second]}
}

// JackknifeAlt is Jackknife that also returns the runner-up of every
// word, per sentence of train and of dev, from the model that tagged it.
func JackknifeAlt(ctx context.Context, cfg TrainConfig, base *Model, train, dev []*conllu.Sentence) (trainAlt, devAlt [][]Alt, err error) {
	cfg.defaults()
	if base == nil {
		return nil, nil, fmt.Errorf("tag: jackknife: no model for dev")
	}
	trainAlt = make([][]Alt, len(train))
	for k := range cfg.Folds {
		var in, out []*conllu.Sentence
		var outAlt [][]Alt
		for i, s := range train {
			if i%cfg.Folds == k {
				trainAlt[i] = make([]Alt, len(s.Words))
				out, outAlt = append(out, s), append(outAlt, trainAlt[i])
			} else {
				in = append(in, s)
			}
		}
		fc := cfg
		fc.OnePass = true
		m, err := fit(ctx, fc, in, dev)
		if err != nil {
			return nil, nil, fmt.Errorf("tag: jackknife fold %d: %w", k+1, err)
		}
		retagAlt(m, out, outAlt)
		fmt.Fprintf(cfg.Log, "tag: jackknife: fold %d of %d tagged (%d sentences)\n", k+1, cfg.Folds, len(out))
	}
	devAlt = make([][]Alt, len(dev))
	for i, s := range dev {
		devAlt[i] = make([]Alt, len(s.Words))
	}
	retagAlt(base, dev, devAlt)
	return trainAlt, devAlt, nil
}

// retagAlt sets the XPOS and UPOS of every word of sents to m's, and
// alts[i] to the runner-ups of sents[i].
func retagAlt(m *Model, sents []*conllu.Sentence, alts [][]Alt) {
	var toks []model.Token
	for k, s := range sents {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, model.Token{Form: w.Form})
		}
		m.TagAlt(toks, alts[k])
		for i := range s.Words {
			s.Words[i].XPOS, s.Words[i].UPOS = toks[i].XPOS, toks[i].UPOS
		}
	}
}
