package score

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// ErrNoPage is returned by Set.Page when a ground-truth entry has no
// HTML file.
var ErrNoPage = errors.New("score: page file missing")

// Entry is one page of a benchmark folder.
type Entry struct {
	ID   string
	URL  string
	Gold string
	// HTML is the decompressed page.
	HTML []byte
}

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Set is a benchmark folder: ground truth in memory, pages read from
// disk one at a time by Page.
type Set struct {
	dir   string
	ids   []string
	truth map[string]truth
}

// Load reads dir/ground-truth.json. Pages are read later by Page, in
// sorted id order.
func Load(dir string) (*Set, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	s := &Set{dir: dir}
	if err := json.Unmarshal(b, &s.truth); err != nil {
		return nil, fmt.Errorf("score: %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	for id := range s.truth {
		s.ids = append(s.ids, id)
	}
	slices.Sort(s.ids)
	return s, nil
}

// Len returns the number of pages.
func (s *Set) Len() int { return len(s.ids) }

// Page reads and decompresses page i (0 <= i < Len()).
func (s *Set) Page(i int) (Entry, error) {
	id := s.ids[i]
	t := s.truth[id]
	e := Entry{ID: id, URL: t.URL, Gold: t.ArticleBody}
	name := filepath.Join(s.dir, "html", id+".html.gz")
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return e, fmt.Errorf("score: %s: %w", name, ErrNoPage)
	}
	if err != nil {
		return e, fmt.Errorf("score: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return e, fmt.Errorf("score: %s: %w", name, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return e, fmt.Errorf("score: %s: %w", name, err)
	}
	e.HTML = buf.Bytes()
	return e, nil
}
