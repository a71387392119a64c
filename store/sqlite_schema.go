package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/casus-project/casus/minhash"
)

// sqliteMigrations returns the SQLite schema as an append-only list of
// steps: step i takes a database from version i to version i+1, and the
// newest version is the list's length. Never edit a released step; append.
func sqliteMigrations() []migration {
	return []migration{
		// 1: articles, the texts folded into them, carriers, aliases of
		// merged articles, events and quotes.
		{sql: `
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: merged IDs live on as aliases
	doc         TEXT NOT NULL,
	url         TEXT NOT NULL,
	title       TEXT NOT NULL,
	published   TEXT NOT NULL,           -- model.Date form: "", YYYY-MM-DD or RFC 3339
	pub_key     INTEGER NOT NULL,        -- Unix seconds of published; min int64 when undated
	publisher   TEXT NOT NULL,
	source      TEXT NOT NULL,
	authors     TEXT,                    -- JSON array
	language    TEXT NOT NULL,
	text        TEXT NOT NULL,
	hash        TEXT NOT NULL,           -- SHA-256 of the normalised text (the representative's)
	text_len    INTEGER NOT NULL,        -- bytes of the normalised text
	fingerprint TEXT NOT NULL,           -- SHA-256 of the record, the last tie-break
	simhash     INTEGER NOT NULL,
	annotations TEXT,                    -- JSON: sentences, entities, events, quotes, framing, tone, sources
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (pub_key, id);

-- Every distinct normalised text ever stored, and the article it folded into.
CREATE TABLE texts (
	hash       TEXT PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	simhash    INTEGER NOT NULL,
	band0      INTEGER NOT NULL,
	band1      INTEGER NOT NULL,
	band2      INTEGER NOT NULL,
	band3      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX texts_article ON texts (article_id);
CREATE INDEX texts_band0 ON texts (band0);
CREATE INDEX texts_band1 ON texts (band1);
CREATE INDEX texts_band2 ON texts (band2);
CREATE INDEX texts_band3 ON texts (band3);

CREATE TABLE carriers (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	key        TEXT NOT NULL,            -- "u:"+url, or "d:"+doc when there is no URL
	url        TEXT NOT NULL,
	publisher  TEXT NOT NULL,
	doc        TEXT NOT NULL,
	UNIQUE (article_id, key)
);
CREATE INDEX carriers_publisher ON carriers (publisher COLLATE NOCASE, article_id);
CREATE INDEX carriers_url ON carriers (url);

-- IDs of articles merged into another.
CREATE TABLE article_aliases (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TABLE events (
	article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,     -- index in the article's events
	code           TEXT NOT NULL,
	root_code      TEXT NOT NULL,
	base_code      TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	source_code    TEXT,
	source_country TEXT,
	target_code    TEXT,
	target_country TEXT,
	date_start     TEXT NOT NULL,
	date_end       TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	background     INTEGER NOT NULL,
	status         TEXT NOT NULL,
	attributed_to  TEXT,
	place_name     TEXT,
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	confidence     REAL NOT NULL,
	json           TEXT NOT NULL,        -- the whole model.Event
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX events_code ON events (code);
CREATE INDEX events_root_code ON events (root_code);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_place_country ON events (place_country);

CREATE TABLE quotes (
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq           INTEGER NOT NULL,
	speaker_name  TEXT NOT NULL,
	speaker_actor TEXT NOT NULL,
	text          TEXT NOT NULL,
	direct        INTEGER NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker_actor ON quotes (speaker_actor);
`},
		// 2: MinHash bands replace SimHash, texts keep their normalised
		// body for verifying candidates, annotations leave the record
		// fingerprint, a trigram full-text index serves text search, and
		// events gain their PLOVER event and GeoNames ID.
		{sql: `
CREATE TABLE texts_v2 (
	id         INTEGER PRIMARY KEY,
	hash       TEXT NOT NULL UNIQUE,     -- SHA-256 of the normalised text
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	body       TEXT                      -- the normalised text; NULL for non-representative texts stored before version 2
);
INSERT INTO texts_v2 (hash, article_id) SELECT hash, article_id FROM texts ORDER BY hash;
DROP TABLE texts;
ALTER TABLE texts_v2 RENAME TO texts;
CREATE INDEX texts_article ON texts (article_id);

-- The MinHash band keys of each text (package minhash); texts sharing a key
-- are near-duplicate candidates.
CREATE TABLE text_bands (
	band    INTEGER NOT NULL,
	text_id INTEGER NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
	PRIMARY KEY (band, text_id)
) WITHOUT ROWID;

ALTER TABLE articles DROP COLUMN simhash;

ALTER TABLE events ADD COLUMN plover_event TEXT;
ALTER TABLE events ADD COLUMN place_geoname_id INTEGER;
UPDATE events SET plover_event = json_extract(json, '$.plover.event'),
	place_geoname_id = json_extract(json, '$.location.geoname_id');
CREATE INDEX events_plover ON events (plover_event);

-- Substring search: a trigram index of titles and texts, keyed by article
-- ID. It keeps no copy of the text. PutArticles refreshes the rows of the
-- articles a batch touched when the batch ends: FTS5 writes its pending
-- terms at every statement of a transaction, so triggers would make a
-- segment per statement.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = '', contentless_delete = 1,
	tokenize = 'trigram case_sensitive 0');
INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles;
`, fn: func(ctx context.Context, tx *sql.Tx) error { return backfillTexts(ctx, tx, nil) }},
	}
}

// backfillTexts gives the representative text of every article stored
// before MinHash its body and band keys, and recomputes the article's
// fingerprint without annotations. rebind adapts queries to the backend.
func backfillTexts(ctx context.Context, tx *sql.Tx, rebind func(string) string) error {
	q := func(s string) string {
		if rebind != nil {
			return rebind(s)
		}
		return s
	}
	var last int64
	for {
		type row struct {
			id                                                            int64
			doc, url, title, published, publisher, source, language, text string
			authors                                                       sql.NullString
			hash                                                          string
		}
		rows, err := tx.QueryContext(ctx, q(`SELECT id, doc, url, title, published, publisher, source, authors, language, text, hash
			FROM articles WHERE id > ? ORDER BY id LIMIT 500`), last)
		if err != nil {
			return err
		}
		var batch []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.doc, &r.url, &r.title, &r.published, &r.publisher, &r.source,
				&r.authors, &r.language, &r.text, &r.hash); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, r := range batch {
			last = r.id
			norm := normalize(r.text)
			var tid int64
			if err := tx.QueryRowContext(ctx, q(`UPDATE texts SET body = ? WHERE hash = ? RETURNING id`), norm, r.hash).Scan(&tid); err != nil {
				return fmt.Errorf("article %d: text: %w", r.id, err)
			}
			if sh := minhash.Shingles(norm); len(sh) > 0 {
				sig := minhash.Sign(sh)
				args := []any{}
				for _, b := range sig.Bands() {
					args = append(args, b, tid)
				}
				if _, err := tx.ExecContext(ctx, q(bandInsert), args...); err != nil {
					return fmt.Errorf("article %d: bands: %w", r.id, err)
				}
			}
			fp := fingerprint(r.doc, r.url, r.title, r.published, r.publisher, r.source, r.authors.String, r.language, r.text)
			if _, err := tx.ExecContext(ctx, q(`UPDATE articles SET fingerprint = ? WHERE id = ?`), fp, r.id); err != nil {
				return fmt.Errorf("article %d: %w", r.id, err)
			}
		}
	}
}
