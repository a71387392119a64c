package store

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
)

// Store is what every storage backend implements. Its methods are safe for
// concurrent use.
type Store interface {
	// PutArticles stores a batch atomically: either every article is stored
	// or none is. It reports, per article and in order, whether the article
	// was new, a duplicate of an existing article, or replaced the stored
	// version. Re-storing articles already stored adds nothing. It fails with
	// ErrInvalidArticle, storing nothing, if an article is nil or its text
	// is empty.
	PutArticles(ctx context.Context, arts []*model.Article) ([]PutResult, error)
	// Article returns the stored article with the given ID, with its
	// carriers in URLs and its annotations. An ID merged into another
	// article returns that article. It fails with ErrNotFound if there is
	// none.
	Article(ctx context.Context, id int64) (*model.Article, error)
	// Articles lists articles matching q one page at a time, newest first
	// by publication date (undated last; equal dates by descending ID), or
	// in the reverse order when q.Oldest is set.
	Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Reader lists and aggregates events and quotes (query.go).
	Reader
	// Close releases the database.
	Close() error
}

// Outcome tells what PutArticles did with one article.
type Outcome int

// Outcomes of PutArticles.
const (
	// New: the article was stored as a new article.
	New Outcome = iota + 1
	// Exact: the same normalised text was already stored; the article's
	// carrier was added to the existing article.
	Exact
	// Near: a near-duplicate text was stored and remains the representative;
	// the text and its carrier were folded into the existing article.
	Near
	// Replaced: the article was a near duplicate that wins the
	// representative rule, so the stored article now shows its text,
	// metadata and annotations; carriers were merged.
	Replaced
	// Seen: the same text was already stored from the same URL (or the
	// same document when there is no URL); nothing was added.
	Seen
	// Updated: the input is the article's representative text from the
	// representative's own carrier (or the very same record) with other
	// annotations, typically a re-run with a newer analyser; the stored
	// annotations, events and quotes were replaced by the input's.
	Updated
)

// String returns the outcome's name in lower case.
func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Exact:
		return "exact"
	case Near:
		return "near"
	case Replaced:
		return "replaced"
	case Seen:
		return "seen"
	case Updated:
		return "updated"
	}
	return "Outcome(" + strconv.Itoa(int(o)) + ")"
}

// PutResult is what PutArticles did with one article.
type PutResult struct {
	// ID is the stored article that now holds the input. A later article
	// in the same or another batch may merge it into another ID; Article
	// follows such merges.
	ID int64
	// Outcome says how the input was stored.
	Outcome Outcome
	// DuplicateOf is the existing article the input duplicated, zero for
	// New. It equals ID.
	DuplicateOf int64
}

// DefaultLimit and MaxLimit bound ArticleQuery.Limit.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// ArticleQuery selects articles for Store.Articles. The zero value lists
// every article, newest first, DefaultLimit per page.
type ArticleQuery struct {
	// Limit is the page size: DefaultLimit when zero or negative, at most
	// MaxLimit.
	Limit int
	// Cursor continues a listing: pass the Next of the previous page with
	// the same filters. Pages stay stable while articles are added.
	Cursor string
	// Publisher keeps articles carried by this publisher (ASCII case
	// ignored), on any of their carriers.
	Publisher string
	// Text keeps articles whose title or text contains this string, case
	// ignored. SQLite folds the case of any letter for strings of three or
	// more characters (a trigram index answers them) and of ASCII letters
	// only for shorter ones; PostgreSQL uses ILIKE.
	Text string
	// From and To keep articles published at or after From and before To,
	// when set. Undated articles never match a date bound.
	From, To time.Time
	// Oldest lists oldest first (undated first) instead of newest first.
	Oldest bool
}

// ArticlePage is one page of Store.Articles.
type ArticlePage struct {
	Articles []*model.Article
	// Next is the cursor of the following page, "" on the last page.
	Next string
}

// Stats counts what a store holds.
type Stats struct {
	Articles int64 // stored articles (groups of duplicate texts)
	Texts    int64 // distinct normalised texts seen
	Carriers int64 // URLs (or documents) that carried them
	Events   int64
	Quotes   int64
	// SchemaVersion is the database's schema version.
	SchemaVersion int
}

// Errors callers can test with errors.Is.
var (
	// ErrNotFound: no article has the requested ID.
	ErrNotFound = errors.New("store: article not found")
	// ErrInvalidArticle: PutArticles was given a nil article or one with
	// no text.
	ErrInvalidArticle = errors.New("store: invalid article")
	// ErrBadCursor: ArticleQuery.Cursor was not made by this store.
	ErrBadCursor = errors.New("store: bad cursor")
	// ErrNotDatabase: the file exists but is not a database of the backend.
	ErrNotDatabase = errors.New("store: not a database")
	// ErrSchemaTooNew: the database was written by a newer casus.
	ErrSchemaTooNew = errors.New("store: database schema is newer than this program")
	// ErrUnsupported: the DSN names a backend this build does not have.
	ErrUnsupported = errors.New("store: unsupported backend")
)

// Open opens the store named by dsn and migrates its schema to the newest
// version. dsn is a file path, "sqlite:PATH", or ":memory:" (also
// "sqlite::memory:") for a private in-memory database, or a PostgreSQL URL
// ("postgres://user@host/db?sslmode=disable", also "postgresql://"), whose
// parameters are those of github.com/jackc/pgx/v5.
func Open(ctx context.Context, dsn string) (Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return openPostgres(ctx, dsn)
	case strings.HasPrefix(dsn, "sqlite:"):
		return openSQLite(ctx, strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "//"))
	case dsn == "":
		return nil, errors.New("store: empty DSN")
	}
	if i := strings.Index(dsn, "://"); i > 0 && !strings.ContainsAny(dsn[:i], `/\.`) {
		return nil, fmt.Errorf("%w: %q", ErrUnsupported, dsn[:i])
	}
	return openSQLite(ctx, dsn)
}

// cursor is a position in a listing: the sort key and ID of the last
// article of a page.
type cursor struct {
	key int64
	id  int64
}

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte("a1." + strconv.FormatInt(c.key, 36) + "." + strconv.FormatInt(c.id, 36)))
}

func parseCursor(s string) (cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, fmt.Errorf("%w %q", ErrBadCursor, s)
	}
	parts := strings.Split(string(b), ".")
	if len(parts) != 3 || parts[0] != "a1" {
		return cursor{}, fmt.Errorf("%w %q", ErrBadCursor, s)
	}
	key, err1 := strconv.ParseInt(parts[1], 36, 64)
	id, err2 := strconv.ParseInt(parts[2], 36, 64)
	if err1 != nil || err2 != nil || id <= 0 {
		return cursor{}, fmt.Errorf("%w %q", ErrBadCursor, s)
	}
	return cursor{key, id}, nil
}
