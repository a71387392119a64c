package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/casus-project/casus/segment"
)

// wordNetText returns the glosses (definitions and examples) of the
// WordNet database in dir, one tokenised sentence per gloss, in file and
// line order: unlabelled English text for learning word classes. It
// returns nil without error when dir holds no WordNet.
func wordNetText(dir string) ([][]string, error) {
	var text [][]string
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		name := filepath.Join(dir, "data."+pos)
		f, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("wordnet: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "  ") { // the licence header
				continue
			}
			_, gloss, ok := strings.Cut(line, " | ")
			if !ok {
				continue
			}
			toks := segment.Tokens(strings.TrimSpace(gloss))
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.Form
			}
			if len(words) > 0 {
				text = append(text, words)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("wordnet: %s: %w", name, err)
		}
	}
	return text, nil
}
