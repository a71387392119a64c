package cli

import (
	"path/filepath"

	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/wordnet"
)

// wordNetText returns the glosses (definitions and examples) of the
// WordNet database in dir, one tokenised sentence per gloss, in file and
// line order: unlabelled English text for learning word classes. It
// returns nil without error when dir holds no WordNet.
func wordNetText(dir string) ([][]string, error) {
	if !wordnet.Have(dir) {
		return nil, nil
	}
	var text [][]string
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Synsets(filepath.Join(dir, "data."+pos), func(s *wordnet.Synset) {
			toks := segment.Tokens(s.Gloss)
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.Form
			}
			if len(words) > 0 {
				text = append(text, words)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return text, nil
}
