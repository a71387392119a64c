package event

import (
	"fmt"
	"io"
	"sort"

	"github.com/casus-project/casus/model"
)

// Agreement compares two annotations of the same articles, or an
// annotation and a coder, file by file.
type Agreement struct {
	// Exact matches source, target and code; Root source, target and
	// the code's two-digit root. Expected counts the first
	// annotation's events, Coded the second's, Found those of the first
	// the second also has.
	Exact, Root Tally
}

// CompareGold scores the annotation b against the annotation a of the
// same files (a's events are the expected ones), over the files either
// names. Two careful annotations of the same articles disagree too:
// their agreement is the ceiling a coder scored against either one can
// be expected to reach.
func CompareGold(a, b []GoldEvent) Agreement {
	ta, tb := goldTriples(a), goldTriples(b)
	var ag Agreement
	for _, f := range unionKeys(ta, tb) {
		ag.Exact.add(compare(ta[f], tb[f]))
		ag.Root.add(compare(roots(ta[f]), roots(tb[f])))
	}
	return ag
}

// Supported counts the events coded in arts that at least one of the
// annotations has for that file (exact source, target and code; an
// event is supported once per matching annotation row, as compare
// counts), and all events coded in the files the annotations name.
func Supported(arts map[string]*model.Article, annotations ...[]GoldEvent) (supported, coded int) {
	union := map[string][]Triple{}
	for _, ann := range annotations {
		for f, ts := range goldTriples(ann) {
			union[f] = multisetUnion(union[f], ts)
		}
	}
	for f, ts := range union {
		art := arts[f]
		if art == nil {
			continue
		}
		t := compare(ts, Triples(art.Events))
		supported += t.Coded - t.Extra
		coded += t.Coded
	}
	return supported, coded
}

// Consensus counts the events both annotations a and b have for a file
// (exact source, target and code, as often as both have them), and of
// those the ones coded in arts: a coder's recall on the events two
// annotators agree on.
func Consensus(arts map[string]*model.Article, a, b []GoldEvent) (found, agreed int) {
	ta, tb := goldTriples(a), goldTriples(b)
	for f, ts := range ta {
		both := multisetIntersection(ts, tb[f])
		agreed += len(both)
		if art := arts[f]; art != nil {
			found += compare(both, Triples(art.Events)).Found
		}
	}
	return found, agreed
}

// PrintAgreement writes ag as two lines naming the annotations a and b.
func PrintAgreement(w io.Writer, a, b string, ag Agreement) {
	for _, l := range []struct {
		name string
		t    Tally
	}{{"exact", ag.Exact}, {"root", ag.Root}} {
		fmt.Fprintf(w, "%s against %s, %s: %s has %d of the %d events of %s (%.1f%%), and they are %.1f%% of its %d\n",
			b, a, l.name, b, l.t.Found, l.t.Expected, a, 100*l.t.Recall(), 100*l.t.Precision(), l.t.Coded)
	}
}

func goldTriples(gs []GoldEvent) map[string][]Triple {
	m := map[string][]Triple{}
	for _, g := range gs {
		m[g.File] = append(m[g.File], Triple{g.Source, g.Target, g.Code})
	}
	return m
}

func roots(ts []Triple) []Triple {
	out := make([]Triple, len(ts))
	for i, t := range ts {
		out[i] = Triple{t.Source, t.Target, root(t.Code)}
	}
	return out
}

// multisetUnion returns the triples of a, and those of b beyond the
// number of times a already has them.
func multisetUnion(a, b []Triple) []Triple {
	n := map[Triple]int{}
	for _, t := range a {
		n[t]++
	}
	out := a
	for _, t := range b {
		if n[t] > 0 {
			n[t]--
			continue
		}
		out = append(out, t)
	}
	return out
}

// multisetIntersection returns the triples of a that b has, as often as
// both have them.
func multisetIntersection(a, b []Triple) []Triple {
	n := map[Triple]int{}
	for _, t := range b {
		n[t]++
	}
	var out []Triple
	for _, t := range a {
		if n[t] > 0 {
			n[t]--
			out = append(out, t)
		}
	}
	return out
}

// unionKeys returns the keys of a and of b, sorted, each once.
func unionKeys[A, B any](a map[string]A, b map[string]B) []string {
	ks := make([]string, 0, len(a)+len(b))
	for k := range a {
		ks = append(ks, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}
