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
