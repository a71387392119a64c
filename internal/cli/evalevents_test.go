package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEvalEventsSecondGold scores the demo against its second
// annotation and checks the agreement lines are printed and consistent
// with the gold files' sizes; an unknown annotation is an error naming it.
func TestEvalEventsSecondGold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline on the demo corpus")
	}
	code, out, errs := run(t, "", "eval", "events", "--gold", "events2.tsv")
	if code != 0 {
		t.Fatalf("casus eval events --gold events2.tsv: exit %d: %s", code, errs)
	}
	first := regexp.MustCompile(`(?m)^demo: \d+ articles, (\d+) gold events`).FindStringSubmatch(out)
	agree := regexp.MustCompile(`(?m)^events2\.tsv against events\.tsv, exact: events2\.tsv has (\d+) of the (\d+) events of events\.tsv .*its (\d+)$`).FindStringSubmatch(out)
	if first == nil || agree == nil || !strings.Contains(out, "coded events that events.tsv or events2.tsv has: ") || !strings.Contains(out, "events both events.tsv and events2.tsv have: ") {
		t.Fatalf("missing score or agreement lines:\n%s", out)
	}
	found, _ := strconv.Atoi(agree[1])
	if agree[3] != first[1] || found == 0 || agree[2] == agree[3] {
		t.Errorf("agreement %v does not fit a second annotation of %s events:\n%s", agree[1:], first[1], out)
	}

	code, _, errs = run(t, "", "eval", "events", "--gold", "nosuch.tsv")
	if code == 0 || !strings.Contains(errs, "nosuch.tsv") {
		t.Errorf("unknown annotation: exit %d, stderr %q; want an error naming it", code, errs)
	}
}

func TestEvalSubcommandHelp(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantOut  string // in stdout
		wantErr  string // in stderr
	}{
		{[]string{"eval", "petrarch", "--help"}, 0, "usage: casus eval petrarch", ""},
		{[]string{"eval", "tabari", "-h"}, 0, "usage: casus eval tabari", ""},
		{[]string{"eval", "events", "--help"}, 0, "-corpus", ""},
		{[]string{"eval", "pos", "--help"}, 0, "usage: casus eval pos", ""},
		{[]string{"eval", "extraction", "-h"}, 0, "usage: casus eval extraction", ""},
		{[]string{"eval", "petrarch", "--no-such-flag", "x.xml"}, 2, "", "no-such-flag"},
		{[]string{"eval", "events", "--bad"}, 2, "", "bad"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", tt.args...)
		if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(errs, tt.wantErr) {
			t.Errorf("casus %s: exit %d, stdout %q, stderr %q; want exit %d, %q in stdout, %q in stderr",
				strings.Join(tt.args, " "), code, out, errs, tt.wantCode, tt.wantOut, tt.wantErr)
		}
		if tt.wantCode == 0 && strings.Contains(errs, "help requested") {
			t.Errorf("casus %s: stderr %q", strings.Join(tt.args, " "), errs)
		}
	}
}

// TestEvalPOSClauseRepair checks that eval pos --clause-repair scores the
// tagger's clause-by-clause repair: on a sentence whose subordinate
// clause's past tense only that repair restores, it scores higher than the
// default.
func TestEvalPOSClauseRepair(t *testing.T) {
	words := []struct{ form, upos, xpos string }{
		{"Hamas", "PROPN", "NNP"}, {"rejected", "VERB", "VBD"}, {"the", "DET", "DT"},
		{"proposal", "NOUN", "NN"}, {"because", "SCONJ", "IN"}, {"Israel", "PROPN", "NNP"},
		{"attacked", "VERB", "VBD"}, {"Gaza", "PROPN", "NNP"}, {".", "PUNCT", "."},
	}
	var b strings.Builder
	b.WriteString("# sent_id = 1\n")
	for i, w := range words {
		fmt.Fprintf(&b, "%d\t%s\t_\t%s\t%s\t_\t0\tdep\t_\t_\n", i+1, w.form, w.upos, w.xpos)
	}
	b.WriteString("\n")
	path := filepath.Join(t.TempDir(), "s.conllu")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	xpos := func(args ...string) float64 {
		code, out, errs := run(t, "", append([]string{"eval", "pos"}, append(args, path)...)...)
		i := strings.Index(out, "XPOS ")
		if code != 0 || i < 0 {
			t.Fatalf("casus eval pos %v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
		var v float64
		if _, err := fmt.Sscanf(out[i:], "XPOS %f%%", &v); err != nil {
			t.Fatalf("casus eval pos %v: %q: %v", args, out, err)
		}
		return v
	}
	if plain, clauses := xpos(), xpos("--clause-repair"); clauses <= plain {
		t.Errorf("XPOS %.2f%% with --clause-repair, %.2f%% without; want higher with it", clauses, plain)
	}
}
