// Package demo embeds the demo corpus that "casus demo" processes and that
// end-to-end tests read: invented news pages from a dozen invented
// outlets (HTML in five encodings, a plain-text wire story, a page with
// no article, broken HTML), an RSS feed and a WARC archive, listed in
// MANIFEST.tsv, together with hand-written gold files (quotes, events,
// framing and article metadata) that later stages are scored against.
//
//	m, err := demo.Manifest()
//	if err != nil { ... }
//	for _, e := range m {
//		b, err := fs.ReadFile(demo.Corpus(), e.File) // not for archive members
//		...
//	}
//
// Pages inside the WARC archive are listed as "archive.warc.gz#URL";
// Entry.Member reports which. Unpack writes the corpus to a directory
// for readers that take paths, and maps each page read back to its
// manifest name. The corpus is generated from demo/src by
// "go run ./demo/gen"; edit the sources, never the generated files.
//
// The package knows nothing of how casus reads, extracts or codes the
// pages: it only provides the bytes and the expected answers.
package demo
