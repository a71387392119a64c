package formcache

import (
	"fmt"
	"hash/maphash"
	"sync"
	"testing"
)

func TestCache(t *testing.T) {
	seed := maphash.MakeSeed()
	hash := func(s string) uint64 { return maphash.String(seed, s) }
	c := New[int](4)
	if v := c.Get(hash("peace"), "peace"); v != nil {
		t.Fatalf("empty cache: Get = %d", *v)
	}
	text := "the peace talks"
	v := c.Add(hash("peace"), text[4:9], func(v *int, form string) {
		if form != "peace" {
			t.Errorf("fill got form %q", form)
		}
		*v = 5
	})
	if v == nil || *v != 5 {
		t.Fatalf("Add = %v, want 5", v)
	}
	if got := c.Get(hash("peace"), "peace"); got != v {
		t.Errorf("Get after Add = %v, want the added value %v", got, v)
	}
	// The slot is taken: a second Add neither fills nor replaces.
	if again := c.Add(hash("peace"), "peace", func(*int, string) { t.Error("fill called for a taken slot") }); again != nil {
		t.Errorf("second Add = %d, want nil", *again)
	}
	// A form with the same hash as another is not mistaken for it.
	if got := c.Get(hash("peace"), "truce"); got != nil {
		t.Errorf("Get of another form in the slot = %d, want nil", *got)
	}
}

// TestCacheConcurrent fills and reads one small cache from several
// goroutines (run with -race): every value read is the one stored for
// its form.
func TestCacheConcurrent(t *testing.T) {
	seed := maphash.MakeSeed()
	c := New[string](6)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 500 {
				form := fmt.Sprint("w", (i*7+g)%200)
				h := maphash.String(seed, form)
				if v := c.Get(h, form); v != nil {
					if *v != "<"+form+">" {
						t.Errorf("Get(%q) = %q", form, *v)
					}
					continue
				}
				c.Add(h, form, func(v *string, f string) { *v = "<" + f + ">" })
			}
		})
	}
	wg.Wait()
}
