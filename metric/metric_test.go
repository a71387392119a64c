package metric

import (
	"math"
	"testing"
)

func TestPRF(t *testing.T) {
	tests := []struct {
		s       PRF
		p, r, f float64
	}{
		{PRF{}, 0, 0, 0},
		{PRF{Gold: 4}, 0, 0, 0},
		{PRF{Predicted: 3}, 0, 0, 0},
		{PRF{Gold: 4, Predicted: 2, Correct: 2}, 1, 0.5, 2.0 / 3},
		{PRF{Gold: 10, Predicted: 5, Correct: 4}, 0.8, 0.4, 2 * 0.8 * 0.4 / 1.2},
	}
	for _, tc := range tests {
		if p, r, f := tc.s.P(), tc.s.R(), tc.s.F1(); math.Abs(p-tc.p) > 1e-12 || math.Abs(r-tc.r) > 1e-12 || math.Abs(f-tc.f) > 1e-12 {
			t.Errorf("%+v: P R F1 = %v %v %v, want %v %v %v", tc.s, p, r, f, tc.p, tc.r, tc.f)
		}
	}
	if got := (PRF{1, 2, 3}).Plus(PRF{10, 20, 30}); got != (PRF{11, 22, 33}) {
		t.Errorf("Plus = %+v", got)
	}
	if got, want := (PRF{Gold: 4, Predicted: 2, Correct: 2}).String(), "P 1.0000 R 0.5000 F1 0.6667 (gold 4, predicted 2, correct 2)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}
