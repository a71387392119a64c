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

	"github.com/casus-project/casus/minhash"
	"github.com/casus-project/casus/model"
)

// sqlDB is the backend-neutral core of the database/sql backends: the put
// algorithm, listings and migrations, in SQL that SQLite and PostgreSQL
// both accept. A dialect supplies what differs. Queries are written with
// "?" placeholders; dialect.rebind rewrites them.
type sqlDB struct {
	name string
	w    *sql.DB // writes; one connection for SQLite
	r    *sql.DB // reads; may equal w
	d    *dialect
}

// dialect is what a backend tells the core.
type dialect struct {
	// rebind rewrites a query's "?" placeholders, nil for none.
	rebind func(string) string
	// lock, when set, is run first in every writing transaction; it
	// serialises writers that the database would not.
	lock string
	// migrations is the append-only schema history.
	migrations []migration
	// publisher is a WHERE term keeping articles carried by the publisher
	// given as its two arguments, ASCII case ignored.
	publisher string
	// text returns a WHERE term keeping articles whose title or text
	// contains s, and its arguments.
	text func(s string) (string, []any)
	// wrap maps a driver error to the package's, nil to keep it.
	wrap func(name string, err error) error
	// afterPut, when set, runs at the end of every PutArticles
	// transaction with the IDs of the articles whose title or text the
	// batch set, or which it deleted, in increasing order.
	afterPut func(ctx context.Context, tx *sql.Tx, ids []int64) error
}

// migration is one step of a schema history: SQL, then Go code, in one
// transaction that also bumps schema_version.
type migration struct {
	sql string
	fn  func(ctx context.Context, tx *sql.Tx) error
}

func (s *sqlDB) q(query string) string {
	if s.d.rebind != nil {
		return s.d.rebind(query)
	}
	return query
}

// wrap adds the database name and maps driver errors to the package's.
func (s *sqlDB) wrap(what string, err error) error {
	if s.d.wrap != nil {
		if e := s.d.wrap(s.name, err); e != nil {
			return e
		}
	}
	return fmt.Errorf("store: %s: %s: %w", s.name, what, err)
}

// Close closes the database.
func (s *sqlDB) Close() error {
	var err error
	if s.r != s.w {
		err = s.r.Close()
	}
	return errors.Join(err, s.w.Close())
}

// migrate brings the schema to the newest version, one step per
// transaction, and refuses databases newer than this program.
func (s *sqlDB) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateStep(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

func (s *sqlDB) migrateStep(ctx context.Context) (done bool, err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, s.wrap("migrate", err)
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return false, s.wrap("migrate: lock", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return false, s.wrap("open", err)
	}
	v, err := schemaVersion(ctx, tx)
	if err != nil {
		return false, s.wrap("migrate", err)
	}
	steps := s.d.migrations
	switch {
	case v > len(steps):
		return false, fmt.Errorf("store: %s: %w: version %d, this program knows up to %d", s.name, ErrSchemaTooNew, v, len(steps))
	case v == len(steps):
		return true, nil
	}
	what := fmt.Sprintf("migrate to version %d", v+1)
	if steps[v].sql != "" {
		if _, err := tx.ExecContext(ctx, steps[v].sql); err != nil {
			return false, s.wrap(what, err)
		}
	}
	if steps[v].fn != nil {
		if err := steps[v].fn(ctx, tx); err != nil {
			return false, s.wrap(what, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return false, s.wrap(what, err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_version (version) VALUES (?)`), v+1); err != nil {
		return false, s.wrap(what, err)
	}
	if err := tx.Commit(); err != nil {
		return false, s.wrap(what, err)
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

// prepared is one article's record, or why it cannot be stored.
type prepared struct {
	rec *record
	err error
}

// prepareAll prepares the records of arts, in order, in a goroutine of
// its own, stopping after the first that fails. The channel has room
// for every record, so the goroutine never waits for its reader and
// ends even when the reader stops early.
func prepareAll(arts []*model.Article) <-chan prepared {
	out := make(chan prepared, len(arts))
	go func() {
		defer close(out)
		for i, a := range arts {
			r, err := prepare(i, a)
			out <- prepared{r, err}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// PutArticles implements Store. The records (normalised text, hash,
// MinHash bands, JSON) are prepared in a goroutine beside the
// transaction, which stores each as soon as it is ready: the writer is
// one goroutine, and the last batch of a run is stored while the
// analysis workers stand idle, so work taken off it shortens the run.
// An article that cannot be stored rolls the whole batch back.
func (s *sqlDB) PutArticles(ctx context.Context, arts []*model.Article) ([]PutResult, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	recs := prepareAll(arts)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.wrap("put", err)
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return nil, s.wrap("put: lock", err)
		}
	}
	p := &putTx{s: s, ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339Nano)}
	defer p.close()
	res := make([]PutResult, len(arts))
	for i := range arts {
		pr := <-recs
		if pr.err != nil {
			return nil, pr.err
		}
		r := pr.rec
		if res[i], err = p.put(r); err != nil {
			return nil, s.wrap(fmt.Sprintf("put article %d (%s)", i, r.art.Doc), err)
		}
	}
	if s.d.afterPut != nil && len(p.touched) > 0 {
		ids := make([]int64, 0, len(p.touched))
		for id := range p.touched {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		if err := s.d.afterPut(ctx, tx, ids); err != nil {
			return nil, s.wrap("put", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, s.wrap("put: commit", err)
	}
	return res, nil
}

// putTx stores records within one transaction.
type putTx struct {
	s     *sqlDB
	ctx   context.Context
	tx    *sql.Tx
	now   string
	stmts map[string]*sql.Stmt // prepared in tx
	// shingles caches the shingle sets of stored texts loaded as
	// candidates, by text ID.
	shingles map[int64][]uint64
	// touched holds the articles whose title or text changed.
	touched map[int64]bool
}

func (p *putTx) touch(ids ...int64) {
	if p.touched == nil {
		p.touched = map[int64]bool{}
	}
	for _, id := range ids {
		p.touched[id] = true
	}
}

func (p *putTx) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

// stmt returns query prepared in the transaction, preparing it once per
// batch.
func (p *putTx) stmt(query string) (*sql.Stmt, error) {
	if st, ok := p.stmts[query]; ok {
		return st, nil
	}
	st, err := p.tx.PrepareContext(p.ctx, p.s.q(query))
	if err != nil {
		return nil, err
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[query] = st
	return st, nil
}

func (p *putTx) exec(query string, args ...any) error {
	st, err := p.stmt(query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(p.ctx, args...)
	return err
}

// scan runs a query returning one row and scans it into dest.
func (p *putTx) scan(query string, args []any, dest ...any) error {
	st, err := p.stmt(query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(p.ctx, args...).Scan(dest...)
}

// rep is what the put algorithm needs of an article's representative.
type rep struct {
	rank
	key         string // its carrier key
	annotations string
}

func (p *putTx) put(r *record) (PutResult, error) {
	// An exact duplicate of a text already stored.
	var id int64
	err := p.scan(`SELECT article_id FROM texts WHERE hash = ?`, []any{r.hash}, &id)
	switch {
	case err == nil:
		added, err := p.addCarrier(id, r)
		if err != nil {
			return PutResult{}, err
		}
		out := Exact
		if r.key != "" && !added {
			out = Seen
		}
		cur, err := p.repOf(id)
		if err != nil {
			return PutResult{}, err
		}
		switch {
		case cur.hash != r.hash:
			// Only a copy of the representative's own text can replace it
			// or its annotations.
		case r.rank().beats(cur.rank):
			if err := p.setContent(id, r); err != nil {
				return PutResult{}, err
			}
			if out == Seen && deref(r.annotations) != cur.annotations {
				out = Updated
			}
		case ((r.key != "" && r.key == cur.key) || r.fingerprint == cur.fingerprint) && deref(r.annotations) != cur.annotations:
			// The representative analysed anew.
			if err := p.setAnnotations(id, r); err != nil {
				return PutResult{}, err
			}
			out = Updated
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
	cur, err := p.repOf(id)
	if err != nil {
		return PutResult{}, err
	}
	out := Near
	if r.rank().beats(cur.rank) {
		if err := p.setContent(id, r); err != nil {
			return PutResult{}, err
		}
		out = Replaced
	}
	return PutResult{ID: id, Outcome: out, DuplicateOf: id}, nil
}

// bandQuery selects the stored texts sharing a band key with a text.
var bandQuery = `SELECT t.id, t.article_id, t.body FROM texts t WHERE t.id IN
	(SELECT text_id FROM text_bands WHERE band IN (?` + strings.Repeat(", ?", minhash.Bands-1) + `))`

// nearArticles returns, in increasing order, the articles holding a text
// near r's: candidates share a MinHash band with r, and near decides.
func (p *putTx) nearArticles(r *record) ([]int64, error) {
	if len(r.bands) == 0 {
		return nil, nil
	}
	st, err := p.stmt(bandQuery)
	if err != nil {
		return nil, err
	}
	args := make([]any, len(r.bands))
	for i, b := range r.bands {
		args[i] = b
	}
	rows, err := st.QueryContext(p.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var tid, id int64
		var body sql.NullString
		if err := rows.Scan(&tid, &id, &body); err != nil {
			return nil, err
		}
		if slices.Contains(ids, id) {
			continue
		}
		sh, ok := p.shingles[tid]
		if !ok {
			sh = minhash.Shingles(body.String)
			if p.shingles == nil {
				p.shingles = map[int64][]uint64{}
			}
			p.shingles[tid] = sh
		}
		if near(r.shingles, sh) {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.Sort(ids)
	return ids, nil
}

func (p *putTx) repOf(id int64) (rep, error) {
	var k rep
	var url, doc string
	var ann sql.NullString
	err := p.scan(`SELECT text_len, hash, fingerprint, url, doc, annotations FROM articles WHERE id = ?`, []any{id},
		&k.length, &k.hash, &k.fingerprint, &url, &doc, &ann)
	if err != nil {
		return rep{}, fmt.Errorf("article %d: %w", id, err)
	}
	k.key, k.annotations = carrierKey(model.Carrier{URL: url, Doc: doc}), ann.String
	return k, nil
}

// bandInsert stores the band keys of one text.
var bandInsert = `INSERT INTO text_bands (band, text_id) VALUES (?, CAST(? AS BIGINT))` +
	strings.Repeat(", (?, CAST(? AS BIGINT))", minhash.Bands-1) + ` ON CONFLICT DO NOTHING`

func (p *putTx) insertText(id int64, r *record) error {
	var tid int64
	if err := p.scan(`INSERT INTO texts (hash, article_id, body) VALUES (?, ?, ?) RETURNING id`,
		[]any{r.hash, id, r.norm}, &tid); err != nil {
		return err
	}
	if len(r.bands) == 0 {
		return nil
	}
	args := make([]any, 0, 2*len(r.bands))
	for _, b := range r.bands {
		args = append(args, b, tid)
	}
	return p.exec(bandInsert, args...)
}

// addCarrier records that r's carrier carried article id and reports
// whether the carrier is new to the article.
func (p *putTx) addCarrier(id int64, r *record) (bool, error) {
	if r.key == "" {
		return false, nil
	}
	var pub, doc string
	err := p.scan(`SELECT publisher, doc FROM carriers WHERE article_id = ? AND key = ?`, []any{id, r.key}, &pub, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		err = p.exec(`INSERT INTO carriers (article_id, key, url, publisher, doc) VALUES (?, ?, ?, ?, ?)`,
			id, r.key, r.carrier.URL, r.carrier.Publisher, r.carrier.Doc)
		return err == nil, err
	}
	if err != nil {
		return false, err
	}
	mp, md := mergeCarrierField(pub, r.carrier.Publisher), mergeCarrierField(doc, r.carrier.Doc)
	if mp != pub || md != doc {
		err = p.exec(`UPDATE carriers SET publisher = ?, doc = ? WHERE article_id = ? AND key = ?`, mp, md, id, r.key)
	}
	return false, err
}

const articleColumns = `doc, url, title, published, pub_key, publisher, source, authors, language, text,
	hash, text_len, fingerprint, annotations`

func (r *record) columnArgs() []any {
	a := r.art
	return []any{a.Doc, a.URL, a.Title, r.published, r.pubKey, a.Publisher, a.Source, r.authors, a.Language, a.Text,
		r.hash, r.length, r.fingerprint, r.annotations}
}

// marks is n "?" placeholders separated by commas.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func (p *putTx) insertArticle(r *record) (int64, error) {
	args := append(r.columnArgs(), p.now, p.now)
	var id int64
	if err := p.scan(`INSERT INTO articles (`+articleColumns+`, created_at, updated_at)
		VALUES (`+marks(len(args))+`) RETURNING id`, args, &id); err != nil {
		return 0, err
	}
	p.touch(id)
	return id, p.insertAnnotations(id, r)
}

// setContent makes r the representative of article id.
func (p *putTx) setContent(id int64, r *record) error {
	args := append(r.columnArgs(), p.now)
	if err := p.exec(`UPDATE articles SET (`+articleColumns+`, updated_at) = (`+marks(len(args))+`) WHERE id = ?`,
		append(args, id)...); err != nil {
		return err
	}
	p.touch(id)
	return p.replaceAnnotations(id, r)
}

// setAnnotations replaces the annotations of article id with r's.
func (p *putTx) setAnnotations(id int64, r *record) error {
	if err := p.exec(`UPDATE articles SET annotations = ?, updated_at = ? WHERE id = ?`, r.annotations, p.now, id); err != nil {
		return err
	}
	return p.replaceAnnotations(id, r)
}

func (p *putTx) replaceAnnotations(id int64, r *record) error {
	for _, q := range []string{`DELETE FROM events WHERE article_id = ?`, `DELETE FROM quotes WHERE article_id = ?`} {
		if err := p.exec(q, id); err != nil {
			return err
		}
	}
	return p.insertAnnotations(id, r)
}

// actorCols returns an actor's code and country, NULL for no actor.
func actorCols(a *model.Actor) (code, country *string) {
	if a == nil {
		return nil, nil
	}
	c, k := clean(a.Code), clean(a.Country)
	return &c, &k
}

func (p *putTx) insertAnnotations(id int64, r *record) error {
	for i, e := range r.art.Events {
		srcCode, srcCountry := actorCols(e.Source)
		tgtCode, tgtCountry := actorCols(e.Target)
		attributed, _ := actorCols(e.AttributedTo)
		var plover, placeName, placeCountry *string
		var lat, lon *float64
		var geonameID *int64
		if e.Plover != nil {
			s := clean(e.Plover.Event)
			plover = &s
		}
		if l := e.Location; l != nil {
			n, c := clean(l.Name), clean(l.Country)
			placeName, placeCountry, lat, lon = &n, &c, &l.Lat, &l.Lon
			if l.GeonameID != 0 {
				geonameID = &l.GeonameID
			}
		}
		err := p.exec(`INSERT INTO events (article_id, seq, code, root_code, base_code, quad_class, goldstein,
			source_code, source_country, target_code, target_country, date_start, date_end, date_precision,
			background, status, attributed_to, plover_event, place_name, place_country, place_geoname_id,
			place_lat, place_lon, confidence, json)
			VALUES (`+marks(25)+`)`,
			id, i, clean(e.Code), clean(e.Root), clean(e.Base), e.QuadClass, e.Goldstein,
			srcCode, srcCountry, tgtCode, tgtCountry, e.Date.String(), e.DateEnd.String(), clean(e.DatePrecision),
			e.Background, clean(e.Status), attributed, plover, placeName, placeCountry, geonameID,
			lat, lon, e.Confidence, r.events[i])
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	for i, q := range r.art.Quotes {
		err := p.exec(`INSERT INTO quotes (article_id, seq, speaker_name, speaker_actor, text, direct, span_start, span_end)
			VALUES (`+marks(8)+`)`,
			id, i, clean(q.Speaker.Name), clean(q.Speaker.Actor), clean(q.Text), q.Direct, q.Start, q.End)
		if err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
	}
	return nil
}

// merge folds article other into article id: texts, carriers and aliases
// move to id, the better representative of the two is kept, and other
// becomes an alias of id.
func (p *putTx) merge(id, other int64) error {
	cur, err := p.repOf(id)
	if err != nil {
		return err
	}
	oth, err := p.repOf(other)
	if err != nil {
		return err
	}
	p.touch(id, other)
	type step struct {
		q    string
		args []any
	}
	var steps []step
	if oth.beats(cur.rank) {
		steps = append(steps,
			step{`UPDATE articles SET (` + articleColumns + `, updated_at) =
				(SELECT ` + articleColumns + `, ? FROM articles WHERE id = ?) WHERE id = ?`, []any{p.now, other, id}},
			step{`DELETE FROM events WHERE article_id = ?`, []any{id}},
			step{`UPDATE events SET article_id = ? WHERE article_id = ?`, []any{id, other}},
			step{`DELETE FROM quotes WHERE article_id = ?`, []any{id}},
			step{`UPDATE quotes SET article_id = ? WHERE article_id = ?`, []any{id, other}})
	}
	steps = append(steps,
		// The same rule as mergeCarrierField.
		step{`INSERT INTO carriers (article_id, key, url, publisher, doc)
			SELECT CAST(? AS BIGINT), key, url, publisher, doc FROM carriers WHERE article_id = ?
			ON CONFLICT (article_id, key) DO UPDATE SET
			publisher = CASE WHEN carriers.publisher = '' OR (excluded.publisher <> '' AND excluded.publisher < carriers.publisher)
				THEN excluded.publisher ELSE carriers.publisher END,
			doc = CASE WHEN carriers.doc = '' OR (excluded.doc <> '' AND excluded.doc < carriers.doc)
				THEN excluded.doc ELSE carriers.doc END`, []any{id, other}},
		step{`DELETE FROM carriers WHERE article_id = ?`, []any{other}},
		step{`UPDATE texts SET article_id = ? WHERE article_id = ?`, []any{id, other}},
		step{`UPDATE article_aliases SET article_id = ? WHERE article_id = ?`, []any{id, other}},
		step{`INSERT INTO article_aliases (id, article_id) VALUES (?, ?)`, []any{other, id}},
		step{`DELETE FROM articles WHERE id = ?`, []any{other}})
	for _, s := range steps {
		if err := p.exec(s.q, s.args...); err != nil {
			return fmt.Errorf("merge article %d into %d: %w", other, id, err)
		}
	}
	return nil
}

// Article implements Store.
func (s *sqlDB) Article(ctx context.Context, id int64) (*model.Article, error) {
	arts, err := s.list(ctx, `WHERE a.id = COALESCE((SELECT article_id FROM article_aliases WHERE id = ?), ?)`, []any{id, id}, "")
	if err != nil {
		return nil, s.wrap(fmt.Sprintf("article %d", id), err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return arts[0].Article, nil
}

// Articles implements Store.
func (s *sqlDB) Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error) {
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
		where = append(where, s.d.publisher)
		args = append(args, q.Publisher, q.Publisher)
	}
	if q.Text != "" {
		w, a := s.d.text(q.Text)
		where = append(where, w)
		args = append(args, a...)
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
func (s *sqlDB) list(ctx context.Context, where string, args []any, tail string) ([]listed, error) {
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT a.id, a.pub_key, a.doc, a.url, a.title, a.published, a.publisher, a.source,
		a.authors, a.language, a.text, a.annotations FROM articles a `+where+" "+tail), args...)
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
	if a.Authors == nil {
		// No authors is an empty list, as extract writes it: JSON []
		// rather than null.
		a.Authors = []string{}
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
func (s *sqlDB) Stats(ctx context.Context) (Stats, error) {
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
