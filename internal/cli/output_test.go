package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// brokenPipe is a standard output whose every write fails, as a closed
// pipe or a full disk does.
type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// TestOutputErrors checks that a command whose output cannot be written
// fails (exit 1, naming the cause) instead of exiting 0 with its output
// lost, however little it writes.
func TestOutputErrors(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"nlp", "Albania severed ties with Iran.", []string{"nlp", "-"}},
		{"ner", "Albania\tB-LOC\nsevered\tO\n", []string{"ner", "-"}},
		{"events", "", []string{"events", "--db", db}},
		{"quotes", "", []string{"quotes", "--db", db}},
		{"articles", "", []string{"articles", "--db", db}},
		{"articles csv", "", []string{"articles", "--db", db, "--format", "csv"}},
		{"extract", "Albania severed ties with Iran.", []string{"extract", "--date", "2024-05-01", "-"}},
		{"analyze", "Albania severed ties with Iran.", []string{"analyze", "--date", "2024-05-01", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errb strings.Builder
			code := Main(context.Background(), tt.args, Env{Stdin: strings.NewReader(tt.stdin), Stdout: brokenPipe{}, Stderr: &errb})
			if code != 1 || !strings.Contains(errb.String(), "broken pipe") {
				t.Errorf("exit %d, stderr %q; want 1 and the write error", code, errb.String())
			}
		})
	}
}

// TestInputErrorsNameFile checks that a malformed input file is named in
// the error, not only the line within it.
func TestInputErrorsNameFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.conllu")
	if err := os.WriteFile(bad, []byte("not conllu\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"nlp", "--input", "conllu", bad},
		{"eval", "sentences", bad},
	}
	for _, args := range tests {
		code, _, errOut := run(t, "", args...)
		if code != 1 || !strings.Contains(errOut, bad) {
			t.Errorf("%v: exit %d, stderr %q; want 1 and the file's name", args, code, errOut)
		}
	}
}
