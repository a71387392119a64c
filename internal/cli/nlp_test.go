package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNLPConlluClearsGold checks that casus nlp --input conllu keeps the
// gold tokenisation and comments but writes none of the gold's FEATS,
// DEPS, other MISC or empty nodes as if casus had predicted them.
func TestNLPConlluClearsGold(t *testing.T) {
	const in = "# sent_id = s1\n# text = Albania cut ties.\n" +
		"1\tAlbania\tGOLDLEMMA\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\tCorrectForm=Albania\n" +
		"2\tcut\tcut\tVERB\tVBD\tMood=Ind|Tense=Past\t0\troot\t0:root\t_\n" +
		"2.1\tcut\tcut\tVERB\tVBD\t_\t_\t_\t0:root\tCopyOf=2\n" +
		"3\tties\ttie\tNOUN\tNNS\tNumber=Plur\t2\tobj\t2:obj\tSpaceAfter=No|Cxn=X\n" +
		"4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n"
	path := filepath.Join(t.TempDir(), "gold.conllu")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "nlp", "--input", "conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "# sent_id = s1\n# text = Albania cut ties.\n") {
		t.Errorf("comments not passed through:\n%s", out)
	}
	var words [][]string
	for l := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "#") {
			words = append(words, strings.Split(l, "\t"))
		}
	}
	tests := []struct {
		id, form, misc string
	}{
		{"1", "Albania", "_"},
		{"2", "cut", "_"},
		{"3", "ties", "SpaceAfter=No"},
		{"4", ".", "_"},
	}
	if len(words) != len(tests) {
		t.Fatalf("%d word lines, want %d (no empty node):\n%s", len(words), len(tests), out)
	}
	for i, tt := range tests {
		w := words[i]
		if len(w) != 10 {
			t.Fatalf("line %d: %d columns", i+1, len(w))
		}
		if w[0] != tt.id || w[1] != tt.form {
			t.Errorf("line %d: ID FORM %s %s, want %s %s", i+1, w[0], w[1], tt.id, tt.form)
		}
		if w[5] != "_" || w[8] != "_" {
			t.Errorf("%s: FEATS %q DEPS %q, want _ _", tt.form, w[5], w[8])
		}
		if w[9] != tt.misc {
			t.Errorf("%s: MISC %q, want %q", tt.form, w[9], tt.misc)
		}
		if w[2] == "GOLDLEMMA" || w[3] == "_" || w[6] == "_" || w[7] == "_" {
			t.Errorf("%s: LEMMA UPOS HEAD DEPREL %q %q %q %q not casus's", tt.form, w[2], w[3], w[6], w[7])
		}
	}
}

func TestSpaceAfterOnly(t *testing.T) {
	for in, want := range map[string]string{
		"":                            "",
		"_":                           "",
		"SpaceAfter=No":               "SpaceAfter=No",
		"Cxn=X|SpaceAfter=No|Lang=en": "SpaceAfter=No",
		"CorrectForm=the":             "",
		"SpaceAfter=Yes":              "",
	} {
		if got := spaceAfterOnly(in); got != want {
			t.Errorf("spaceAfterOnly(%q) = %q, want %q", in, got, want)
		}
	}
}
