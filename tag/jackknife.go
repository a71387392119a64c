package tag

import (
	"context"
	"fmt"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// Jackknife replaces the gold XPOS, UPOS and lemmas of train and dev with
// predicted ones, in place, so that a later stage (the parser) can learn
// from tags as wrong as the tagger's are on new text. train is cut into
// cfg.Folds folds (default 4), by sentence index modulo the fold count;
// each fold is tagged by a one-pass model trained on the others. dev is
// tagged by base, the model the pipeline runs (normally Default).
//
// Only cfg.Seed, Epochs, Folds, MinWeight, WordNet and Log are read; the
// fold models are not written anywhere. The result depends only on the
// sentences and cfg.
func Jackknife(ctx context.Context, cfg TrainConfig, base *Model, train, dev []*conllu.Sentence) error {
	cfg.defaults()
	if base == nil {
		return fmt.Errorf("tag: jackknife: no model for dev")
	}
	for k := range cfg.Folds {
		var in, out []*conllu.Sentence
		for i, s := range train {
			if i%cfg.Folds == k {
				out = append(out, s)
			} else {
				in = append(in, s)
			}
		}
		fc := cfg
		fc.OnePass = true
		m, err := fit(ctx, fc, in, dev)
		if err != nil {
			return fmt.Errorf("tag: jackknife fold %d: %w", k+1, err)
		}
		m.Retag(out)
		fmt.Fprintf(cfg.Log, "tag: jackknife: fold %d of %d tagged (%d sentences)\n", k+1, cfg.Folds, len(out))
	}
	base.Retag(dev)
	return nil
}

// Retag replaces the XPOS, UPOS and lemma of every word of sents with
// the ones m gives the words' forms: gold-tokenised sentences tagged as
// the pipeline tags text, for training or scoring a later stage.
func (m *Model) Retag(sents []*conllu.Sentence) {
	var toks []model.Token
	for _, s := range sents {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, model.Token{Form: w.Form})
		}
		m.Tag(toks)
		for i := range s.Words {
			s.Words[i].XPOS, s.Words[i].UPOS, s.Words[i].Lemma = toks[i].XPOS, toks[i].UPOS, toks[i].Lemma
		}
	}
}
