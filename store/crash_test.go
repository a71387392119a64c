package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

const crashEnv = "CASUS_STORE_CRASH_DB"

// crashStream is what the crash child stores: a deterministic stream with
// exact and near duplicates, in batches.
func crashStream() [][]*model.Article { return batches(newGen(21).stream(1500), 20) }

// TestCrashChild is the child process of TestKillAndRerun: it stores
// crashStream in the store whose DSN is $CASUS_STORE_CRASH_DB and prints
// "committed N" after each batch commits.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run by TestKillAndRerun")
	}
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range crashStream() {
		if _, err := st.PutArticles(ctx, b); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("committed %d\n", i+1)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestKillAndRerun SIGKILLs a child storing crashStream at random moments,
// several times per database, then lets it finish. After every kill the
// database must hold exactly what a clean run holds after some whole number
// of batches, never fewer than the child reported committed (nothing lost,
// nothing torn, nothing twice); after the final run it must equal a clean
// run's.
func TestKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs child processes")
	}
	eachBackend(t, testKillAndRerun)
}

func testKillAndRerun(t *testing.T, b backend) {
	bs := crashStream()
	ctx := context.Background()

	// The clean run, with the state after each batch.
	ref := b.open(t)
	prefix := []string{digest(dump(t, ref))}
	for _, b := range bs {
		if _, err := ref.PutArticles(ctx, b); err != nil {
			t.Fatal(err)
		}
		prefix = append(prefix, digest(dump(t, ref)))
	}
	want := dump(t, ref)

	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d; %d batches", seed, len(bs))
	rng := rand.New(rand.NewPCG(seed, 1))
	midRun := 0
	for round := range 3 {
		path := b.dsn(t)
		reported, stored := 0, 0 // batches the child printed; batches the database holds
		for kill := range 3 {
			target := 1 + rng.IntN(len(bs)-1)
			delay := time.Duration(rng.IntN(20000)) * time.Microsecond
			n := runChild(t, path, target, delay)
			reported = max(reported, n)

			st := openT(t, path)
			d := digest(dump(t, st))
			st.Close()
			m := -1
			for i := reported; i < len(prefix); i++ {
				if prefix[i] == d {
					m = i
					break
				}
			}
			if m < 0 {
				t.Fatalf("round %d kill %d (after batch %d, +%v): database matches no clean prefix of >= %d batches",
					round, kill, target, delay, reported)
			}
			if m < stored {
				t.Fatalf("round %d kill %d: database went back from %d to %d batches", round, kill, stored, m)
			}
			stored = m
			if m < len(bs) {
				midRun++
			}
			t.Logf("round %d kill %d: at batch %d +%v; child reported %d, database holds %d", round, kill, target, delay, n, m)
		}
		if n := runChild(t, path, -1, 0); n != len(bs) {
			t.Fatalf("round %d: final run reported %d batches, want %d", round, n, len(bs))
		}
		st := openT(t, path)
		diffDumps(t, dump(t, st), want)
		st.Close()
	}
	if midRun == 0 {
		t.Fatal("no kill landed before the end of the stream; the test proved nothing")
	}
}

// runChild runs TestCrashChild on path. With target > 0 it SIGKILLs the
// child delay after the child reports batch target; otherwise it waits for
// the child to finish. It returns the last batch the child reported.
func runChild(t *testing.T, path string, target int, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1", "-test.v=false")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	last := 0
	killed := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var n int
		if _, err := fmt.Sscanf(sc.Text(), "committed %d", &n); err == nil {
			last = n
		}
		if target > 0 && last >= target && !killed {
			time.Sleep(delay)
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	err = cmd.Wait()
	if !killed && err != nil {
		t.Fatalf("child: %v\n%s", err, stderr.String())
	}
	return last
}
