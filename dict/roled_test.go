package dict

import (
	"strings"
	"testing"
)

// TestRoledNames checks that RoledNames gives the index and name of
// exactly the entries with a role, in order, and that Entry(i) is that
// entry, both for compiled dictionaries and for ones read back from
// their file, whose entries are decoded on first use.
func TestRoledNames(t *testing.T) {
	d := compileActors(t, `FREEDONIA_ [FRE]
RUFUS_T._FIREFLY_ [FREGOV 330101-331231]
JOHN_SMITH_
XI_JINPING_ [CHNGOV]
+PRESIDENT_XI_
`, false)
	read := readBack(t, d)
	for _, tc := range []struct {
		name string
		d    *Dicts
	}{{"compiled", d}, {"read", read}} {
		t.Run(tc.name, func(t *testing.T) {
			var want []string
			for _, e := range tc.d.Entries() {
				if len(e.Roles) > 0 {
					want = append(want, e.Name)
				}
			}
			var got []string
			tc.d.RoledNames(func(i int, name string) {
				got = append(got, name)
				if e := tc.d.Entry(i); e == nil || e.Name != name || len(e.Roles) == 0 {
					t.Errorf("Entry(%d) = %+v, want the entry %q with roles", i, e, name)
				}
			})
			if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != 3 {
				t.Errorf("RoledNames gave %q, want %q (3 names)", got, want)
			}
			for _, i := range []int{-1, len(tc.d.Entries())} {
				if e := tc.d.Entry(i); e != nil {
					t.Errorf("Entry(%d) = %+v, want nil", i, e)
				}
			}
		})
	}
}

// TestRoledNamesLazy checks that RoledNames on a dictionary read from its
// file decodes no entry, and gives the same names before and after the
// entries are decoded.
func TestRoledNamesLazy(t *testing.T) {
	r := readBack(t, compileActors(t, "FREEDONIA_ [FRE]\nJOHN_SMITH_\nRUFUS_FIREFLY_ [FREGOV]\n", false))
	names := func() string {
		var got []string
		r.RoledNames(func(_ int, name string) { got = append(got, name) })
		return strings.Join(got, "|")
	}
	before := names()
	if r.lazy == nil {
		t.Fatal("Read gave decoded entries")
	}
	for i := range r.lazy.ents {
		if r.lazy.ents[i].Load() != nil {
			t.Errorf("RoledNames decoded entry %d", i)
		}
	}
	r.Entries()
	if after := names(); before != after || before == "" {
		t.Errorf("RoledNames gave %q before decoding, %q after", before, after)
	}
}
