package demo

import (
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

//go:embed corpus
var corpus embed.FS

//go:embed gold
var gold embed.FS

// Corpus returns the demo corpus: MANIFEST.tsv, the pages under their
// outlets' folders, feeds/ and archive.warc.gz.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		// fs.Sub fails only for an invalid path; "corpus" is valid.
		return corpus
	}
	return sub
}

// Gold returns the gold files: meta.tsv, quotes.tsv, events.tsv and
// framing.tsv, each a header line and tab-separated rows without quoting.
func Gold() fs.FS {
	sub, err := fs.Sub(gold, "gold")
	if err != nil {
		return gold
	}
	return sub
}

// ArchiveName is the name of the WARC archive in the corpus.
const ArchiveName = "archive.warc.gz"

// Expected outcomes of a page, the prefixes of Entry.Expected.
const (
	ExpectArticle       = "article"
	ExpectDuplicate     = "duplicate-of"
	ExpectNearDuplicate = "near-duplicate-of"
	ExpectNoArticle     = "no-article"
)

// Entry is one line of MANIFEST.tsv.
type Entry struct {
	// File is the page's path in Corpus, or "archive.warc.gz#URL" for a
	// page stored in the WARC archive.
	File     string
	URL      string // canonical URL; empty for the plain-text page
	Outlet   string // the outlet's name ("Adriatic Ledger")
	Language string // ISO 639-1 code
	// Encoding is the page's character encoding: utf-8, windows-1252,
	// windows-1251, windows-1256, or iso-8859-1-undeclared (ISO-8859-1
	// with no charset declared anywhere).
	Encoding  string
	Published time.Time // zero when the page carries no date
	// Expected is "article", "no-article", "duplicate-of FILE" or
	// "near-duplicate-of FILE".
	Expected string
	Topic    string // ";"-separated topics
}

// Member reports whether e is stored in the WARC archive rather than as
// a file of its own.
func (e Entry) Member() bool { return strings.HasPrefix(e.File, ArchiveName+"#") }

// Of returns the FILE that e's Expected names for duplicates, and "".
func (e Entry) Of() string {
	_, of, _ := strings.Cut(e.Expected, " ")
	return of
}

// ErrManifest is wrapped by the errors ParseManifest returns for
// malformed lines.
var ErrManifest = errors.New("demo: malformed manifest")

var manifestHeader = []string{"file", "url", "outlet", "language", "encoding", "published", "expected", "topic"}

// Manifest returns the entries of the embedded MANIFEST.tsv.
func Manifest() ([]Entry, error) {
	f, err := Corpus().Open("MANIFEST.tsv")
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer f.Close()
	return ParseManifest(f)
}

// ParseManifest reads a manifest: a header line, then one tab-separated
// line of eight fields per page.
func ParseManifest(r io.Reader) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = len(manifestHeader)
	cr.ReuseRecord = true
	var out []Entry
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrManifest, err)
		}
		if line == 1 {
			if strings.Join(rec, "\t") != strings.Join(manifestHeader, "\t") {
				return nil, fmt.Errorf("%w: line 1: unexpected header", ErrManifest)
			}
			continue
		}
		e := Entry{File: rec[0], URL: rec[1], Outlet: rec[2], Language: rec[3], Encoding: rec[4], Expected: rec[6], Topic: rec[7]}
		if e.File == "" {
			return nil, fmt.Errorf("%w: line %d: empty file", ErrManifest, line)
		}
		if rec[5] != "" {
			t, err := time.Parse(time.DateOnly, rec[5])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: published %q", ErrManifest, line, rec[5])
			}
			e.Published = t
		}
		out = append(out, e)
	}
	return out, nil
}

// Unpacked is the corpus written out to a directory, in the form casus's
// readers take: one path per page file, plus the WARC archive.
type Unpacked struct {
	// Inputs are the paths to read: every page that is a file of its own,
	// then the archive, whose members are read from it.
	Inputs []string
	dir    string
	byURL  map[string]string // archive member URL -> manifest file
}

// Unpack copies the corpus into dir (which should be empty, such as a
// fresh temporary directory) and lists the paths to read.
func Unpack(dir string) (*Unpacked, error) {
	if err := os.CopyFS(dir, Corpus()); err != nil {
		return nil, fmt.Errorf("demo: unpack: %w", err)
	}
	entries, err := Manifest()
	if err != nil {
		return nil, err
	}
	u := &Unpacked{dir: dir, byURL: map[string]string{}}
	for _, e := range entries {
		if e.Member() {
			u.byURL[e.URL] = e.File
			continue
		}
		u.Inputs = append(u.Inputs, filepath.Join(dir, filepath.FromSlash(e.File)))
	}
	u.Inputs = append(u.Inputs, filepath.Join(dir, ArchiveName))
	return u, nil
}

// Name returns the manifest's name of a page (the name the gold files
// use) read from origin, the path it was read from, with canonical url:
// "archive.warc.gz#URL" for an archive member, else origin relative to
// the unpacked directory, with forward slashes.
func (u *Unpacked) Name(origin, url string) (string, error) {
	if name, ok := u.byURL[url]; ok {
		return name, nil
	}
	rel, err := filepath.Rel(u.dir, origin)
	if err != nil {
		return "", fmt.Errorf("demo: %s: %w", origin, err)
	}
	return filepath.ToSlash(rel), nil
}
