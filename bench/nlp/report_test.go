package main

import (
	"strings"
	"testing"
)

const sec = "## Language engine\n\nnew figures\n"

func TestReplaceSection(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"empty file", "", sec},
		{"appended after others", "# Benchmarks\n\n## Extraction\n\nold\n",
			"# Benchmarks\n\n## Extraction\n\nold\n\n" + sec},
		{"appended without final newline", "# B\ntext", "# B\ntext\n\n" + sec},
		{"replaced at end", "# B\n\n## Language engine\n\nold\nmore\n", "# B\n\n" + sec},
		{"replaced before another section", "# B\n\n## Language engine\n\nold\n\n## Extraction\n\nkept\n",
			"# B\n\n" + sec + "\n## Extraction\n\nkept\n"},
		{"subsections belong to the section", "## Language engine\n\n### Speed\n\nold\n## Z\nz\n",
			sec + "\n## Z\nz\n"},
		{"similar heading is not it", "## Language engines\n\nkeep\n", "## Language engines\n\nkeep\n\n" + sec},
		{"CRLF heading", "## Language engine\r\nold\r\n## Z\r\n", sec + "\n## Z\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := replaceSection(tt.doc, sectionHeading, sec)
			if got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
			if again := replaceSection(got, sectionHeading, sec); again != got {
				t.Errorf("second replacement changed the file:\n%q\nthen\n%q", got, again)
			}
		})
	}
}

// FuzzReplaceSection checks that replacing the section keeps every other
// section, holds the new section once, and is idempotent.
func FuzzReplaceSection(f *testing.F) {
	f.Add("# B\n\n## Extraction\n\nold\n")
	f.Add("## Language engine\nold\n## Z\nz")
	f.Add("")
	f.Add("\n\n## Language engine")
	f.Fuzz(func(t *testing.T, doc string) {
		got := replaceSection(doc, sectionHeading, sec)
		if strings.Count(got, sec) < 1 {
			t.Fatalf("section missing from %q", got)
		}
		if again := replaceSection(got, sectionHeading, sec); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
		for _, l := range strings.Split(doc, "\n") {
			l = strings.TrimRight(l, "\r")
			if strings.HasPrefix(l, "## ") && l != sectionHeading && !strings.Contains(got, l) {
				t.Fatalf("heading %q lost: %q", l, got)
			}
		}
	})
}

func TestThousands(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0, "0"}, {999.4, "999"}, {1000, "1,000"}, {123456.7, "123,457"}, {1234567, "1,234,567"}, {-4200, "-4,200"},
	}
	for _, tt := range tests {
		if got := thousands(tt.x); got != tt.want {
			t.Errorf("thousands(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func TestComparisons(t *testing.T) {
	if got := errVs(0.96, 0.84); got != "+12.0 pts, errors ÷4.0" {
		t.Errorf("errVs = %q", got)
	}
	if got := f1Vs(0.6, 0.3); got != "+0.300 (×2.00)" {
		t.Errorf("f1Vs = %q", got)
	}
	if got := f1Vs(0.6, 0); got != "+0.600" {
		t.Errorf("f1Vs against zero = %q", got)
	}
	if got := times(50, 0); got != "-" {
		t.Errorf("times against zero = %q", got)
	}
}
