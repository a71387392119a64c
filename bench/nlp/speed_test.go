package main

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestBest(t *testing.T) {
	errPass := errors.New("pass failed")
	for _, tc := range []struct {
		name      string
		passes    int
		minTime   time.Duration
		sleep     time.Duration // each pass takes at least this long
		failAt    int           // the call that fails, 0 for none
		wantCalls int           // exact calls, or the least when atLeast
		atLeast   bool
		wantErr   bool
	}{
		{"passes only", 3, 0, 0, 0, 3, false, false},
		{"min time below passes", 3, time.Nanosecond, time.Millisecond, 0, 3, false, false},
		{"min time extends passes", 1, 20 * time.Millisecond, 5 * time.Millisecond, 0, 4, true, false},
		{"error stops", 5, 0, 0, 2, 2, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			r, err := best(context.Background(), "row", 100, tc.passes, tc.minTime, func() (int, error) {
				calls++
				time.Sleep(tc.sleep)
				if calls == tc.failAt {
					return 0, errPass
				}
				return calls, nil
			})
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error: %v", err, tc.wantErr)
			}
			if tc.atLeast && calls < tc.wantCalls || !tc.atLeast && calls != tc.wantCalls {
				t.Fatalf("%d calls, want %d (at least: %v)", calls, tc.wantCalls, tc.atLeast)
			}
			if err == nil && (r.Passes != calls || r.Output != calls || r.Best <= 0 && tc.sleep > 0) {
				t.Errorf("row %+v after %d calls", r, calls)
			}
		})
	}
}
