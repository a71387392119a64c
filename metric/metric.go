package metric

import "fmt"

// PRF counts gold items, predicted items and correct predictions.
type PRF struct {
	Gold, Predicted, Correct int
}

// P returns precision, or 0 when nothing was predicted.
func (s PRF) P() float64 { return Ratio(s.Correct, s.Predicted) }

// R returns recall, or 0 when there is no gold item.
func (s PRF) R() float64 { return Ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of P and R, or 0.
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Plus returns the sum of the counts of s and t.
func (s PRF) Plus(t PRF) PRF {
	return PRF{s.Gold + t.Gold, s.Predicted + t.Predicted, s.Correct + t.Correct}
}

// String formats the scores and counts.
func (s PRF) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (gold %d, predicted %d, correct %d)",
		s.P(), s.R(), s.F1(), s.Gold, s.Predicted, s.Correct)
}

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
