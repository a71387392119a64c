package cli

import (
	"strings"
	"testing"
)

// TestEvalEventsAgainst scores one annotation against another, of a tiny
// corpus of its own and of the demo, and refuses malformed ones.
func TestEvalEventsAgainst(t *testing.T) {
	const (
		head  = "file\tsnippet\tsource\ttarget\tcode\tdate\tbackground\tstatus\n"
		first = head +
			"paris.txt\tFrance expelled two Russian diplomats\tFRA\tRUSGOV\t174\t2024-05-04\tfalse\tasserted\n" +
			"paris.txt\tRussia condemned the decision\tRUS\tFRA\t111\t2024-05-04\tfalse\tasserted\n" +
			"rome.txt\tItalian police arrested three Albanian fishermen\tITACOP\tALBCVL\t173\t2024-06-09\tfalse\tasserted\n"
		second = head +
			"paris.txt\tFrance expelled two Russian diplomats\tFRA\tRUSGOV\t174\t2024-05-04\tfalse\tasserted\n" +
			"paris.txt\tRussia condemned the decision\tRUS\tFRAGOV\t111\t2024-05-04\tfalse\tasserted\n" +
			"rome.txt\tItalian police arrested three Albanian fishermen\tITACOP\tALBCVL\t173\t2024-06\tfalse\tclaimed\n" +
			"rome.txt\tItaly criticised Albania\tITA\tALB\t111\t\tfalse\tasserted\n"
		manifest = "file\tpublished\nparis.txt\t2024-05-04\nrome.txt\t2024-06-09\n"
	)
	corpus := map[string]string{"manifest.tsv": manifest, "first.tsv": first, "second.tsv": second}
	with := func(name, text string) map[string]string {
		m := map[string]string{name: text}
		for k, v := range corpus {
			if k != name {
				m[k] = v
			}
		}
		return m
	}
	tests := []struct {
		name    string
		files   map[string]string // written into the folder "tiny"; nil for the demo
		args    []string          // after eval events; DIR is the folder
		want    []string          // in stdout
		wantErr string            // in stderr when the run must fail
	}{
		{"second against first", corpus, []string{"--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/second.tsv"}, []string{
			"second.tsv against first.tsv: 2 articles, 3 gold events, 4 coded",
			"exact (file, source, target, code): recall 66.7% (2/3), precision 50.0% (2/4)",
			"root (file, source, target, root):  recall 66.7% (2/3), precision 50.0% (2/4)",
			"status agrees on 1 of 2 matched events",
			"date agrees on 1 of 2 matched events",
		}, ""},
		{"first against second", corpus, []string{"--corpus", "DIR", "--gold", "DIR/second.tsv", "--against", "DIR/first.tsv"}, []string{
			"first.tsv against second.tsv: 2 articles, 4 gold events, 3 coded",
			"exact (file, source, target, code): recall 50.0% (2/4), precision 66.7% (2/3)",
			"date agrees on 2 of 2 matched events",
		}, ""},
		{"verbose", corpus, []string{"--verbose", "--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/second.tsv"}, []string{
			`miss  RUS FRA 111  "Russia condemned the decision"`,
			`extra ITA ALB 111  "Italy criticised Albania" (second.tsv)`,
		}, ""},
		{"demo against itself", nil, []string{"--gold", "events.tsv", "--against", "events.tsv"}, []string{
			"exact (file, source, target, code): recall 100.0% (242/242), precision 100.0% (242/242)",
		}, ""},
		{"demo, no such annotation", nil, []string{"--against", "events9.tsv"}, nil, "events9.tsv"},
		{"unlisted file", with("second.tsv", second+"oslo.txt\tNorway hosted talks\tNOR\tCOL\t043\t\tfalse\tasserted\n"), []string{"--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/second.tsv"}, nil, `"oslo.txt", which`},
		{"bad date", with("second.tsv", second+"rome.txt\tItaly thanked Albania\tITA\tALB\t051\tJune 9\tfalse\tasserted\n"), []string{"--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/second.tsv"}, nil, "want YYYY-MM-DD"},
		{"missing annotation", corpus, []string{"--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/third.tsv"}, nil, "third.tsv"},
		{"short row", with("second.tsv", head+"paris.txt\tFrance\tFRA\n"), []string{"--corpus", "DIR", "--gold", "DIR/first.tsv", "--against", "DIR/second.tsv"}, nil, "3 fields, want 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeCorpus(t, tt.files)
			out, ok := runEvalEvents(t, dir, tt.args, tt.wantErr)
			if !ok {
				return
			}
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}
