// Command gen builds tone/lexicon.tsv from the VADER sentiment lexicon
// (vader_lexicon.txt: token, mean valence, standard deviation, ratings,
// tab-separated). It keeps the entries that are words (letters, with
// inner hyphens or apostrophes), drops emoticons, and writes
// "word<TAB>valence" lines sorted by word under an attribution header.
//
// Usage (from tone/, as go generate runs it):
//
//	VADER_LEXICON=/path/to/vader_lexicon.txt go generate ./tone
//
// The file ships in the npm package vader-sentiment (npm pack
// vader-sentiment) and in the vaderSentiment repository.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	src := flag.String("vader", "", "path of vader_lexicon.txt")
	out := flag.String("o", "lexicon.tsv", "output file")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "gen: -vader is required (set VADER_LEXICON for go generate)")
		os.Exit(2)
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			continue
		}
		if (r == '-' || r == '\'') && i > 0 && i < len(s)-1 {
			continue
		}
		return false
	}
	return true
}

func run(src, out string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	vals := map[string]float64{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		w := strings.ToLower(strings.TrimSpace(fields[0]))
		if !isWord(w) {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(fields[1]), 64)
		if err != nil {
			return fmt.Errorf("%s:%d: valence %q: %w", src, n, fields[1], err)
		}
		vals[w] = v
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	words := make([]string, 0, len(vals))
	for w := range vals {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString(`# casus tone lexicon: word, tab, valence (-4 extremely negative .. +4 extremely positive).
# Derived by "go generate ./tone" (tone/gen) from vader_lexicon.txt of the VADER
# sentiment analysis tool: C.J. Hutto and E.E. Gilbert, "VADER: A Parsimonious
# Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14, 2014.
# VADER is released under the MIT License (github.com/cjhutto/vaderSentiment);
# the copy read here ships in the npm package vader-sentiment 1.1.3 (Apache-2.0,
# Copyright 2018 Comcast Cable Communications Management, LLC). Emoticons and
# other non-word entries are dropped.
`)
	for _, w := range words {
		fmt.Fprintf(&b, "%s\t%s\n", w, strconv.FormatFloat(vals[w], 'f', -1, 64))
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
