package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/simhash"
)

// sqliteStore is the embedded SQLite backend. Writes go through a pool of
// one connection, so batches of one process queue in Go rather than on the
// database lock; transactions begin IMMEDIATE, so batches of different
// processes queue on the lock (for up to busyTimeout) instead of failing
// when a reader upgrades. Reads use their own pool and see the last commit.
type sqliteStore struct {
	name string
	w    *sql.DB
	r    *sql.DB // == w for in-memory databases
}

// busyTimeout is how long a statement waits for another process's lock.
const busyTimeout = 30 * time.Second

// sqliteDSN builds the driver DSN for a path.
func sqliteDSN(path string, write bool) string {
	name := "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	p := fmt.Sprintf("?_busy_timeout=%d&_foreign_keys=1", busyTimeout.Milliseconds())
	if write {
		p += "&_journal_mode=WAL&_synchronous=NORMAL&_txlock=immediate"
	} else {
		p += "&_query_only=1"
	}
	return name + p
}

func openSQLite(ctx context.Context, path string) (Store, error) {
	if path == "" {
		return nil, errors.New("store: empty SQLite path")
	}
	memory := path == ":memory:"
	w, err := sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		return nil, fmt.Errorf("store: %s: open: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	s := &sqliteStore{name: path, w: w, r: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if !memory {
		s.r, err = sql.Open("sqlite", sqliteDSN(path, false))
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("store: %s: open: %w", path, err)
		}
		s.r.SetMaxOpenConns(8)
	}
	return s, nil
}

// wrap adds the database name and maps driver errors to the package's.
func (s *sqliteStore) wrap(what string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_NOTADB {
		return fmt.Errorf("%w: %s: %w", ErrNotDatabase, s.name, err)
	}
	return fmt.Errorf("store: %s: %s: %w", s.name, what, err)
}

// migrate brings the schema to the newest version, one step per
// transaction, and refuses databases newer than this program.
func (s *sqliteStore) migrate(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return s.wrap("open", err)
	}
	steps := sqliteMigrations()
	for {
		done, err := s.migrateStep(ctx, steps)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

func (s *sqliteStore) migrateStep(ctx context.Context, steps []string) (done bool, err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, s.wrap("migrate", err)
	}
	defer tx.Rollback()
	v, err := schemaVersion(ctx, tx)
	if err != nil {
		return false, s.wrap("migrate", err)
	}
	switch {
	case v > len(steps):
		return false, fmt.Errorf("store: %s: %w: version %d, this program knows up to %d", s.name, ErrSchemaTooNew, v, len(steps))
	case v == len(steps):
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, steps[v]); err != nil {
		return false, s.wrap(fmt.Sprintf("migrate to version %d", v+1), err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return false, s.wrap("migrate", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v+1); err != nil {
		return false, s.wrap("migrate", err)
	}
	if err := tx.Commit(); err != nil {
		return false, s.wrap("migrate", err)
	}
	return false, nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return v, err
}

// Close closes the database.
func (s *sqliteStore) Close() error {
	var err error
	if s.r != s.w {
		err = s.r.Close()
	}
	return errors.Join(err, s.w.Close())
}

// PutArticles implements Store.
func (s *sqliteStore) PutArticles(ctx context.Context, arts []*model.Article) ([]PutResult, error) {
	recs := make([]*record, len(arts))
	for i, a := range arts {
		r, err := prepare(i, a)
		if err != nil {
			return nil, err
		}
		recs[i] = r
	}
	if len(recs) == 0 {
		return nil, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.wrap("put", err)
	}
	defer tx.Rollback()
	p := &sqlitePut{ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339Nano)}
	res := make([]PutResult, len(recs))
	for i, r := range recs {
		if res[i], err = p.put(r); err != nil {
			return nil, s.wrap(fmt.Sprintf("put article %d (%s)", i, r.art.Doc), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, s.wrap("put: commit", err)
	}
	return res, nil
}

// sqlitePut stores records within one transaction.
type sqlitePut struct {
	ctx   context.Context
	tx    *sql.Tx
	now   string
	stmts map[string]*sql.Stmt // prepared in tx, closed with it
}

// stmt returns query prepared in the transaction, preparing it once per
// batch.
func (p *sqlitePut) stmt(query string) (*sql.Stmt, error) {
	if st, ok := p.stmts[query]; ok {
		return st, nil
	}
	st, err := p.tx.PrepareContext(p.ctx, query)
	if err != nil {
		return nil, err
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[query] = st
	return st, nil
}

func (p *sqlitePut) exec(query string, args ...any) (sql.Result, error) {
	st, err := p.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(p.ctx, args...)
}

// scan runs a query returning one row and scans it into dest.
func (p *sqlitePut) scan(query string, args []any, dest ...any) error {
	st, err := p.stmt(query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(p.ctx, args...).Scan(dest...)
}

func (p *sqlitePut) put(r *record) (PutResult, error) {
	// An exact duplicate of a text already stored.
	var id int64
	err := p.scan(`SELECT article_id FROM texts WHERE hash = ?`, []any{r.hash}, &id)
	switch {
	case err == nil:
		added, err := p.addCarrier(id, r)
		if err != nil {
			return PutResult{}, err
		}
		cur, err := p.rankOf(id)
		if err != nil {
			return PutResult{}, err
		}
		// Only a copy of the representative's own text can beat it.
		if cur.hash == r.hash && r.rank().beats(cur) {
			if err := p.setContent(id, r); err != nil {
				return PutResult{}, err
			}
		}
		out := Exact
		if r.key != "" && !added {
			out = Seen
		}
		return PutResult{ID: id, Outcome: out, DuplicateOf: id}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return PutResult{}, err
	}

	ids, err := p.nearArticles(r)
	if err != nil {
		return PutResult{}, err
	}
	if len(ids) == 0 {
		id, err := p.insertArticle(r)
		if err != nil {
			return PutResult{}, err
		}
		if err := p.insertText(id, r); err != nil {
			return PutResult{}, err
		}
		if _, err := p.addCarrier(id, r); err != nil {
			return PutResult{}, err
		}
		return PutResult{ID: id, Outcome: New}, nil
	}
	// A near duplicate of one or more articles: they become one.
	id = ids[0]
	for _, other := range ids[1:] {
		if err := p.merge(id, other); err != nil {
			return PutResult{}, err
		}
	}
	if err := p.insertText(id, r); err != nil {
		return PutResult{}, err
	}
	if _, err := p.addCarrier(id, r); err != nil {
		return PutResult{}, err
	}
	cur, err := p.rankOf(id)
	if err != nil {
		return PutResult{}, err
	}
	out := Near
	if r.rank().beats(cur) {
		if err := p.setContent(id, r); err != nil {
			return PutResult{}, err
		}
		out = Replaced
	}
	return PutResult{ID: id, Outcome: out, DuplicateOf: id}, nil
}

// nearArticles returns, in increasing order, the articles holding a text
// within NearDistance of r's.
func (p *sqlitePut) nearArticles(r *record) ([]int64, error) {
	st, err := p.stmt(`
		SELECT article_id, simhash FROM texts WHERE band0 = ?
		UNION ALL SELECT article_id, simhash FROM texts WHERE band1 = ?
		UNION ALL SELECT article_id, simhash FROM texts WHERE band2 = ?
		UNION ALL SELECT article_id, simhash FROM texts WHERE band3 = ?`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(p.ctx, r.bands[0], r.bands[1], r.bands[2], r.bands[3])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			return nil, err
		}
		if simhash.Distance(uint64(h), r.sim) <= NearDistance && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.Sort(ids)
	return ids, nil
}

func (p *sqlitePut) rankOf(id int64) (rank, error) {
	var k rank
	err := p.scan(`SELECT text_len, hash, fingerprint FROM articles WHERE id = ?`, []any{id}, &k.length, &k.hash, &k.fingerprint)
	if err != nil {
		return rank{}, fmt.Errorf("article %d: %w", id, err)
	}
	return k, nil
}

func (p *sqlitePut) insertText(id int64, r *record) error {
	_, err := p.exec(`INSERT INTO texts (hash, article_id, simhash, band0, band1, band2, band3) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		r.hash, id, int64(r.sim), r.bands[0], r.bands[1], r.bands[2], r.bands[3])
	return err
}

// addCarrier records that r's carrier carried article id and reports
// whether the carrier is new to the article.
func (p *sqlitePut) addCarrier(id int64, r *record) (bool, error) {
	if r.key == "" {
		return false, nil
	}
	var pub, doc string
	err := p.scan(`SELECT publisher, doc FROM carriers WHERE article_id = ? AND key = ?`, []any{id, r.key}, &pub, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = p.exec(`INSERT INTO carriers (article_id, key, url, publisher, doc) VALUES (?, ?, ?, ?, ?)`,
			id, r.key, r.carrier.URL, r.carrier.Publisher, r.carrier.Doc)
		return err == nil, err
	}
	if err != nil {
		return false, err
	}
	mp, md := mergeCarrierField(pub, r.carrier.Publisher), mergeCarrierField(doc, r.carrier.Doc)
	if mp != pub || md != doc {
		_, err = p.exec(`UPDATE carriers SET publisher = ?, doc = ? WHERE article_id = ? AND key = ?`, mp, md, id, r.key)
	}
	return false, err
}

const articleColumns = `doc, url, title, published, pub_key, publisher, source, authors, language, text,
	hash, text_len, fingerprint, simhash, annotations`

func (r *record) columnArgs() []any {
	a := r.art
	return []any{a.Doc, a.URL, a.Title, r.published, r.pubKey, a.Publisher, a.Source, r.authors, a.Language, a.Text,
		r.hash, r.length, r.fingerprint, int64(r.sim), r.annotations}
}

func (p *sqlitePut) insertArticle(r *record) (int64, error) {
	res, err := p.exec(`INSERT INTO articles (`+articleColumns+`, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(r.columnArgs(), p.now, p.now)...)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, p.insertAnnotations(id, r)
}

// setContent makes r the representative of article id.
func (p *sqlitePut) setContent(id int64, r *record) error {
	_, err := p.exec(`UPDATE articles SET (`+articleColumns+`, updated_at) =
		(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`, append(r.columnArgs(), p.now, id)...)
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM events WHERE article_id = ?`, `DELETE FROM quotes WHERE article_id = ?`} {
		if _, err := p.exec(q, id); err != nil {
			return err
		}
	}
	return p.insertAnnotations(id, r)
}

func (p *sqlitePut) insertAnnotations(id int64, r *record) error {
	for i, e := range r.art.Events {
		var srcCode, srcCountry, tgtCode, tgtCountry, attributed, placeName, placeCountry *string
		var lat, lon *float64
		if e.Source != nil {
			srcCode, srcCountry = &e.Source.Code, &e.Source.Country
		}
		if e.Target != nil {
			tgtCode, tgtCountry = &e.Target.Code, &e.Target.Country
		}
		if e.AttributedTo != nil {
			attributed = &e.AttributedTo.Code
		}
		if e.Location != nil {
			placeName, placeCountry, lat, lon = &e.Location.Name, &e.Location.Country, &e.Location.Lat, &e.Location.Lon
		}
		_, err := p.exec(`INSERT INTO events (article_id, seq, code, root_code, base_code, quad_class, goldstein,
			source_code, source_country, target_code, target_country, date_start, date_end, date_precision,
			background, status, attributed_to, place_name, place_country, place_lat, place_lon, confidence, json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, e.Code, e.Root, e.Base, e.QuadClass, e.Goldstein,
			srcCode, srcCountry, tgtCode, tgtCountry, e.Date.String(), e.DateEnd.String(), e.DatePrecision,
			e.Background, e.Status, attributed, placeName, placeCountry, lat, lon, e.Confidence, r.events[i])
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	for i, q := range r.art.Quotes {
		_, err := p.exec(`INSERT INTO quotes (article_id, seq, speaker_name, speaker_actor, text, direct, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, q.Speaker.Name, q.Speaker.Actor, q.Text, q.Direct, q.Start, q.End)
		if err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
	}
	return nil
}

// merge folds article other into article id: texts, carriers and aliases
// move to id, the better representative of the two is kept, and other
// becomes an alias of id.
func (p *sqlitePut) merge(id, other int64) error {
	cur, err := p.rankOf(id)
	if err != nil {
		return err
	}
	oth, err := p.rankOf(other)
	if err != nil {
		return err
	}
	var steps []string
	if oth.beats(cur) {
		steps = append(steps,
			`UPDATE articles SET (`+articleColumns+`, updated_at) =
				(SELECT `+articleColumns+`, :now FROM articles WHERE id = :other) WHERE id = :id`,
			`DELETE FROM events WHERE article_id = :id`,
			`UPDATE events SET article_id = :id WHERE article_id = :other`,
			`DELETE FROM quotes WHERE article_id = :id`,
			`UPDATE quotes SET article_id = :id WHERE article_id = :other`)
	}
	steps = append(steps,
		// The same rule as mergeCarrierField.
		`INSERT INTO carriers (article_id, key, url, publisher, doc)
			SELECT :id, key, url, publisher, doc FROM carriers WHERE article_id = :other
			ON CONFLICT (article_id, key) DO UPDATE SET
			publisher = CASE WHEN carriers.publisher = '' OR (excluded.publisher <> '' AND excluded.publisher < carriers.publisher)
				THEN excluded.publisher ELSE carriers.publisher END,
			doc = CASE WHEN carriers.doc = '' OR (excluded.doc <> '' AND excluded.doc < carriers.doc)
				THEN excluded.doc ELSE carriers.doc END`,
		`DELETE FROM carriers WHERE article_id = :other`,
		`UPDATE texts SET article_id = :id WHERE article_id = :other`,
		`UPDATE article_aliases SET article_id = :id WHERE article_id = :other`,
		`INSERT INTO article_aliases (id, article_id) VALUES (:other, :id)`,
		`DELETE FROM articles WHERE id = :other`)
	for _, q := range steps {
		if _, err := p.exec(q, sql.Named("id", id), sql.Named("other", other), sql.Named("now", p.now)); err != nil {
			return fmt.Errorf("merge article %d into %d: %w", other, id, err)
		}
	}
	return nil
}

// Article implements Store.
func (s *sqliteStore) Article(ctx context.Context, id int64) (*model.Article, error) {
	arts, err := s.list(ctx, `WHERE a.id = COALESCE((SELECT article_id FROM article_aliases WHERE id = ?1), ?1)`, []any{id}, "")
	if err != nil {
		return nil, s.wrap(fmt.Sprintf("article %d", id), err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return arts[0].Article, nil
}

// Articles implements Store.
func (s *sqliteStore) Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	var where []string
	var args []any
	cmp, order := "<", "DESC"
	if q.Oldest {
		cmp, order = ">", "ASC"
	}
	if q.Cursor != "" {
		c, err := parseCursor(q.Cursor)
		if err != nil {
			return ArticlePage{}, err
		}
		where = append(where, "(a.pub_key, a.id) "+cmp+" (?, ?)")
		args = append(args, c.key, c.id)
	}
	if q.Publisher != "" {
		where = append(where, `(a.publisher = ? COLLATE NOCASE OR EXISTS
			(SELECT 1 FROM carriers c WHERE c.article_id = a.id AND c.publisher = ? COLLATE NOCASE))`)
		args = append(args, q.Publisher, q.Publisher)
	}
	if q.Text != "" {
		pat := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q.Text) + "%"
		where = append(where, `(a.title LIKE ? ESCAPE '\' OR a.text LIKE ? ESCAPE '\')`)
		args = append(args, pat, pat)
	}
	if !q.From.IsZero() {
		where = append(where, "a.pub_key >= ? AND a.pub_key <> ?")
		args = append(args, q.From.Unix(), int64(undated))
	}
	if !q.To.IsZero() {
		where = append(where, "a.pub_key < ? AND a.pub_key <> ?")
		args = append(args, q.To.Unix(), int64(undated))
	}
	clause := ""
	if len(where) > 0 {
		clause = "WHERE " + strings.Join(where, " AND ")
	}
	tail := fmt.Sprintf("ORDER BY a.pub_key %s, a.id %s LIMIT %d", order, order, limit+1)
	rows, err := s.list(ctx, clause, args, tail)
	if err != nil {
		return ArticlePage{}, s.wrap("list articles", err)
	}
	var page ArticlePage
	if len(rows) > limit {
		rows = rows[:limit]
		last := rows[len(rows)-1]
		page.Next = cursor{last.key, last.ID}.String()
	}
	page.Articles = make([]*model.Article, len(rows))
	for i, r := range rows {
		page.Articles[i] = r.Article
	}
	return page, nil
}

// listed is an article with its sort key.
type listed struct {
	*model.Article
	key int64
}

// list reads the articles selected by a WHERE clause and ORDER/LIMIT tail,
// with their carriers.
func (s *sqliteStore) list(ctx context.Context, where string, args []any, tail string) ([]listed, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT a.id, a.pub_key, a.doc, a.url, a.title, a.published, a.publisher, a.source,
		a.authors, a.language, a.text, a.annotations FROM articles a `+where+" "+tail, args...)
	if err != nil {
		return nil, err
	}
	var out []listed
	for rows.Next() {
		a := &model.Article{}
		var published string
		var authors, ann sql.NullString
		var key int64
		if err := rows.Scan(&a.ID, &key, &a.Doc, &a.URL, &a.Title, &published, &a.Publisher, &a.Source,
			&authors, &a.Language, &a.Text, &ann); err != nil {
			rows.Close()
			return nil, err
		}
		if err := decodeArticle(a, published, authors.String, ann.String); err != nil {
			rows.Close()
			return nil, fmt.Errorf("article %d: %w", a.ID, err)
		}
		out = append(out, listed{a, key})
	}
	// Close before the next query: an in-memory store has one connection.
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	byID := make(map[int64]*model.Article, len(out))
	ids := make([]string, len(out))
	for i, a := range out {
		byID[a.ID] = a.Article
		ids[i] = fmt.Sprint(a.ID)
	}
	crows, err := s.r.QueryContext(ctx, `SELECT article_id, url, publisher, doc FROM carriers
		WHERE article_id IN (`+strings.Join(ids, ",")+`) ORDER BY article_id, key`)
	if err != nil {
		return nil, err
	}
	defer crows.Close()
	for crows.Next() {
		var id int64
		var c model.Carrier
		if err := crows.Scan(&id, &c.URL, &c.Publisher, &c.Doc); err != nil {
			return nil, err
		}
		byID[id].URLs = append(byID[id].URLs, c)
	}
	return out, crows.Err()
}

// decodeArticle fills the fields of a that are stored encoded.
func decodeArticle(a *model.Article, published, authors, ann string) error {
	var err error
	if a.Published, err = model.ParseDate(published); err != nil {
		return err
	}
	if authors != "" {
		if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
			return fmt.Errorf("authors: %w", err)
		}
	}
	if ann != "" {
		var x annotations
		if err := json.Unmarshal([]byte(ann), &x); err != nil {
			return fmt.Errorf("annotations: %w", err)
		}
		a.Sentences, a.Entities, a.Events, a.Quotes = x.Sentences, x.Entities, x.Events, x.Quotes
		a.Framing, a.Tone, a.Sources = x.Framing, x.Tone, x.Sources
	}
	return nil
}

// Stats implements Store.
func (s *sqliteStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM texts), (SELECT count(*) FROM carriers),
		(SELECT count(*) FROM events), (SELECT count(*) FROM quotes), (SELECT version FROM schema_version)`).
		Scan(&st.Articles, &st.Texts, &st.Carriers, &st.Events, &st.Quotes, &st.SchemaVersion)
	if err != nil {
		return Stats{}, s.wrap("stats", err)
	}
	return st, nil
}
