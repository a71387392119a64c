package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEvalEventsCorpus scores a tiny corpus of two plain-text articles
// written for this test through eval events --corpus, and checks that a
// manifest or gold that does not fit the folder is refused with an error
// naming what is wrong, before any model is loaded.
func TestEvalEventsCorpus(t *testing.T) {
	const (
		paris = "PARIS, May 4 (Test Wire) - France expelled two Russian diplomats on Monday, the foreign ministry said.\n\nRussia condemned the decision.\n"
		rome  = "ROME, June 9 (Test Wire) - Italian police arrested three Albanian fishermen on Sunday.\n"
		head  = "file\tsnippet\tsource\ttarget\tcode\tdate\tbackground\tstatus\n"
		gold  = head +
			"paris.txt\tFrance expelled two Russian diplomats\tFRA\tRUSGOV\t174\t2024-05-04\tfalse\tasserted\n" +
			"paris.txt\tRussia condemned the decision\tRUS\tFRA\t111\t2024-05-04\tfalse\tasserted\n" +
			"rome.txt\tItalian police arrested three Albanian fishermen\tITACOP\tALBCVL\t173\t2024-06-09\tfalse\tasserted\n"
		manifest = "file\tpublished\nparis.txt\t2024-05-04\nrome.txt\t2024-06-09\n"
	)
	tests := []struct {
		name     string
		files    map[string]string // written into the corpus folder "tiny"
		args     []string          // after eval events; DIR is the folder, GOLD its gold.tsv
		pipeline bool              // runs the analysis (skipped with -short)
		wantErr  string            // in stderr when the run must fail
	}{
		{"scored", map[string]string{"paris.txt": paris, "rome.txt": rome, "manifest.tsv": manifest, "gold.tsv": gold}, []string{"--corpus", "DIR", "--gold", "GOLD"}, true, ""},
		{"no gold flag", map[string]string{"paris.txt": paris, "manifest.tsv": manifest}, []string{"--corpus", "DIR"}, false, "needs --gold"},
		{"argument", map[string]string{"manifest.tsv": manifest, "gold.tsv": gold}, []string{"--corpus", "DIR", "--gold", "GOLD", "extra"}, false, "takes no arguments"},
		{"causes with against", map[string]string{"manifest.tsv": manifest, "gold.tsv": gold}, []string{"--corpus", "DIR", "--gold", "GOLD", "--against", "GOLD", "--causes"}, false, "--causes"},
		{"no manifest", map[string]string{"paris.txt": paris, "gold.tsv": gold}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "manifest.tsv"},
		{"manifest without date", map[string]string{"paris.txt": paris, "manifest.tsv": "file\tpublished\nparis.txt\n", "gold.tsv": head}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "line 2: want file and published"},
		{"bad date", map[string]string{"paris.txt": paris, "manifest.tsv": "file\tpublished\nparis.txt\tMay 4\n", "gold.tsv": head}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, `published "May 4"`},
		{"listed twice", map[string]string{"paris.txt": paris, "manifest.tsv": manifest + "paris.txt\t2024-05-05\n", "gold.tsv": head}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "paris.txt listed twice"},
		{"gold names unlisted file", map[string]string{"paris.txt": paris, "manifest.tsv": "file\tpublished\nparis.txt\t2024-05-04\n", "gold.tsv": gold}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, `"rome.txt", which`},
		{"gold row short", map[string]string{"paris.txt": paris, "manifest.tsv": manifest, "gold.tsv": head + "paris.txt\tFrance expelled\tFRA\n"}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "3 fields, want 8"},
		{"no gold file", map[string]string{"paris.txt": paris, "manifest.tsv": manifest}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "gold.tsv"},
		{"listed file missing", map[string]string{"paris.txt": paris, "manifest.tsv": manifest, "gold.tsv": head}, []string{"--corpus", "DIR", "--gold", "GOLD"}, false, "rome.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.pipeline && testing.Short() {
				t.Skip("runs the analysis pipeline")
			}
			dir := writeCorpus(t, tt.files)
			out, ok := runEvalEvents(t, dir, tt.args, tt.wantErr)
			if !ok {
				return
			}
			m := regexp.MustCompile(`(?m)^tiny: (\d+) articles, (\d+) gold events, (\d+) coded$`).FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no summary line labelled with the folder's name:\n%s", out)
			}
			if m[1] != "2" || m[2] != "3" {
				t.Errorf("scored %s articles and %s gold events, want 2 and 3:\n%s", m[1], m[2], out)
			}
			if n, _ := strconv.Atoi(m[3]); n == 0 {
				t.Errorf("nothing coded: the articles did not reach the coder:\n%s", out)
			}
			for _, want := range []string{"exact (file, source, target, code): recall", "root (file, source, target, root):", "status agrees on", "date agrees on", "background events dated to the article's day"} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

// writeCorpus writes files (name to text) into a new folder "tiny", as
// eval events --corpus reads one, and returns the folder.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tiny")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runEvalEvents runs casus eval events with args, in which DIR stands for the
// corpus folder dir and GOLD for its gold.tsv. With wantErr it checks that
// the run fails naming wantErr and returns ok false; otherwise a failed run
// fails the test, and it returns the run's output.
func runEvalEvents(t *testing.T, dir string, args []string, wantErr string) (out string, ok bool) {
	t.Helper()
	full := []string{"eval", "events"}
	for _, a := range args {
		a = strings.ReplaceAll(a, "GOLD", filepath.Join(dir, "gold.tsv"))
		full = append(full, strings.ReplaceAll(a, "DIR", dir))
	}
	code, out, errs := run(t, "", full...)
	if wantErr != "" {
		if code == 0 || !strings.Contains(errs, wantErr) {
			t.Fatalf("exit %d, stderr %q; want a failure naming %q", code, errs, wantErr)
		}
		return "", false
	}
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return out, true
}
