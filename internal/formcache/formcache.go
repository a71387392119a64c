// Package formcache keeps what a model computes of a word form alone, so
// that a frequent word is worked out once per run rather than once per
// token. The tagger and the name model each keep one.
//
// A Cache has a fixed number of slots, each holding one form and its
// value, set once and never changed: lookups take no locks, the memory is
// bounded, and the first form to reach a slot keeps it. It knows nothing
// of what the values are or of how forms are hashed.
package formcache

import (
	"strings"
	"sync/atomic"
)

// MaxForm bounds the length in bytes of the forms worth a slot: longer
// ones are rare, and would only take slots from frequent words.
const MaxForm = 32

// Cache maps word forms, by a hash of each that the caller computes, to
// values of type T. It is safe for concurrent use.
type Cache[T any] struct {
	shift uint
	slots []atomic.Pointer[entry[T]]
}

// entry is one form and its value; it is not changed once stored.
type entry[T any] struct {
	form string
	val  T
}

// New returns an empty cache of 2^bits slots, bits from 1 to 32.
func New[T any](bits int) *Cache[T] {
	return &Cache[T]{shift: uint(64 - bits), slots: make([]atomic.Pointer[entry[T]], 1<<bits)}
}

// slot returns the slot of a form whose hash is h: the hash's top bits
// after a multiplication by 2^64 over the golden ratio, which spreads
// hashes whose top bits agree.
func (c *Cache[T]) slot(h uint64) *atomic.Pointer[entry[T]] {
	return &c.slots[(h*0x9e3779b97f4a7c15)>>c.shift]
}

// Get returns the value cached for form, whose hash is h, or nil. The
// value must not be changed.
func (c *Cache[T]) Get(h uint64, form string) *T {
	if e := c.slot(h).Load(); e != nil && e.form == form {
		return &e.val
	}
	return nil
}

// Add caches a value for form, whose hash is h, if its slot is free, and
// returns it; else nil. fill sets the value in place, where it will stay
// (so it may point into itself), given the cache's own copy of form: the
// form passed in may be part of a much larger text. fill is not called
// when the slot is taken already; when another goroutine takes the slot
// meanwhile, its work is dropped and Add returns nil.
func (c *Cache[T]) Add(h uint64, form string, fill func(v *T, form string)) *T {
	s := c.slot(h)
	if s.Load() != nil {
		return nil
	}
	e := &entry[T]{form: strings.Clone(form)}
	fill(&e.val, e.form)
	if !s.CompareAndSwap(nil, e) {
		return nil
	}
	return &e.val
}
