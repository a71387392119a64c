package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// story is one article source from src/articles: headers, body paragraphs
// and the hand-written gold annotations.
type story struct {
	Name string // source file name without extension

	File      string // path under corpus/, or "archive.warc.gz#URL"
	Outlet    string
	Template  string // template name; the outlet key when empty
	URL       string
	Title     string
	Dek       string
	Section   string
	Published time.Time
	Clock     bool // Published has a known time of day
	NoDate    bool // the page states no date at all
	Authors   []string
	Source    string // original outlet for republications
	Credit    string // syndication credit line, outside the body
	Lang      string
	Encoding  string
	Topic     string
	Expected  string
	Warc      bool
	Paywall   int // number of paragraphs shown before the paywall; 0 = none
	Base      string

	Paras []para

	Quotes  [][]string // prefix, speaker, direct
	Events  [][]string // snippet, source, target, code, date, background, status
	Framing [][]string // text, kind
}

// para is one body paragraph in the light markup of the sources:
// [text](url) links and **bold**; Heading marks "## " lines.
type para struct {
	Heading bool
	Markup  string
}

var (
	linkRE = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
	boldRE = regexp.MustCompile(`\*\*([^*]+)\*\*`)
)

// Text returns the paragraph as plain text.
func (p para) Text() string {
	s := linkRE.ReplaceAllString(p.Markup, "$1")
	return boldRE.ReplaceAllString(s, "$1")
}

// bodyText returns the article body the way model.Article.Text holds it:
// paragraphs, headings included, joined by "\n". Paywalled pages keep
// only what is shown.
func (s *story) bodyText() string {
	var b strings.Builder
	for i, p := range s.shown() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Text())
	}
	return b.String()
}

// shown returns the paragraphs a reader of the page can see.
func (s *story) shown() []para {
	if s.Paywall > 0 && s.Paywall < len(s.Paras) {
		return s.Paras[:s.Paywall]
	}
	return s.Paras
}

// readStories parses every *.txt file in dir, resolving "base:" headers.
func readStories(dir string) ([]*story, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	byName := map[string]*story{}
	var all []*story
	for _, n := range names {
		s, err := readStory(n)
		if err != nil {
			return nil, err
		}
		byName[s.Name] = s
		all = append(all, s)
	}
	for _, s := range all {
		if s.Base == "" {
			continue
		}
		b, ok := byName[s.Base]
		if !ok {
			return nil, fmt.Errorf("%s: unknown base %q", s.Name, s.Base)
		}
		if len(s.Paras) == 0 {
			s.Paras = b.Paras
		}
		if s.Quotes == nil && s.Events == nil && s.Framing == nil {
			s.Quotes, s.Events, s.Framing = b.Quotes, b.Events, b.Framing
		}
		if s.Title == "" {
			s.Title = b.Title
		}
	}
	return all, nil
}

func readStory(path string) (*story, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s := &story{Name: strings.TrimSuffix(filepath.Base(path), ".txt"), Lang: "en", Encoding: "utf-8", Expected: "article"}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", path, line, fmt.Sprintf(format, a...))
	}
	state := "head"
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			text := strings.Join(cur, " ")
			if h, ok := strings.CutPrefix(text, "## "); ok {
				s.Paras = append(s.Paras, para{Heading: true, Markup: h})
			} else {
				s.Paras = append(s.Paras, para{Markup: text})
			}
			cur = nil
		}
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch state {
		case "head":
			if l == "---" {
				state = "body"
				continue
			}
			if strings.TrimSpace(l) == "" {
				continue
			}
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				return nil, fail("want key: value")
			}
			if err := s.set(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
				return nil, fail("%v", err)
			}
		case "body":
			if l == "=== gold" {
				flush()
				state = "gold"
				continue
			}
			if strings.TrimSpace(l) == "" {
				flush()
				continue
			}
			cur = append(cur, strings.TrimSpace(l))
		case "gold":
			if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
				continue
			}
			f := strings.Split(l, "|")
			for i := range f {
				f[i] = strings.TrimSpace(f[i])
			}
			switch {
			case f[0] == "q" && len(f) == 4:
				s.Quotes = append(s.Quotes, f[1:])
			case f[0] == "e" && len(f) == 8:
				s.Events = append(s.Events, f[1:])
			case f[0] == "f" && len(f) == 3:
				s.Framing = append(s.Framing, f[1:])
			default:
				return nil, fail("bad gold line (%d fields)", len(f))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	if s.File == "" || s.Outlet == "" {
		return nil, fmt.Errorf("%s: file and outlet are required", path)
	}
	if s.Template == "" {
		s.Template = s.Outlet
	}
	return s, nil
}

func (s *story) set(k, v string) error {
	switch k {
	case "file":
		s.File = v
	case "outlet":
		s.Outlet = v
	case "template":
		s.Template = v
	case "url":
		s.URL = v
	case "title":
		s.Title = v
	case "dek":
		s.Dek = v
	case "section":
		s.Section = v
	case "published":
		if v == "none" {
			s.NoDate = true
			return nil
		}
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			s.Published, s.Clock = t, true
			return nil
		}
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return fmt.Errorf("bad published %q", v)
		}
		s.Published = t
	case "authors":
		for _, a := range strings.Split(v, ";") {
			if a = strings.TrimSpace(a); a != "" {
				s.Authors = append(s.Authors, a)
			}
		}
	case "source":
		s.Source = v
	case "credit":
		s.Credit = v
	case "lang":
		s.Lang = v
	case "encoding":
		s.Encoding = v
	case "topic":
		s.Topic = v
	case "expected":
		s.Expected = v
	case "warc":
		s.Warc = v == "true"
	case "paywall":
		_, err := fmt.Sscanf(v, "%d", &s.Paywall)
		return err
	case "base":
		s.Base = v
	default:
		return fmt.Errorf("unknown header %q", k)
	}
	return nil
}

// ISO returns the publication date in ISO 8601: RFC 3339 when the clock
// is known, else the day.
func (s *story) ISO() string {
	if s.Clock {
		return s.Published.Format(time.RFC3339)
	}
	return s.Published.Format(time.DateOnly)
}
