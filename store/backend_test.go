package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The behavioural tests run against every backend. SQLite always runs.
// PostgreSQL runs against the server named by $CASUS_TEST_POSTGRES (a URL
// of a database the user may create schemas in) or, when initdb and pg_ctl
// are installed, against a private server that the first test needing it
// starts in a temporary directory and TestMain stops. Each store gets a
// schema of its own. With neither, PostgreSQL cases skip.

// backend makes empty stores of one kind.
type backend struct {
	name string
	// dsn returns the DSN of a new, empty store, or skips t.
	dsn func(t testing.TB) string
}

func backends() []backend {
	return []backend{
		{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "casus.db") }},
		{"postgres", pgDSN},
	}
}

// eachBackend runs f as a subtest per backend.
func eachBackend(t *testing.T, f func(t *testing.T, b backend)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { f(t, b) })
	}
}

// open opens a new, empty store of b, closed when t ends.
func (b backend) open(t testing.TB) Store { return openT(t, b.dsn(t)) }

// pgEnv names a PostgreSQL database for the tests.
const pgEnv = "CASUS_TEST_POSTGRES"

// pgTest is the PostgreSQL server of this test binary.
type pgTest struct {
	once    sync.Once
	base    string // URL of the database to make schemas in
	skip    string // why PostgreSQL tests skip, if they do
	stop    func() // stops a server we started
	admin   *sql.DB
	schemas int
	mu      sync.Mutex
}

var pg = &pgTest{}

func TestMain(m *testing.M) {
	code := m.Run()
	if pg.admin != nil {
		pg.admin.Close()
	}
	if pg.stop != nil {
		pg.stop()
	}
	os.Exit(code)
}

// pgDSN returns the URL of a fresh schema on the test server, or skips t.
func pgDSN(t testing.TB) string {
	t.Helper()
	pg.once.Do(pg.start)
	if pg.skip != "" {
		if os.Getenv("CASUS_REQUIRE_SERVICES") != "" {
			// CI installs PostgreSQL: a skip there would hide a failure.
			t.Fatalf("CASUS_REQUIRE_SERVICES is set but PostgreSQL is unusable: %s", pg.skip)
		}
		t.Skip(pg.skip)
	}
	pg.mu.Lock()
	pg.schemas++
	schema := fmt.Sprintf("casus_test_%d_%d", os.Getpid(), pg.schemas)
	pg.mu.Unlock()
	if _, err := pg.admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("postgres: %v", err)
	}
	if os.Getenv(pgEnv) != "" {
		t.Cleanup(func() { pg.admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) })
	}
	u, err := url.Parse(pg.base)
	if err != nil {
		t.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", schema)
	u.RawQuery = v.Encode()
	return u.String()
}

// start finds or starts a server and connects to it.
func (p *pgTest) start() {
	p.base = os.Getenv(pgEnv)
	if p.base == "" {
		if err := p.startServer(); err != nil {
			p.skip = "PostgreSQL tests skipped: " + err.Error()
			return
		}
	}
	db, err := sql.Open("pgx", p.base)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = db.PingContext(ctx)
		cancel()
	}
	if err != nil {
		p.skip = fmt.Sprintf("PostgreSQL tests skipped: %s: %v", redact(p.base), err)
		return
	}
	p.admin = db
	// Install pg_trgm where every test schema sees it; without it the
	// stores search by scanning.
	db.Exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`)
}

// startServer runs initdb and pg_ctl in a temporary directory, as the
// postgres user when run as root (PostgreSQL refuses root), listening on a
// Unix socket only.
func (p *pgTest) startServer() error {
	bin, err := pgBin()
	if err != nil {
		return fmt.Errorf("no initdb/pg_ctl (install PostgreSQL or set %s to a database URL)", pgEnv)
	}
	dir, err := os.MkdirTemp("", "casus-pg-")
	if err != nil {
		return err
	}
	run := func(name string, args ...string) *exec.Cmd { return exec.Command(filepath.Join(bin, name), args...) }
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return fmt.Errorf("running as root and there is no postgres user to run the server as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return err
		}
		run = func(name string, args ...string) *exec.Cmd {
			return exec.Command("runuser", append([]string{"-u", "postgres", "--", filepath.Join(bin, name)}, args...)...)
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync").CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return fmt.Errorf("initdb: %v: %s", err, out)
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c fsync=off -c synchronous_commit=off -c full_page_writes=off", dir)
	if out, err := run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return fmt.Errorf("pg_ctl start: %v: %s\n%s", err, out, log)
	}
	p.stop = func() {
		run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	}
	p.base = "postgres://postgres@/postgres?host=" + url.QueryEscape(dir)
	return nil
}

// pgBin finds the directory of initdb and pg_ctl: $PATH first, then
// Debian's /usr/lib/postgresql/VERSION/bin, newest first.
func pgBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "pg_ctl")); err == nil {
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "initdb")); err == nil {
			return dirs[i], nil
		}
	}
	return "", errors.New("not found")
}

func TestPgRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b = ?", "a = $1 AND b = $2"},
		{"(" + strings.Repeat("?,", 11) + "?)", "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)"},
	}
	for _, tc := range tests {
		if got := pgRebind(tc.in); got != tc.want {
			t.Errorf("pgRebind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
