package event

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
)

// listingVerbs lists REKINDLE in two blocks: its code without a pattern
// is its first block's (030), and of the later block only the patterns
// whose comment names it are its own.
const listingVerbs = `---  RENEW   [030]  ---
REKINDLE
RENEW
- * FRIENDSHIP                  [050]   # REKINDLE
---  BEGIN   [---]  ---
INAUGURATE
REKINDLE
- * CONSULATE                   [054]   # INAUGURATE , REKINDLE
- * HOSTILITIES                 [190]   # INAUGURATE
- * ALLIANCE                    [057]
`

// TestLaterListing checks a verb listed in two blocks, read through
// ReadVerbs and through LoadDir (the --dicts loader).
func TestLaterListing(t *testing.T) {
	_, a := coder(t)
	dir := t.TempDir()
	for name, text := range map[string]string{"actors.txt": testActors, "verbs.txt": listingVerbs} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := dict.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	cases := []codeCase{
		// The first block's pattern and code.
		{"Freedonia rekindled its friendship with Sylvania.", []Triple{{"FRE", "SYL", "050"}}},
		{"Freedonia rekindled relations with Sylvania.", []Triple{{"FRE", "SYL", "030"}}},
		// The later block's pattern that names it among its verbs.
		{"Freedonia rekindled its consulate in Sylvania.", []Triple{{"FRE", "SYL", "054"}}},
		// The later block's patterns written for another verb, or for
		// none, are not its own: the first block's code stands.
		{"Freedonia rekindled hostilities with Sylvania.", []Triple{{"FRE", "SYL", "030"}}},
		{"Freedonia rekindled an alliance with Sylvania.", []Triple{{"FRE", "SYL", "030"}}},
		// The later block's own verbs keep all its patterns.
		{"Freedonia inaugurated hostilities with Sylvania.", []Triple{{"FRE", "SYL", "190"}}},
		{"Freedonia inaugurated an alliance with Sylvania.", []Triple{{"FRE", "SYL", "057"}}},
	}
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, testCoder(t, testActors, listingVerbs), a, day, cases)
	checkCoded(t, loaded, a, day, cases)
}

// TestLaterListingDefault checks verbs listed in two blocks of the
// embedded dictionary: a later block's pattern for the verb codes
// (START's EMBASSY for REOPEN), and the supplement overrides those that
// code wrongly by the CAMEO codebook.
func TestLaterListingDefault(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Peru reopened its embassy in Chile on Monday.", want: []string{"PER>CHL:054"}},
		{text: "Chile said it respects the result of the vote in Peru.", want: []string{"CHL>PER:051"}, not: []string{"CHL>PER:1312"}},
		{text: "Thousands of Sudanese refugees streamed into Chad on Sunday.", not: []string{"SDNREF>TCD:0233"}},
		{text: "Turkey abandoned its policy toward Syria.", not: []string{"TUR>SYR:100"}},
		{text: "Iran signaled its desire to resume talks with France.", not: []string{"IRN>FRA:013"}},
	})
}
