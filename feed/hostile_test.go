package feed

import (
	"bytes"
	"strings"
	"testing"
)

// hostileFeeds returns feeds of about 20 MB built to make a reader that
// keeps every element use much memory and time: elements nested deep,
// many empty elements inside one item, many empty items, many small
// fields casus reads, one very long description, and a JSON Feed of
// millions of empty items.
func hostileFeeds() []struct {
	name string
	body []byte
} {
	const size = 20 << 20
	fill := func(head, unit, tail string) []byte {
		var b bytes.Buffer
		b.WriteString(head)
		for b.Len() < size {
			b.WriteString(unit)
		}
		b.WriteString(tail)
		return b.Bytes()
	}
	return []struct {
		name string
		body []byte
	}{
		{"deep", fill("<rss><channel><item>", "<a>", "")},
		{"elements", fill("<rss><channel><item><title>x</title>", "<x/>", "</item></channel></rss>")},
		{"items", fill("<rss><channel>", "<item/>", "</channel></rss>")},
		{"fields", fill("<rss><channel><item><title>x</title>", "<link>l</link>", "</item></channel></rss>")},
		{"text", []byte("<rss><channel><item><description>" + strings.Repeat("y", size) + "</description></item></channel></rss>")},
		{"json-items", fill(`{"version":"https://jsonfeed.org/version/1","items":[`, `{},`, `{}]}`)},
	}
}

// BenchmarkParseHostile measures Parse on each hostile feed:
// go test -run '^$' -bench ParseHostile -benchmem -benchtime 3x ./feed
func BenchmarkParseHostile(b *testing.B) {
	for _, h := range hostileFeeds() {
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(h.body)))
			b.ReportAllocs()
			for b.Loop() {
				f, err := Parse(bytes.NewReader(h.body))
				if f == nil && err == nil {
					b.Fatal("nil feed without error")
				}
			}
		})
	}
}
