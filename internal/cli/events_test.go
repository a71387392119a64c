package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// eventsDB writes a database holding one article with two events and a
// quote, all written for this test.
func eventsDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ev.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := model.Day(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC))
	alb := &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"}
	irn := &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"}
	_, err = st.PutArticles(context.Background(), []*model.Article{{
		Doc: "a", URL: "https://news.example/a", Title: "Ties", Publisher: "News Example", Published: d,
		Text: "Albania cut ties with Iran. Iran denied it. \"No,\" Kanaani said.",
		Events: []model.Event{
			{Source: alb, Target: irn, Code: "161", Root: "16", QuadClass: 4, Goldstein: -4, Date: d, Status: "asserted", Sentence: "Albania cut ties with Iran."},
			{Source: irn, Target: alb, Code: "024", Root: "02", QuadClass: 1, Goldstein: -0.3, Date: d, Status: "claimed", Sentence: "Iran denied it."},
		},
		Quotes: []model.Quote{{Speaker: model.Speaker{Name: "Nasser Kanaani", Actor: "IRNGOV"}, Text: "No", Direct: true, Cue: "said"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestEventsCommand(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		args  []string
		code  int
		lines int
		want  string
	}{
		{[]string{"--db", db}, 0, 2, `"code":"161"`},
		{[]string{"--db", db, "--source", "IRN"}, 0, 1, `"sentence":"Iran denied it."`},
		{[]string{"--db", db, "--quad", "4", "--format", "csv"}, 0, 2, "Albania cut ties with Iran."},
		{[]string{"--db", db, "--format", "gdelt"}, 0, 2, "\t"},
		{[]string{"--db", db, "--format", "gdelt-mentions", "--max", "1"}, 0, 1, "\t"},
		{[]string{"--db", db, "--source-country", "XX"}, 2, 0, ""},
		{[]string{"--db", db, "--format", "xml"}, 2, 0, ""},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", append([]string{"events"}, tt.args...)...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d: %s", tt.args, code, tt.code, errOut)
			continue
		}
		if n := strings.Count(out, "\n"); n != tt.lines {
			t.Errorf("%v: %d lines, want %d:\n%s", tt.args, n, tt.lines, out)
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("%v: output lacks %q:\n%s", tt.args, tt.want, out)
		}
	}
	_, out, _ := run(t, "", "events", "--db", db, "--format", "gdelt")
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := len(strings.Split(l, "\t")); n != 61 {
			t.Errorf("gdelt row of %d columns", n)
		}
	}
	if _, errOut := run2(t, "events", "--db", db, "--country", "ZZ"); !strings.Contains(errOut, "--country") {
		t.Errorf("bad filter not named: %s", errOut)
	}
}

func run2(t *testing.T, args ...string) (string, string) {
	_, out, errOut := run(t, "", args...)
	return out, errOut
}

func TestQuotesCommand(t *testing.T) {
	db := eventsDB(t)
	code, out, errOut := run(t, "", "quotes", "--db", db, "--speaker", "kanaani")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var q struct {
		Speaker   struct{ Name, Actor string }
		Text, Cue string
		Direct    bool
	}
	if err := json.Unmarshal([]byte(out), &q); err != nil || q.Speaker.Actor != "IRNGOV" || q.Text != "No" || q.Cue != "said" || !q.Direct {
		t.Errorf("got %s (%v)", out, err)
	}
	_, out, _ = run(t, "", "quotes", "--db", db, "--speaker", "Rama")
	if out != "" {
		t.Errorf("unknown speaker: %q", out)
	}
	_, out, _ = run(t, "", "quotes", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][2] != "Nasser Kanaani" {
		t.Errorf("csv: %q %v", rows, err)
	}
	if code, _, _ := run(t, "", "quotes", "--db", db, "--direct", "maybe"); code != 2 {
		t.Errorf("bad --direct: exit %d", code)
	}
}

// TestCSVFormulas checks that the CSV of every command that writes one
// keeps text cells taken from pages from being read as formulas by a
// spreadsheet.
func TestCSVFormulas(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	d := model.Day(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC))
	irn := &model.Actor{Code: "IRN", Name: "-Iran", Country: "IRN"}
	_, err = st.PutArticles(context.Background(), []*model.Article{{
		Doc: "f", URL: "https://news.example/f", Title: "=1+1", Publisher: "@Publisher", Source: "+Wire",
		Authors: []string{"-Author"}, Published: d,
		Text: "\"=HYPERLINK(1)\", -Kanaani said.",
		Events: []model.Event{{Source: irn, Target: irn, Code: "010", Root: "01", QuadClass: 1, Date: d, Status: "asserted",
			Sentence: "=HYPERLINK(1)"}},
		Quotes: []model.Quote{{Speaker: model.Speaker{Name: "-Kanaani", Actor: "IRNGOV"}, Text: "=HYPERLINK(1)", Direct: true, Cue: "+said"}},
	}})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		command string
		column  string // a column that must hold its text behind a quote
		want    string
	}{
		{"quotes", "text", "'=HYPERLINK(1)"},
		{"events", "sentence", "'=HYPERLINK(1)"},
		{"articles", "title", "'=1+1"},
	}
	for _, tt := range tests {
		t.Run(tt.command, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.command, "--db", db, "--format", "csv")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) != 2 {
				t.Fatalf("csv: %q %v", rows, err)
			}
			for i, cell := range rows[1] {
				if _, err := strconv.ParseFloat(cell, 64); err != nil && cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					t.Errorf("column %s: %q reads as a formula", rows[0][i], cell)
				}
				if rows[0][i] == tt.column && cell != tt.want {
					t.Errorf("column %s: %q, want %q", tt.column, cell, tt.want)
				}
			}
		})
	}
}
