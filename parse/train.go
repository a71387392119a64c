package parse

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
)

// TrainConfig controls Train. Zero fields take the defaults in their comments.
type TrainConfig struct {
	// DataDir holds ud_english_ewt/ (default "../shared/data").
	DataDir string
	// Output is the model file to write (default "parse/model/en_ewt.bin").
	Output string
	// Seed fixes the shuffling and exploration (default 1).
	Seed uint64
	// Epochs is the number of passes over the training set (default 10).
	// The epoch scoring best on the dev set, after pruning, is kept.
	Epochs int
	// Bits is log2 of the number of feature buckets (default 20, at most 22).
	Bits uint
	// Explore is the probability of following a wrong prediction from the
	// second epoch on (default 0.9; negative disables exploration).
	Explore float64
	// Prune drops quantised weights whose magnitude is below it from each
	// epoch's model before it is scored on dev (default 700; negative
	// keeps all). Weights are scaled so that the largest is 32767. Parsing
	// time grows with the weights a step reads: on EWT dev with predicted
	// tags, the embedded model's epoch (7, two seeds summed) keeps 0.51
	// million of its 6.3 million weights at 700 and loses 0.3 LAS, which
	// the refit wins back (81.82 -> 82.07); at 600, epoch 9 of the same
	// training keeps 0.79 million and parses about 10% slower.
	Prune int
	// Retag, when set, is called with the training and dev sentences
	// before training and may replace their gold XPOS and UPOS with
	// predicted ones (jackknifed tagger output for train, the tagger's
	// output for dev), so that the parser learns from the tags it will see.
	// The embedded model was trained with one that calls tag.Jackknife
	// with the embedded tagger and tag.TrainConfig{Seed: 1}.
	Retag func(train, dev []*conllu.Sentence) error
	// Classes is the number of word classes learnt for features from the
	// forms of the training sentences and ClassText (default 256;
	// negative: no word classes).
	Classes int
	// ClassText is more unlabelled text, sentences of tokens, to learn the
	// word classes from; it gives classes to words the treebank lacks.
	ClassText [][]string
	// Seeds is the number of perceptrons trained side by side, each
	// with its own shuffles and exploration, whose averaged weights are
	// summed into each epoch's model (default 2): an ensemble that costs
	// nothing at parse time, but whose weights pruning thins more.
	Seeds int
	// Refit is the number of passes that, once the epoch is chosen and
	// pruned, train only the weights pruning kept, so that they make up
	// for the dropped ones (default 2; negative: none). The refitted pass scoring
	// best on dev is kept if it beats the pruned epoch.
	Refit int
	// RefitUnit is the size of a refit update in the pruned model's
	// quantised weights (default 20).
	RefitUnit float64
	// AddDev trains on the dev sentences too, once the settings have
	// been chosen on them: dev can then choose nothing, so the model of
	// the last epoch (Epochs), pruned and refitted for all Refit passes,
	// is kept, and no dev score is reported.
	AddDev bool
	// Log receives progress lines (default: discarded).
	Log io.Writer
}

// example is one training or dev sentence.
type example struct {
	tokens []model.Token
	heads  []int32  // gold heads, n for the root
	labels []uint16 // gold label ids
	orig   *conllu.Sentence
}

// Train trains a parser on the UD English Web Treebank training set,
// choosing the epoch by LAS on the dev set, and writes it to cfg.Output.
func Train(ctx context.Context, cfg TrainConfig) error {
	if cfg.DataDir == "" {
		cfg.DataDir = filepath.Join("..", "shared", "data")
	}
	if cfg.Output == "" {
		cfg.Output = filepath.Join("parse", "model", "en_ewt.bin")
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 10
	}
	if cfg.Bits == 0 {
		cfg.Bits = 20
	}
	if cfg.Bits > maxBits {
		return fmt.Errorf("parse: train: Bits %d above %d", cfg.Bits, maxBits)
	}
	if cfg.Explore == 0 {
		cfg.Explore = 0.9
	}
	if cfg.Prune == 0 {
		cfg.Prune = 700
	}
	if cfg.Classes == 0 {
		cfg.Classes = 256
	}
	if cfg.Seeds <= 0 {
		cfg.Seeds = 2
	}
	if cfg.Refit == 0 {
		cfg.Refit = 2
	}
	if cfg.RefitUnit <= 0 {
		cfg.RefitUnit = 20
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	train, dev, err := readEWT(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("parse: train: %w", err)
	}
	if cfg.Retag != nil {
		if err := cfg.Retag(train, dev); err != nil {
			return fmt.Errorf("parse: train: retag: %w", err)
		}
	}
	if cfg.AddDev {
		train, dev = append(slices.Clip(train), dev...), nil
	}
	m, err := train1(ctx, cfg, train, dev)
	if err != nil {
		return err
	}
	if err := writeFile(cfg.Output, m.Save); err != nil {
		return fmt.Errorf("parse: train: %w", err)
	}
	return nil
}

// readEWT reads the training and dev sets of the UD English Web Treebank
// in dataDir, the shared data folder.
func readEWT(dataDir string) (train, dev []*conllu.Sentence, err error) {
	dir := filepath.Join(dataDir, "ud_english_ewt")
	if train, err = conllu.ReadFile(filepath.Join(dir, "en_ewt-ud-train.conllu")); err != nil {
		return nil, nil, err
	}
	if dev, err = conllu.ReadFile(filepath.Join(dir, "en_ewt-ud-dev.conllu")); err != nil {
		return nil, nil, err
	}
	return train, dev, nil
}

// writeFile creates path, with its folder, and writes it with save.
func writeFile(path string, save func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Tokens converts the words of s to tokens with Form, Lemma, UPOS and XPOS
// set and Head -1.
func Tokens(s *conllu.Sentence) []model.Token {
	toks := make([]model.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = model.Token{Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Head: -1}
	}
	return toks
}

// examples converts sentences with a complete gold tree, interning labels.
func examples(sents []*conllu.Sentence, ids map[string]uint16, add bool) []example {
	var out []example
	for _, s := range sents {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		ex := example{tokens: Tokens(s), heads: make([]int32, n), labels: make([]uint16, n), orig: s}
		ok := true
		for i, w := range s.Words {
			if w.Head < 0 || w.Head > n {
				ok = false
				break
			}
			if w.Head == 0 {
				ex.heads[i] = int32(n)
			} else {
				ex.heads[i] = int32(w.Head - 1)
			}
			rel := w.DepRel
			if w.Head == 0 {
				rel = rootLabel
			}
			id, seen := ids[rel]
			if !seen {
				if !add {
					id = ids["dep"]
				} else {
					id = uint16(len(ids))
					ids[rel] = id
				}
			}
			ex.labels[i] = id
		}
		if ok && isTree(ex.heads) {
			out = append(out, ex)
		}
	}
	return out
}

// isTree reports whether heads (n for the root) form a tree with one root.
func isTree(heads []int32) bool {
	n := int32(len(heads))
	roots := 0
	for i, h := range heads {
		if h == n {
			roots++
		}
		if h < 0 || h > n || h == int32(i) {
			return false
		}
	}
	if roots != 1 {
		return false
	}
	for i := range heads {
		x, steps := int32(i), 0
		for x != n {
			x = heads[x]
			if steps++; steps > len(heads) {
				return false
			}
		}
	}
	return true
}

// dominates reports whether h is an ancestor of d (or d itself).
func dominates(heads []int32, h, d int32) bool {
	n := int32(len(heads))
	for d != n {
		if d == h {
			return true
		}
		d = heads[d]
	}
	return h == n
}

// projectivize lifts non-projective arcs, shortest first, until the tree
// is projective: a lifted word takes its head's head. It returns the
// number of lifts.
func projectivize(heads []int32) int {
	n := int32(len(heads))
	lifts := 0
	for {
		bestD, bestSpan := int32(-1), int32(math.MaxInt32)
		for d := range n {
			h := heads[d]
			if h == n {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestSpan {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					bestD, bestSpan = d, hi-lo
					break
				}
			}
		}
		if bestD < 0 {
			return lifts
		}
		heads[bestD] = heads[heads[bestD]]
		lifts++
	}
}

// trainer holds averaged-perceptron weights in lazily allocated rows,
// kept in slabs so that growing never copies them.
type trainer struct {
	bits  uint
	nc    int
	index []int32     // bucket -> row, -1 if none
	w     [][]float32 // current weights by slab, row-major
	u     [][]float32 // sums of step*update by slab, for averaging
	nrows int
	t     float64 // steps taken
	// mask, if not nil, holds for each row the classes that may be
	// updated (bit c of mask[r][c/64]); no row is added then.
	mask [][4]uint64
}

const slabRows = 4096

func newTrainer(bits uint, nc int) *trainer {
	idx := make([]int32, 1<<bits)
	for i := range idx {
		idx[i] = -1
	}
	return &trainer{bits: bits, nc: nc, index: idx}
}

// row returns the weights and sums of row r.
func (t *trainer) row(r int32) ([]float32, []float32) {
	i, j := int(r)/slabRows, int(r)%slabRows*t.nc
	return t.w[i][j : j+t.nc], t.u[i][j : j+t.nc]
}

func (t *trainer) score(feats []uint64, out []float32) {
	clear(out)
	out = out[:t.nc]
	for _, h := range feats {
		r := t.index[bucket(h, t.bits)]
		if r < 0 {
			continue
		}
		row, _ := t.row(r)
		for c, v := range row {
			out[c] += v
		}
	}
}

func (t *trainer) update(feats []uint64, c int, d float32) {
	for _, h := range feats {
		b := bucket(h, t.bits)
		r := t.index[b]
		if t.mask != nil {
			if r < 0 || t.mask[r][c>>6]>>(c&63)&1 == 0 {
				continue
			}
		}
		if r < 0 {
			if t.nrows%slabRows == 0 {
				t.w = append(t.w, make([]float32, slabRows*t.nc))
				t.u = append(t.u, make([]float32, slabRows*t.nc))
			}
			r = int32(t.nrows)
			t.nrows++
			t.index[b] = r
		}
		w, u := t.row(r)
		w[c] += d
		u[c] += float32(t.t) * d
	}
}

// model builds a Model from the averaged weights.
func (t *trainer) model(labels []string, classes []class, root uint16) *Model {
	return modelOf([]*trainer{t}, labels, classes, root)
}

// modelOf builds a Model from the sum of the averaged weights of
// trainers, which have the same bits and classes.
func modelOf(trainers []*trainer, labels []string, classes []class, root uint16) *Model {
	t0 := trainers[0]
	m := &Model{labels: labels, classes: classes, root: root, bits: t0.bits}
	sum := make([]float64, t0.nc)
	// rowSum sets sum to bucket b's summed weights and reports whether
	// any trainer has a row for it.
	rowSum := func(b int) bool {
		clear(sum)
		any := false
		for _, t := range trainers {
			r := t.index[b]
			if r < 0 {
				continue
			}
			any = true
			steps := max(t.t, 1)
			w, u := t.row(r)
			for c := range w {
				sum[c] += float64(w[c]) - float64(u[c])/steps
			}
		}
		return any
	}
	maxAbs := 0.0
	for b := range t0.index {
		if rowSum(b) {
			for _, v := range sum {
				maxAbs = max(maxAbs, math.Abs(v))
			}
		}
	}
	scale := 0.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	m.start = make([]uint32, len(t0.index)+1)
	for b := range t0.index {
		m.start[b] = uint32(len(m.cls))
		if !rowSum(b) {
			continue
		}
		for c, v := range sum {
			q := math.Round(v * scale)
			if q == 0 {
				continue
			}
			m.cls = append(m.cls, uint8(c))
			m.val = append(m.val, int16(q))
		}
	}
	m.start[len(t0.index)] = uint32(len(m.cls))
	m.pack()
	return m
}

// train1 runs the training epochs and returns the best model on dev, or
// with no dev sentences the last epoch's, refitted for all cfg.Refit passes.
func train1(ctx context.Context, cfg TrainConfig, trainS, devS []*conllu.Sentence) (*Model, error) {
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Seeds <= 0 {
		cfg.Seeds = 1
	}
	ids := map[string]uint16{rootLabel: 0, "dep": 1}
	train := examples(trainS, ids, true)
	lifts := 0
	for _, ex := range train {
		lifts += projectivize(ex.heads)
	}
	labels := make([]string, len(ids))
	for l, id := range ids {
		labels[id] = l
	}
	// Classes: shift, then every (move, label) seen in training.
	seen := map[class]bool{{left, 0}: true, {right, 1}: true}
	for _, ex := range train {
		for d, h := range ex.heads {
			mv := uint8(left)
			if h < int32(d) {
				mv = right
			}
			seen[class{mv, ex.labels[d]}] = true
		}
	}
	classes := []class{{move: shift}}
	for c := range seen {
		classes = append(classes, c)
	}
	slices.SortFunc(classes[1:], func(a, b class) int {
		if a.move != b.move {
			return int(a.move) - int(b.move)
		}
		return int(a.label) - int(b.label)
	})
	if len(classes) > 256 {
		return nil, fmt.Errorf("parse: train: %d classes, at most 256", len(classes))
	}
	fmt.Fprintf(cfg.Log, "parse: %d training sentences (%d arcs lifted), %d labels, %d classes\n",
		len(train), lifts, len(labels), len(classes))

	var lex *lexicon
	if cfg.Classes > 0 {
		start := time.Now()
		lex = learnLexicon(cfg.Classes, trainS, cfg.ClassText)
		if lex != nil {
			fmt.Fprintf(cfg.Log, "parse: %d words in %d classes (%s)\n", len(lex.words), len(lex.paths), time.Since(start).Round(time.Millisecond))
		}
	}

	const root = 0
	// One trainer per seed (cfg.Seeds), each with its own shuffles and
	// exploration; each epoch's model is the sum of their averaged
	// weights, an ensemble as cheap to run as one model.
	type run struct {
		tr    *trainer
		rng   *rand.Rand
		order []int
	}
	runs := make([]run, cfg.Seeds)
	trainers := make([]*trainer, cfg.Seeds)
	for k := range runs {
		order := make([]int, len(train))
		for i := range order {
			order[i] = i
		}
		trainers[k] = newTrainer(cfg.Bits, len(classes))
		runs[k] = run{trainers[k], rand.New(rand.NewPCG(cfg.Seed, 0x5eed+uint64(k))), order}
	}
	var (
		best  *Model
		bestS Scores
	)
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		start := time.Now()
		steps, errs := 0, 0
		for k := range runs {
			tr, rng, order := runs[k].tr, runs[k].rng, runs[k].order
			n, e, err := trainPass(ctx, tr, rng, order, train, lex, classes, root, cfg.Explore, epoch == 1)
			if err != nil {
				return nil, err
			}
			steps, errs = steps+n, errs+e
		}
		if len(devS) == 0 && epoch < cfg.Epochs {
			fmt.Fprintf(cfg.Log, "parse: epoch %d: %d steps, %.2f%% wrong, %d rows (%s)\n",
				epoch, steps, 100*float64(errs)/float64(max(steps, 1)), trainers[0].nrows, time.Since(start).Round(time.Second))
			continue
		}
		m := modelOf(trainers, labels, classes, root)
		m.lex = lex
		sc := Evaluate(m, devS)
		fmt.Fprintf(cfg.Log, "parse: epoch %d: %d steps, %.2f%% wrong, %d rows, %d weights%s (%s)\n",
			epoch, steps, 100*float64(errs)/float64(max(steps, 1)), trainers[0].nrows, len(m.cls),
			devNote(devS, sc), time.Since(start).Round(time.Second))
		// The epoch is chosen by the model as it will be written: pruning
		// costs late epochs, whose weights have settled, less than early ones.
		if cfg.Prune > 0 {
			m = m.prune(cfg.Prune)
			sc = Evaluate(m, devS)
			fmt.Fprintf(cfg.Log, "parse: epoch %d pruned below %d: %d weights%s\n",
				epoch, cfg.Prune, len(m.cls), devNote(devS, sc))
		}
		if best == nil || sc.LAS() > bestS.LAS() {
			best, bestS = m, sc
		}
	}
	if len(devS) > 0 {
		fmt.Fprintf(cfg.Log, "parse: kept dev UAS %.2f LAS %.2f\n", bestS.UAS(), bestS.LAS())
	}
	if cfg.Refit > 0 && cfg.Prune > 0 && cfg.RefitUnit > 0 {
		r, err := refit(ctx, cfg, best, train, devS, cfg.RefitUnit)
		if err != nil {
			return nil, err
		}
		best = r
	}
	return best, nil
}

// devNote returns "; dev UAS x LAS y" for a progress line, or "" with no
// dev sentences to score.
func devNote(devS []*conllu.Sentence, sc Scores) string {
	if len(devS) == 0 {
		return ""
	}
	return fmt.Sprintf("; dev UAS %.2f LAS %.2f", sc.UAS(), sc.LAS())
}

// trainPass trains tr on one pass over train in order (shuffled with rng
// first), following its wrong predictions with probability explore unless
// first. It returns the steps taken and the wrong predictions.
func trainPass(ctx context.Context, tr *trainer, rng *rand.Rand, order []int, train []example, lex *lexicon,
	classes []class, root uint16, explore float64, first bool) (steps, errs int, err error) {
	var (
		st     state
		feats  [nFeatures]uint64
		scores = make([]float32, len(classes))
		costs  = make([]int, len(classes))
	)
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for oi, idx := range order {
		if oi%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return steps, errs, err
			}
		}
		ex := &train[idx]
		st.load(ex.tokens, lex)
		for !st.terminal() {
			st.extract(feats[:])
			tr.score(feats[:], scores)
			// Costs of the legal classes; -1 marks illegal ones.
			minCost := math.MaxInt
			var moveCost [3]int
			for mv := range 3 {
				moveCost[mv] = -1
				if st.legal(mv) {
					moveCost[mv] = st.cost(mv, ex.heads)
				}
			}
			for i, c := range classes {
				costs[i] = -1
				if !legalClass(&st, c, root) {
					continue
				}
				k := moveCost[c.move]
				if c.move != shift {
					s0 := st.stack[len(st.stack)-1]
					var h int32
					if c.move == left {
						h = int32(st.b)
					} else {
						h = st.stack[len(st.stack)-2]
					}
					if ex.heads[s0] == h && ex.labels[s0] != c.label {
						k++
					}
				}
				costs[i] = k
				minCost = min(minCost, k)
			}
			pred, gold := -1, -1
			for i := range classes {
				if costs[i] < 0 {
					continue
				}
				if pred < 0 || scores[i] > scores[pred] {
					pred = i
				}
				if costs[i] == minCost && (gold < 0 || scores[i] > scores[gold]) {
					gold = i
				}
			}
			tr.t++
			steps++
			next := pred
			if costs[pred] != minCost {
				errs++
				tr.update(feats[:], gold, 1)
				tr.update(feats[:], pred, -1)
				if first || explore < 0 || rng.Float64() >= explore {
					next = gold
				}
			}
			c := classes[next]
			st.apply(int(c.move), c.label)
		}
	}
	return steps, errs, nil
}

// refitTrainer returns a trainer whose weights are m's (an entry of
// value v weighs v/unit) and that may update only those.
func refitTrainer(m *Model, unit float64) *trainer {
	t := newTrainer(m.bits, len(m.classes))
	for b := 0; b+1 < len(m.start); b++ {
		lo, hi := m.start[b], m.start[b+1]
		if lo == hi {
			continue
		}
		if t.nrows%slabRows == 0 {
			t.w = append(t.w, make([]float32, slabRows*t.nc))
			t.u = append(t.u, make([]float32, slabRows*t.nc))
		}
		r := int32(t.nrows)
		t.nrows++
		t.index[b] = r
		t.mask = append(t.mask, [4]uint64{})
		w, _ := t.row(r)
		for k := lo; k < hi; k++ {
			c := m.cls[k]
			w[c] = float32(float64(m.val[k]) / unit)
			t.mask[r][c>>6] |= 1 << (c & 63)
		}
	}
	return t
}

// refit trains the weights of m that pruning kept, and only those, for
// epochs more passes over train, so that they make up for the ones
// dropped; it returns the refitted model, pruned as m was, and the
// best of it and m on dev, or with no dev sentences the last pass's.
// unit is the size of an update in m's quantised weights.
func refit(ctx context.Context, cfg TrainConfig, m *Model, train []example, devS []*conllu.Sentence, unit float64) (*Model, error) {
	base := Evaluate(m, devS)
	tr := refitTrainer(m, unit)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7ef17))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	best, bestS := m, base
	for epoch := 1; epoch <= cfg.Refit; epoch++ {
		start := time.Now()
		steps, errs, err := trainPass(ctx, tr, rng, order, train, m.lex, m.classes, m.root, cfg.Explore, false)
		if err != nil {
			return nil, err
		}
		r := tr.model(m.labels, m.classes, m.root)
		r.lex = m.lex
		if cfg.Prune > 0 {
			r = r.prune(cfg.Prune)
		}
		sc := Evaluate(r, devS)
		fmt.Fprintf(cfg.Log, "parse: refit %d: %d steps, %.2f%% wrong, %d weights%s (%s)\n",
			epoch, steps, 100*float64(errs)/float64(max(steps, 1)), len(r.cls), devNote(devS, sc), time.Since(start).Round(time.Second))
		if len(devS) == 0 || sc.LAS() > bestS.LAS() {
			best, bestS = r, sc
		}
	}
	return best, nil
}

// prune returns a copy of m without the weights of magnitude below min.
func (m *Model) prune(min int) *Model {
	p := &Model{labels: m.labels, classes: m.classes, root: m.root, bits: m.bits, lex: m.lex}
	p.start = make([]uint32, len(m.start))
	for b := 0; b+1 < len(m.start); b++ {
		p.start[b] = uint32(len(p.cls))
		for k := m.start[b]; k < m.start[b+1]; k++ {
			if v := int(m.val[k]); v >= min || v <= -min {
				p.cls = append(p.cls, m.cls[k])
				p.val = append(p.val, m.val[k])
			}
		}
	}
	p.start[len(p.start)-1] = uint32(len(p.cls))
	p.pack()
	return p
}
