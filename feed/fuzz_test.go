package feed

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, that a nil feed comes only
// with an error, that item counts respect MaxItems, and that all text is
// valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, s := range []string{rss2, rdf, atom, jsonDoc, "<rss><channel><item><title>x", "{", "<feed", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Sniff(data)
		feed, err := Parse(strings.NewReader(string(data)))
		if feed == nil {
			if err == nil {
				t.Fatal("nil feed without error")
			}
			return
		}
		if errors.Is(err, ErrNotFeed) {
			t.Fatalf("feed %+v with ErrNotFeed", feed)
		}
		if len(feed.Items) > MaxItems {
			t.Fatalf("%d items", len(feed.Items))
		}
		if feed.LastCut && (err == nil || len(feed.Items) == 0) {
			t.Fatalf("LastCut with %d items and error %v", len(feed.Items), err)
		}
		for _, s := range []string{feed.Title, feed.Link, feed.Language} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
		for _, it := range feed.Items {
			for _, s := range append([]string{it.Title, it.Link, it.GUID, it.Summary}, it.Authors...) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q", s)
				}
			}
		}
	})
}

// FuzzParseDate checks that an accepted date survives a round trip
// through RFC 3339.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Mon, 02 Jan 2006 15:04:05 -0700", "Tues, 5 Sept 24 9:30 EST", "2024-03-05T09:30:00Z", "March 5, 2024", "GMT+99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, ok := ParseDate(s)
		if !ok {
			if !tm.IsZero() {
				t.Fatalf("not ok but %v", tm)
			}
			return
		}
		back, err := time.Parse(time.RFC3339Nano, tm.Format(time.RFC3339Nano))
		if err != nil {
			// Years outside 0000-9999 cannot be written as RFC 3339.
			if tm.Year() < 0 || tm.Year() > 9999 {
				return
			}
			t.Fatalf("%q parsed as %v, which does not round-trip: %v", s, tm, err)
		}
		if !back.Equal(tm) {
			t.Fatalf("%q: %v != %v", s, back, tm)
		}
	})
}
