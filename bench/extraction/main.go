// Command extraction runs casus's article extractor and two peers,
// go-trafilatura and readeck's go-readability, over the same benchmark
// folder in one process, and reports the benchmark's shingle F1,
// precision, recall and exact-match accuracy with the pages each
// extracts per second per core.
//
//	go run . -dir ../../../shared/data/extraction/dev -cpus 1
//
// Pages are read and decompressed before timing; the timed part is HTML
// parsing plus extraction, repeated -passes times (the fastest pass is
// reported). It is a separate module so the peers never enter casus's
// go.mod.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/casus-project/casus/extract"
	"github.com/casus-project/casus/extract/score"
)

// extractor is one system under test.
type extractor struct {
	name string
	run  func(html []byte, url string) string
}

func casus(page []byte, url string) string {
	a, err := extract.HTML(page, extract.Options{URL: url})
	if err != nil {
		return ""
	}
	return a.Text
}

func main() {
	dir := flag.String("dir", "../../../shared/data/extraction/dev", "benchmark folder (html/*.html.gz, ground-truth.json)")
	cpus := flag.Int("cpus", 1, "GOMAXPROCS while timing")
	passes := flag.Int("passes", 5, "timed passes over the pages")
	only := flag.String("only", "", "comma-separated extractors to run (casus, trafilatura, readability); empty for all")
	verbose := flag.Bool("v", false, "print each page's scores")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the timed passes to this file")
	meta := flag.Bool("meta", false, "print the metadata casus extracts from each page and exit")
	dump := flag.String("dump", "", "print casus's output and the gold body for the page with this id prefix")
	flag.Parse()

	set, err := score.Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var pages []score.Entry
	for i := range set.Len() {
		e, err := set.Page(i)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pages = append(pages, e)
	}
	if *meta {
		for _, e := range pages {
			a, err := extract.HTML(e.HTML, extract.Options{URL: e.URL})
			if err != nil {
				fmt.Printf("%s %v\n", e.ID[:8], err)
				continue
			}
			fmt.Printf("%s %s | %s | %s | pub=%q src=%q by=%q lang=%s | %.60q\n", e.ID[:8], a.Published, a.URL, a.Publisher, a.Title, a.Source, a.Authors, a.Language, a.Text)
		}
		return
	}
	if *dump != "" {
		for _, e := range pages {
			if strings.HasPrefix(e.ID, *dump) {
				got := casus(e.HTML, e.URL)
				c := score.Page(got, e.Gold)
				fmt.Printf("== %s %s P %.3f R %.3f\n== PREDICTED\n%s\n== GOLD\n%s\n", e.ID, e.URL, c.Precision(), c.Recall(), got, e.Gold)
			}
		}
		return
	}
	all := append([]extractor{{"casus", casus}}, peers...)
	// Reference rows for speed only: what x/net/html itself costs.
	all = append(all, extractor{"tokenize", tokenizeOnly}, extractor{"domparse", parseOnly})
	var size int
	for _, e := range pages {
		size += len(e.HTML)
	}
	fmt.Printf("%d pages, %.1f MB of HTML, GOMAXPROCS=%d, %d passes, %s\n", len(pages), float64(size)/1e6, *cpus, *passes, time.Now().Format(time.DateOnly))
	fmt.Printf("%-12s %6s %6s %6s %6s %6s %9s\n", "extractor", "F1", "±", "P", "R", "acc", "pages/s")
	for _, x := range all {
		if *only != "" && !strings.Contains(","+*only+",", ","+x.name+",") {
			continue
		}
		out := make([]string, len(pages))
		if *cpuprofile != "" && x.name == "casus" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			pprof.StartCPUProfile(f)
		}
		prev := runtime.GOMAXPROCS(*cpus)
		best := time.Duration(1<<63 - 1)
		for pass := range max(1, *passes) {
			runtime.GC()
			start := time.Now()
			for i, e := range pages {
				out[i] = x.run(e.HTML, e.URL)
			}
			d := time.Since(start)
			best = min(best, d)
			_ = pass
		}
		runtime.GOMAXPROCS(prev)
		if *cpuprofile != "" && x.name == "casus" {
			pprof.StopCPUProfile()
		}
		var scores []score.PageScore
		for i, e := range pages {
			scores = append(scores, score.Score(e.ID, out[i], e.Gold))
		}
		r := score.Summarize(scores)
		if x.name == "tokenize" || x.name == "domparse" {
			fmt.Printf("%-12s %6s %6s %6s %6s %6s %9.1f\n", x.name, "-", "-", "-", "-", "-", float64(len(pages))/best.Seconds()/float64(*cpus))
			continue
		}
		ci := score.Bootstrap(scores, 1000, rand.New(rand.NewPCG(1, 2)))
		rate := float64(len(pages)) / best.Seconds() / float64(*cpus)
		fmt.Printf("%-12s %6.3f %6.3f %6.3f %6.3f %6.3f %9.1f\n", x.name, r.F1, ci.F1, r.Precision, r.Recall, r.Accuracy, rate)
		if *verbose {
			sort.Slice(scores, func(i, j int) bool {
				a, b := scores[i].Counts, scores[j].Counts
				return a.Precision()+a.Recall() < b.Precision()+b.Recall()
			})
			for _, s := range scores {
				fmt.Printf("  %s P %.3f R %.3f\n", s.ID[:12], s.Counts.Precision(), s.Counts.Recall())
			}
		}
	}
}

// tokenizeOnly runs the x/net/html tokenizer over a page, reading tag
// names, and extracts nothing.
func tokenizeOnly(page []byte, _ string) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	for z.Next() != html.ErrorToken {
	}
	return ""
}

// parseOnly builds the x/net/html DOM of a page and extracts nothing.
func parseOnly(page []byte, _ string) string {
	html.Parse(bytes.NewReader(page))
	return ""
}
