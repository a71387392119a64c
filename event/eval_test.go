package event

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/demotest"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
)

const validation = "../../shared/data/validation"

func TestReadTabari(t *testing.T) {
	const text = `
# comment
950101  DEMO-01
Arnor is about to restore full diplomatic ties with Gondor.
/*\n-----
\n{ ARN / GON / 064 } 950101
\n-{ARN / GON / 065 } */

950102  DEMO-02
Nothing here.
/*\n{ +++ } */

950103  NOCOMMENT-01
A record without a comment.

950103  UNCLOSED-01
A record whose comment is not closed.
/*\n{ ARN / GON / 064 }

950103  UNCLOSED-02
The next record.
/*\n{ OPTION: DEFAULT: OFF } */

990101  FINAL-01
This is the end.
\n

950104  LATE-01
Not read.
/*\n{ A / B / 010 } */
`
	recs, err := readTabari(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 {
		t.Fatalf("%d records, want 5: %+v", len(recs), recs)
	}
	if r := recs[3]; r.id != "UNCLOSED-01" || len(r.expected) != 1 || len(r.options) != 0 {
		t.Errorf("unclosed record %+v", r)
	}
	if r := recs[4]; r.id != "UNCLOSED-02" || len(r.options) != 1 {
		t.Errorf("record after an unclosed one %+v", r)
	}
	if recs[0].id != "DEMO-01" || recs[0].category != "DEMO" || len(recs[0].expected) != 1 ||
		recs[0].expected[0] != (Triple{"ARN", "GON", "064"}) || recs[0].date.Format(time.DateOnly) != "1995-01-01" {
		t.Errorf("first record %+v", recs[0])
	}
	if len(recs[1].expected) != 0 || recs[2].text != "A record without a comment." {
		t.Errorf("records %+v", recs[1:])
	}
	// A deactivated expectation marks the list incomplete.
	for i, want := range []bool{true, false, false, false, false} {
		if recs[i].partial != want {
			t.Errorf("%s: partial %v, want %v", recs[i].id, recs[i].partial, want)
		}
	}
}

func TestReadPetrarch(t *testing.T) {
	const x = `<Validation><Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore
full diplomatic ties with Gondor.
</Text><Parse>(ROOT)</Parse></Sentence>
<Sentence date="19950101" id="X-1" category="X"><EventCoding noevents="True"></EventCoding><Text>None.</Text></Sentence>
<Sentence date="19950101" id="E-1" category="ERROR"><EventCoding error="bad_input_parse"></EventCoding><Text>Bad tree.</Text></Sentence>
<Sentence date="19950101" id="E-2" category="ERROR"><EventCoding error="storydiscard"></EventCoding><Text>Discarded.</Text></Sentence>
</Sentences></Validation>`
	recs, err := readPetrarch(strings.NewReader(x))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || recs[0].text != "Arnor is about to restore full diplomatic ties with Gondor." ||
		len(recs[0].expected) != 1 || len(recs[1].expected) != 0 {
		t.Errorf("records %+v", recs)
	}
	// Only a test of the suite's parse tree is set aside.
	for i, want := range []bool{false, false, true, false} {
		if i < len(recs) && recs[i].parseTest != want {
			t.Errorf("%s: parseTest %v, want %v", recs[i].id, recs[i].parseTest, want)
		}
	}
}

func TestCompare(t *testing.T) {
	a, b, c := Triple{"A", "B", "1"}, Triple{"B", "A", "1"}, Triple{"A", "C", "2"}
	tests := []struct {
		exp, got []Triple
		want     Tally
	}{
		{nil, nil, Tally{}},
		{[]Triple{a}, []Triple{a}, Tally{1, 1, 0, 1}},
		{[]Triple{a, a}, []Triple{a}, Tally{2, 1, 0, 1}},
		{[]Triple{a}, []Triple{a, a, b}, Tally{1, 1, 2, 3}},
		{[]Triple{a, c}, []Triple{b}, Tally{2, 0, 1, 1}},
	}
	for _, tt := range tests {
		if got := compare(tt.exp, tt.got); got != tt.want {
			t.Errorf("compare(%v, %v) = %+v, want %+v", tt.exp, tt.got, got, tt.want)
		}
	}
}

func TestCompareConvention(t *testing.T) {
	t3 := func(s, tg, c string) Triple { return Triple{s, tg, c} }
	tests := []struct {
		name     string
		exp, got []Triple
		want     Tally
	}{
		{"child of a 3-digit code", []Triple{t3("A", "B", "112")}, []Triple{t3("A", "B", "1122")}, Tally{1, 1, 0, 1}},
		{"parent of a 4-digit code is no match", []Triple{t3("A", "B", "1122")}, []Triple{t3("A", "B", "112")}, Tally{1, 0, 1, 1}},
		{"child of a 2-digit root is no match", []Triple{t3("A", "B", "11")}, []Triple{t3("A", "B", "112")}, Tally{1, 0, 1, 1}},
		{"child across actors is no match", []Triple{t3("A", "B", "112")}, []Triple{t3("A", "C", "1122")}, Tally{1, 0, 1, 1}},
		{"exact taken before child", []Triple{t3("A", "B", "112"), t3("A", "B", "1121")},
			[]Triple{t3("A", "B", "1121"), t3("A", "B", "112")}, Tally{2, 2, 0, 2}},
		{"reverse of a matched meeting set aside", []Triple{t3("A", "B", "040")},
			[]Triple{t3("A", "B", "040"), t3("B", "A", "040")}, Tally{1, 1, 0, 1}},
		{"reverse of an accusation is extra", []Triple{t3("A", "B", "112")},
			[]Triple{t3("A", "B", "112"), t3("B", "A", "112")}, Tally{1, 1, 1, 2}},
		{"reverse of an unmatched meeting is extra", []Triple{t3("A", "C", "040")},
			[]Triple{t3("B", "A", "040")}, Tally{1, 0, 1, 1}},
		{"reverse expected too is found, not set aside", []Triple{t3("A", "B", "057"), t3("B", "A", "057")},
			[]Triple{t3("A", "B", "057"), t3("B", "A", "057")}, Tally{2, 2, 0, 2}},
	}
	for _, tt := range tests {
		// Each coded event its own predicate: only the rules above apply.
		pred := make([]model.Span, len(tt.got))
		for i := range pred {
			pred[i] = model.Span{Start: 10 * i, End: 10*i + 5}
		}
		if got := compareConvention(tt.exp, tt.got, pred); got != tt.want {
			t.Errorf("%s: compareConvention(%v, %v) = %+v, want %+v", tt.name, tt.exp, tt.got, got, tt.want)
		}
		// The exact measure is unchanged by the conventions.
		if tt.name == "child of a 3-digit code" {
			if got := compare(tt.exp, tt.got); got.Found != 0 {
				t.Errorf("compare counts a child code as found: %+v", got)
			}
		}
	}
}

// TestEvalPetrarch runs the PETRARCH unit-test suite; it is skipped
// without the shared data. Run with -v to see the figures.
func TestEvalPetrarch(t *testing.T) {
	path := filepath.Join(validation, "petrarch/PETR.UnitTest.records.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no shared validation data")
	}
	_, a := coder(t)
	var b strings.Builder
	sc, err := EvalPetrarch(context.Background(), &b, a, path, filepath.Join(validation, "petrarch/dicts"), SuiteOptions{Verbose: os.Getenv("CASUS_EVAL_VERBOSE") != ""})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if sc.Total.Expected < 300 {
		t.Errorf("only %d expected events read", sc.Total.Expected)
	}
}

// TestEvalTabari runs the TABARI validation suite; skipped without the
// shared data.
func TestEvalTabari(t *testing.T) {
	path := filepath.Join(validation, "tabari/Validate.project")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no shared validation data")
	}
	_, a := coder(t)
	var b strings.Builder
	sc, err := EvalTabari(context.Background(), &b, a, path, SuiteOptions{Verbose: os.Getenv("CASUS_EVAL_VERBOSE") != ""})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if sc.Total.Expected < 300 {
		t.Errorf("only %d expected events read", sc.Total.Expected)
	}
}

// TestEvalDemo codes the demo corpus's article bodies and scores them
// against demo/gold/events.tsv; run with -v to see the figures.
func TestEvalDemo(t *testing.T) {
	c, a := coder(t)
	arts := demotest.Articles(t)
	f, err := os.Open("../demo/gold/events.tsv")
	if err != nil {
		t.Skip("no demo gold")
	}
	gold, err := ReadGold(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for _, art := range arts {
		doc := a.Analyze(art.Text)
		art.Events = c.Code(context.Background(), art, doc, nil, nil)
	}
	t.Logf("coded %d articles in %v (analysis included)", len(arts), time.Since(start))
	var b strings.Builder
	sc, err := EvalDemo(&b, gold, arts, os.Getenv("CASUS_EVAL_VERBOSE") != "")
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if sc.BackgroundToday != 0 {
		t.Errorf("%d background events dated to their article's day", sc.BackgroundToday)
	}
}

// BenchmarkCodeDemo measures Code alone (analysis excluded) over the demo
// corpus's articles.
func BenchmarkCodeDemo(b *testing.B) {
	c, a := coder(b)
	type analysed struct {
		art *model.Article
		doc *nlp.Doc
	}
	var ds []analysed
	for _, art := range demotest.Articles(b) {
		ds = append(ds, analysed{art, a.Analyze(art.Text)})
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, p := range ds {
			c.Code(context.Background(), p.art, p.doc, nil, nil)
		}
	}
	// CPU time tells the coder's cost on a shared machine better than
	// wall time.
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ds))/1e3, "µs/article")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*len(ds))/1e3, "cpu-µs/article")
}

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCompareConventionParties(t *testing.T) {
	t3 := func(s, tg, c string) Triple { return Triple{s, tg, c} }
	one, other := model.Span{Start: 4, End: 12}, model.Span{Start: 40, End: 47}
	tests := []struct {
		name     string
		exp, got []Triple
		pred     []model.Span
		want     Tally
	}{
		{"further targets of a matched predicate set aside", []Triple{t3("A", "B", "114")},
			[]Triple{t3("A", "B", "114"), t3("A", "C", "114"), t3("A", "D", "114")}, []model.Span{one, one, one}, Tally{1, 1, 0, 1}},
		{"further sources of a matched predicate set aside", []Triple{t3("A", "C", "111")},
			[]Triple{t3("A", "C", "111"), t3("B", "C", "111")}, []model.Span{one, one}, Tally{1, 1, 0, 1}},
		{"another predicate's event is extra", []Triple{t3("A", "B", "114")},
			[]Triple{t3("A", "B", "114"), t3("A", "C", "114")}, []model.Span{one, other}, Tally{1, 1, 1, 2}},
		{"another code of the predicate is extra", []Triple{t3("A", "B", "114")},
			[]Triple{t3("A", "B", "114"), t3("A", "C", "111")}, []model.Span{one, one}, Tally{1, 1, 1, 2}},
		{"no shared party is extra", []Triple{t3("A", "B", "114")},
			[]Triple{t3("A", "B", "114"), t3("C", "D", "114")}, []model.Span{one, one}, Tally{1, 1, 1, 2}},
		{"an unmatched predicate's parties are extra", []Triple{t3("A", "E", "114")},
			[]Triple{t3("A", "B", "114"), t3("A", "C", "114")}, []model.Span{one, one}, Tally{1, 0, 2, 2}},
		{"no predicate span, no grouping", []Triple{t3("A", "B", "114")},
			[]Triple{t3("A", "B", "114"), t3("A", "C", "114")}, []model.Span{{}, {}}, Tally{1, 1, 1, 2}},
	}
	for _, tt := range tests {
		if got := compareConvention(tt.exp, tt.got, tt.pred); got != tt.want {
			t.Errorf("%s: compareConvention(%v, %v) = %+v, want %+v", tt.name, tt.exp, tt.got, got, tt.want)
		}
	}
}

func TestDateAgrees(t *testing.T) {
	day := func(s, precision string) model.Event {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return model.Event{Date: model.Day(d), DatePrecision: precision}
	}
	tests := []struct {
		gold string
		e    model.Event
		want bool
	}{
		{"2022-09-07", day("2022-09-07", "day"), true},
		{"2022-09-07", day("2022-09-08", "day"), false},
		{"2022-09-07", day("2022-09-01", "month"), false},
		{"2022-09", day("2022-09-01", "month"), true},
		{"2022-09", day("2022-09-14", "day"), true},
		{"2022-09", day("2022-01-01", "year"), false},
		{"1986", day("1986-01-01", "year"), true},
		{"1980/1988", day("1980-01-01", "range"), true},
		{"1980/1988", day("1988-01-01", "year"), false},
		{"", model.Event{}, true},
		{"", day("2022-09-07", "day"), false},
	}
	for _, tt := range tests {
		if got := dateAgrees(tt.gold, tt.e); got != tt.want {
			t.Errorf("dateAgrees(%q, %s %s) = %v, want %v", tt.gold, tt.e.Date, tt.e.DatePrecision, got, tt.want)
		}
	}
}
