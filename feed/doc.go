// Package feed parses syndication feeds: RSS 2.0 (and the 0.9x dialects),
// RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x, into one small Feed type.
//
//	f, err := feed.Parse(body)
//	if errors.Is(err, feed.ErrNotFeed) {
//		// route body elsewhere, e.g. to HTML extraction
//	}
//	for _, it := range f.Items { ... it.Link, it.Published ... }
//
// Parse reads at most MaxBytes of input and keeps at most MaxItems items,
// reading no further than the item past them and returning an error
// wrapping ErrMaxItems with them. It reads an XML feed as a
// stream of tokens and keeps only the elements a Feed is made of, so a
// hostile feed costs time in proportion to its size but little memory;
// one with more than MaxElements elements, whose elements nest deeper
// than MaxDepth, or whose kept elements hold more than MaxFieldBytes of
// text or more than MaxFields children, stops with an error wrapping
// ErrLimit that says where. A feed that breaks off or turns malformed
// partway comes back with the items read before the break and an error;
// Feed.LastCut says whether the last of them was cut off (an item element
// still open at the break). A JSON Feed is read as a stream of tokens and
// its items decoded one at a time, whole or not at all, and not past
// MaxItems; one cut off after its version keeps the items before the
// break.
// It resolves relative links against xml:base and the feed's own link,
// decodes declared non-UTF-8 encodings, and understands the many date
// forms feeds use (RFC 822 with or without seconds and day names, named
// and numeric zones, RFC 3339); ParseDate exposes that date parser. Sniff
// tells from the first bytes whether input looks like a feed at all.
//
// Bytes are turned into UTF-8 by package charset before XML parsing, so a
// feed whose XML declaration names the wrong encoding (a common fault) is
// still read correctly when its bytes are valid UTF-8.
//
// The package knows nothing about fetching feeds or about the pages their
// items link to.
package feed
