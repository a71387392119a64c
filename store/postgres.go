package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// The PostgreSQL backend shares the put algorithm and listings with SQLite
// (sqldb.go); this file holds what differs. PostgreSQL would let two
// writers each miss the other's uncommitted texts and store one story
// twice, so every writing transaction first takes a transaction-scoped
// advisory lock: writers queue, as they do on SQLite's write lock, and
// readers never wait. Text columns whose order matters (content hashes,
// carrier keys, publishers, documents) use the "C" collation, so they
// compare bytewise as in Go and in SQLite.

// pgLockKey is the advisory lock that serialises writers of one database.
const pgLockKey = 0x63617375732d7374 // "casus-st"

// postgresDialect returns how PostgreSQL differs from the core's SQL.
func postgresDialect() *dialect {
	return &dialect{
		rebind:     pgRebind,
		lock:       "SELECT pg_advisory_xact_lock(" + strconv.FormatInt(pgLockKey, 10) + ")",
		migrations: postgresMigrations(),
		publisher: `(lower(a.publisher) = lower(?) OR EXISTS
			(SELECT 1 FROM carriers c WHERE c.article_id = a.id AND lower(c.publisher) = lower(?)))`,
		text: func(s string) (string, []any) {
			pat := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s) + "%"
			return `(a.title ILIKE ? ESCAPE '\' OR a.text ILIKE ? ESCAPE '\')`, []any{pat, pat}
		},
	}
}

// pgRebind numbers the "?" placeholders of a query: $1, $2, ... The
// package's queries have no "?" inside literals.
func pgRebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for _, c := range []byte(q) {
		if c == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func openPostgres(ctx context.Context, dsn string) (Store, error) {
	name := redact(dsn)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %s: open: %w", name, err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: open: %w", name, err)
	}
	s := &sqlDB{name: name, w: db, r: db, d: postgresDialect()}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// redact hides a URL's password, for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres"
	}
	return u.Redacted()
}
