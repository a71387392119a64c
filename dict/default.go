package dict

import (
	_ "embed"
	"fmt"
	"sync"
)

// dictsBin is the compiled dictionary that Build writes.
//
//go:embed data/dicts.bin
var dictsBin []byte

var loadDefault = sync.OnceValues(func() (*Dicts, error) {
	d, err := read(dictsBin, false) // TestDefaultChecksum checks it
	if err != nil {
		return nil, fmt.Errorf("embedded data/dicts.bin: %w", err)
	}
	return d, nil
})

// Default returns casus's compiled dictionaries, embedded in the binary:
// PETRARCH-2's Phoenix actors, agents, CAMEO verb patterns, discards and
// issues, the casus supplements, and heads of state and government since
// 2014 from Wikidata and the CIA World Factbook. They are decoded on the
// first call only; the result is shared and must not be modified.
func Default() (*Dicts, error) { return loadDefault() }
