// Command builddicts regenerates dict/data/dicts.bin from ../shared/data
// with dict.Build. Run it from the repository root, or through
// "go generate ./dict".
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/casus-project/casus/dict"
)

func main() {
	data := flag.String("data", "", "shared data folder (default ../shared/data)")
	dir := flag.String("dir", "", "dict data folder (default dict/data)")
	flag.Parse()
	if err := dict.Build(context.Background(), dict.BuildConfig{Data: *data, Dir: *dir, Log: os.Stderr}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
