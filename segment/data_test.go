package segment

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEvaluateData scores the splitter and tokenizer on the UD English
// treebanks when CASUS_DATA names the shared data folder:
//
//	CASUS_DATA=../../shared/data go test -run TestEvaluateData -v ./segment
func TestEvaluateData(t *testing.T) {
	dir := os.Getenv("CASUS_DATA")
	if dir == "" {
		t.Skip("set CASUS_DATA to the shared data folder")
	}
	for _, f := range []string{
		"ud_english_gum/en_gum-ud-test.conllu",
		"ud_english_gum/en_gum-ud-dev.conllu",
		"ud_english_ewt/en_ewt-ud-test.conllu",
		"ud_english_ewt/en_ewt-ud-dev.conllu",
	} {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		sc, err := EvaluateConllu(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d documents, %d sentences\n  boundaries        %v\n  inside paragraphs %v\n  tokens            %v (%d sentences unaligned)",
			f, sc.Documents, sc.Sentences, sc.Boundaries, sc.Inner, sc.Tokens, sc.Unaligned)
	}
}
