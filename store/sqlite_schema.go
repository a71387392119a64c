package store

// sqliteMigrations returns the SQLite schema as an append-only list of
// steps: step i takes a database from version i to version i+1, and the
// newest version is the list's length. Never edit a released step; append.
func sqliteMigrations() []string {
	return []string{
		// 1: articles, the texts folded into them, carriers, aliases of
		// merged articles, events and quotes.
		`
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
`,
	}
}
