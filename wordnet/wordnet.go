package wordnet

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// DefaultDir is where Debian's wordnet-base installs the database.
const DefaultDir = "/usr/share/wordnet"

// Have reports whether dir holds a WordNet database: its noun data and
// index files.
func Have(dir string) bool {
	for _, name := range []string{"data.noun", "index.noun"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.IsDir() {
			return false
		}
	}
	return true
}

// Lines calls fn with the space-separated fields of each line of the file
// at path, skipping blank lines and the licence header (lines that begin
// with a space).
func Lines(path string, fn func(fields []string)) error {
	return eachLine(path, func(line string) { fn(strings.Fields(line)) })
}

// A Synset is one line of a data file.
type Synset struct {
	// Offset is the synset's byte offset in its file, its identifier
	// there (eight digits, as pointers name it).
	Offset string
	// Words are the synset's words as written: underscores join a
	// phrase's words ("United_Nations"), and an adjective may end in a
	// syntactic marker ("galore(ip)").
	Words []string
	// Pointers lead to related synsets.
	Pointers []Pointer
	// Gloss is the definition and examples, without the " | " before it.
	Gloss string
}

// A Pointer is a relation from a synset to another: Symbol is WordNet's
// pointer symbol ("@" hypernym, "@i" instance hypernym, "~" hyponym, ...)
// and Target the other synset's offset.
type Pointer struct {
	Symbol, Target string
}

// ErrSyntax reports a data line that is not a synset.
var ErrSyntax = errors.New("not a synset line")

// Synsets calls fn with each synset of the data file at path. A line that
// is not a synset ends the read with an error wrapping ErrSyntax that
// names the file and line.
func Synsets(path string, fn func(*Synset)) error {
	var bad error
	n := 0
	err := eachLine(path, func(line string) {
		n++
		if bad != nil {
			return
		}
		s, err := parseSynset(line)
		if err != nil {
			bad = fmt.Errorf("wordnet %s: synset %d: %w", path, n, err)
			return
		}
		fn(s)
	})
	if err != nil {
		return err
	}
	return bad
}

// parseSynset parses one data line: offset, lexicographer file, synset
// type, word count (hex), words each with a lexical id, pointer count,
// pointers of four fields, then, for verbs, frames, and " | " and the
// gloss.
func parseSynset(line string) (*Synset, error) {
	head, gloss, _ := strings.Cut(line, " | ")
	f := strings.Fields(head)
	if len(f) < 4 {
		return nil, fmt.Errorf("%w: %d fields", ErrSyntax, len(f))
	}
	nw, err := strconv.ParseUint(f[3], 16, 16)
	if err != nil {
		return nil, fmt.Errorf("%w: word count %q", ErrSyntax, f[3])
	}
	s := &Synset{Offset: f[0], Gloss: strings.TrimSpace(gloss)}
	k := 4
	for i := 0; i < int(nw); i++ {
		if k+1 >= len(f) {
			return nil, fmt.Errorf("%w: %d words promised, %d given", ErrSyntax, nw, i)
		}
		s.Words = append(s.Words, f[k])
		k += 2
	}
	if k >= len(f) {
		return s, nil
	}
	np, err := strconv.Atoi(f[k])
	if err != nil {
		return nil, fmt.Errorf("%w: pointer count %q", ErrSyntax, f[k])
	}
	k++
	for i := 0; i < np; i++ {
		if k+3 >= len(f) {
			return nil, fmt.Errorf("%w: %d pointers promised, %d given", ErrSyntax, np, i)
		}
		s.Pointers = append(s.Pointers, Pointer{Symbol: f[k], Target: f[k+1]})
		k += 4
	}
	return s, nil
}

// eachLine calls fn with each line of the file at path but blank lines and
// the licence header.
func eachLine(path string, fn func(line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	return readLines(path, f, fn)
}

func readLines(name string, r io.Reader, fn func(line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		fn(line)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet %s: %w", name, err)
	}
	return nil
}
