package dict

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"sort"
)

// magic starts every compiled dictionary file; the digit is the format
// version.
const magic = "casus-dicts 1\n"

// file is what WriteTo stores: the sources, without indexes. The verb
// dictionary's synsets are stored apart, sorted by name, so that the same
// sources always give the same bytes (gob writes a map in random order).
type file struct {
	Entries  []*Entry
	Agents   []Agent
	Verbs    *VerbDict
	Discards []Discard
	Issues   []Issue
	Leaders  [2]int
	Synsets  []*Synset
}

// WriteTo writes d in casus's compiled format: a magic line, then the
// dictionaries as gzip-compressed gob. It implements io.WriterTo.
func (d *Dicts) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	if _, err := io.WriteString(cw, magic); err != nil {
		return cw.n, fmt.Errorf("dict: write: %w", err)
	}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, err
	}
	f := file{Entries: d.entries, Agents: d.agents, Discards: d.discards, Issues: d.issues, Leaders: d.leaders}
	if d.verbs != nil {
		vd := *d.verbs
		vd.Synsets = nil
		f.Verbs = &vd
		for _, s := range d.verbs.Synsets {
			f.Synsets = append(f.Synsets, s)
		}
		sort.Slice(f.Synsets, func(i, j int) bool { return f.Synsets[i].Name < f.Synsets[j].Name })
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return cw.n, fmt.Errorf("dict: write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("dict: write: %w", err)
	}
	return cw.n, nil
}

// Read reads a Dicts written by WriteTo. A file that is not one is
// reported with ErrFormat.
func Read(r io.Reader) (*Dicts, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || !bytes.Equal(head, []byte(magic)) {
		return nil, fmt.Errorf("dict: %w (bad header)", ErrFormat)
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("dict: %w: %v", ErrFormat, err)
	}
	defer zr.Close()
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("dict: %w: %v", ErrFormat, err)
	}
	if f.Verbs == nil {
		f.Verbs = &VerbDict{}
	}
	if f.Verbs.Synsets == nil {
		f.Verbs.Synsets = map[string]*Synset{}
	}
	for _, s := range f.Synsets {
		if s != nil {
			f.Verbs.Synsets[s.Name] = s
		}
	}
	for _, e := range f.Entries {
		if e == nil {
			return nil, fmt.Errorf("dict: %w: nil entry", ErrFormat)
		}
	}
	for _, b := range f.Verbs.Blocks {
		if b == nil {
			return nil, fmt.Errorf("dict: %w: nil verb block", ErrFormat)
		}
	}
	for _, x := range f.Discards {
		if len(x.Words) == 0 {
			return nil, fmt.Errorf("dict: %w: empty discard", ErrFormat)
		}
	}
	for k, s := range f.Verbs.Synsets {
		if s == nil {
			delete(f.Verbs.Synsets, k)
		}
	}
	resolvePatterns(f.Verbs, "")
	d := &Dicts{entries: f.Entries, agents: f.Agents, verbs: f.Verbs, discards: f.Discards, issues: f.Issues, leaders: f.Leaders}
	d.index()
	return d, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
