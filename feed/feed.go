package feed

import (
	"errors"
	"io"
	"time"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	// Link is the feed's web page (the site), absolute when resolvable.
	Link     string
	Language string
	Items    []Item
}

// Item is one entry of a feed.
type Item struct {
	Title string
	// Link is the item's page, absolute when resolvable. For Atom the
	// rel="alternate" link is preferred.
	Link string
	// GUID is the item's identifier (RSS guid, Atom id, RDF rdf:about).
	GUID string
	// Summary is the description or summary as written (may hold HTML).
	Summary string
	// Published is the publication date, or the update date when only
	// that is given; zero when absent or unparsable.
	Published time.Time
	Authors   []string
}

// Limits applied by Parse.
const (
	// MaxBytes is how much input Parse reads.
	MaxBytes = 50 << 20
	// MaxItems is how many items Parse keeps.
	MaxItems = 10000
)

// ErrNotFeed means the input is not a feed: HTML, another XML vocabulary,
// or not XML or JSON at all.
var ErrNotFeed = errors.New("feed: not a feed")

// Parse reads a feed from r. It returns an error wrapping ErrNotFeed when
// the input is not a feed.
func Parse(r io.Reader) (*Feed, error) { return nil, ErrNotFeed }

// Sniff reports whether head, the first bytes of an input, looks like a
// feed. Half a kilobyte is plenty.
func Sniff(head []byte) bool { return false }
