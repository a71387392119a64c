// Command gencodes compiles the CAMEO actor code tables of ../shared into
// the table package gdelt embeds: one line per code, "kind<TAB>code".
// Run it through "go generate ./gdelt".
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var tables = []struct{ kind, file string }{
	{"country", "CAMEO.country.txt"},
	{"group", "CAMEO.knowngroup.txt"},
	{"ethnic", "CAMEO.ethnic.txt"},
	{"religion", "CAMEO.religion.txt"},
	{"type", "CAMEO.type.txt"},
}

func main() {
	src := flag.String("src", "", "folder with the CAMEO actor tables")
	out := flag.String("out", "codes.tsv", "output file")
	flag.Parse()
	var lines []string
	for _, t := range tables {
		codes, err := read(filepath.Join(*src, t.file))
		if err != nil {
			log.Fatal(err)
		}
		for _, c := range codes {
			lines = append(lines, t.kind+"\t"+c)
		}
	}
	sort.Strings(lines)
	if err := os.WriteFile(*out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}

func read(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var codes []string
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		code, _, ok := strings.Cut(sc.Text(), "\t")
		if n == 0 || code == "" || code == "0" { // header; "0" is "unknown"
			continue
		}
		if !ok || len(code) != 3 {
			return nil, fmt.Errorf("%s:%d: want a 3-character code and a label", name, n+1)
		}
		codes = append(codes, code)
	}
	return codes, sc.Err()
}
