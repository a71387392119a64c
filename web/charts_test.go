package web

import (
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/casus-project/casus/store"
)

// TestBarChartGaps checks that the chart marks each place where
// intervals without events were left out between two bars, naming them,
// and marks nothing between neighbours.
func TestBarChartGaps(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name   string
		iv     store.Interval
		starts []string
		want   []string
	}{
		{"months", store.Month, []string{"1960-01-01", "2021-01-01", "2021-02-01", "2021-04-01"},
			[]string{"no events from 1960-02 to 2020-12", "no events 2021-03"}},
		{"months in a row", store.Month, []string{"2020-12-01", "2021-01-01", "2021-02-01"}, nil},
		{"weeks", store.Week, []string{"2024-01-01", "2024-01-15", "2024-01-22", "2024-02-12"},
			[]string{"no events week of 2024-01-08", "no events from week of 2024-01-29 to week of 2024-02-05"}},
		{"days", store.Day, []string{"2024-02-28", "2024-02-29", "2024-03-02"}, []string{"no events 2024-03-01"}},
		{"one bar", store.Day, []string{"2024-02-28"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var bs []store.Bucket
			for _, s := range tt.starts {
				bs = append(bs, store.Bucket{Start: day(s), Count: 1, Quad: [4]int64{1, 0, 0, 0}})
			}
			c := barChart(bs, tt.iv, url.Values{})
			var got []string
			for _, g := range c.Gaps {
				got = append(got, g.Label)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("gaps %q, want %q", got, tt.want)
			}
			for i, g := range c.Gaps {
				if !slices.ContainsFunc(c.Bars, func(b bar) bool { return b.X1 == g.X }) {
					t.Errorf("gap %d at x %v, not between two bars", i, g.X)
				}
			}
		})
	}
}
