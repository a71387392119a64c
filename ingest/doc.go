// Package ingest turns what a user names on the command line into a
// stream of raw documents: files, directories, gzip files, WARC archives,
// RSS and Atom feeds, URL lists, URLs and standard input.
//
//	for doc, err := range ingest.Documents(ctx, args, ingest.Options{Fetcher: fetch.New(fetch.Options{})}) {
//		if err != nil {
//			log.Print(err) // an *InputError; the walk goes on
//			continue
//		}
//		... doc.Origin, doc.URL, doc.ContentType, doc.Body ...
//	}
//
// # Inputs
//
// Each input is one of:
//
//   - an http or https URL, fetched through Options.Fetcher; a fetched
//     feed is expanded into its items' pages;
//   - "@file", a list of inputs, one a line; blank lines and lines
//     starting with "#" are skipped, relative paths are relative to the
//     list's directory, and "@-" reads the list from standard input;
//   - "-", standard input;
//   - a directory, walked recursively in lexical order; names starting
//     with "." are skipped, and so are files whose extension is not one
//     pages, feeds or archives use (.html, .htm, .xhtml, .shtml, .php,
//     .asp, .aspx, .txt, .text, .xml, .rss, .atom, .rdf, .gz, .warc, or
//     none), so a saved page's images and scripts are passed over;
//     symbolic links to directories are not followed;
//   - any other path, a file.
//
// A file's kind is decided by its content, the extension breaking ties:
// gzip (decompressed, then sniffed again), WARC, a feed, HTML, plain
// text, or binary. Plain text is text without markup whose extension is
// not an HTML one; its Document has ContentType "text/plain". HTML from
// a local file has an empty ContentType, because nothing declared one.
// Binary files (images, PDF, archives, executables) and empty files are
// reported as errors.
//
// WARC files, plain or gzipped, are streamed record by record and never
// held in memory. Response records with status 200 and HTML or text
// content become Documents, as do resource records with such content;
// warcinfo, request, metadata, revisit and conversion records are
// skipped. A record's Origin is "path#record-N", N counting every record
// of the file from 0; its URL is WARC-Target-URI and its ContentType the
// HTTP response's (the record's own for resources).
//
// A feed's items are fetched through Options.Fetcher; each Document
// carries the item's title and date as Hints.Title and Hints.Published
// and the feed's title as Hints.Publisher. A feed that breaks off (a
// truncated download) or goes past one of package feed's limits partway
// is treated as a truncated WARC is: the items read before the break are
// fetched, the item the break cut off is skipped (its link may be cut
// short; an item whose closing tag came before the break is kept), and
// one error naming the feed, where it stopped and which items were kept
// comes last. A feed of more than feed.MaxItems items is read the same
// way: its first MaxItems items are fetched and an error says the rest
// were dropped. A JSON Feed that does not parse, not even up to a break
// after its version, is an error, never a page.
//
// Every Document carries Options.DefaultDate as Hints.DefaultDate; when
// that is zero, WARC records carry their WARC-Date day instead.
//
// # Order, errors and limits
//
// Documents come in input order, directories in lexical order, archive
// records and feed items in their order; fetches run concurrently
// (Options.Workers) but their results are still yielded in order.
// Every failure is an *InputError naming the file, URL or archive member
// and the reason; the walk goes on after it. A truncated gzip or WARC
// yields the records read before the break, then one error. Each file,
// page or record body is capped at Options.MaxFileBytes (ErrTooLarge).
// When ctx is cancelled the sequence ends with ctx's error.
//
// Bodies are the raw bytes: the package decodes no character sets and
// parses no HTML. It knows nothing of extraction, analysis or storage,
// nor how pages are fetched beyond the fetch.Fetcher interface.
package ingest
