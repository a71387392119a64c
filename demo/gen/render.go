package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// outlet is one invented publication, from src/outlets.tsv.
type outlet struct {
	Key      string
	Name     string
	Domain   string
	Entities bool // write curly quotes and dashes as named entities
}

// link is an entry of a rail or related list.
type link struct {
	Title, URL string
	Published  time.Time
}

// block is one rendered body paragraph or heading.
type block struct {
	H    bool
	HTML string
	Text string
}

// page is what a template sees.
type page struct {
	*story
	Outlet  outlet
	Charset string // declared charset; empty for none
	Body    []block
	Teaser  []block // the paragraphs before an inline box
	Rest    []block // the paragraphs after it
	Others  []link  // the outlet's other pages, newest first
	Year    int
}

func readOutlets(path string) (map[string]outlet, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]outlet{}
	for i, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if i == 0 || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 fields", path, i+1)
		}
		m[f[0]] = outlet{Key: f[0], Name: f[1], Domain: f[2], Entities: f[3] == "yes"}
	}
	return m, nil
}

// textEsc escapes text for an HTML text node, leaving quotes alone.
func textEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

var entityRepl = strings.NewReplacer("\u201c", "&ldquo;", "\u201d", "&rdquo;", "\u2018", "&lsquo;", "\u2019", "&rsquo;", "\u2014", "&mdash;", "\u2013", "&ndash;", "\u00a0", "&nbsp;")

// paraHTML renders a paragraph's markup as HTML content.
func paraHTML(p para, o outlet) string {
	s := textEsc(p.Markup)
	s = linkRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := linkRE.FindStringSubmatch(m)
		return `<a href="` + sub[2] + `">` + sub[1] + `</a>`
	})
	s = boldRE.ReplaceAllString(s, "<strong>$1</strong>")
	if o.Entities {
		s = entityRepl.Replace(s)
	}
	return s
}

func funcs() template.FuncMap {
	return template.FuncMap{
		"t": textEsc,
		"a": html.EscapeString,
		"j": func(v any) (string, error) {
			b, err := json.Marshal(v)
			return string(b), err
		},
		"date":  func(layout string, t time.Time) string { return t.Format(layout) },
		"join":  strings.Join,
		"upper": strings.ToUpper,
		"lower": strings.ToLower,
		"first": func(n int, l []link) []link {
			if len(l) > n {
				return l[:n]
			}
			return l
		},
		"slug": func(s string) string {
			s = strings.ToLower(s)
			return strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
					return r
				}
				return '-'
			}, s)
		},
	}
}

func loadTemplates(dir string) (*template.Template, error) {
	return template.New("").Funcs(funcs()).ParseGlob(filepath.Join(dir, "*.html"))
}

// encodings maps the manifest's encoding names to encoders and the
// charset the page declares.
func encoderFor(name string) (encoding.Encoding, string, error) {
	switch name {
	case "utf-8":
		return nil, "utf-8", nil
	case "windows-1252":
		return charmap.Windows1252, "windows-1252", nil
	case "iso-8859-1-undeclared":
		return charmap.ISO8859_1, "", nil
	case "windows-1251":
		return charmap.Windows1251, "windows-1251", nil
	case "windows-1256":
		return charmap.Windows1256, "windows-1256", nil
	}
	return nil, "", fmt.Errorf("unknown encoding %q", name)
}

// render produces the page bytes of s, encoded as s.Encoding says.
func render(tmpl *template.Template, s *story, o outlet, others []link) ([]byte, error) {
	enc, cs, err := encoderFor(s.Encoding)
	if err != nil {
		return nil, err
	}
	p := &page{story: s, Outlet: o, Charset: cs, Others: others, Year: s.Published.Year()}
	if s.NoDate {
		p.Year = 2025
	}
	for _, q := range s.shown() {
		p.Body = append(p.Body, block{H: q.Heading, HTML: paraHTML(q, o), Text: q.Text()})
	}
	cut := 2
	if cut > len(p.Body) {
		cut = len(p.Body)
	}
	p.Teaser, p.Rest = p.Body[:cut], p.Body[cut:]
	var b bytes.Buffer
	t := tmpl.Lookup(s.Template + ".html")
	if t == nil {
		return nil, fmt.Errorf("%s: no template %q", s.Name, s.Template)
	}
	if err := t.Execute(&b, p); err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	out := b.Bytes()
	if enc != nil {
		// Characters the charset lacks (curly quotes in a related
		// headline, say) become numeric references, as CMSs write them.
		out, err = encoding.HTMLEscapeUnsupported(enc.NewEncoder()).Bytes(out)
		if err != nil {
			return nil, fmt.Errorf("%s: encode %s: %w", s.Name, s.Encoding, err)
		}
	}
	return out, nil
}

// othersFor lists an outlet's other pages, newest first.
func othersFor(all []*story, s *story) []link {
	var l []link
	for _, o := range all {
		if o == s || o.Outlet != s.Outlet || o.Expected == "no-article" || o.URL == "" || o.Warc != s.Warc {
			continue
		}
		l = append(l, link{Title: o.Title, URL: o.URL, Published: o.Published})
	}
	sort.Slice(l, func(i, j int) bool {
		if !l[i].Published.Equal(l[j].Published) {
			return l[i].Published.After(l[j].Published)
		}
		return l[i].URL < l[j].URL
	})
	return l
}
