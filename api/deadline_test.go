package api

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// pagedEvents is a store of n made-up events, each with a sentence of
// size bytes, that waits delay before answering each page of events.
type pagedEvents struct {
	store.Store
	n, size int
	delay   time.Duration
}

func (s pagedEvents) Events(ctx context.Context, q store.EventQuery) (store.EventPage, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return store.EventPage{}, ctx.Err()
	}
	from := 0
	if q.Cursor != "" {
		from, _ = strconv.Atoi(q.Cursor)
	}
	to := min(from+q.Limit, s.n)
	var p store.EventPage
	sentence := strings.Repeat("x", s.size)
	for i := from; i < to; i++ {
		p.Events = append(p.Events, store.EventHit{ArticleID: int64(i), Event: model.Event{Code: "010", Sentence: sentence}})
	}
	if to < s.n {
		p.Next = strconv.Itoa(to)
	}
	return p, nil
}

// exportServer serves st's API with the given server WriteTimeout and
// export WriteIdle. Each request's handler closes a channel of done when
// it returns.
func exportServer(t *testing.T, st store.Store, writeTimeout, idle time.Duration, done chan<- chan struct{}) *httptest.Server {
	t.Helper()
	h := NewHandler(st, Options{Log: slog.New(slog.DiscardHandler), WriteIdle: idle})
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := make(chan struct{})
		if done != nil {
			done <- c
		}
		defer close(c)
		h.ServeHTTP(w, r)
	}))
	srv.Config.WriteTimeout = writeTimeout
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// TestExportOutlastsWriteTimeout checks that an export that keeps making
// progress is sent whole although it takes many times the server's
// WriteTimeout: 12 pages, each at least WriteTimeout late. The sleeps
// only bound the time from below, so a slower machine makes the export
// longer, never shorter, and WriteIdle is an hour, so no machine is slow
// enough to reach it.
func TestExportOutlastsWriteTimeout(t *testing.T) {
	const writeTimeout = 20 * time.Millisecond
	st := pagedEvents{n: 12 * exportPage, size: 20, delay: writeTimeout}
	srv := exportServer(t, st, writeTimeout, time.Hour, nil)
	resp, err := http.Get(srv.URL + "/api/export?format=jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := 0
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		lines++
	}
	if err := sc.Err(); err != nil || lines != st.n {
		t.Errorf("read %d of %d events, err %v; want all", lines, st.n, err)
	}
}

// TestExportCutsStalledClient checks that a client that stops reading is
// cut off after WriteIdle although the server has no WriteTimeout: the
// client reads nothing of a 40 MB export, far more than the connection
// buffers, until the handler has returned, then gets less than all of it.
// Without the idle deadline the handler would block until the guard.
func TestExportCutsStalledClient(t *testing.T) {
	st := pagedEvents{n: 4000, size: 10000}
	done := make(chan chan struct{}, 1)
	srv := exportServer(t, st, 0, 50*time.Millisecond, done)
	resp, err := http.Get(srv.URL + "/api/export?format=jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	select {
	case <-<-done:
	case <-time.After(time.Minute): // a guard against hanging, not a measure
		t.Fatal("the export to a client that reads nothing was not cut off")
	}
	n, err := io.Copy(io.Discard, resp.Body)
	if err == nil || n >= int64(st.n*st.size) {
		t.Errorf("read %d bytes, err %v; want the export cut off", n, err)
	}
}

// TestDeadlineWriter checks on a clock of its own that the writer moves
// the write deadline idle ahead on its first write and then at most every
// idle/8, and stops trying when the connection has no deadline to move.
func TestDeadlineWriter(t *testing.T) {
	const idle = 80 * time.Second
	start := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		setErr error
		at     []time.Duration // when each write happens, from start
		want   []time.Duration // deadlines set, from start
	}{
		{"first write", nil, []time.Duration{0}, []time.Duration{idle}},
		{"within idle/8", nil, []time.Duration{0, 5 * time.Second, 9 * time.Second}, []time.Duration{idle}},
		{"every idle/8", nil, []time.Duration{0, 10 * time.Second, 19 * time.Second, 25 * time.Second},
			[]time.Duration{idle, 10*time.Second + idle, 25*time.Second + idle}},
		{"after a pause", nil, []time.Duration{0, time.Hour}, []time.Duration{idle, time.Hour + idle}},
		{"not supported", http.ErrNotSupported, []time.Duration{0, 10 * time.Second, time.Hour}, []time.Duration{idle}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var now time.Time
			var got []time.Duration
			var out strings.Builder
			d := &deadlineWriter{
				w:    &out,
				set:  func(dl time.Time) error { got = append(got, dl.Sub(start)); return tt.setErr },
				now:  func() time.Time { return now },
				idle: idle,
			}
			for i, at := range tt.at {
				now = start.Add(at)
				if n, err := d.Write([]byte("ab")); n != 2 || err != nil {
					t.Fatalf("write %d: %d, %v", i, n, err)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("deadlines %v, want %v", got, tt.want)
			}
			if out.Len() != 2*len(tt.at) {
				t.Errorf("wrote %d bytes, want %d", out.Len(), 2*len(tt.at))
			}
		})
	}
}
