package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/casus-project/casus/metric"
)

// sectionHeading is the heading of the section this command owns in
// docs/BENCHMARKS.md.
const sectionHeading = "## Language engine"

// report is everything one run measured.
type report struct {
	Command, Machine, Go string
	Source               string // the casus commit measured
	Date                 time.Time
	CPUs, Passes         int
	LoadIn, LoadOut      string

	CasusLoad, ProseLoad time.Duration

	EWT, GUM  posResult
	NER       nerResult
	Sent      sentResult
	Speed     []speedRow
	SpeedDocs int
}

func pct(x float64) string { return fmt.Sprintf("%.2f%%", 100*x) }

// errVs compares two accuracies: the difference in points and how many
// times fewer errors a makes than b.
func errVs(a, b float64) string {
	s := fmt.Sprintf("%+.1f pts", 100*(a-b))
	if a < 1 && b < 1 {
		s += fmt.Sprintf(", errors ÷%.1f", (1-b)/(1-a))
	}
	return s
}

// f1Vs compares two F1 scores: the difference and the ratio.
func f1Vs(a, b float64) string {
	s := fmt.Sprintf("%+.3f", a-b)
	if b > 0 {
		s += fmt.Sprintf(" (×%.2f)", a/b)
	}
	return s
}

func met(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

func prfCell(s metric.PRF) string { return fmt.Sprintf("%.3f (P %.3f R %.3f)", s.F1(), s.P(), s.R()) }

// markdown renders the report as the Language engine section.
func (r report) markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("%s\n\n", sectionHeading)
	w("casus's language engine (packages `segment`, `tag`, `parse`, `ner`, `nlp`, embedded models)\n")
	w("measured beside prose v2 (github.com/jdkato/prose/v2 v2.0.0, the only other pure-Go English\n")
	w("pipeline) in one process, on the same inputs, with GOMAXPROCS=%d. prose has no parser.\n\n", r.CPUs)
	w("Command (from the repository root; the harness is a module of its own so that prose never\n")
	w("enters casus's go.mod):\n\n    %s\n\n", r.Command)
	w("Measured %s on the development machine (%s, %s), %s.\n", r.Date.Format("2006-01-02 15:04 UTC"), r.Machine, r.Go, r.Source)
	w("The machine is shared with other jobs: one-minute load average %s at the start and %s at\n", r.LoadIn, r.LoadOut)
	w("the end of the run, so absolute speeds are low and noisy. Every throughput row is the best of\n")
	w("its passes (%d unless the table says otherwise), and both engines ran under the same load in\n", r.Passes)
	w("the same run.\n\n")

	w("### Accuracy\n\n")
	w("| measure | data | casus | prose v2 | casus vs prose | casus target | met |\n")
	w("|---|---|---|---|---|---|---|\n")
	e, g := r.EWT, r.GUM
	w("| XPOS accuracy, gold tokens | EWT test, %d words | **%s** | %s ¹ | %s | ≥ 95.5%% | %s |\n",
		e.Words, pct(e.Casus), pct(e.ProseGold.Accuracy()), errVs(e.Casus, e.ProseGold.Accuracy()), met(e.Casus >= 0.955))
	w("| XPOS accuracy, gold tokens | GUM test, %d words | **%s** | %s ¹ | %s | ≥ 93%% | %s |\n",
		g.Words, pct(g.Casus), pct(g.ProseGold.Accuracy()), errVs(g.Casus, g.ProseGold.Accuracy()), met(g.Casus >= 0.93))
	w("| XPOS accuracy, own tokenization of each sentence's text ² | EWT test | %s | %s | %s | - | - |\n",
		pct(e.CasusOwn.Accuracy()), pct(e.ProseOwn.Accuracy()), errVs(e.CasusOwn.Accuracy(), e.ProseOwn.Accuracy()))
	w("| XPOS accuracy, own tokenization of each sentence's text ² | GUM test | %s | %s | %s | - | - |\n",
		pct(g.CasusOwn.Accuracy()), pct(g.ProseOwn.Accuracy()), errVs(g.CasusOwn.Accuracy(), g.ProseOwn.Accuracy()))
	w("| UAS / LAS, gold tokens, predicted tags | EWT test | **%.2f / %.2f** | no parser | - | ≥ 88 / ≥ 85 | %s |\n",
		e.UAS, e.LAS, met(e.UAS >= 88 && e.LAS >= 85))
	w("| UAS / LAS, gold tokens, predicted tags | GUM test | **%.2f / %.2f** | no parser | - | LAS ≥ 80 | %s |\n",
		g.UAS, g.LAS, met(g.LAS >= 80))
	w("| UAS / LAS, gold tokens, gold tags (reference) | EWT / GUM test | %.2f / %.2f, %.2f / %.2f | - | - | - | - |\n",
		e.GoldUAS, e.GoldLAS, g.GoldUAS, g.GoldLAS)
	n := r.NER
	w("| name F1, exact span, PER/ORG/LOC, gold tokens | UNER EWT test, %d names | **%s** | - ³ | - | ≥ 0.75 | %s |\n",
		n.CasusGold.Overall.Gold, prfCell(n.CasusGold.Overall), met(n.CasusGold.Overall.F1() >= 0.75))
	w("| name F1, exact span, PER/ORG/LOC, own pipeline on each sentence's text ³ | UNER EWT test | %s | %s | %s | - | - |\n",
		prfCell(n.CasusText.PRF), prfCell(n.ProseText.PRF), f1Vs(n.CasusText.F1(), n.ProseText.F1()))
	s := r.Sent
	w("| sentence boundary F1 | GUM test, %d documents, %d boundaries | **%s** | %s | %s | ≥ 0.95 | %s |\n",
		s.Documents, s.Casus.Gold, prfCell(s.Casus.PRF), prfCell(s.Prose.PRF), f1Vs(s.Casus.F1(), s.Prose.F1()), met(s.Casus.F1() >= 0.95))
	w("| sentence boundary F1, inside paragraphs only ⁴ | GUM test, %d boundaries | %s | %s | %s | - | - |\n\n",
		s.CasusInner.Gold, prfCell(s.CasusInner.PRF), prfCell(s.ProseInner.PRF), f1Vs(s.CasusInner.F1(), s.ProseInner.F1()))

	w("¹ prose's API takes text only, not tokens, so it cannot be fed gold tokens directly: it is given\n")
	w("the gold tokens joined by single spaces, tokenizes that itself, and its tokens are aligned to the\n")
	w("gold ones by byte span; a gold word with no prose token of exactly its span counts as an error.\n")
	w("prose's tokens matched %s of EWT and %s of GUM words; on those alone it scored %s and\n%s.\n",
		pct(e.ProseGold.AlignedShare()), pct(g.ProseGold.AlignedShare()), pct(e.ProseGold.AlignedAccuracy()), pct(g.ProseGold.AlignedAccuracy()))
	w("casus's own figure is `tag.Evaluate` on the gold words; the harness recomputes it and stops if\n")
	w("the two disagree.\n\n")
	w("² Each engine tokenizes the sentence's `# text` itself; words are aligned by byte span as in ¹.\n")
	w("Aligned words: casus %s / %s (EWT / GUM), prose %s / %s.\n\n",
		pct(e.CasusOwn.AlignedShare()), pct(g.CasusOwn.AlignedShare()), pct(e.ProseOwn.AlignedShare()), pct(g.ProseOwn.AlignedShare()))
	w("³ prose finds names only in text it tokenizes itself and its entities carry no offsets; they\n")
	w("are placed back on its tokens and scored by exact byte span and type against the gold names, as\n")
	w("is casus's full pipeline (`nlp.Analyze`) on the same sentence texts (%d prose names could not be\n", n.ProseUnplaced)
	w("placed and count as wrong). prose's labels are mapped PERSON→PER, GPE, GSP and LOCATION→LOC,\n")
	w("ORGANIZATION→ORG, FACILITY dropped; casus's PERSON→PER, LOCATION→LOC, ORG→ORG, MISC dropped.\n")
	w("The gold-token row tags the gold words with casus's tagger, then its\n")
	w("name model, scored by `ner.Scores`. Per type (gold tokens): ")
	for i, t := range scoredTypes {
		if i < len(n.CasusGold.Types) {
			if i > 0 {
				w(", ")
			}
			w("%s %.3f", t, n.CasusGold.Types[i].F1())
		}
	}
	w(".\n\n")
	w("⁴ Documents are rebuilt as casus sees an article: sentence texts joined by a space inside a\n")
	w("paragraph and by a line break between paragraphs; both segmenters get the same text and are\n")
	w("scored on sentence-end byte offsets, the document's own end excluded. The second row counts only\n")
	w("ends not followed by a line break, which casus always treats as a boundary. The harness's casus\n")
	w("figures are checked against `segment.EvaluateConllu`.\n\n")

	if len(r.Speed) > 0 {
		w("### Throughput\n\n")
		w("EWT test raw text: each document's `# text` lines joined as in ⁴ (%d documents, %d gold\n", r.SpeedDocs, r.Speed[0].Tokens)
		w("words). tokens/s divides the gold word count of the text read by the time of the best pass, so\n")
		w("the engines' differing tokenizations do not change the numerator. Stage rows time one stage\n")
		w("over the whole text with the earlier stages' output prepared beforehand. Models are loaded before timing (casus %v for all its models, prose %v);\n",
			r.CasusLoad.Round(time.Millisecond), r.ProseLoad.Round(time.Millisecond))
		w("the \"default call\" row is `prose.NewDocument(text)` as prose's README shows it, which loads\n")
		w("prose's models again on every call (a few seconds each), so that row reads only the first\n")
		w("documents, as its name says.\n\n")
		w("Two rates per row: tokens per wall-clock second, and tokens per second of CPU time the process\n")
		w("used (user + system, from getrusage). Under load the process waits for the processor; the wait\n")
		w("counts in wall-clock time but not in CPU time, so the CPU-time rate is the closer estimate of one\n")
		w("unshared core (caches and memory bandwidth are still shared). Ratios use the CPU-time rates.\n\n")
		rate := func(s speedRow) float64 {
			if c := s.CPURate(); c > 0 {
				return c
			}
			return s.Rate()
		}
		find := func(prefix string) float64 {
			for _, s := range r.Speed {
				if strings.HasPrefix(s.Name, prefix) {
					return rate(s)
				}
			}
			return 0
		}
		// peers pairs each casus row with the prose rows it is compared with.
		peers := map[string][][2]string{
			"casus full": {{"prose full pipeline, model shared", "prose full, shared model"},
				{"prose full pipeline, default", "prose full, default call"}},
			"casus segment": {{"prose segment", "prose segment"}},
			"casus tag":     {{"prose tokenize + tag", "prose tokenize + tag"}},
		}
		w("| pipeline | tokens/s, wall clock | tokens/s, CPU time | passes | casus vs prose (CPU time) |\n")
		w("|---|---|---|---|---|\n")
		for _, s := range r.Speed {
			name := s.Name
			if strings.HasPrefix(name, "casus full") {
				name = "**" + name + "**"
			}
			var vs []string
			for prefix, ps := range peers {
				if !strings.HasPrefix(s.Name, prefix) {
					continue
				}
				for _, p := range ps {
					if t := times(rate(s), find(p[0])); t != "-" {
						vs = append(vs, t+" "+p[1])
					}
				}
			}
			cell := "-"
			if len(vs) > 0 {
				cell = strings.Join(vs, "; ")
			}
			w("| %s | %s | %s | %d | %s |\n", name, thousands(s.Rate()), thousands(s.CPURate()), s.Passes, cell)
		}
		w("\n")
		var perToken float64 // CPU seconds per token over the casus stage rows
		for _, s := range r.Speed {
			if strings.HasPrefix(s.Name, "casus ") && !strings.HasPrefix(s.Name, "casus full") && rate(s) > 0 {
				perToken += 1 / rate(s)
			}
		}
		if perToken > 0 {
			w("The four casus stages timed one by one add up to %s tokens/s of CPU time; the difference from\n", thousands(1/perToken))
			w("the full-pipeline row is the cost of running them together in one call, plus noise.\n\n")
		}
		for _, s := range r.Speed {
			if strings.HasPrefix(s.Name, "casus full") {
				w("casus target, ≥ 100,000 tokens/s for tag + parse + names on one core: %s by CPU time (%s),\n", met(rate(s) >= 100000), thousands(rate(s)))
				w("%s by wall-clock time at this load (%s).\n\n", met(s.Rate() >= 100000), thousands(s.Rate()))
			}
		}
	}
	w("GUM is used for scoring only. The figures are not `go test` assertions; each package's own\n")
	w("tests hold its unit tests.\n\n")
	return b.String()
}

func times(a, b float64) string {
	if b <= 0 {
		return "-"
	}
	return fmt.Sprintf("×%.1f", a/b)
}

// thousands formats x rounded, with commas between thousands.
func thousands(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// replaceSection returns doc with the section under heading (a "## " line,
// up to the next "## " line or the end) replaced by section, or with
// section appended when doc has no such heading. Other sections are left
// byte for byte. section should start with heading and end with a newline.
func replaceSection(doc, heading, section string) string {
	lines := strings.SplitAfter(doc, "\n")
	start, end := -1, len(lines)
	for i, l := range lines {
		t := strings.TrimRight(l, "\r\n")
		if start < 0 {
			if t == heading {
				start = i
			}
			continue
		}
		if strings.HasPrefix(t, "## ") {
			end = i
			break
		}
	}
	if start < 0 {
		if doc == "" {
			return section
		}
		if !strings.HasSuffix(doc, "\n") {
			doc += "\n"
		}
		if !strings.HasSuffix(doc, "\n\n") {
			doc += "\n"
		}
		return doc + section
	}
	before := strings.Join(lines[:start], "")
	after := strings.Join(lines[end:], "")
	if after != "" && !strings.HasSuffix(section, "\n\n") {
		section += "\n"
	}
	if after == "" {
		section = strings.TrimRight(section, "\n") + "\n"
	}
	return before + section + after
}
