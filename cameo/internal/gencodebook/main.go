// Command gencodebook compiles the CAMEO codebook table of ../shared into
// the compact table package cameo embeds. Run it through "go generate
// ./cameo".
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	src := flag.String("src", "", "cameo_codebook.tsv from ../shared/data/cameo")
	out := flag.String("out", "codebook.tsv", "output file")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

// The source columns used, by header name.
var columns = []string{"code", "root_code", "base_code", "name_cameo_manual_1.1b3", "goldstein_gdelt", "quadclass_gdelt", "plover_event", "plover_mode", "plover_context"}

func run(src, out string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var idx []int
	var b strings.Builder
	b.WriteString("code\troot\tbase\tname\tgoldstein\tquadclass\tplover_event\tplover_mode\tplover_context\n")
	line := 0
	// Codes added in CAMEO 2.0 (cyber operations, drones) have no
	// Goldstein score in the source; they take their base code's, or their
	// root's, which precede them in the table.
	goldstein := map[string]string{}
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if idx == nil {
			for _, c := range columns {
				i := indexOf(fields, c)
				if i < 0 {
					return fmt.Errorf("%s: no column %q", src, c)
				}
				idx = append(idx, i)
			}
			continue
		}
		row := make([]string, len(idx))
		for j, i := range idx {
			if i >= len(fields) {
				return fmt.Errorf("%s:%d: too few fields", src, line)
			}
			row[j] = strings.TrimSpace(fields[i])
		}
		if row[4] == "" {
			row[4] = goldstein[row[2]]
		}
		if row[4] == "" {
			row[4] = goldstein[row[1]]
		}
		if row[4] == "" {
			return fmt.Errorf("%s:%d: code %s has no Goldstein score, nor has its base or root", src, line, row[0])
		}
		goldstein[row[0]] = row[4]
		b.WriteString(strings.Join(row, "\t"))
		b.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
