package parse

import (
	_ "embed"
	"sync"
)

// defaultData is the English model, trained by Train on UD English EWT.
//
//go:embed model/en_ewt.bin
var defaultData []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := loadBytes(defaultData, false) // TestDefaultChecksum checks it
	if err != nil {
		return nil, err
	}
	if m.punct, err = DefaultPunct(); err != nil {
		return nil, err
	}
	return m, nil
})

// Default returns the embedded English model (UD English Web Treebank,
// Penn Treebank tags in XPOS) with the embedded punctuation stage
// (DefaultPunct), which Parse applies after the parse. It is loaded once,
// on first use; later calls return the same Model.
func Default() (*Model, error) { return loadDefault() }
