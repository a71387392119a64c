package dict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/casus-project/casus/internal/inplace"
)

// Compiled format, version 6: the magic line, the CRC-32 (Castagnoli,
// little-endian) of the rest, then uvarints (ints zig-zag varints) and,
// where noted, arrays of 32-bit little-endian numbers, each starting at a
// multiple of 4 bytes from the file's start (zero bytes pad to it) so
// that Read can use them in place:
//
//   - the strings, each once: their count, then (an array) the end of
//     each in the string bytes, then those bytes end to end; every
//     string after this is its index
//   - the actor entries: their count; the synonyms, roles, dated roles
//     and codeless entries they hold (Stats); the array of where each
//     entry's fields start in the entries' bytes, and where the last
//     ends; then those bytes
//   - the agents, verb dictionary (synsets sorted by name), discards and
//     issues, field by field in the order their types declare them, each
//     slice its length first
//   - the two leader counts
//   - the lookup tries of the actors, agents and issues, as Compile
//     builds them: for each, how many phrases another replaced
//     (Stats.Shadowed; 0 for agents and issues), the node count, the
//     arrays of each node's parent, word and value (-1: none; the root's
//     parent and word are 0), then the slot count and the array of the
//     node of each slot of the trie's lookup table (see trie.fill)
//
// Read takes the strings and the arrays from the file's bytes as they
// are and does not rebuild the tries, so that reading is a pass over the
// file. It checks the actor entries but decodes each when it is first
// used (most never are).
const magic = "casus-dicts 6\n"

// maxDepth bounds the nesting of pattern elements a file may hold.
const maxDepth = 64

// WriteTo writes d in casus's compiled format (see above). It implements
// io.WriterTo.
func (d *Dicts) WriteTo(w io.Writer) (int64, error) {
	b := d.encode()
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("dict: write: %w", err)
	}
	return int64(n), nil
}

// encoder collects the strings and the body of a compiled file.
type encoder struct {
	strs  []string
	index map[string]uint64
	body  []byte
}

func (e *encoder) uint(n uint64) { e.body = binary.AppendUvarint(e.body, n) }
func (e *encoder) int(n int64)   { e.body = binary.AppendVarint(e.body, n) }
func (e *encoder) len(n int)     { e.uint(uint64(n)) }

// align pads the body with zero bytes to a multiple of 4 from its start,
// which encode places at a multiple of 4 from the file's start.
func (e *encoder) align() {
	for len(e.body)%4 != 0 {
		e.body = append(e.body, 0)
	}
}

// uint32s writes an array of 32-bit numbers, aligned (see align).
func (e *encoder) uint32s(v []uint32) {
	e.align()
	for _, n := range v {
		e.body = binary.LittleEndian.AppendUint32(e.body, n)
	}
}

// int32s is uint32s for signed numbers.
func (e *encoder) int32s(v []int32) {
	e.align()
	for _, n := range v {
		e.body = binary.LittleEndian.AppendUint32(e.body, uint32(n))
	}
}

func (e *encoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *encoder) str(s string) { e.uint(e.strIndex(s)) }

// strIndex returns the index of s in the strings, adding it if new.
func (e *encoder) strIndex(s string) uint64 {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.strs))
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	return i
}

func (e *encoder) strList(ss []string) {
	e.len(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) phrases(ps [][]string) {
	e.len(len(ps))
	for _, p := range ps {
		e.strList(p)
	}
}

func (e *encoder) elems(es []Element) {
	e.len(len(es))
	for _, el := range es {
		e.uint(uint64(el.Kind))
		e.len(len(el.Terms))
		for _, t := range el.Terms {
			e.str(t.Word)
			e.str(t.Synset)
			e.phrases(t.Alts)
		}
		e.str(el.Prep)
		e.elems(el.Objects)
	}
}

func (e *encoder) discards(ds []Discard) {
	e.len(len(ds))
	for _, x := range ds {
		e.strList(x.Words)
		e.bool(x.Story)
		e.bool(x.Whole)
		e.str(x.Source)
		e.int(int64(x.Line))
	}
}

func (e *encoder) trie(t *trie, shadowed int) {
	e.len(shadowed)
	e.len(len(t.vals))
	parent := make([]int32, len(t.vals))
	word := make([]uint32, len(t.vals))
	for i := 1; i < len(t.vals); i++ {
		parent[i] = t.parent[i]
		word[i] = uint32(e.strIndex(t.wordOf(int32(i))))
	}
	e.int32s(parent)
	e.uint32s(word)
	e.int32s(t.vals)
	e.len(len(t.slots))
	e.int32s(t.slots)
}

// encode returns d's compiled file.
func (d *Dicts) encode() []byte {
	e := &encoder{index: map[string]uint64{}}
	entries := d.Entries()
	st := d.Stats()
	e.len(len(entries))
	e.len(st.Synonyms)
	e.len(st.Roles)
	e.len(st.DatedRoles)
	e.len(st.Codeless)
	// The entries' fields go to a body of their own, so that the array
	// of where each starts comes first: Read skips to any entry.
	main := e.body
	e.body = nil
	starts := make([]uint32, 0, len(entries)+1)
	for _, x := range entries {
		starts = append(starts, uint32(len(e.body)))
		e.str(x.Name)
		e.strList(x.Synonyms)
		e.len(len(x.Roles))
		for _, r := range x.Roles {
			e.str(r.Code)
			e.int(int64(r.Start))
			e.int(int64(r.End))
			e.str(r.Source)
		}
		e.strList(x.Stems)
		e.strList(x.Gapped)
		e.strList(x.Closed)
		e.str(x.Source)
		e.int(int64(x.Line))
	}
	starts = append(starts, uint32(len(e.body)))
	fields := e.body
	e.body = main
	e.uint32s(starts)
	e.body = append(e.body, fields...)
	e.len(len(d.agents))
	for _, a := range d.agents {
		e.str(a.Phrase)
		e.str(a.Code)
		e.str(a.Source)
		e.int(int64(a.Line))
	}
	vd := d.verbs
	if vd == nil {
		vd = &VerbDict{}
	}
	syn := make([]*Synset, 0, len(vd.Synsets))
	for _, s := range vd.Synsets {
		syn = append(syn, s)
	}
	sort.Slice(syn, func(i, j int) bool { return syn[i].Name < syn[j].Name })
	e.len(len(syn))
	for _, s := range syn {
		e.str(s.Name)
		e.phrases(s.Members)
		e.int(int64(s.Line))
	}
	e.len(len(vd.Blocks))
	for _, b := range vd.Blocks {
		e.str(b.Name)
		e.str(b.Code)
		e.len(len(b.Verbs))
		for _, v := range b.Verbs {
			e.str(v.Word)
			e.strList(v.Forms)
			e.strList(v.Before)
			e.strList(v.After)
			e.str(v.Code)
			e.str(v.Source)
			e.int(int64(v.Line))
			e.bool(v.Exact)
			e.strList(v.Stems)
		}
		e.len(len(b.Patterns))
		for _, p := range b.Patterns {
			e.str(p.Code)
			e.str(p.Passive)
			e.elems(p.Before)
			e.elems(p.After)
			e.str(p.Text)
			e.str(p.Comment)
			e.int(int64(p.Line))
			e.bool(p.TightBefore)
			e.bool(p.TightAfter)
		}
		e.str(b.Source)
		e.int(int64(b.Line))
	}
	e.len(len(vd.Transformations))
	for _, t := range vd.Transformations {
		e.str(t.Pattern)
		e.str(t.Result)
		e.int(int64(t.Line))
	}
	e.discards(vd.Discards)
	e.discards(d.discards)
	e.len(len(d.issues))
	for _, is := range d.issues {
		e.strList(is.Words)
		e.str(is.Code)
		e.str(is.Category)
		e.int(int64(is.Ignore))
		e.str(is.Source)
		e.int(int64(is.Line))
	}
	e.int(int64(d.leaders[0]))
	e.int(int64(d.leaders[1]))
	e.trie(&d.actorIdx, d.stats.Shadowed)
	e.trie(&d.agentIdx, 0)
	e.trie(&d.issueIdx, 0)

	out := []byte(magic + "\x00\x00\x00\x00")
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	out = pad4(out)
	end := uint32(0)
	for _, s := range e.strs {
		end += uint32(len(s))
		out = binary.LittleEndian.AppendUint32(out, end)
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	out = pad4(out)
	out = append(out, e.body...)
	binary.LittleEndian.PutUint32(out[len(magic):], inplace.Checksum(out[len(magic)+4:]))
	return out
}

// pad4 pads b with zero bytes to a multiple of 4.
func pad4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// decoder reads a compiled file's body. Its first error is kept, and
// every read after it yields zero values.
type decoder struct {
	inplace.Varints
	strs inplace.Strings
	// Slices are cut from these, a few allocations for the many small
	// slices of a dictionary, when slab is set.
	strSlab  []string
	roleSlab []Role
	slab     bool
	// size is the file's length: the bytes read so far are size-len(B),
	// by which arrays are aligned.
	size int
}

// align skips the zero bytes that pad the file to a multiple of 4 from
// its start before an array.
func (r *decoder) align() {
	pad := (4 - (r.size-len(r.B))%4) % 4
	if pad > len(r.B) {
		r.Fail(errors.New("padding beyond the end"))
		return
	}
	for _, c := range r.B[:pad] {
		if c != 0 {
			r.Fail(errors.New("bad padding"))
			return
		}
	}
	r.B = r.B[pad:]
}

// array returns the bytes of an array of n 32-bit numbers, aligned.
func (r *decoder) array(n int) []byte {
	r.align()
	if r.Err != nil {
		return nil
	}
	if uint64(n)*4 > uint64(len(r.B)) {
		r.Fail(fmt.Errorf("array of %d beyond the end", n))
		return nil
	}
	b := r.B[:4*n]
	r.B = r.B[4*n:]
	return b
}

// uint32s reads an array of n uint32s, in place where the machine allows
// (inplace.Array).
func (r *decoder) uint32s(n int) []uint32 { return inplace.Uint32s(r.array(n)) }

// int32s reads an array of n int32s, in place where the machine allows.
func (r *decoder) int32s(n int) []int32 {
	return inplace.Array(r.array(n), 4, func(b []byte) int32 { return int32(binary.LittleEndian.Uint32(b)) })
}

func (r *decoder) int() int {
	n := r.Int()
	if int64(int(n)) != n {
		r.Fail(errors.New("number out of range"))
		return 0
	}
	return int(n)
}

// len reads a length: each element takes a byte at least, so a length
// beyond the bytes left is an error.
func (r *decoder) len() int {
	n := r.Uint()
	if n > uint64(len(r.B)) {
		r.Fail(fmt.Errorf("length %d beyond the end", n))
		return 0
	}
	return int(n)
}

func (r *decoder) bool() bool {
	switch r.Uint() {
	case 0:
		return false
	case 1:
		return true
	}
	r.Fail(errors.New("bad boolean"))
	return false
}

// str reads a string of the table: "" once the decoder has failed, as
// strIndex's 0 then need not be a string of the table (a file with no
// strings).
func (r *decoder) str() string {
	i := r.strIndex()
	if r.Err != nil {
		return ""
	}
	return r.strs.At(i)
}

// strIndex reads the index of a string of the table.
func (r *decoder) strIndex() uint32 {
	i := r.Uint()
	if i >= uint64(len(r.strs.Ends)) {
		r.Fail(fmt.Errorf("string %d of %d", i, len(r.strs.Ends)))
		return 0
	}
	return uint32(i)
}

// take cuts n values from *slab, refilled with room for 4096 values at
// least when many is set.
func take[T any](slab *[]T, n int, many bool) []T {
	if len(*slab) < n {
		if !many {
			return make([]T, n)
		}
		*slab = make([]T, max(n, 4096))
	}
	v := (*slab)[:n:n]
	*slab = (*slab)[n:]
	return v
}

// strList reads a list of strings; nil when empty, as written.
func (r *decoder) strList() []string {
	n := r.len()
	if n == 0 {
		return nil
	}
	v := take(&r.strSlab, n, r.slab)
	for i := range v {
		v[i] = r.str()
	}
	return v
}

// skipStrList checks a list of strings and returns its length.
func (r *decoder) skipStrList() int {
	n := r.len()
	for range n {
		r.strIndex()
	}
	return n
}

// entry reads an actor entry into x, or when x is nil only checks it,
// counting its synonyms and roles in st.
func (r *decoder) entry(x *Entry, st *Stats) {
	if x == nil {
		r.strIndex()
		st.Entries++
		st.Synonyms += r.skipStrList()
		nr := r.len()
		st.Roles += nr
		if nr == 0 {
			st.Codeless++
		}
		for range nr {
			r.strIndex()
			if start, end := r.Int32(), r.Int32(); start != 0 || end != 0 {
				st.DatedRoles++
			}
			r.strIndex()
		}
		r.skipStrList()
		r.skipStrList()
		r.skipStrList()
		r.strIndex()
		r.int()
		return
	}
	x.Name = r.str()
	x.Synonyms = r.strList()
	if nr := r.len(); nr > 0 {
		x.Roles = take(&r.roleSlab, nr, r.slab)
		for k := range x.Roles {
			ro := &x.Roles[k]
			ro.Code = r.str()
			ro.Start = Day(r.Int32())
			ro.End = Day(r.Int32())
			ro.Source = r.str()
		}
	}
	x.Stems = r.strList()
	x.Gapped = r.strList()
	x.Closed = r.strList()
	x.Source = r.str()
	x.Line = r.int()
}

// lazyEntries are the actor entries of a compiled file, checked by Read
// and decoded on first use. They are safe for concurrent use.
type lazyEntries struct {
	body       []byte   // the entries
	start, end []uint32 // entry i's fields are body[start[i]:end[i]]; views of one array
	strs       inplace.Strings
	stats      Stats // Entries, Synonyms, Roles, DatedRoles and Codeless
	ents       []atomic.Pointer[Entry]
	once       sync.Once
	all        []*Entry
}

// get returns entry i, decoding it if no one has yet.
func (l *lazyEntries) get(i int32) *Entry {
	if e := l.ents[i].Load(); e != nil {
		return e
	}
	r := &decoder{Varints: inplace.Varints{B: l.body[l.start[i]:l.end[i]]}, strs: l.strs}
	e := new(Entry)
	r.entry(e, nil) // checked by Read: it cannot fail
	if !l.ents[i].CompareAndSwap(nil, e) {
		e = l.ents[i].Load()
	}
	return e
}

// list returns every entry.
func (l *lazyEntries) list() []*Entry {
	l.once.Do(func() {
		l.all = make([]*Entry, len(l.ents))
		for i := range l.all {
			l.all[i] = l.get(int32(i))
		}
	})
	return l.all
}

func (r *decoder) phrases() [][]string {
	n := r.len()
	if n == 0 {
		return nil
	}
	v := make([][]string, n)
	for i := range v {
		v[i] = r.strList()
	}
	return v
}

func (r *decoder) elems(depth int) []Element {
	n := r.len()
	if n == 0 {
		return nil
	}
	if depth > maxDepth {
		r.Fail(errors.New("pattern elements nested too deep"))
		return nil
	}
	v := make([]Element, n)
	for i := range v {
		el := &v[i]
		el.Kind = ElemKind(r.Uint())
		if nt := r.len(); nt > 0 {
			el.Terms = make([]Term, nt)
			for j := range el.Terms {
				t := &el.Terms[j]
				t.Word = r.str()
				t.Synset = r.str()
				t.Alts = r.phrases()
			}
		}
		el.Prep = r.str()
		el.Objects = r.elems(depth + 1)
	}
	return v
}

func (r *decoder) discards() []Discard {
	n := r.len()
	if n == 0 {
		return nil
	}
	v := make([]Discard, n)
	for i := range v {
		x := &v[i]
		x.Words = r.strList()
		x.Story = r.bool()
		x.Whole = r.bool()
		x.Source = r.str()
		x.Line = r.int()
		if len(x.Words) == 0 && r.Err == nil {
			r.Fail(errors.New("empty discard"))
		}
	}
	return v
}

// trie reads a trie whose values index a slice of n. Its arrays are the
// file's bytes where the machine allows. If check is set (read's), every
// node and slot is checked to be in range and an empty slot to end every
// probe, so that lookups stay in bounds; the embedded file's tries are
// checked so by TestDefaultChecksum, which spares a start those loops
// over some 86,000 nodes. The counts and the root are checked always.
func (r *decoder) trie(n int, check bool) (trie, int) {
	shadowed := r.len()
	nodes := r.len()
	if nodes == 0 || nodes > math.MaxInt32 {
		r.Fail(fmt.Errorf("trie of %d nodes", nodes))
		return trie{}, 0
	}
	t := trie{parent: r.int32s(nodes), word: r.uint32s(nodes), vals: r.int32s(nodes), words: r.strs}
	if r.Err != nil {
		return trie{}, 0
	}
	if t.parent[0] != 0 || t.word[0] != 0 {
		r.Fail(errors.New("trie root with a parent"))
		return trie{}, 0
	}
	if check && !t.checkNodes(r, n) {
		return trie{}, 0
	}
	// The lookup table, as fill lays it out: its size a power of two,
	// an empty slot at least to end every probe (no slots only for a
	// root alone), nodes in range.
	nslots := r.len()
	if r.Err != nil {
		return trie{}, 0
	}
	if nslots&(nslots-1) != 0 || (nslots == 0 && nodes != 1) || nslots > math.MaxInt32 {
		r.Fail(fmt.Errorf("trie of %d nodes with %d slots", nodes, nslots))
		return trie{}, 0
	}
	t.slots = r.int32s(nslots)
	if r.Err != nil {
		return trie{}, 0
	}
	if check && !t.checkSlots(r, nodes) {
		return trie{}, 0
	}
	return t, shadowed
}

// checkNodes reports whether every node's parent comes before it, its
// word is one of r's strings and its value indexes a slice of n; if not,
// it fails r. Each array is checked in a loop of its own.
func (t *trie) checkNodes(r *decoder, n int) bool {
	for i, p := range t.parent[1:] { // node i+1's parent comes before it
		if uint32(p) > uint32(i) {
			r.Fail(fmt.Errorf("trie node %d: parent %d", i+1, p))
			return false
		}
	}
	ns := uint32(len(r.strs.Ends))
	for i, w := range t.word[1:] {
		if w >= ns {
			r.Fail(fmt.Errorf("trie node %d: string %d of %d", i+1, w, ns))
			return false
		}
	}
	for _, v := range t.vals {
		if v < -1 || int64(v) >= int64(n) {
			r.Fail(fmt.Errorf("trie value %d of %d", v, n))
			return false
		}
	}
	return true
}

// checkSlots reports whether every slot of t's lookup table holds one of
// its nodes and, in a table with slots, one is empty; if not, it fails r.
func (t *trie) checkSlots(r *decoder, nodes int) bool {
	empty := false
	for k, i := range t.slots {
		if uint32(i) >= uint32(nodes) {
			r.Fail(fmt.Errorf("trie slot %d: node %d of %d", k, i, nodes))
			return false
		}
		empty = empty || i == 0
	}
	if len(t.slots) > 0 && !empty {
		r.Fail(errors.New("trie without an empty slot"))
		return false
	}
	return true
}

// Read reads a Dicts written by WriteTo. A file that is not one is
// reported with ErrFormat.
func Read(r io.Reader) (*Dicts, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dict: %w: %v", ErrFormat, err)
	}
	return read(b, true)
}

// read reads the compiled file b; the dictionaries keep b's bytes as
// their strings and arrays, so b must not change. If check is set, which
// it must be for any file but the embedded one, it checks b's checksum,
// decodes every actor entry to check it and checks every node and slot
// of the tries. The embedded file is part of the binary, and
// TestDefaultChecksum checks it so, so a start spares reading all its
// bytes; the counts and order checks that slice the arrays are made
// always.
func read(b []byte, check bool) (*Dicts, error) {
	if !bytes.HasPrefix(b, []byte(magic)) || len(b) < len(magic)+4 {
		return nil, fmt.Errorf("dict: %w (bad header)", ErrFormat)
	}
	want := binary.LittleEndian.Uint32(b[len(magic):])
	size := len(b)
	b = b[len(magic)+4:]
	if check {
		if got := inplace.Checksum(b); got != want {
			return nil, fmt.Errorf("dict: %w: checksum %#08x, want %#08x", ErrFormat, got, want)
		}
	}
	r := &decoder{Varints: inplace.Varints{B: b}, slab: true, size: size}
	d, err := r.dicts(check)
	if err != nil {
		return nil, fmt.Errorf("dict: %w: %v", ErrFormat, err)
	}
	return d, nil
}

// dicts reads the body; check is read's.
func (r *decoder) dicts(check bool) (*Dicts, error) {
	ns := r.len()
	ends := r.uint32s(ns)
	if r.Err != nil {
		return nil, r.Err
	}
	total := uint32(0)
	for _, e := range ends {
		if e < total {
			return nil, errors.New("strings out of order")
		}
		total = e
	}
	if uint64(total) > uint64(len(r.B)) {
		return nil, errors.New("strings beyond the end")
	}
	r.strs = inplace.Strings{Ends: ends}
	if total > 0 {
		r.strs.Text = inplace.String(r.B[:total])
	}
	r.B = r.B[total:]
	r.align() // the body starts aligned
	if r.Err != nil {
		return nil, r.Err
	}

	d := &Dicts{}
	nent := r.len()
	var stored Stats
	stored.Entries = nent
	stored.Synonyms, stored.Roles = r.len(), r.len()
	stored.DatedRoles, stored.Codeless = r.len(), r.len()
	starts := r.uint32s(nent + 1)
	if r.Err != nil {
		return nil, r.Err
	}
	for i := 1; i < len(starts); i++ {
		if starts[i] < starts[i-1] {
			return nil, fmt.Errorf("actor entry %d out of order", i)
		}
	}
	if starts[0] != 0 || uint64(starts[nent]) > uint64(len(r.B)) {
		return nil, errors.New("actor entries beyond the end")
	}
	l := &lazyEntries{body: r.B[:starts[nent]], start: starts[:nent], end: starts[1:],
		strs: r.strs, ents: make([]atomic.Pointer[Entry], nent), stats: stored}
	r.B = r.B[starts[nent]:]
	if check {
		var st Stats
		for i := range nent {
			one := &decoder{Varints: inplace.Varints{B: l.body[l.start[i]:l.end[i]]}, strs: r.strs}
			one.entry(nil, &st)
			if one.Err == nil && len(one.B) > 0 {
				one.Fail(fmt.Errorf("%d bytes after its fields", len(one.B)))
			}
			if one.Err != nil {
				return nil, fmt.Errorf("actor entry %d: %w", i, one.Err)
			}
		}
		if st != stored {
			return nil, fmt.Errorf("actor entries counted %+v, file says %+v", st, stored)
		}
	}
	if n := r.len(); n > 0 {
		d.agents = make([]Agent, n)
		for i := range d.agents {
			a := &d.agents[i]
			a.Phrase, a.Code, a.Source = r.str(), r.str(), r.str()
			a.Line = r.int()
		}
	}
	vd := &VerbDict{Synsets: map[string]*Synset{}}
	if n := r.len(); n > 0 {
		syn := make([]Synset, n)
		for i := range syn {
			s := &syn[i]
			s.Name = r.str()
			s.Members = r.phrases()
			s.Line = r.int()
			vd.Synsets[s.Name] = s
		}
	}
	if n := r.len(); n > 0 {
		blocks := make([]VerbBlock, n)
		vd.Blocks = make([]*VerbBlock, n)
		for i := range blocks {
			b := &blocks[i]
			vd.Blocks[i] = b
			b.Name, b.Code = r.str(), r.str()
			if nv := r.len(); nv > 0 {
				b.Verbs = make([]Verb, nv)
				for k := range b.Verbs {
					v := &b.Verbs[k]
					v.Word = r.str()
					v.Forms = r.strList()
					v.Before = r.strList()
					v.After = r.strList()
					v.Code = r.str()
					v.Source = r.str()
					v.Line = r.int()
					v.Exact = r.bool()
					v.Stems = r.strList()
				}
			}
			if np := r.len(); np > 0 {
				b.Patterns = make([]Pattern, np)
				for k := range b.Patterns {
					p := &b.Patterns[k]
					p.Code, p.Passive = r.str(), r.str()
					p.Before = r.elems(0)
					p.After = r.elems(0)
					p.Text, p.Comment = r.str(), r.str()
					p.Line = r.int()
					p.TightBefore, p.TightAfter = r.bool(), r.bool()
				}
			}
			b.Source = r.str()
			b.Line = r.int()
		}
	}
	if n := r.len(); n > 0 {
		vd.Transformations = make([]Transformation, n)
		for i := range vd.Transformations {
			t := &vd.Transformations[i]
			t.Pattern, t.Result = r.str(), r.str()
			t.Line = r.int()
		}
	}
	vd.Discards = r.discards()
	d.verbs = vd
	d.discards = r.discards()
	if n := r.len(); n > 0 {
		d.issues = make([]Issue, n)
		for i := range d.issues {
			is := &d.issues[i]
			is.Words = r.strList()
			is.Code, is.Category = r.str(), r.str()
			is.Ignore = r.int()
			is.Source = r.str()
			is.Line = r.int()
		}
	}
	d.leaders = [2]int{r.int(), r.int()}
	var shadowed int
	d.actorIdx, shadowed = r.trie(nent, check)
	d.agentIdx, _ = r.trie(len(d.agents), check)
	d.issueIdx, _ = r.trie(len(d.issues), check)
	if r.Err == nil && len(r.B) > 0 {
		r.Fail(fmt.Errorf("%d bytes after the end", len(r.B)))
	}
	if r.Err != nil {
		return nil, r.Err
	}
	d.lazy = l
	resolvePatterns(vd, "")
	d.indexLookups(shadowed)
	return d, nil
}
