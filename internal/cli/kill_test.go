package cli

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

// TestMain lets the test binary stand in for the casus command: with
// CASUS_TEST_MAIN=1 it runs Main on its arguments, so tests can run casus
// as a separate process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("CASUS_TEST_MAIN") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	os.Exit(m.Run())
}

func casusProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CASUS_TEST_MAIN=1")
	return cmd
}

// storedArticles lists a database's articles in a form that compares
// equal between two databases holding the same articles: ids dropped,
// sorted.
func storedArticles(t *testing.T, db string) []string {
	t.Helper()
	code, out, errs := run(t, "", "articles", "--db", db)
	if code != 0 {
		t.Fatalf("casus articles: exit %d: %s", code, errs)
	}
	var lines []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue // no articles yet
		}
		var a model.Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		a.ID = 0
		slices.SortFunc(a.URLs, func(x, y model.Carrier) int { return strings.Compare(x.URL+x.Doc, y.URL+y.Doc) })
		for i := range a.URLs {
			// The doc names the input path, which differs between the
			// two corpus copies below; the URL and publisher must match.
			a.URLs[i].Doc = filepath.Base(a.URLs[i].Doc)
		}
		a.Doc = filepath.Base(a.Doc)
		b, _ := json.Marshal(a)
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return lines
}

// TestKillAndRerun kills casus run with SIGKILL at random moments, runs it
// again to the end, and checks that the database holds exactly what one
// clean run stores: nothing lost, nothing twice.
func TestKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs casus several times")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	n := synthCorpus(t, corpus, 400)

	clean := filepath.Join(dir, "clean.db")
	began := time.Now()
	if out, err := casusProcess("run", "--db", clean, "--batch", "8", corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	// Kill at random points of a run's lifetime, whatever this machine's
	// speed: from a tenth to nine tenths of the clean run's time.
	took := time.Since(began)
	want := storedArticles(t, clean)
	if len(want) != n {
		t.Fatalf("clean run stored %d articles, want %d", len(want), n)
	}

	killed := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewPCG(7, 11))
	kills, partial := 0, 0
	// Six kills, in at most twelve rounds. A run that ends before its
	// kill (the machine got faster since the clean run) stored the whole
	// corpus, and every later round would only re-read it: its database
	// is removed and the delays are scaled to the run's own time.
	for round := 0; round < 12 && kills < 6; round++ {
		cmd := casusProcess("run", "--db", killed, "--batch", "8", corpus)
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := took/10 + time.Duration(rng.Int64N(int64(took*8/10)))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			took = time.Since(start)
			t.Logf("round %d: run finished in %v, before the kill at %v; starting again", round, took, delay)
			for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
				if err := os.Remove(killed + suffix); err != nil && !os.IsNotExist(err) {
					t.Fatal(err)
				}
			}
		case <-time.After(delay):
			cmd.Process.Kill()
			<-done
			kills++
			if _, err := os.Stat(killed); err == nil {
				if k := len(storedArticles(t, killed)); k > 0 && k < n {
					partial++
				}
			}
		}
	}
	if kills == 0 {
		t.Fatal("no run was killed; the corpus is too small to test anything")
	}
	if partial == 0 {
		t.Fatal("no run was killed half way; the test proves nothing")
	}
	t.Logf("%d runs killed before the end, %d with part of the corpus stored", kills, partial)
	if out, err := casusProcess("run", "--db", killed, "--batch", "8", corpus).CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	got := storedArticles(t, killed)
	if !slices.Equal(got, want) {
		t.Errorf("after %d kills the store holds %d articles, a clean run %d; first differences:", kills, len(got), len(want))
		for i := 0; i < len(got) && i < len(want); i++ {
			if got[i] != want[i] {
				t.Errorf("got  %s\nwant %s", got[i], want[i])
				break
			}
		}
	}
}
