package api

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
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
// export WriteIdle.
func exportServer(t *testing.T, st store.Store, writeTimeout, idle time.Duration) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(NewHandler(st, Options{Log: slog.New(slog.DiscardHandler), WriteIdle: idle}))
	srv.Config.WriteTimeout = writeTimeout
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// TestExportOutlastsWriteTimeout checks that an export that keeps making
// progress is sent whole although it takes several times the server's
// WriteTimeout and WriteIdle: 12 pages, each 100 ms late, against 250 ms
// and 500 ms.
func TestExportOutlastsWriteTimeout(t *testing.T) {
	st := pagedEvents{n: 12 * exportPage, size: 20, delay: 100 * time.Millisecond}
	srv := exportServer(t, st, 250*time.Millisecond, 500*time.Millisecond)
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
// cut off after WriteIdle although the server's WriteTimeout is far off:
// the client reads nothing for 2 s of a 40 MB export, then gets less than
// all of it.
func TestExportCutsStalledClient(t *testing.T) {
	st := pagedEvents{n: 4000, size: 10000}
	srv := exportServer(t, st, time.Minute, 200*time.Millisecond)
	resp, err := http.Get(srv.URL + "/api/export?format=jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	time.Sleep(2 * time.Second)
	n, err := io.Copy(io.Discard, resp.Body)
	if err == nil || n >= int64(st.n*st.size) {
		t.Errorf("read %d bytes, err %v; want the export cut off", n, err)
	}
}
