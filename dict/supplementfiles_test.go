package dict

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestSupplementFilesRead reads the committed supplements as Build does
// and wants every line read: Build stops on a supplement line it cannot
// read, so a slip (a merge's conflict markers, a missing bracket) should
// fail here, without ../shared, before anyone rebuilds.
func TestSupplementFilesRead(t *testing.T) {
	for _, df := range supplementFiles("data") {
		var src Sources
		var warns []error
		if err := loadFile(&src, df, &warns); err != nil {
			t.Fatal(err)
		}
		for _, w := range warns {
			t.Errorf("%s: %v", df.path, w)
		}
	}
	path := filepath.Join("data", VerbSupplementFile)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = readVerbs(f, path, true)
	var me *multiError
	switch {
	case err == nil:
	case errors.As(err, &me):
		for _, e := range me.errs {
			// Synsets the main dictionary defines are resolved when
			// Build merges the supplement.
			if !errors.Is(e, ErrSynset) {
				t.Errorf("%s: %v", path, e)
			}
		}
	default:
		if !errors.Is(err, ErrSynset) {
			t.Errorf("%s: %v", path, err)
		}
	}
}
