package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/tag"
	"github.com/casus-project/casus/wordnet"
)

// TrainConfig configures Train.
type TrainConfig struct {
	// DataDir holds the shared data; default "../shared/data".
	DataDir string
	// Output is the model file to write; default "ner/model/ner.bin".
	Output string
	// Seed fixes the order of training examples.
	Seed uint64
	// Epochs is the number of passes; default 10.
	Epochs int
	// Bits is log2 of the number of weight buckets; default 18.
	Bits uint8
	// HoldOut keeps every fifth UNER dev document (those whose index is
	// Fold modulo 5) out of training and reports the score on them after
	// each epoch, for tuning.
	HoldOut bool
	// Fold picks the held-out fifth, 0 to 4.
	Fold int
	// SelfTrain adds a second round that also trains on UD English EWT
	// train sentences labelled by the first model (names kept only where
	// the treebank marks their words as proper nouns). It is off by
	// default: in 5-fold cross-validation over UNER dev it lowered F1
	// from 0.706 to 0.698.
	SelfTrain bool
	// NoWikiGold trains on UNER English EWT dev alone.
	NoWikiGold bool
	// NoPOS leaves out part-of-speech features. By default they are learnt
	// from tags that Tagger predicts for the training sentences, as they
	// will be predicted for text the model reads.
	NoPOS bool
	// Tagger tags the training sentences; nil selects tag.Default. It
	// should not have been trained on UNER dev's sentences (the default
	// is trained on UD English EWT train), so that its tags are as good as
	// they will be on unseen text.
	Tagger *tag.Model
	// Runs is the number of perceptrons, each visiting the sentences in
	// its own order, whose weights are averaged; default 4. In 5-fold
	// cross-validation over UNER dev (three seeds) 3 runs scored F1 0.692
	// and 6 runs 0.694, against 0.684 for one.
	Runs int
	// Classes is the number of word classes learnt from unlabelled text
	// (at most 255); default 255. A negative value learns none. In 5-fold
	// cross-validation over UNER dev that keeps the held-out words out of
	// the classes, they scored F1 0.669 against 0.667 without.
	Classes int
	// WordNet is a WordNet 3 database directory (the Debian package
	// wordnet-base installs one at /usr/share/wordnet, the default) whose
	// names of people, places and organisations join the gazetteer. If it
	// does not exist the gazetteer is built without them; "-" leaves them
	// out on purpose. In 5-fold cross-validation over UNER dev (two
	// seeds, without document features) F1 went from 0.667 to 0.671.
	WordNet string
	// NoDoc leaves out document features (see docContext). In 5-fold
	// cross-validation over UNER dev (two seeds, with WordNet) they
	// raised F1 from 0.671 to 0.677.
	NoDoc bool
	// Re3d also trains on the names in re3d (see readRe3d). It is off by
	// default: in 5-fold cross-validation over UNER dev (two seeds, with
	// WordNet, without document features) F1 went from 0.671 to 0.669.
	Re3d bool
	// HeldOut, if not nil, receives the final held-out scores.
	HeldOut *Scores
	// Log receives progress; nil discards it.
	Log io.Writer
}

// Training files under DataDir.
const (
	unerDev  = "uner_english_ewt/en_ewt-ud-dev.iob2"
	wikigold = "wikigold/wikigold.conll.txt"
	ewtTrain = "ud_english_ewt/en_ewt-ud-train.conllu"
	ewtDev   = "ud_english_ewt/en_ewt-ud-dev.conllu"
	re3dDir  = "re3d"
)

// example is a training sentence: bucket indices of each token's features
// and gold label indices.
type example struct {
	feats [][]uint32
	gold  []int
}

func (cfg *TrainConfig) setDefaults() {
	if cfg.DataDir == "" {
		cfg.DataDir = filepath.Join("..", "shared", "data")
	}
	if cfg.Output == "" {
		cfg.Output = filepath.Join("ner", "model", "ner.bin")
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 10
	}
	if cfg.Bits == 0 {
		cfg.Bits = 18
	}
	if cfg.WordNet == "" {
		cfg.WordNet = "/usr/share/wordnet"
	}
	if cfg.Runs <= 0 {
		cfg.Runs = 4
	}
	if cfg.Classes == 0 {
		cfg.Classes = 255
	}
	cfg.Classes = min(cfg.Classes, 255)
}

// Train builds a model from UNER English EWT dev and WikiGold, with a
// gazetteer compiled from GeoNames and the PETRARCH-2 actor dictionaries,
// and writes it to cfg.Output. Training is deterministic for a given Seed.
func Train(ctx context.Context, cfg TrainConfig) error {
	cfg.setDefaults()
	if cfg.Bits > maxBits {
		return fmt.Errorf("ner: train: %d bucket bits, at most %d", cfg.Bits, maxBits)
	}
	logw := cfg.Log
	if logw == nil {
		logw = io.Discard
	}
	start := time.Now()
	d, err := loadData(cfg, logw)
	if err != nil {
		return err
	}
	train, held := d.split(cfg)
	fmt.Fprintf(logw, "training on %d sentences (%d WikiGold), holding out %d\n", len(train), len(d.wiki), len(held))
	m := d.newModel(cfg)
	if err := m.train(ctx, cfg, train, held, logw); err != nil {
		return err
	}
	if cfg.SelfTrain {
		silver, err := m.silver(filepath.Join(cfg.DataDir, ewtTrain))
		if err != nil {
			return err
		}
		fmt.Fprintf(logw, "self-training: %d EWT train sentences labelled by the first model\n", len(silver))
		m = d.newModel(cfg)
		if err := m.train(ctx, cfg, append(train, silver...), held, logw); err != nil {
			return err
		}
	}
	if len(held) > 0 {
		sc := Evaluate(m, held)
		fmt.Fprint(logw, sc)
		if cfg.HeldOut != nil {
			*cfg.HeldOut = sc
		}
	}
	if err := os.MkdirAll(filepath.Dir(cfg.Output), 0o755); err != nil {
		return fmt.Errorf("ner: train: %w", err)
	}
	f, err := os.Create(cfg.Output)
	if err != nil {
		return fmt.Errorf("ner: train: %w", err)
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("ner: train: write %s: %w", cfg.Output, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("ner: train: %w", err)
	}
	fi, _ := os.Stat(cfg.Output)
	fmt.Fprintf(logw, "wrote %s (%d bytes) in %v\n", cfg.Output, fi.Size(), time.Since(start).Round(time.Second))
	return nil
}

// trainData is what training reads from the data folder.
type trainData struct {
	gaz              gazetteer
	lex, heads, clus lexicon
	uner, wiki, re3d []*Sentence
	text             [][]string // EWT train and WikiGold words, for word classes
}

// loadData compiles the gazetteer and lexicon and reads the training
// sentences, tagged for part of speech unless cfg.NoPOS.
func loadData(cfg TrainConfig, logw io.Writer) (*trainData, error) {
	start := time.Now()
	stop, lex, text, err := readTreebank(filepath.Join(cfg.DataDir, ewtTrain))
	if err != nil {
		return nil, err
	}
	gb, err := compileGazetteer(cfg.DataDir, stop)
	if err != nil {
		return nil, err
	}
	// Given names from the treebank's gold relations join the words of
	// people's names: in 5-fold cross-validation over UNER dev (three
	// seeds) F1 went from 0.686 to 0.691 (PER 0.769 to 0.776).
	first, err := readFirstNames(filepath.Join(cfg.DataDir, ewtTrain))
	if err != nil {
		return nil, err
	}
	for _, w := range first {
		gb.add(w, gzPerPart)
	}
	if cfg.WordNet != "-" && wordnet.Have(cfg.WordNet) {
		n, err := readWordNetNames(cfg.WordNet, gb)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "gazetteer: %d names from WordNet at %s\n", n, cfg.WordNet)
	}
	d := &trainData{gaz: gb.g, lex: lex, heads: gb.heads()}
	fmt.Fprintf(logw, "gazetteer: %d phrases (%d common words excluded, %d given names from the treebank), %d head words; lexicon: %d words; in %v\n",
		len(d.gaz), len(stop), len(first), len(d.heads), len(lex), time.Since(start).Round(time.Millisecond))
	if d.uner, err = readIOB2File(filepath.Join(cfg.DataDir, unerDev)); err != nil {
		return nil, err
	}
	if !cfg.NoWikiGold {
		if d.wiki, err = readIOB2File(filepath.Join(cfg.DataDir, wikigold)); err != nil {
			return nil, err
		}
	}
	if cfg.Re3d {
		if d.re3d, err = readRe3d(filepath.Join(cfg.DataDir, re3dDir), d.gaz); err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "re3d: %d sentences\n", len(d.re3d))
	}
	if !cfg.NoPOS {
		all := append(d.uner[:len(d.uner):len(d.uner)], d.wiki...)
		if err := tagSentences(cfg.Tagger, append(all, d.re3d...)); err != nil {
			return nil, err
		}
	}
	if cfg.Classes >= 0 {
		// Word classes from the words (not the labels) of EWT train, UNER
		// dev and WikiGold, whether or not WikiGold is trained on.
		wiki := d.wiki
		if wiki == nil {
			if wiki, err = readIOB2File(filepath.Join(cfg.DataDir, wikigold)); err != nil {
				return nil, err
			}
		}
		d.text = text
		for _, s := range wiki {
			d.text = append(d.text, s.Words())
		}
		start := time.Now()
		d.clus = d.classes(cfg, d.uner)
		fmt.Fprintf(logw, "word classes: %d words in %d classes in %v\n", len(d.clus), cfg.Classes, time.Since(start).Round(time.Millisecond))
	}
	return d, nil
}

// classes learns word classes from d.text and the words of uner.
func (d *trainData) classes(cfg TrainConfig, uner []*Sentence) lexicon {
	text := d.text[:len(d.text):len(d.text)]
	for _, s := range uner {
		text = append(text, s.Words())
	}
	return learnClusters(text, clusterConfig{classes: cfg.Classes, minCount: 2, passes: 15})
}

// split returns the training sentences and, when cfg.HoldOut, the UNER
// dev documents of fold cfg.Fold held out of them.
func (d *trainData) split(cfg TrainConfig) (train, held []*Sentence) {
	doc := -1
	for _, s := range d.uner {
		for _, c := range s.Comments {
			if strings.HasPrefix(c, "newdoc") {
				doc++
			}
		}
		if cfg.HoldOut && doc%5 == cfg.Fold%5 {
			held = append(held, s)
		} else {
			train = append(train, s)
		}
	}
	train = append(train, d.wiki...)
	return append(train, d.re3d...), held
}

// newModel returns an untrained model over d's tables.
func (d *trainData) newModel(cfg TrainConfig) *Model {
	return &Model{bits: cfg.Bits, gaz: d.gaz, lex: d.lex, heads: d.heads, clus: d.clus, noDoc: cfg.NoDoc}
}

// crossValidate trains on four fifths of UNER dev (and WikiGold) five
// times and scores each model on the fifth it did not see, returning the
// summed scores. When pred is not nil it receives the held-out sentences
// with their predicted tags as an extra column, for error analysis.
//
// Ideas it rejected (F1 over three seeds unless one is named; the
// default scored 0.6932, seed 1 alone 0.6939), kept out of the code:
// two-stage stacking (Krishnan and Manning 2006; how the first pass
// labelled the other occurrences of each word and name of the document
// as second-pass features): with one weight table trained on every
// sentence with and without them, seed 1 0.6876; with a dense table of
// 180 stack weights learnt over first-pass scores and labels of models
// trained on the other folds, seed 1 0.6644 (0.6744 learnt on UNER
// documents only), though the first pass alone kept 0.6939. Feature
// augmentation for WikiGold (Daume 2007, shared weights plus WikiGold's
// own, or plus UNER's own): 0.6855 and 0.6893, ORG recall down (864 ->
// 507 ORG names predicted). A bias added to the transitions into one
// B- label (B-ORG -50 to +1, B-PER -1 to +12, B-LOC -1 and +1, B-MISC
// -12 to +6): at best 0.6943 (B-ORG -0.5), at B-ORG -50 0.6655. 6 epochs
// instead of 10: 0.6899. 2^20 buckets: 0.6885. Splitting a place name
// made of two gazetteer places ("San Rafael Ca"): 0.6921 ("Tampa Bay",
// "Mi Pueblo" split too). A span typer (averaged perceptron retyping
// each name from its words, first and last word, word classes, whole-
// phrase gazetteer kinds, head words, neighbours and the tagger's type,
// learnt on the names that models trained on the other folds found with
// the right boundaries), seed 1, the tagger alone 0.6939: 0.6866; MISC
// neither learnt nor given 0.6869; without word features 0.6720; learnt
// on UNER names only 0.6839 (it retypes WikiGold's conventions onto
// UNER, or memorises its few hundred names).
func crossValidate(ctx context.Context, cfg TrainConfig, pred io.Writer) (Scores, error) {
	cfg.setDefaults()
	d, err := loadData(cfg, io.Discard)
	if err != nil {
		return Scores{}, err
	}
	total := Scores{Types: make([]PRF, len(scoredTypes))}
	for fold := range 5 {
		cfg.HoldOut, cfg.Fold = true, fold
		train, held := d.split(cfg)
		m := d.newModel(cfg)
		if m.clus != nil {
			// Word classes must not see the held-out words either.
			seen := make(map[*Sentence]bool, len(held))
			for _, s := range held {
				seen[s] = true
			}
			var uner []*Sentence
			for _, s := range d.uner {
				if !seen[s] {
					uner = append(uner, s)
				}
			}
			m.clus = d.classes(cfg, uner)
		}
		if err := m.train(ctx, cfg, train, nil, io.Discard); err != nil {
			return Scores{}, err
		}
		sc := Evaluate(m, held)
		if pred != nil {
			if err := writePredicted(pred, m, held); err != nil {
				return Scores{}, err
			}
		}
		total.Overall = total.Overall.Plus(sc.Overall)
		for i := range total.Types {
			total.Types[i] = total.Types[i].Plus(sc.Types[i])
		}
	}
	return total, nil
}

// writePredicted writes the sentences with the tags m predicts for them,
// a document at a time, as an extra column.
func writePredicted(w io.Writer, m *Model, sents []*Sentence) error {
	for _, doc := range Documents(sents) {
		for i, ys := range m.tagSentences(doc) {
			if err := Write(w, doc[i], labelStrings(ys)); err != nil {
				return fmt.Errorf("ner: %w", err)
			}
		}
	}
	return nil
}

// train fits m's weights to the sentences by averaged structured
// perceptron, cfg.Runs times in different orders with the weights
// averaged, reporting each epoch to logw (with the score on held when not
// empty).
func (m *Model) train(ctx context.Context, cfg TrainConfig, train, held []*Sentence, logw io.Writer) error {
	mask := m.mask()
	exs := make([]example, 0, len(train))
	var fs []uint64
	for _, doc := range Documents(train) {
		wss := make([][]word, len(doc))
		for si, s := range doc {
			wss[si] = m.prepare(s.Words(), s.xpos, nil)
			fillTypeFeats(wss[si], nil, nil)
		}
		var dc *docContext
		if !m.noDoc {
			dc = newDocContext(wss, nil)
		}
		for si, s := range doc {
			ws := wss[si]
			ex := example{feats: make([][]uint32, len(ws)), gold: make([]int, len(ws))}
			for i, t := range s.Tags() {
				ex.gold[i] = labelIndex(t)
			}
			for i := range ws {
				fs = features(ws, i, fs[:0])
				fs = dc.features(ws, si, i, fs)
				idx := make([]uint32, len(fs))
				for k, f := range fs {
					idx[k] = uint32(f & mask)
				}
				ex.feats[i] = idx
			}
			exs = append(exs, ex)
		}
	}
	if cfg.Runs <= 1 {
		return m.fit(ctx, cfg, exs, held, logw)
	}
	// Average the weights of Runs perceptrons that saw the examples in
	// different orders.
	var sumW, sumT []float32
	for r := range cfg.Runs {
		c := cfg
		c.Seed = cfg.Seed + uint64(r)*0x9e3779b97f4a7c15
		fmt.Fprintf(logw, "run %d of %d\n", r+1, cfg.Runs)
		if err := m.fit(ctx, c, exs, held, logw); err != nil {
			return err
		}
		if sumW == nil {
			sumW, sumT = m.w, m.trans
			continue
		}
		for i, v := range m.w {
			sumW[i] += v
		}
		for i, v := range m.trans {
			sumT[i] += v
		}
	}
	n := float32(cfg.Runs)
	for i := range sumW {
		sumW[i] /= n
	}
	for i := range sumT {
		sumT[i] /= n
	}
	m.w, m.trans = sumW, sumT
	return nil
}

// fit trains m's weights on exs by averaged structured perceptron,
// reporting each epoch to logw (with the score on held when not empty).
func (m *Model) fit(ctx context.Context, cfg TrainConfig, exs []example, held []*Sentence, logw io.Writer) error {
	nb := 1 << cfg.Bits
	w := make([]float32, nb*nLabels)
	acc := make([]float32, nb*nLabels) // sum of step × update, for averaging
	trans := make([]float32, (nLabels+1)*nLabels)
	taccu := make([]float32, len(trans))
	step := float32(1)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, 0, 256*nLabels)
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, k := range order {
			ex := &exs[k]
			n := len(ex.gold)
			scores = scores[:0]
			for i := 0; i < n; i++ {
				var s [nLabels]float32
				for _, b := range ex.feats[i] {
					row := w[int(b)*nLabels : int(b)*nLabels+nLabels]
					for y := range s {
						s[y] += row[y]
					}
				}
				scores = append(scores, s[:]...)
			}
			pred := viterbi(scores, trans, n)
			for i := 0; i < n; i++ {
				g, p := ex.gold[i], pred[i]
				if g != p {
					mistakes++
					for _, b := range ex.feats[i] {
						w[int(b)*nLabels+g]++
						acc[int(b)*nLabels+g] += step
						w[int(b)*nLabels+p]--
						acc[int(b)*nLabels+p] -= step
					}
				}
				gp, pp := nLabels, nLabels
				if i > 0 {
					gp, pp = ex.gold[i-1], pred[i-1]
				}
				if gp != pp || g != p {
					trans[gp*nLabels+g]++
					taccu[gp*nLabels+g] += step
					trans[pp*nLabels+p]--
					taccu[pp*nLabels+p] -= step
				}
			}
			step++
		}
		m.w, m.trans = average(w, acc, step), average(trans, taccu, step)
		line := fmt.Sprintf("epoch %d: %d token errors", epoch, mistakes)
		if len(held) > 0 {
			sc := Evaluate(m, held)
			line += fmt.Sprintf("; held-out F1 %.4f (P %.4f R %.4f)", sc.Overall.F1(), sc.Overall.P(), sc.Overall.R())
		}
		fmt.Fprintln(logw, line)
	}
	return nil
}

// average returns the averaged perceptron weights w - acc/step.
func average(w, acc []float32, step float32) []float32 {
	out := make([]float32, len(w))
	for i := range w {
		out[i] = w[i] - acc[i]/step
	}
	return out
}

func readIOB2File(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	s, err := NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	return s, nil
}

// readTreebank reads a CoNLL-U treebank and returns the words seen in
// lower case at least five times (too common to be one-word gazetteer
// entries: "can", "bay", "mobile"), a lexicon of how each word is used
// and the words of each sentence.
func readTreebank(path string) (map[string]bool, lexicon, [][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("ner: %w", err)
	}
	var text [][]string
	defer f.Close()
	counts := make(map[string]int)
	type use struct{ n, propn, capMid, mid int }
	uses := make(map[string]*use)
	r := conllu.NewReader(f)
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		text = append(text, forms)
		for i, w := range s.Words {
			low := lowerString(w.Form)
			if w.Form == low && w.UPOS != "PROPN" {
				counts[w.Form]++
			}
			u := uses[low]
			if u == nil {
				u = new(use)
				uses[low] = u
			}
			u.n++
			if w.UPOS == "PROPN" {
				u.propn++
			}
			if i > 0 {
				u.mid++
				if w.Form != low {
					u.capMid++
				}
			}
		}
	}
	stop := make(map[string]bool)
	for w, n := range counts {
		if n >= 5 {
			stop[w] = true
		}
	}
	lex := make(lexicon)
	for w, u := range uses {
		lex[phraseStep(phraseOffset, w)] = lexClass(u.n, u.propn, u.capMid, u.mid)
	}
	return stop, lex, text, nil
}

// silver labels the sentences of a CoNLL-U treebank with m, keeping a
// predicted name only when its first and last words are proper nouns
// (PROPN) and the words between are proper nouns, determiners,
// adpositions, conjunctions or punctuation.
func (m *Model) silver(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	var out []*Sentence
	var ws []word
	for {
		s, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		forms := make([]string, len(s.Words))
		xpos := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i], xpos[i] = w.Form, w.XPOS
		}
		ys := m.tagForms(forms, xpos, ws)
		tags := make([]string, len(ys))
		for i, y := range ys {
			tags[i] = labels[y]
		}
		keep := make([]string, len(tags))
		for i := range keep {
			keep[i] = "O"
		}
		for _, sp := range Spans(tags) {
			ok := s.Words[sp.Start].UPOS == "PROPN" && s.Words[sp.End-1].UPOS == "PROPN"
			for k := sp.Start; k < sp.End && ok; k++ {
				switch s.Words[k].UPOS {
				case "PROPN", "DET", "ADP", "CCONJ", "PUNCT", "PART":
				default:
					ok = false
				}
			}
			if ok {
				copy(keep[sp.Start:sp.End], tags[sp.Start:sp.End])
			}
		}
		sent := &Sentence{Rows: make([][]string, len(forms)), xpos: xpos}
		for i := range forms {
			sent.Rows[i] = []string{forms[i], keep[i]}
		}
		out = append(out, sent)
	}
}

// tagSentences gives each sentence the XPOS tags tagger predicts for its
// words; a nil tagger is tag.Default.
func tagSentences(tagger *tag.Model, sents []*Sentence) error {
	if tagger == nil {
		var err error
		if tagger, err = tag.Default(); err != nil {
			return fmt.Errorf("ner: tagger: %w", err)
		}
	}
	var toks []model.Token
	for _, s := range sents {
		words := s.Words()
		toks = toks[:0]
		for _, w := range words {
			toks = append(toks, model.Token{Form: w, Head: -1})
		}
		tagger.Tag(toks)
		s.xpos = make([]string, len(toks))
		for i, t := range toks {
			s.xpos[i] = t.XPOS
		}
	}
	return nil
}

// attachXPOS gives each UNER sentence the XPOS tags of the treebank
// sentence with the same sent_id, when its words match.
func attachXPOS(path string, sents []*Sentence) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	tags := make(map[string][]conllu.Word)
	r := conllu.NewReader(f)
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("ner: %s: %w", path, err)
		}
		for _, c := range s.Comments {
			if id, ok := strings.CutPrefix(c, "sent_id = "); ok {
				tags[id] = s.Words
			}
		}
	}
	for _, s := range sents {
		for _, c := range s.Comments {
			id, ok := strings.CutPrefix(c, "sent_id = ")
			if !ok {
				continue
			}
			ws, words := tags[id], s.Words()
			if len(ws) != len(words) {
				continue
			}
			x := make([]string, len(ws))
			for i, w := range ws {
				if w.Form != words[i] {
					x = nil
					break
				}
				x[i] = w.XPOS
			}
			s.xpos = x
		}
	}
	return nil
}

// readFirstNames returns the proper nouns of a CoNLL-U treebank that
// start a name of proper nouns joined by the flat relation ("Jeff
// Skilling"), or that address someone ("Thanks, Jeff"), each once in the
// order first seen. (UD joins the words of a person's name by flat, and
// of most other names by compound, though "San Francisco" is flat too.)
func readFirstNames(path string) ([]string, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	seen := make(map[string]bool)
	var out []string
	for _, s := range sents {
		for _, w := range s.Words {
			var name string
			switch {
			case w.UPOS == "PROPN" && w.DepRel == "vocative":
				name = w.Form
			case w.UPOS == "PROPN" && w.DepRel == "flat" && w.Head > 0 && w.Head <= len(s.Words):
				if h := s.Words[w.Head-1]; h.UPOS == "PROPN" && h.ID < w.ID {
					name = h.Form
				}
			}
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, name)
		}
	}
	return out, nil
}
