package feed

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Example &amp; Co News</title>
  <atom:link href="https://news.example.com/feed.xml" rel="self" type="application/rss+xml"/>
  <link>https://news.example.com/</link>
  <language>en-gb</language>
  <item>
    <title><![CDATA[Talks resume <b>in</b> Geneva]]></title>
    <link>/world/talks-resume</link>
    <guid isPermaLink="false">item-1</guid>
    <description><![CDATA[<p>Delegates met on Monday.</p>]]></description>
    <pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>
    <author>desk@example.com (Jane Roe)</author>
    <dc:creator>John Doe</dc:creator>
  </item>
  <item>
    <title>Rates &amp;amp; prices&nbsp;rise</title>
    <guid>https://news.example.com/business/rates</guid>
    <content:encoded>&lt;p&gt;Full text&lt;/p&gt;</content:encoded>
    <dc:date>2024-03-05T08:00:00+01:00</dc:date>
  </item>
</channel>
</rss>`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://agency.example.org/rss">
    <title>Agency Wire</title>
    <link>http://agency.example.org/</link>
    <dc:language>fr</dc:language>
  </channel>
  <item rdf:about="http://agency.example.org/a/1">
    <title>Premier titre</title>
    <link>http://agency.example.org/a/1</link>
    <dc:date>2024-01-15T12:00:00Z</dc:date>
    <dc:creator>Marie Curie</dc:creator>
  </item>
</rdf:RDF>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="https://blog.example.de/">
  <title type="html">Nachrichten &amp;amp; Meinung</title>
  <link rel="self" href="/atom.xml"/>
  <link rel="alternate" type="text/html" href="/"/>
  <author><name>Redaktion</name></author>
  <entry>
    <title>Erster Eintrag</title>
    <link rel="enclosure" href="/audio.mp3"/>
    <link rel="alternate" type="application/json" href="/e1.json"/>
    <link rel="alternate" type="text/html" href="artikel/erster"/>
    <id>tag:blog.example.de,2024:1</id>
    <updated>2024-02-02T10:00:00Z</updated>
    <published>2024-02-01T09:00:00+01:00</published>
    <summary>Kurz.</summary>
    <author><name>Anna</name></author>
    <author><name>Ben</name></author>
  </entry>
  <entry xml:base="https://other.example.de/sub/">
    <title>Zweiter</title>
    <link href="x.html"/>
    <id>tag:blog.example.de,2024:2</id>
    <updated>2024-02-03T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Inhalt&lt;/p&gt;</content>
  </entry>
</feed>`

const jsonDoc = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "JSON News",
  "home_page_url": "https://json.example.net/",
  "language": "es",
  "items": [
    {"id": "1", "url": "/noticia/1", "title": "Hola", "content_html": "<p>x</p>",
     "date_published": "2024-04-01T10:00:00-03:00", "authors": [{"name": "Ana"}]},
    {"id": 2, "external_url": "https://elsewhere.example/2", "title": "Dos", "summary": "s",
     "date_modified": "2024-04-02T10:00:00Z", "author": {"name": "Luis"}}
  ]
}`

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Feed
	}{
		{"rss 2.0", rss2, &Feed{
			Title: "Example & Co News", Link: "https://news.example.com/", Language: "en-gb",
			Items: []Item{
				{Title: "Talks resume in Geneva", Link: "https://news.example.com/world/talks-resume", GUID: "item-1",
					Summary: "<p>Delegates met on Monday.</p>", Published: time.Date(2024, 3, 4, 10, 0, 0, 0, time.UTC),
					Authors: []string{"Jane Roe", "John Doe"}},
				{Title: "Rates & prices rise", Link: "https://news.example.com/business/rates", GUID: "https://news.example.com/business/rates",
					Summary: "<p>Full text</p>", Published: time.Date(2024, 3, 5, 7, 0, 0, 0, time.UTC)},
			}}},
		{"rss 1.0", rdf, &Feed{
			Title: "Agency Wire", Link: "http://agency.example.org/", Language: "fr",
			Items: []Item{{Title: "Premier titre", Link: "http://agency.example.org/a/1", GUID: "http://agency.example.org/a/1",
				Published: time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC), Authors: []string{"Marie Curie"}}},
		}},
		{"atom", atom, &Feed{
			Title: "Nachrichten & Meinung", Link: "https://blog.example.de/", Language: "de",
			Items: []Item{
				{Title: "Erster Eintrag", Link: "https://blog.example.de/artikel/erster", GUID: "tag:blog.example.de,2024:1",
					Summary: "Kurz.", Published: time.Date(2024, 2, 1, 8, 0, 0, 0, time.UTC), Authors: []string{"Anna", "Ben"}},
				{Title: "Zweiter", Link: "https://other.example.de/sub/x.html", GUID: "tag:blog.example.de,2024:2",
					Summary: "<p>Inhalt</p>", Published: time.Date(2024, 2, 3, 10, 0, 0, 0, time.UTC), Authors: []string{"Redaktion"}},
			}}},
		{"json feed", jsonDoc, &Feed{
			Title: "JSON News", Link: "https://json.example.net/", Language: "es",
			Items: []Item{
				{Title: "Hola", Link: "https://json.example.net/noticia/1", GUID: "1", Summary: "<p>x</p>",
					Published: time.Date(2024, 4, 1, 13, 0, 0, 0, time.UTC), Authors: []string{"Ana"}},
				{Title: "Dos", Link: "https://elsewhere.example/2", GUID: "2", Summary: "s",
					Published: time.Date(2024, 4, 2, 10, 0, 0, 0, time.UTC), Authors: []string{"Luis"}},
			}}},
		{"rss 0.91 items beside channel, no declaration", `<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link></channel><item><title>A</title><link>a.html</link></item></rss>`,
			&Feed{Title: "Old", Link: "http://old.example/", Items: []Item{{Title: "A", Link: "http://old.example/a.html"}}}},
		{"empty channel", `<rss><channel></channel></rss>`, &Feed{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			normalize(got)
			normalize(tt.want)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

// normalize makes times comparable with DeepEqual.
func normalize(f *Feed) {
	for i := range f.Items {
		if !f.Items[i].Published.IsZero() {
			f.Items[i].Published = f.Items[i].Published.UTC()
		}
	}
}

func TestParseEncodings(t *testing.T) {
	title := "Новости: Москва и Киев"
	enc, err := charmap.Windows1251.NewEncoder().String(title)
	if err != nil {
		t.Fatal(err)
	}
	doc := `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>` + enc + `</title></channel></rss>`
	f, err := Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != title {
		t.Errorf("windows-1251: title %q, want %q", f.Title, title)
	}
	// Declared windows-1251 but actually UTF-8: the bytes win.
	doc = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>` + title + `</title></channel></rss>`
	if f, err = Parse(strings.NewReader(doc)); err != nil || f.Title != title {
		t.Errorf("mislabelled UTF-8: %q, %v", f.Title, err)
	}
	// UTF-16 with a byte order mark.
	u16 := []byte{0xFF, 0xFE}
	for _, r := range `<rss><channel><title>Ünï</title></channel></rss>` {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	if f, err = Parse(strings.NewReader(string(u16))); err != nil || f.Title != "Ünï" {
		t.Errorf("utf-16: %+v, %v", f, err)
	}
	if !Sniff(u16) {
		t.Error("Sniff(utf-16 feed) = false")
	}
}

func TestNotFeed(t *testing.T) {
	for _, in := range []string{
		"",
		"just some text",
		"<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>",
		`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`,
		`{"title": "not a json feed", "items": []}`,
		`{"version": "https://jsonfeed.org/version/1", "items": 5}`,
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
	} {
		if f, err := Parse(strings.NewReader(in)); !errors.Is(err, ErrNotFeed) {
			t.Errorf("Parse(%.30q) = %+v, %v; want ErrNotFeed", in, f, err)
		}
	}
}

func TestTruncated(t *testing.T) {

	cut := rss2[:strings.LastIndex(rss2, "<item>")+20] // inside the second item
	f, err := Parse(strings.NewReader(cut))
	if err == nil || errors.Is(err, ErrNotFeed) {
		t.Fatalf("err = %v, want a syntax error", err)
	}
	if f == nil || f.Title != "Example & Co News" || len(f.Items) != 2 || f.Items[0].Title != "Talks resume in Geneva" {
		t.Errorf("partial feed = %+v", f)
	}
}

// TestLastCut checks that a feed broken off partway keeps the items read
// before the break and says whether the last of them was cut off.
func TestLastCut(t *testing.T) {
	const head = `<rss><channel><title>News</title><item><link>https://a.example/1</link></item>`
	tests := []struct {
		name      string
		body      string
		wantItems int
		wantCut   bool
		wantLink  string // the last item's link
	}{
		{"inside the link", head + `<item><link>https://a.example/2`, 2, true, "https://a.example/2"},
		{"inside the item", head + `<item><link>https://a.example/2</link><descr`, 2, true, "https://a.example/2"},
		{"after the item", head + `<item><link>https://a.example/2</link></item><it`, 2, false, "https://a.example/2"},
		{"after the first item", head + `<ite`, 1, false, "https://a.example/1"},
		{"atom inside an entry", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry><entry><id>2`, 2, true, ""},
		{"atom after an entry", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry><entry><id>2</id></entry>`, 2, false, ""},
		{"nested item open", head + `<item><link>https://a.example/2</link><description><item>x</item>`, 2, true, "https://a.example/2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.body))
			if err == nil || errors.Is(err, ErrNotFeed) {
				t.Fatalf("err %v, want a syntax error", err)
			}
			if len(f.Items) != tt.wantItems || f.LastCut != tt.wantCut {
				t.Fatalf("%d items, LastCut %v; want %d, %v", len(f.Items), f.LastCut, tt.wantItems, tt.wantCut)
			}
			if last := f.Items[len(f.Items)-1]; last.Link != tt.wantLink {
				t.Errorf("last link %q, want %q", last.Link, tt.wantLink)
			}
		})
	}
	if f, err := Parse(strings.NewReader(head + "</channel></rss>")); err != nil || f.LastCut {
		t.Errorf("whole feed: LastCut %v, err %v; want false, nil", f.LastCut, err)
	}
}

// TestMaxItems checks that an XML feed keeps its first MaxItems items
// and stops reading at the next, so that what follows, however long or
// broken, costs nothing.
func TestMaxItems(t *testing.T) {
	items := "<rss><channel><title>News</title>" + strings.Repeat("<item><title>t</title></item>", MaxItems)
	tests := []struct {
		name      string
		body      string
		wantItems int
	}{
		{"exactly MaxItems", items + "</channel></rss>", MaxItems},
		{"past MaxItems by one", items + "<item><title>t</title></item></channel></rss>", MaxItems},
		{"past MaxItems", items + strings.Repeat("<item><title>t</title></item>", 5) + "</channel></rss>", MaxItems},
		{"broken past MaxItems", items + "<item><title>t</title></item><<<", MaxItems},
		{"too many elements past MaxItems", items + "<item>" + strings.Repeat("<x/>", MaxElements) + "</item></channel></rss>", MaxItems},
		{"broken within MaxItems", items[:len(items)-10] + "<<<", MaxItems},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.body))
			if f == nil {
				t.Fatalf("no feed, err %v", err)
			}
			switch {
			case strings.HasPrefix(tt.name, "exactly"):
				if err != nil {
					t.Errorf("err %v, want none", err)
				}
			case strings.HasPrefix(tt.name, "broken within"):
				if err == nil || errors.Is(err, ErrMaxItems) {
					t.Errorf("err %v, want a syntax error", err)
				}
			default:
				if !errors.Is(err, ErrMaxItems) || !strings.Contains(err.Error(), "more than 10000") {
					t.Errorf("err %v, want ErrMaxItems saying more than 10000", err)
				}
			}
			if wantCut := strings.HasPrefix(tt.name, "broken within"); f.LastCut != wantCut {
				t.Errorf("LastCut %v, want %v", f.LastCut, wantCut)
			}
			if len(f.Items) != tt.wantItems || f.Title != "News" {
				t.Errorf("%d items titled %q, want %d titled News", len(f.Items), f.Title, tt.wantItems)
			}
		})
	}
}

// TestJSONItems checks that a JSON Feed keeps its first MaxItems items,
// and that items that are not an array of items make it no feed.
func TestJSONItems(t *testing.T) {
	const head = `{"version":"https://jsonfeed.org/version/1","items":`
	many := head + "[" + strings.Repeat(`{"title":"t"},`, MaxItems+2) + `{"title":"last"}]}`
	tests := []struct {
		name      string
		body      string
		wantItems int
		notFeed   bool
		wantErr   error // nil for none
	}{
		{"past MaxItems", many, MaxItems, false, ErrMaxItems},
		{"exactly MaxItems", head + "[" + strings.Repeat(`{"title":"t"},`, MaxItems-1) + `{"title":"last"}]}`, MaxItems, false, nil},
		{"null", head + "null}", 0, false, nil},
		{"empty", head + "[]}", 0, false, nil},
		{"two", head + `[{"title":"a"},{"id":"b"}]}`, 2, false, nil},
		{"number", head + "5}", 0, true, nil},
		{"bad item", head + `[{"title":"a"},{"title":5}]}`, 0, true, nil},
		{"bad item past MaxItems", head + "[" + strings.Repeat(`{"title":"t"},`, MaxItems) + `{"title":5}]}`, MaxItems, false, ErrMaxItems},
		{"broken after items", head + `[{"title":"a"}`, 1, false, io.ErrUnexpectedEOF},
		{"broken inside an item", head + `[{"title":"a"},{"title":"b`, 1, false, io.ErrUnexpectedEOF},
		{"broken before the version", `{"items":[{"title":"a"},{"title":"b`, 0, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.body))
			if tt.notFeed {
				if !errors.Is(err, ErrNotFeed) {
					t.Errorf("err %v, want ErrNotFeed", err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Errorf("err %v, want %v", err, tt.wantErr)
			}
			if f == nil {
				t.Fatal("no feed")
			}
			if len(f.Items) != tt.wantItems || f.LastCut {
				t.Errorf("%d items, LastCut %v, want %d, false", len(f.Items), f.LastCut, tt.wantItems)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{rss2, true},
		{rdf, true},
		{atom, true},
		{jsonDoc, true},
		{"\xEF\xBB\xBF  <?xml version='1.0'?>\n<!-- c > d --><!DOCTYPE rss><rss>", true},
		{"<feed xmlns='http://www.w3.org/2005/Atom'>", true},
		{"<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\">", true},
		{"<x:html>", false},
		{"<!DOCTYPE html><html><body>rss</body></html>", false},
		{"<html><head><link rel=alternate type=application/rss+xml></head>", false},
		{`<?xml version="1.0"?><svg/>`, false},
		{`{"title": "x"}`, false},
		{"plain text", false},
		{"", false},
		{"<", false},
	}
	for _, tt := range tests {
		head := tt.in
		if len(head) > 512 {
			head = head[:512]
		}
		if got := Sniff([]byte(head)); got != tt.want {
			t.Errorf("Sniff(%.40q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestLimits checks that a feed past a limit gives the items read until
// then (the one cut off among them, as for a malformed feed) with an error wrapping ErrLimit that names the limit, while a feed
// just within the limits reads whole.
func TestLimits(t *testing.T) {
	item := "<item><title>ok</title></item>"
	tests := []struct {
		name      string
		body      string
		wantItems int
		wantErr   string // "" for none
	}{
		{"deep", "<rss><channel>" + item + "<item>" + strings.Repeat("<a>", MaxDepth) + "x", 2, "nested more than 256 deep, in item 2"},
		{"deep within", "<rss><channel>" + item + "<item>" + strings.Repeat("<a>", MaxDepth-4) + strings.Repeat("</a>", MaxDepth-4) + "</item></channel></rss>", 2, ""},
		{"fields", "<rss><channel>" + item + "<item>" + strings.Repeat("<link>l</link>", MaxFields+1) + "</item></channel></rss>", 2, "<item> holds more than 256 elements such as <link>, in item 2"},
		{"fields within", "<rss><channel><item>" + strings.Repeat("<link>l</link>", MaxFields) + "</item></channel></rss>", 1, ""},
		{"fields not read", "<rss><channel><item>" + strings.Repeat("<category>c</category>", 2*MaxFields) + "</item></channel></rss>", 1, ""},
		{"text", "<rss><channel>" + item + "<item><description>" + strings.Repeat("y", MaxFieldBytes+1) + "</description></item></channel></rss>", 2, "<description> longer than 1048576 bytes, in item 2"},
		{"text within", "<rss><channel><item><description>" + strings.Repeat("y", MaxFieldBytes) + "</description></item></channel></rss>", 1, ""},
		{"elements", "<rss><channel>" + item + "<item>" + strings.Repeat("<x/>", MaxElements-5) + "<x/>", 2, "more than 1048576 elements, in item 2 at byte 4194338"}, // the end of the body,
		{"elements within", "<rss><channel>" + item + "<item>" + strings.Repeat("<x/>", MaxElements-5) + "</item></channel></rss>", 2, ""},
		{"text not read", "<rss><channel><item><category>" + strings.Repeat("y", MaxFieldBytes+1) + "</category></item></channel></rss>", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.body))
			if f == nil {
				t.Fatalf("no feed, err %v", err)
			}
			if len(f.Items) != tt.wantItems {
				t.Errorf("%d items, want %d", len(f.Items), tt.wantItems)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("err %v, want none", err)
			case tt.wantErr != "" && (!errors.Is(err, ErrLimit) || !strings.Contains(fmt.Sprint(err), tt.wantErr)):
				t.Errorf("err %v, want ErrLimit saying %q", err, tt.wantErr)
			}
		})
	}
}
