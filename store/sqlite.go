package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The embedded SQLite backend. Writes go through a pool of one connection,
// so batches of one process queue in Go rather than on the database lock;
// transactions begin IMMEDIATE, so batches of different processes queue on
// the lock (for up to busyTimeout) instead of failing when a reader
// upgrades. Reads use their own pool and see the last commit.

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

// sqliteDialect returns how SQLite differs from the core's SQL.
func sqliteDialect() *dialect {
	return &dialect{
		migrations: sqliteMigrations(),
		publisher: `(a.publisher = ? COLLATE NOCASE OR EXISTS
		(SELECT 1 FROM carriers c WHERE c.article_id = a.id AND c.publisher = ? COLLATE NOCASE))`,
		text:     sqliteText,
		afterPut: sqliteIndexText,
		wrap: func(name string, err error) error {
			var se *sqlite.Error
			if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_NOTADB {
				return fmt.Errorf("%w: %s: %w", ErrNotDatabase, name, err)
			}
			return nil
		},
	}
}

// sqliteText searches the trigram full-text index, which finds any
// substring of three or more characters, case folded; shorter strings fall
// back to LIKE, which folds ASCII case only.
func sqliteText(s string) (string, []any) {
	if utf8.RuneCountInString(s) >= 3 {
		return `a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`,
			[]any{`"` + strings.ReplaceAll(s, `"`, `""`) + `"`}
	}
	pat := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s) + "%"
	return `(a.title LIKE ? ESCAPE '\' OR a.text LIKE ? ESCAPE '\')`, []any{pat, pat}
}

// sqliteIndexText refreshes the full-text rows of the given articles.
func sqliteIndexText(ctx context.Context, tx *sql.Tx, ids []int64) error {
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = strconv.FormatInt(id, 10)
	}
	in := "(" + strings.Join(list, ",") + ")"
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid IN `+in); err != nil {
		return fmt.Errorf("text index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id IN `+in); err != nil {
		return fmt.Errorf("text index: %w", err)
	}
	return nil
}

// textIndexMerge is the merge policy of the full-text index, as FTS5
// configuration values. Each batch's commit writes the batch's rows as a
// new segment, and FTS5 merges segments as they pile up. By default
// (automerge 4) it begins merging a level once it holds 4 segments, so
// the index is rewritten at every fourfold growth: storing the extraction
// dev split in batches of 8 took 445 M instructions in FTS5, 326 M of them
// without the merges. Merging 16 at a time rewrites the index half as
// often, and a run of fewer than 16 batches into a new database merges
// nothing. The price is more segments for a search to read (up to about
// 16 a level rather than 4). crisismerge, the count at which a level is
// merged whole within the committing batch, must stay above automerge, or
// every merge would be done at once rather than a little at each commit.
var textIndexMerge = []struct {
	key   string
	value int
}{{"automerge", 16}, {"crisismerge", 64}}

// tuneTextIndex sets the full-text index's merge policy, writing only the
// values that differ: FTS5 keeps them in the database, so they are set
// once, and a database written before they were still opens and searches
// as it did (and one this process may only read is left as it is). Its
// segments are merged under the new policy from the next commit on.
func tuneTextIndex(ctx context.Context, db *sql.DB) error {
	for _, c := range textIndexMerge {
		var v int
		err := db.QueryRowContext(ctx, `SELECT v FROM articles_fts_config WHERE k = ?`, c.key).Scan(&v)
		if err == nil && v == c.value {
			continue
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("text index %s: %w", c.key, err)
		}
		_, err = db.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)`, c.key, c.value)
		var se *sqlite.Error
		if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_READONLY {
			// A database this process may only read, which it will not
			// write either.
			return nil
		}
		if err != nil {
			return fmt.Errorf("text index %s: %w", c.key, err)
		}
	}
	return nil
}

// writerTempStore keeps the writer's temporary files in memory once the
// schema is up to date. In a batch's transaction SQLite keeps a
// statement journal for each statement that writes several rows and may
// fail partway (the 40 band keys of a text, with their foreign key): the
// pages it changes, as they were, and past 64 kB it spills them to a
// temporary file. Storing the extraction dev split in batches of 8, that
// was 688 of the 5,508 writes a run made (of 4 bytes and a page each),
// and a file made and removed; in memory the run makes 4,820, at the same
// instruction count (1,141.0 against 1,142.0 M). A put statement's
// journal holds the pages one batch's article changes; a migration's,
// which may rewrite whole tables, still goes to a file.
const writerTempStore = `PRAGMA temp_store = MEMORY`

func openSQLite(ctx context.Context, path string) (Store, error) {
	if path == "" {
		return nil, errors.New("store: empty SQLite path")
	}
	w, err := sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		return nil, fmt.Errorf("store: %s: open: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	s := &sqlDB{name: path, w: w, r: w, d: sqliteDialect()}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := tuneTextIndex(ctx, w); err != nil {
		w.Close()
		return nil, s.wrap("open", err)
	}
	if _, err := w.ExecContext(ctx, writerTempStore); err != nil {
		w.Close()
		return nil, s.wrap("open", err)
	}
	if path != ":memory:" {
		s.r, err = sql.Open("sqlite", sqliteDSN(path, false))
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("store: %s: open: %w", path, err)
		}
		s.r.SetMaxOpenConns(8)
	}
	return s, nil
}
