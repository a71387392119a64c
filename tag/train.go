package tag

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/internal/formcache"
	"github.com/casus-project/casus/wordnet"
)

// TrainConfig controls Train. The zero value of each field selects its
// default.
type TrainConfig struct {
	// DataDir holds ud_english_ewt/en_ewt-ud-{train,dev}.conllu. Default
	// "../shared/data".
	DataDir string
	// Output is where the model is written. Default "tag/model/tagger.bin".
	Output string
	// Seed fixes the orders training sentences are visited in. The
	// embedded model was trained with seed 1 and the other defaults.
	Seed uint64
	// Epochs is the most passes over the training data for each
	// perceptron; the epoch that scores best on the dev data is kept.
	// Default 7.
	Epochs int
	// OnePass trains only the left-to-right pass: a smaller, faster and
	// slightly less accurate model.
	OnePass bool
	// Folds is the number of jackknife folds used to give the second pass
	// realistic first-pass tags to learn from. Default 4.
	Folds int
	// MinWeight drops averaged weights smaller than this in magnitude.
	// Default 0.01.
	MinWeight float64
	// WordNet is a WordNet 3 database directory (the Debian package
	// wordnet-base installs one at /usr/share/wordnet, the default). If
	// it does not exist the model is trained without WordNet features.
	// Set it to "-" to train without them on purpose.
	WordNet string
	// Seeds is how many perceptrons, each visiting the sentences in its
	// own order, are averaged into each pass. Default 3.
	Seeds int
	// Log, if not nil, receives progress lines.
	Log io.Writer
}

func (c *TrainConfig) defaults() {
	if c.DataDir == "" {
		c.DataDir = filepath.Join("..", "shared", "data")
	}
	if c.Output == "" {
		c.Output = filepath.Join("tag", "model", "tagger.bin")
	}
	if c.Epochs <= 0 {
		c.Epochs = 7
	}
	if c.Folds < 2 {
		c.Folds = 4
	}
	if c.Seeds < 1 {
		c.Seeds = 3
	}
	if c.MinWeight <= 0 {
		c.MinWeight = 0.01
	}
	if c.WordNet == "" {
		c.WordNet = "/usr/share/wordnet"
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// Train trains a model on the English Web Treebank's training split,
// choosing the number of epochs on its dev split, and writes it to
// cfg.Output.
func Train(ctx context.Context, cfg TrainConfig) error {
	cfg.defaults()
	dir := filepath.Join(cfg.DataDir, "ud_english_ewt")
	train, err := conllu.ReadFile(filepath.Join(dir, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := conllu.ReadFile(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	m, err := fit(ctx, cfg, train, dev)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(cfg.Output), 0o755); err != nil {
		return fmt.Errorf("tag: train: %w", err)
	}
	f, err := os.Create(cfg.Output)
	if err != nil {
		return fmt.Errorf("tag: train: %w", err)
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("tag: train: %w", err)
	}
	if st, err := os.Stat(cfg.Output); err == nil {
		fmt.Fprintf(cfg.Log, "wrote %s (%d bytes)\n", cfg.Output, st.Size())
	}
	return nil
}

// Lexicon thresholds: words seen at least ambMin times get an ambiguity
// class of the tags making up at least ambShare of their uses; words seen
// fixedMin times with one tag at least fixedShare of the time always get
// that tag.
const (
	ambMin     = 3
	ambShare   = 0.05
	fixedMin   = 20
	fixedShare = 0.995
	uposEpochs = 6
)

// example is one training sentence with its tags as class indexes.
type example struct {
	forms  []string
	xpos   []int
	upos   []int
	lemmas []string
	words  []word // analysed, padded by two on each side
}

func indexOf(names []string, s string) int {
	i, ok := slices.BinarySearch(names, s)
	if !ok {
		return -1
	}
	return i
}

// fit trains a model on train, using dev to pick epochs.
func fit(ctx context.Context, cfg TrainConfig, train, dev []*conllu.Sentence) (*Model, error) {
	cfg.defaults()
	start := time.Now()
	if len(train) == 0 {
		return nil, errors.New("tag: train: no training sentences")
	}
	m := new(Model)
	xset, uset := map[string]bool{}, map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			xset[w.XPOS] = true
			uset[w.UPOS] = true
		}
	}
	for k := range xset {
		m.xpos = append(m.xpos, k)
	}
	for k := range uset {
		m.upos = append(m.upos, k)
	}
	slices.Sort(m.xpos)
	slices.Sort(m.upos)
	m.verbal = verbalTags(m.xpos)
	m.clause = newClauseTags(m.xpos)
	if len(m.xpos) > 64 || len(m.upos) > 64 {
		return nil, fmt.Errorf("tag: train: %d XPOS and %d UPOS tags, at most 64 each", len(m.xpos), len(m.upos))
	}
	m.uposCands = make([]uint64, len(m.xpos))
	var lemmaEx []lemmaExample
	for _, s := range train {
		for _, w := range s.Words {
			x, u := indexOf(m.xpos, w.XPOS), indexOf(m.upos, w.UPOS)
			m.uposCands[x] |= 1 << u
			lemmaEx = append(lemmaEx, lemmaExample{form: w.Form, lemma: w.Lemma, xpos: x})
		}
	}
	var wn dict
	var irr []irregular
	if cfg.WordNet != "-" && wordnet.Have(cfg.WordNet) {
		w, err := readWordNet(cfg.WordNet)
		if err != nil {
			return nil, err
		}
		wn = newDict(w)
		if irr, err = readIrregulars(cfg.WordNet); err != nil {
			return nil, err
		}
		fmt.Fprintf(cfg.Log, "tag: %d WordNet words from %s\n", wn.len(), cfg.WordNet)
	} else {
		fmt.Fprintf(cfg.Log, "tag: no WordNet at %q; training without it\n", cfg.WordNet)
	}
	m.lex = buildLexicon(m.xpos, train)
	m.lex.wn = wn
	m.lem = learnLemmatizer(m.xpos, lemmaEx, wn, irr)
	fmt.Fprintf(cfg.Log, "tag: %d XPOS, %d UPOS tags; %d ambiguity classes, %d fixed words; %d lemma rules, %d exceptions\n",
		len(m.xpos), len(m.upos), m.lex.amb.len(), m.lex.fixed.len(), len(m.lem.rules), len(m.lem.exc))

	exs := m.examples(train)
	devEx := m.examples(dev)

	// Pass 1, with dev early stopping.
	p1, epochs1, err := m.trainXPOS(ctx, cfg, exs, nil, devEx, cfg.Epochs, 1, "pass 1")
	if err != nil {
		return nil, err
	}
	m.pass1 = p1
	if !cfg.OnePass {
		// Jackknife: tag each fold with a first pass trained on the others.
		// Each fold has its own lexicon, so that the held-out words are as
		// new to it as unseen text is to the final model.
		right := make([][]int, len(exs))
		for k := range cfg.Folds {
			var in []*conllu.Sentence
			var outIdx []int
			for i, s := range train {
				if i%cfg.Folds == k {
					outIdx = append(outIdx, i)
				} else {
					in = append(in, s)
				}
			}
			fm := &Model{xpos: m.xpos, verbal: m.verbal, lex: buildLexicon(m.xpos, in)}
			fm.lex.wn = wn
			t, _, err := fm.trainXPOS(ctx, cfg, fm.examples(in), nil, nil, epochs1, 1, fmt.Sprintf("fold %d", k+1))
			if err != nil {
				return nil, err
			}
			fm.pass1 = t
			ws := new(workspace)
			correct, total := 0, 0
			for _, i := range outIdx {
				tags := fm.tagAll(ws, exs[i].forms)
				right[i] = tags
				for j, g := range exs[i].xpos {
					total++
					if tags[j] == g {
						correct++
					}
				}
			}
			fmt.Fprintf(cfg.Log, "tag: fold %d: held-out XPOS %.2f%%\n", k+1, 100*float64(correct)/float64(total))
		}
		p2, _, err := m.trainXPOS(ctx, cfg, exs, right, devEx, cfg.Epochs, 2, "pass 2")
		if err != nil {
			return nil, err
		}
		m.pass2 = p2
		// Let the second pass skip the words the first is sure of, as
		// long as that costs next to nothing on dev.
		all := m.devAccuracy(devEx)
		for _, sure := range []int32{2000, 4000, 8000, 16000, 32000} {
			m.sure = sure
			acc := m.devAccuracy(devEx)
			fmt.Fprintf(cfg.Log, "tag: second pass skips margins over %d: dev %.2f%% (all %.2f%%)\n", sure, 100*acc, 100*all)
			if acc >= all-0.0001 {
				break
			}
			m.sure = 0
		}
	}
	if err := m.trainUPOS(ctx, cfg, exs, devEx); err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.Log, "tag: trained in %v\n", time.Since(start).Round(time.Second))
	m.cache = formcache.New[cachedWord](wordCacheBits) // the tables are final now
	m.pairs = newPairRows(len(m.xpos))
	return m, nil
}

// buildLexicon collects the ambiguity classes and fixed tags of the
// words of sents.
func buildLexicon(xpos []string, sents []*conllu.Sentence) lexicon {
	lowerCounts := map[string][]int{}
	formCounts := map[string][]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			x := indexOf(xpos, w.XPOS)
			if x < 0 {
				continue
			}
			for _, c := range []struct {
				m   map[string][]int
				key string
			}{{lowerCounts, string(appendLower(nil, w.Form))}, {formCounts, w.Form}} {
				v := c.m[c.key]
				if v == nil {
					v = make([]int, len(xpos))
					c.m[c.key] = v
				}
				v[x]++
			}
		}
	}
	amb, fixed := map[uint64]uint64{}, map[uint64]uint64{}
	class := func(v []int) (mask uint64, total, top int) {
		for t, n := range v {
			total += n
			if n > v[top] {
				top = t
			}
		}
		for t, n := range v {
			if float64(n) >= ambShare*float64(total) {
				mask |= 1 << t
			}
		}
		return mask, total, top
	}
	for w, v := range lowerCounts {
		if mask, total, _ := class(v); total >= ambMin {
			amb[hashString(w)] = mask
		}
	}
	for w, v := range formCounts {
		mask, total, top := class(v)
		if total >= ambMin {
			amb[formKey(hashString(w))] = mask
		}
		if total >= fixedMin && float64(v[top]) >= fixedShare*float64(total) {
			fixed[hashString(w)] = uint64(top) + 1
		}
	}
	return lexicon{amb: newDict(amb), fixed: newDict(fixed)}
}

// examples converts sentences, analysing their words.
func (m *Model) examples(sents []*conllu.Sentence) []example {
	exs := make([]example, 0, len(sents))
	var buf []byte
	for _, s := range sents {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		e := example{forms: make([]string, n), xpos: make([]int, n), upos: make([]int, n), lemmas: make([]string, n), words: make([]word, n+4)}
		e.words[0], e.words[1], e.words[n+2], e.words[n+3] = padS1, padS2, padE1, padE2
		for i, w := range s.Words {
			e.forms[i], e.lemmas[i] = w.Form, w.Lemma
			e.xpos[i], e.upos[i] = indexOf(m.xpos, w.XPOS), indexOf(m.upos, w.UPOS)
			buf = m.lex.analyse(&e.words[i+2], w.Form, buf)
		}
		setContext(e.words[2 : n+2])
		exs = append(exs, e)
	}
	return exs
}

// xposTags returns the XPOS tags of forms, which must be at most
// MaxSentence long.
func (m *Model) xposTags(ws *workspace, forms []string) []int {
	n := len(forms)
	ws.words = slices.Grow(ws.words[:0], n+4)[:n+4]
	ws.left = slices.Grow(ws.left[:0], n)[:n]
	ws.right = slices.Grow(ws.right[:0], n)[:n]
	ws.words[0], ws.words[1], ws.words[n+2], ws.words[n+3] = padS1, padS2, padE1, padE2
	for i, f := range forms {
		ws.buf = m.lex.analyse(&ws.words[i+2], f, ws.buf)
	}
	ws.named = ws.named[:0] // while training, the model's own tags
	setContext(ws.words[2 : n+2])
	m.pass(ws, m.pass1, ws.left, nil, nil, 0)
	if m.pass2 == nil {
		return slices.Clone(ws.left)
	}
	m.pass(ws, m.pass2, ws.right, ws.left, nil, 1)
	return slices.Clone(ws.right)
}

// tagAll returns the XPOS tags of forms, in pieces of MaxSentence.
func (m *Model) tagAll(ws *workspace, forms []string) []int {
	var tags []int
	for start := 0; start < len(forms); start += MaxSentence {
		tags = append(tags, m.xposTags(ws, forms[start:min(len(forms), start+MaxSentence)])...)
	}
	return tags
}

// trainXPOS trains one pass. right holds earlier-pass tags for pass 2. If
// dev is not nil, the averaged weights are scored on it after each epoch
// and the best epoch's are returned with its number; otherwise the
// weights after all epochs are.
func (m *Model) trainXPOS(ctx context.Context, cfg TrainConfig, exs []example, right [][]int, dev []example, epochs, passNo int, name string) (*table, int, error) {
	// Each of cfg.Seeds perceptrons visits the sentences in its own
	// order; their averaged weights are averaged again, which scores
	// like voting by the sum of their scores at no extra cost in tagging
	// time.
	ps := make([]*perceptron, cfg.Seeds)
	rngs := make([]*rand.Rand, cfg.Seeds)
	orders := make([][]int, cfg.Seeds)
	for k := range ps {
		ps[k] = newPerceptron(len(m.xpos))
		// Seed k of pass p draws from the stream cfg.Seed, p for k = 0
		// (as before ensembling), and cfg.Seed+k, p+16k otherwise.
		rngs[k] = rand.New(rand.NewPCG(cfg.Seed+uint64(k), uint64(passNo+16*k)))
		orders[k] = make([]int, len(exs))
		for i := range orders[k] {
			orders[k][i] = i
		}
	}
	scores := make([]float32, len(m.xpos))
	var fs []uint64
	var bestT *table
	bestAcc, bestEpoch := -1.0, 0
	left := make([]int, MaxSentence)
	for epoch := 1; epoch <= epochs; epoch++ {
		t0 := time.Now()
		correct, total := 0, 0
		for k, p := range ps {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			order := orders[k]
			rngs[k].Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, si := range order {
				e := &exs[si]
				n := len(e.forms)
				if len(left) < n {
					left = make([]int, n)
				}
				var r []int
				if right != nil {
					r = right[si]
				}
				for i := range n {
					if f := e.words[i+2].fixed; f >= 0 {
						left[i] = f
						continue
					}
					fs = xposFeatures(fs[:0], e.words, i, left[:n], r, m.verbal)
					p.score(fs, scores)
					guess := best(scores, 0)
					p.tick()
					p.update(fs, e.xpos[i], guess)
					left[i] = guess
					total++
					if guess == e.xpos[i] {
						correct++
					}
				}
			}
		}
		if dev == nil && epoch < epochs {
			continue
		}
		t := newTable(len(m.xpos), quantise(mergeAveraged(ps), cfg.MinWeight))
		if dev == nil {
			bestT, bestEpoch = t, epoch
			break
		}
		trial := &Model{xpos: m.xpos, verbal: m.verbal, lex: m.lex, pass1: m.pass1}
		if passNo == 1 {
			trial.pass1 = t
		} else {
			trial.pass2 = t
		}
		acc := trial.devAccuracy(dev)
		fmt.Fprintf(cfg.Log, "tag: %s epoch %d: train %.2f%% dev %.2f%% (%d features, %v)\n",
			name, epoch, 100*float64(correct)/float64(max(total, 1)), 100*acc, t.len(), time.Since(t0).Round(100*time.Millisecond))
		if acc > bestAcc {
			bestT, bestAcc, bestEpoch = t, acc, epoch
		}
	}
	return bestT, bestEpoch, nil
}

// mergeAveraged returns the mean of the averaged weights of ps.
func mergeAveraged(ps []*perceptron) map[uint64][]fentry {
	if len(ps) == 1 {
		return ps[0].averaged()
	}
	out := map[uint64][]fentry{}
	for _, p := range ps {
		for f, es := range p.averaged() {
			acc := out[f]
		next:
			for _, e := range es {
				for j := range acc {
					if acc[j].class == e.class {
						acc[j].w += e.w
						continue next
					}
				}
				acc = append(acc, e)
			}
			out[f] = acc
		}
	}
	n := float64(len(ps))
	for _, es := range out {
		for j := range es {
			es[j].w /= n
		}
	}
	return out
}

// devAccuracy is the XPOS accuracy on dev.
func (m *Model) devAccuracy(dev []example) float64 {
	ws := new(workspace)
	correct, total := 0, 0
	for _, e := range dev {
		tags := m.tagAll(ws, e.forms)
		for j, g := range e.xpos {
			total++
			if tags[j] == g {
				correct++
			}
		}
	}
	return float64(correct) / float64(max(total, 1))
}

// trainUPOS trains the UPOS classifier on gold XPOS tags.
func (m *Model) trainUPOS(ctx context.Context, cfg TrainConfig, exs, dev []example) error {
	p := newPerceptron(len(m.upos))
	scores := make([]float32, len(m.upos))
	rng := rand.New(rand.NewPCG(cfg.Seed, 3))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var fs []uint64
	for epoch := 1; epoch <= uposEpochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			e := &exs[si]
			for i := range e.forms {
				cands := m.uposCands[e.xpos[i]]
				if cands&(cands-1) == 0 {
					continue
				}
				fs = uposFeatures(fs[:0], e.words, i, e.xpos)
				p.score(fs, scores)
				guess := best(scores, cands)
				p.tick()
				p.update(fs, e.upos[i], guess)
			}
		}
	}
	m.uposTable = newTable(len(m.upos), quantise(p.averaged(), cfg.MinWeight))
	fmt.Fprintf(cfg.Log, "tag: UPOS classifier: %d features\n", m.uposTable.len())
	return nil
}
