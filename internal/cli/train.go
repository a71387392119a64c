package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/ner"
	"github.com/casus-project/casus/parse"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/tag"
	"github.com/casus-project/casus/wordnet"
)

// trainConfig is what every trainer is given.
type trainConfig struct {
	data, out string
	seed      uint64
	log       io.Writer
}

// trainers rebuild the models and dictionaries casus embeds, by name.
// Those marked wordNet read the WordNet database at wordnet.DefaultDir.
var trainers = map[string]struct {
	what    string
	run     func(ctx context.Context, c trainConfig) error
	wordNet bool
}{
	"tagger": {"the part-of-speech tagger and lemmatiser (tag/model/tagger.bin) from UD English EWT train, tuned on dev, with WordNet (/usr/share/wordnet) for what a word can be and for lemmas: its irregular forms, the verbs it knows",
		func(ctx context.Context, c trainConfig) error {
			return tag.Train(ctx, tag.TrainConfig{DataDir: c.data, Output: c.out, Seed: c.seed, Log: c.log})
		}, true},
	"parser": {"the dependency parser (parse/model/en_ewt.bin) from UD English EWT train with the built-in tagger's jackknifed tags and word classes learnt from the EWT train text and WordNet's glosses, tuned on dev",
		func(ctx context.Context, c trainConfig) error {
			// The pipeline parses the tagger's tags, not gold ones, so the
			// parser learns from jackknifed predictions of the tagger built
			// into this binary: rebuild casus after retraining the tagger.
			// Word classes come from the treebank's words and the
			// glosses of WordNet, where the tagger finds it too.
			wn, err := wordNetText("/usr/share/wordnet")
			if err != nil {
				return err
			}
			fmt.Fprintf(c.log, "parse: %d WordNet glosses for word classes\n", len(wn))
			return parse.Train(ctx, parse.TrainConfig{DataDir: c.data, Output: c.out, Seed: c.seed, Log: c.log, ClassText: wn,
				Retag: func(train, dev []*conllu.Sentence) error {
					base, err := tag.Default()
					if err != nil {
						return err
					}
					return tag.Jackknife(ctx, tag.TrainConfig{Seed: c.seed, Log: c.log}, base, train, dev)
				}})
		}, true},
	"punct": {"the parser's punctuation stage (parse/model/punct.bin) from UD English EWT train and dev as the embedded parser parses them from the built-in tagger's tags, tuned on dev",
		func(ctx context.Context, c trainConfig) error {
			// The stage learns from the parses of the parser built into
			// this binary: after retraining the parser, rebuild casus,
			// then retrain this.
			parser, err := parse.Default()
			if err != nil {
				return err
			}
			tagger, err := tag.Default()
			if err != nil {
				return err
			}
			return parse.TrainPunct(ctx, parse.PunctConfig{DataDir: c.data, Output: c.out, Seed: c.seed, Log: c.log, Parser: parser,
				Tag: func(train, dev []*conllu.Sentence) error {
					// Jackknifed tags for train, as the parser learnt
					// from, scored lower on dev (83.24% of punctuation
					// heads against 83.40%).
					tagger.Retag(train)
					tagger.Retag(dev)
					return nil
				}})
		}, false},
	"ner": {"the name model (ner/model/ner.bin) from UNER English EWT dev and WikiGold, with GeoNames, actor and WordNet (/usr/share/wordnet) gazetteers",
		func(ctx context.Context, c trainConfig) error {
			return ner.Train(ctx, ner.TrainConfig{DataDir: c.data, Output: c.out, Seed: c.seed, Log: c.log})
		}, true},
	"places": {"the place gazetteer (place/data/places.bin) from GeoNames and the CAMEO country table",
		func(ctx context.Context, c trainConfig) error {
			return place.Build(ctx, place.BuildConfig{Data: c.data, Dir: c.out, Log: c.log})
		}, false},
	"dicts": {"the actor, agent and verb dictionaries (dict/data/dicts.bin) from PETRARCH-2, the CAMEO tables and the leader tables",
		func(ctx context.Context, c trainConfig) error {
			return dict.Build(ctx, dict.BuildConfig{Data: c.data, Dir: c.out, Log: c.log})
		}, false},
}

func trainerNames() []string {
	var names []string
	for n := range trainers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

var cmdTrain = &Command{
	Name:      "train",
	UsageLine: "casus train [--data DIR] [--out FILE] [--seed N] " + strings.Join(trainerNames(), "|"),
	Short:     "rebuild an embedded model or dictionary from the shared data",
	Long: func() string {
		var b strings.Builder
		b.WriteString(`
Train rebuilds one of the models or dictionaries that casus embeds, from
the data in --data (the project's ../shared/data), deterministically for a
given --seed. Run it from the repository root, then rebuild casus to embed
the result. casus never reads the data at run time.

`)
		for _, n := range trainerNames() {
			fmt.Fprintf(&b, "\t%-8s %s\n", n, trainers[n].what)
		}
		b.WriteString(`
Examples:

	casus train ner
	casus train --data /srv/shared/data --seed 7 ner
	casus train dicts
`)
		return b.String()
	}(),
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		data := fs.String("data", "../shared/data", "shared data `DIR`")
		out := fs.String("out", "", "output `PATH`: the model file, or for dicts and places the data folder (default: what the package embeds)")
		seed := fs.Uint64("seed", 1, "random `seed`")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) != 1 {
				return usageErrorf("name one of %s", strings.Join(trainerNames(), ", "))
			}
			t, ok := trainers[args[0]]
			if !ok {
				return usageErrorf("cannot train %q; want one of %s", args[0], strings.Join(trainerNames(), ", "))
			}
			if t.wordNet {
				if err := requireWordNet(wordnet.DefaultDir); err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
			}
			return t.run(ctx, trainConfig{data: *data, out: *out, seed: *seed, log: env.Stderr})
		}
	},
}

// requireWordNet returns an error unless dir holds a WordNet database.
// The tagger, parser and name model learn from WordNet where it is
// there, and the libraries train without it where it is not; but the
// models casus embeds were built with it, so a rebuild without it would
// quietly give another model than the one shipped.
func requireWordNet(dir string) error {
	if !wordnet.Have(dir) {
		return fmt.Errorf("no WordNet database at %s (on Debian: apt-get install wordnet-base); the embedded models were trained with it", dir)
	}
	return nil
}
