// Package store keeps articles, the places that carried them and their
// annotations in a database, storing every story once however many times it
// arrives.
//
// Open picks a backend from its DSN: a file path or "sqlite:PATH" opens an
// embedded SQLite database (":memory:" for tests); "postgres://..." or
// "postgresql://..." opens PostgreSQL through github.com/jackc/pgx/v5. Both
// implement Store with the same behaviour:
//
//	st, err := store.Open(ctx, "casus.db") // or "postgres://casus@db.example/casus"
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
// SHA-256) or when they are near duplicates: their sets of word 3-shingles
// (see package minhash) have Jaccard similarity at least NearJaccard (0.8),
// or the larger holds at least NearContainment (0.9) of the smaller's and
// their Jaccard similarity is at least MinContainedJaccard (0.5), the shape
// of a copy that dropped paragraphs. Different stories that share
// boilerplate stay apart unless the boilerplate is most of their text.
//
// Every text ever stored is remembered with its normalised body and its
// MinHash band keys (40 bands of 3 hashes). A newcomer's candidates are the
// stored texts sharing a band key with it; the rule above, computed exactly
// on the shingles of the candidate bodies, decides. A pair at Jaccard 0.8
// shares a band with probability 1-10^-12, at 0.5 with 0.995. The near
// relation is thus a fixed, symmetric function of two texts, and an article
// is one connected group of texts under it: a newcomer near texts of
// several stored articles merges them into one (the smallest ID survives;
// Article still answers for the merged-away IDs). Texts stored by a schema
// older than version 2 that did not represent their article have no body
// and are matched only exactly.
//
// The article shows one text of its group, the representative, chosen by a
// rule that does not depend on arrival order: the longest normalised text
// wins; equal lengths go to the smaller content hash; equal texts (exact
// duplicates with different titles, dates or URLs) go to the smaller SHA-256
// fingerprint of the record's columns other than its annotations. The
// representative's annotations, events and quotes are the article's; when a
// newcomer wins they are replaced.
//
// Every carrier of any text of the group (URL, publisher, input document)
// is kept once per URL, or per document when there is no URL. When the same
// URL arrives with different publishers or documents, the smaller non-empty
// value is kept. Hence storing the same inputs in any order, any number of
// times, in any batches, yields the same articles and carriers; only IDs
// differ.
//
// # Re-annotation
//
// Annotations are not part of an article's identity. When the
// representative's text arrives again from the representative's carrier
// (or as the very same record) with different annotations, as it does when
// stored articles are run through a newer analyser, the stored annotations,
// events and quotes are replaced by the newcomer's and PutArticles reports
// Updated. The last such input wins; copies of other texts, or from other
// carriers, never change the annotations.
//
// # Text search
//
// ArticleQuery.Text matches any substring of the title or text, case
// ignored. SQLite answers from an FTS5 index with the trigram tokenizer
// (Unicode case folding) for strings of three or more characters and with
// LIKE (ASCII case folding) for shorter ones. PostgreSQL uses ILIKE, served
// by pg_trgm GIN indexes when the first migration could create the
// extension (it is trusted since PostgreSQL 13; without it searches scan).
//
// # Strings
//
// Both backends store valid UTF-8 without NUL bytes (PostgreSQL accepts no
// other text), so every byte of invalid UTF-8 and every NUL in an
// article's strings is stored as '?'. Byte offsets into Text stay valid.
//
// # Crash safety and concurrency
//
// PutArticles commits a batch in one transaction. The SQLite database runs in
// WAL mode with synchronous=NORMAL: a killed process never loses or tears a
// committed batch, and a power cut can at worst roll back the last few
// commits, leaving a consistent database. Because storing is idempotent,
// re-running the inputs restores exactly what a clean run would have stored;
// synchronous=FULL would add an fsync per batch for no gain in that model.
// A busy timeout and BEGIN IMMEDIATE let several processes share a file.
// On PostgreSQL every writing transaction (and migration) first takes a
// transaction-scoped advisory lock, so writers of one database queue as
// they do on SQLite's write lock; readers never wait. The articles' records
// (normalised text, hash, MinHash bands, JSON) are prepared in a goroutine
// beside the transaction, which stores each as soon as it is ready.
//
// # Testing with PostgreSQL
//
// The package's behavioural tests run against both backends. For
// PostgreSQL they use $CASUS_TEST_POSTGRES, a URL of a database in which
// the user may create schemas (each store gets its own schema, dropped
// afterwards):
//
//	CASUS_TEST_POSTGRES='postgres://me@localhost/casus_test?sslmode=disable' go test ./store
//
// Without it, when initdb and pg_ctl are installed (on $PATH or in
// Debian's /usr/lib/postgresql/*/bin; apt-get install postgresql), the
// tests start a private server in a temporary directory, listening on a
// Unix socket only, and stop it at the end; as root they run it as the
// postgres user. With neither, the PostgreSQL cases skip and say why.
//
// Package store knows the document model and nothing of how articles are
// fetched, extracted or analysed. Dialect-specific SQL lives in the
// backends' files (sqlite*.go, postgres*.go); sqldb.go holds the SQL both
// accept, and the rest of the package is backend-neutral.
package store
