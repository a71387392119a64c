package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// speedRow is one throughput measurement: the best of its passes.
type speedRow struct {
	Name string
	// Best is the shortest wall-clock time of a pass; BestCPU the least
	// CPU time the process used in a pass (zero when unknown). On a
	// machine shared with other jobs the process waits for the processor,
	// which counts in wall-clock time but not in CPU time.
	Best, BestCPU time.Duration
	Passes        int
	Tokens        int // gold words in the text processed, the common denominator
	// Output counts what the last pass produced (sentences, tokens or
	// names), so that no work can be optimised away.
	Output int
}

// Rate is tokens per wall-clock second in the best pass.
func (s speedRow) Rate() float64 {
	if s.Best <= 0 {
		return 0
	}
	return float64(s.Tokens) / s.Best.Seconds()
}

// CPURate is tokens per CPU second in the pass that used least, or 0 when
// CPU time is unknown.
func (s speedRow) CPURate() float64 {
	if s.BestCPU <= 0 {
		return 0
	}
	return float64(s.Tokens) / s.BestCPU.Seconds()
}

// best runs f passes times, and more until minTime has passed since the
// first pass began, after a collection each, and keeps the fastest pass.
// It stops early, keeping what it has, when ctx is done.
func best(ctx context.Context, name string, tokens, passes int, minTime time.Duration, f func() (int, error)) (speedRow, error) {
	r := speedRow{Name: name, Tokens: tokens}
	start := time.Now()
	for r.Passes < passes || time.Since(start) < minTime {
		if ctx.Err() != nil && r.Passes > 0 {
			break
		}
		runtime.GC()
		c0, cok := cpuTime()
		t0 := time.Now()
		n, err := f()
		if err != nil {
			return r, err
		}
		d := time.Since(t0)
		c1, cok1 := cpuTime()
		r.Output = n
		if r.Passes == 0 || d < r.Best {
			r.Best = d
		}
		if c := c1 - c0; cok && cok1 && (r.BestCPU == 0 || c < r.BestCPU) {
			r.BestCPU = c
		}
		r.Passes++
	}
	return r, nil
}

// speedConfig says how many passes each kind of row gets.
type speedConfig struct {
	passes int // casus rows and prose with a shared model
	// minTime, when above zero, makes each row with passes go on until
	// its passes span at least this long: the machine has slow spells
	// of seconds, and a row whose passes span less can fall in one.
	minTime      time.Duration
	reloadPasses int // prose loading its models per document, as it does by default
	// reloadDocs is how many documents, from the first, the reloading row
	// reads: loading prose's models takes seconds, so a row over every
	// document would take many minutes a pass.
	reloadDocs int
	// casusOnly skips prose's rows; p may then be nil.
	casusOnly bool
	logf      func(format string, args ...any)
	// profile, when not nil, receives a CPU profile of the casus full
	// pipeline row.
	profile io.Writer
}

// measureSpeed times casus and prose on the documents' texts.
func measureSpeed(ctx context.Context, c *casusEngine, p *proseEngine, docs []document, cfg speedConfig) ([]speedRow, error) {
	countWords := func(docs []document) int {
		n := 0
		for _, d := range docs {
			n += d.words
		}
		return n
	}
	few := docs[:min(max(cfg.reloadDocs, 1), len(docs))]
	var rows []speedRow
	// Sentences for the per-stage rows, tagged and parsed once so that each
	// stage sees what it sees in the pipeline.
	sents := make([][]model.Sentence, len(docs))
	for i, d := range docs {
		sents[i] = segment.Sentences(d.text)
		for _, s := range sents[i] {
			c.tagger.Tag(s.Tokens)
			c.parser.Parse(s.Tokens)
		}
	}
	steps := []struct {
		name   string
		passes int
		docs   []document
		f      func() (int, error)
	}{
		{"casus full pipeline (segment, tag, parse, names)", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, d := range docs {
				out += len(c.analyzer.Analyze(d.text).Sentences)
			}
			return out, nil
		}},
		{"casus segment", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, d := range docs {
				out += len(segment.Sentences(d.text))
			}
			return out, nil
		}},
		{"casus tag", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, ss := range sents {
				for _, s := range ss {
					c.tagger.Tag(s.Tokens)
				}
			}
			return out, nil
		}},
		{"casus parse", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, ss := range sents {
				for _, s := range ss {
					c.parser.Parse(s.Tokens)
				}
			}
			return out, nil
		}},
		{"casus names", cfg.passes, docs, func() (int, error) {
			out := 0
			for i, ss := range sents {
				out += len(c.names.DocumentEntities(docs[i].text, ss))
			}
			return out, nil
		}},
		{"prose full pipeline, model shared (UsingModel)", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, d := range docs {
				n, err := p.full(d.text, true)
				if err != nil {
					return 0, err
				}
				out += n
			}
			return out, nil
		}},
		{fmt.Sprintf("prose full pipeline, default call (models loaded per call; first %d documents)", len(few)), cfg.reloadPasses, few, func() (int, error) {
			out := 0
			for _, d := range few {
				n, err := p.full(d.text, false)
				if err != nil {
					return 0, err
				}
				out += n
			}
			return out, nil
		}},
		{"prose tokenize + tag", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, d := range docs {
				n, err := p.tagOnly(d.text)
				if err != nil {
					return 0, err
				}
				out += n
			}
			return out, nil
		}},
		{"prose segment", cfg.passes, docs, func() (int, error) {
			out := 0
			for _, d := range docs {
				n, err := p.segmentOnly(d.text)
				if err != nil {
					return 0, err
				}
				out += n
			}
			return out, nil
		}},
	}
	for _, s := range steps {
		if s.passes <= 0 || cfg.casusOnly && !strings.HasPrefix(s.name, "casus") {
			continue
		}
		profiled := cfg.profile != nil && strings.HasPrefix(s.name, "casus full")
		if profiled {
			if err := pprof.StartCPUProfile(cfg.profile); err != nil {
				return rows, err
			}
		}
		r, err := best(ctx, s.name, countWords(s.docs), s.passes, cfg.minTime, s.f)
		if profiled {
			pprof.StopCPUProfile()
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, r)
		if cfg.logf != nil {
			cfg.logf("%-60s %10.0f tokens/s, %10.0f tokens/CPU-s (best of %d)", r.Name, r.Rate(), r.CPURate(), r.Passes)
		}
	}
	return rows, nil
}
