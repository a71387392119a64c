package tag

// perceptron is a multi-class averaged perceptron over hashed features,
// used only while training. Weights are stored sparsely per feature and
// averaged lazily: each weight remembers when it last changed.
type perceptron struct {
	nClass int
	index  map[uint64]int32
	feats  [][]pentry
	now    int32 // instances seen
}

type pentry struct {
	class uint8
	ts    int32
	w     float32
	tot   float64
}

func newPerceptron(nClass int) *perceptron {
	return &perceptron{nClass: nClass, index: make(map[uint64]int32)}
}

// score sets scores to the current weights' score of each class.
func (p *perceptron) score(fs []uint64, scores []float32) {
	clear(scores)
	for _, f := range fs {
		if i, ok := p.index[f]; ok {
			for _, e := range p.feats[i] {
				scores[e.class] += e.w
			}
		}
	}
}

// best returns the highest-scoring class allowed by mask (all if mask is 0).
func best(scores []float32, mask uint64) int {
	b := -1
	for c, s := range scores {
		if mask != 0 && c < 64 && mask&(1<<c) == 0 {
			continue
		}
		if b < 0 || s > scores[b] {
			b = c
		}
	}
	return b
}

// tick counts one training instance.
func (p *perceptron) tick() { p.now++ }

// update moves weight towards truth and away from guess.
func (p *perceptron) update(fs []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range fs {
		i, ok := p.index[f]
		if !ok {
			i = int32(len(p.feats))
			p.index[f] = i
			p.feats = append(p.feats, nil)
		}
		p.bump(i, truth, 1)
		p.bump(i, guess, -1)
	}
}

func (p *perceptron) bump(i int32, class int, v float32) {
	es := p.feats[i]
	for j := range es {
		if int(es[j].class) == class {
			e := &es[j]
			e.tot += float64(p.now-e.ts) * float64(e.w)
			e.ts = p.now
			e.w += v
			return
		}
	}
	p.feats[i] = append(es, pentry{class: uint8(class), ts: p.now, w: v})
}

// averaged returns the averaged weights.
func (p *perceptron) averaged() map[uint64][]fentry {
	out := make(map[uint64][]fentry, len(p.index))
	now := float64(max(p.now, 1))
	for f, i := range p.index {
		var fe []fentry
		for _, e := range p.feats[i] {
			tot := e.tot + float64(p.now-e.ts)*float64(e.w)
			if tot != 0 {
				fe = append(fe, fentry{class: e.class, w: tot / now})
			}
		}
		if len(fe) > 0 {
			out[f] = fe
		}
	}
	return out
}
