// Command gen builds the demo corpus from its sources: it renders every
// article in demo/src/articles through its outlet's template in
// demo/src/outlets, encodes the pages that are not UTF-8, writes the RSS
// feed and the WARC archive, and writes MANIFEST.tsv and the gold files.
// Run it from the module root:
//
//	go run ./demo/gen
//
// The output is deterministic: running it twice gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	dir := flag.String("dir", "demo", "the demo directory (holding src/, corpus/ and gold/)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	src := filepath.Join(dir, "src")
	outlets, err := readOutlets(filepath.Join(src, "outlets.tsv"))
	if err != nil {
		return err
	}
	tmpl, err := loadTemplates(filepath.Join(src, "outlets"))
	if err != nil {
		return err
	}
	stories, err := readStories(filepath.Join(src, "articles"))
	if err != nil {
		return err
	}
	sort.Slice(stories, func(i, j int) bool { return stories[i].File < stories[j].File })
	if err := check(stories, outlets); err != nil {
		return err
	}

	corpus := filepath.Join(dir, "corpus")
	if err := os.RemoveAll(corpus); err != nil {
		return err
	}
	var archived []archivedPage
	for _, s := range stories {
		o := outlets[s.Outlet]
		b, err := render(tmpl, s, o, othersFor(stories, s))
		if err != nil {
			return err
		}
		if s.Warc {
			archived = append(archived, archivedPage{s, b})
			continue
		}
		if err := writeFile(filepath.Join(corpus, s.File), b); err != nil {
			return err
		}
	}
	if err := writeWARC(filepath.Join(corpus, "archive.warc.gz"), archived); err != nil {
		return err
	}
	feed, err := rss(outlets["baltic"], stories)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(corpus, "feeds", "balticcourier.xml"), feed); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(corpus, "MANIFEST.tsv"), manifest(stories, outlets)); err != nil {
		return err
	}
	gold := filepath.Join(dir, "gold")
	for name, b := range goldFiles(stories, outlets) {
		if err := writeFile(filepath.Join(gold, name), b); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// check verifies the sources against themselves: unique files and URLs,
// known outlets, URLs under the outlet's domain, and gold snippets that
// really occur in the body.
func check(stories []*story, outlets map[string]outlet) error {
	files, urls := map[string]bool{}, map[string]bool{}
	var errs []string
	bad := func(s *story, format string, a ...any) {
		errs = append(errs, s.Name+": "+fmt.Sprintf(format, a...))
	}
	for _, s := range stories {
		o, ok := outlets[s.Outlet]
		if !ok {
			bad(s, "unknown outlet %q", s.Outlet)
			continue
		}
		if files[s.File] {
			bad(s, "duplicate file %s", s.File)
		}
		files[s.File] = true
		if s.URL != "" {
			if urls[s.URL] {
				bad(s, "duplicate url %s", s.URL)
			}
			urls[s.URL] = true
			if !strings.HasPrefix(s.URL, "https://"+o.Domain+"/") && !strings.HasPrefix(s.URL, "https://www."+o.Domain+"/") {
				bad(s, "url %s not under %s", s.URL, o.Domain)
			}
		}
		if s.Warc != strings.HasPrefix(s.File, "archive.warc.gz#") {
			bad(s, "warc pages are named archive.warc.gz#URL")
		}
		if s.Expected == "no-article" {
			continue
		}
		body := s.bodyText()
		for _, q := range s.Quotes {
			if _, err := quoteText(body, q[0], q[2] == "true"); err != nil {
				bad(s, "%v", err)
			}
			if q[2] != "true" && q[2] != "false" {
				bad(s, "quote direct %q", q[2])
			}
		}
		for _, e := range s.Events {
			if !strings.Contains(body, e[0]) {
				bad(s, "event snippet not in body: %q", e[0])
			}
			if e[5] != "true" && e[5] != "false" {
				bad(s, "event background %q", e[5])
			}
			switch e[6] {
			case "asserted", "claimed", "disputed", "negated", "hypothetical":
			default:
				bad(s, "event status %q", e[6])
			}
		}
		for _, f := range s.Framing {
			if !strings.Contains(body, f[0]) {
				bad(s, "framing text not in body: %q", f[0])
			}
			switch f[1] {
			case "scare_quote", "distancing", "loaded_label", "hedge":
			default:
				bad(s, "framing kind %q", f[1])
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d problems:\n%s", len(errs), strings.Join(errs, "\n"))
	}
	return nil
}

// quoteText finds the quote starting with prefix in body and returns its
// first 40 characters: up to the closing quotation mark for a direct
// quote, up to the end of the sentence for an indirect one, and never
// past the end of a paragraph.
func quoteText(body, prefix string, direct bool) (string, error) {
	i := strings.Index(body, prefix)
	if i < 0 {
		return "", fmt.Errorf("quote not in body: %q", prefix)
	}
	if strings.Count(body, prefix) > 1 && utf8.RuneCountInString(prefix) < 40 {
		return "", fmt.Errorf("quote prefix not unique: %q", prefix)
	}
	rest := body[i:]
	var b strings.Builder
	n := 0
	for j, r := range rest {
		if r == '\n' || n == 40 {
			break
		}
		if direct && j > 0 && (r == '"' || r == '\u201d' || r == '\u00bb') {
			break
		}
		if !direct && r == '.' && (j+1 == len(rest) || rest[j+1] == ' ' || rest[j+1] == '\n') {
			break
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimRight(b.String(), " ,"), nil
}

func manifest(stories []*story, outlets map[string]outlet) []byte {
	var b bytes.Buffer
	b.WriteString("file\turl\toutlet\tlanguage\tencoding\tpublished\texpected\ttopic\n")
	for _, s := range stories {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.File, s.URL, outlets[s.Outlet].Name, s.Lang, s.Encoding, dayOf(s), s.Expected, s.Topic)
	}
	return b.Bytes()
}

func dayOf(s *story) string {
	if s.NoDate || s.Published.IsZero() {
		return ""
	}
	return s.Published.Format("2006-01-02")
}

func goldFiles(stories []*story, outlets map[string]outlet) map[string][]byte {
	var meta, quotes, events, framing bytes.Buffer
	meta.WriteString("file\ttitle\tpublished\tauthors\tpublisher\tsource\tbody_first60\tbody_last60\n")
	quotes.WriteString("file\tquote40\tspeaker\tdirect\n")
	events.WriteString("file\tsnippet\tsource\ttarget\tcode\tdate\tbackground\tstatus\n")
	framing.WriteString("file\ttext\tkind\n")
	for _, s := range stories {
		if s.Expected == "no-article" {
			continue
		}
		body := s.bodyText()
		publisher := outlets[s.Outlet].Name
		if s.Template == "plaintext" {
			publisher = ""
		}
		fmt.Fprintf(&meta, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.File, s.Title, dayOf(s), strings.Join(s.Authors, ";"), publisher, s.Source, firstRunes(body, 60), lastRunes(body, 60))
		for _, q := range s.Quotes {
			t, _ := quoteText(body, q[0], q[2] == "true")
			fmt.Fprintf(&quotes, "%s\t%s\t%s\t%s\n", s.File, t, q[1], q[2])
		}
		for _, e := range s.Events {
			fmt.Fprintf(&events, "%s\t%s\n", s.File, strings.Join(e, "\t"))
		}
		for _, f := range s.Framing {
			fmt.Fprintf(&framing, "%s\t%s\n", s.File, strings.Join(f, "\t"))
		}
	}
	return map[string][]byte{
		"meta.tsv": meta.Bytes(), "quotes.tsv": quotes.Bytes(),
		"events.tsv": events.Bytes(), "framing.tsv": framing.Bytes(),
	}
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}
