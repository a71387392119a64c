// Command buildplaces regenerates place/data/places.bin from
// ../shared/data with place.Build. Run it from the repository root, or
// through "go generate ./place".
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/casus-project/casus/place"
)

func main() {
	data := flag.String("data", "", "shared data folder (default ../shared/data)")
	dir := flag.String("dir", "", "place data folder (default place/data)")
	flag.Parse()
	if err := place.Build(context.Background(), place.BuildConfig{Data: *data, Dir: *dir, Log: os.Stderr}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
