package main

import (
	"bytes"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"time"

	"github.com/casus-project/casus/warc"
)

// archivedPage is a rendered page bound for the WARC file.
type archivedPage struct {
	s    *story
	html []byte
}

func recordID(seed string) string {
	h := sha1.Sum([]byte(seed))
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func digest(b []byte) string {
	h := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(h[:])
}

type warcField struct{ name, value string }

// writeRecord writes one record through the project's warc.Writer; the
// record IDs are derived from the content so the output is reproducible.
func writeRecord(w *warc.Writer, fields []warcField, block []byte) error {
	h := &warc.Header{}
	for _, f := range fields {
		h.Fields = append(h.Fields, warc.Field{Name: f.name, Value: f.value})
	}
	return w.WriteRecord(h, block)
}

// crawlTime is when the invented crawler fetched a page: a few hours
// after publication.
func crawlTime(s *story) time.Time {
	return s.Published.Add(5*time.Hour + 17*time.Minute).UTC()
}

func writeWARC(path string, pages []archivedPage) error {
	var buf bytes.Buffer
	out := warc.NewWriter(&buf)
	out.Compress = true
	info := []byte("software: casus demo generator\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\noperator: Casus demo corpus (invented pages)\r\nrobots: obey\r\n")
	first := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	if err := writeRecord(out, []warcField{
		{"WARC-Type", "warcinfo"},
		{"WARC-Date", first.Format(time.RFC3339)},
		{"WARC-Filename", filepath.Base(path)},
		{"WARC-Record-ID", recordID("warcinfo")},
		{"Content-Type", "application/warc-fields"},
	}, info); err != nil {
		return err
	}
	for i, p := range pages {
		u := p.s.URL
		date := crawlTime(p.s).Format(time.RFC3339)
		host := strings.SplitN(strings.TrimPrefix(u, "https://"), "/", 2)[0]
		reqID := recordID("request " + u)
		if i == 0 {
			path := "/" + strings.SplitN(strings.TrimPrefix(u, "https://"), "/", 2)[1]
			req := []byte("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: casus-demo/1.0\r\nAccept: text/html\r\n\r\n")
			if err := writeRecord(out, []warcField{
				{"WARC-Type", "request"},
				{"WARC-Target-URI", u},
				{"WARC-Date", date},
				{"WARC-Record-ID", reqID},
				{"Content-Type", "application/http; msgtype=request"},
			}, req); err != nil {
				return err
			}
		}
		var hdr bytes.Buffer
		payload := p.html
		fmt.Fprintf(&hdr, "HTTP/1.1 200 OK\r\nDate: %s\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n", crawlTime(p.s).Format(time.RFC1123))
		if i == 3 {
			// One response keeps its chunked transfer coding, as some
			// crawlers store it.
			hdr.WriteString("Transfer-Encoding: chunked\r\n\r\n")
			var c bytes.Buffer
			for b := payload; len(b) > 0; {
				n := min(len(b), 4000)
				fmt.Fprintf(&c, "%x\r\n", n)
				c.Write(b[:n])
				c.WriteString("\r\n")
				b = b[n:]
			}
			c.WriteString("0\r\n\r\n")
			payload = c.Bytes()
		} else {
			fmt.Fprintf(&hdr, "Content-Length: %d\r\n\r\n", len(payload))
		}
		block := append(hdr.Bytes(), payload...)
		fields := []warcField{
			{"WARC-Type", "response"},
			{"WARC-Target-URI", u},
			{"WARC-Date", date},
			{"WARC-Record-ID", recordID("response " + u)},
		}
		if i == 0 {
			fields = append(fields, warcField{"WARC-Concurrent-To", reqID})
		}
		fields = append(fields,
			warcField{"WARC-Payload-Digest", digest(p.html)},
			warcField{"WARC-Block-Digest", digest(block)},
			warcField{"Content-Type", "application/http; msgtype=response"},
		)
		if err := writeRecord(out, fields, block); err != nil {
			return err
		}
	}
	return writeFile(path, buf.Bytes())
}

// rss writes an RSS 2.0 feed of the outlet's pages, newest first.
func rss(o outlet, stories []*story) ([]byte, error) {
	var items []*story
	for _, s := range stories {
		if s.Outlet == o.Key && !s.Warc && s.Expected != "no-article" {
			items = append(items, s)
		}
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("rss: no pages of outlet %q", o.Key)
	}
	// newest first
	for i := 0; i < len(items); i++ {
		for j := i + 1; j < len(items); j++ {
			if items[j].Published.After(items[i].Published) {
				items[i], items[j] = items[j], items[i]
			}
		}
	}
	x := html.EscapeString
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">` + "\n<channel>\n")
	fmt.Fprintf(&b, "  <title>%s</title>\n  <link>https://%s/</link>\n", x(o.Name), o.Domain)
	fmt.Fprintf(&b, "  <atom:link href=\"https://%s/feed/\" rel=\"self\" type=\"application/rss+xml\"/>\n", o.Domain)
	fmt.Fprintf(&b, "  <description>News and analysis from the Baltic and beyond</description>\n  <language>en-gb</language>\n")
	fmt.Fprintf(&b, "  <lastBuildDate>%s</lastBuildDate>\n", items[0].Published.Format(time.RFC1123Z))
	for _, s := range items {
		b.WriteString("  <item>\n")
		fmt.Fprintf(&b, "    <title>%s</title>\n    <link>%s</link>\n    <guid isPermaLink=\"true\">%s</guid>\n", x(s.Title), s.URL, s.URL)
		fmt.Fprintf(&b, "    <pubDate>%s</pubDate>\n", s.Published.Format(time.RFC1123Z))
		for _, a := range s.Authors {
			fmt.Fprintf(&b, "    <dc:creator><![CDATA[%s]]></dc:creator>\n", a)
		}
		if s.Dek != "" {
			fmt.Fprintf(&b, "    <description><![CDATA[<p>%s</p>]]></description>\n", s.Dek)
		}
		fmt.Fprintf(&b, "    <category>%s</category>\n", x(s.Section))
		b.WriteString("  </item>\n")
	}
	b.WriteString("</channel>\n</rss>\n")
	return b.Bytes(), nil
}
