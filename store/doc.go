// Package store keeps articles, the places that carried them and their
// annotations in a database, storing every story once however many times it
// arrives.
//
// Open picks a backend from its DSN: a file path or "sqlite:PATH" opens an
// embedded SQLite database (":memory:" for tests); "postgres://..." is
// reserved for the PostgreSQL backend, not built yet. Every backend
// implements Store:
//
//	st, err := store.Open(ctx, "casus.db")
//	if err != nil { ... }
//	defer st.Close()
//	res, err := st.PutArticles(ctx, batch) // one transaction per batch
//	page, err := st.Articles(ctx, store.ArticleQuery{Publisher: "Valmora Daily", Limit: 20})
//	more, err := st.Articles(ctx, store.ArticleQuery{Publisher: "Valmora Daily", Limit: 20, Cursor: page.Next})
//
// # Duplicates
//
// Two texts are the same story when their normalised forms are equal (an
// exact duplicate: case folded, runs of white space collapsed, hashed with
// SHA-256) or when their SimHash fingerprints (see package simhash) differ in
// at most NearDistance bits (a near duplicate). Every text ever stored is
// remembered with its fingerprint, and an article is one connected group of
// texts under the near-duplicate relation: a newcomer that is near texts of
// several stored articles merges them into one (the smallest ID survives;
// Article still answers for the merged-away IDs).
//
// The article shows one text of its group, the representative, chosen by a
// rule that does not depend on arrival order: the longest normalised text
// wins; equal lengths go to the smaller content hash; equal texts (exact
// duplicates with different titles, dates or URLs) go to the smaller SHA-256
// fingerprint of the whole record. The representative's annotations, events
// and quotes are the article's; when a newcomer wins they are replaced.
//
// Every carrier of any text of the group (URL, publisher, input document)
// is kept once per URL, or per document when there is no URL. When the same
// URL arrives with different publishers or documents, the smaller non-empty
// value is kept. Hence storing the same inputs in any order, any number of
// times, in any batches, yields the same articles and carriers; only IDs
// differ. (Order independence would fail only if the near relation found
// different pairs in different orders, which it cannot: it is a fixed
// function of two texts.)
//
// # Crash safety
//
// PutArticles commits a batch in one transaction. The SQLite database runs in
// WAL mode with synchronous=NORMAL: a killed process never loses or tears a
// committed batch, and a power cut can at worst roll back the last few
// commits, leaving a consistent database. Because storing is idempotent,
// re-running the inputs restores exactly what a clean run would have stored;
// synchronous=FULL would add an fsync per batch for no gain in that model.
// A busy timeout and BEGIN IMMEDIATE let several processes share a file.
//
// Package store knows the document model and nothing of how articles are
// fetched, extracted or analysed. Dialect-specific SQL lives in the backend's
// files (sqlite*.go); the rest of the package is backend-neutral.
package store
