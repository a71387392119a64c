package dict

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/casus-project/casus/internal/inplace"
)

// Sources are dictionaries as read, to be compiled into a Dicts.
type Sources struct {
	// Actors are the entries of every actor file in order; when two
	// entries share a phrase the later one wins, as in PETRARCH.
	Actors   []*Entry
	Agents   []Agent
	Verbs    *VerbDict
	Discards []Discard
	Issues   []Issue
	// ActorStems lets the last word of an actor phrase listed in its
	// entry's Stems continue ("ERIADOR" matches "Eriadori"), as TABARI
	// does.
	ActorStems bool
}

// Stats counts what a Dicts holds.
type Stats struct {
	Entries, Synonyms, Roles, DatedRoles int
	// Codeless counts entries without any role (PETRARCH never codes
	// them; they still stop a shorter match from being taken).
	Codeless int
	// Shadowed counts phrases defined again by a later entry.
	Shadowed int
	Agents   int
	Blocks   int
	Verbs    int // verb lines
	Patterns int
	Synsets  int
	Discards int
	Issues   int
	// LeaderEntries and LeaderRoles count what Build added from the
	// leader tables.
	LeaderEntries, LeaderRoles int
}

// Dicts is a compiled set of dictionaries with indexes for fast lookup.
// It is safe for concurrent use once built.
type Dicts struct {
	entries []*Entry
	// lazy holds, instead of entries, the entries of compiled
	// dictionaries that Read has checked but decodes on first use.
	lazy     *lazyEntries
	agents   []Agent
	verbs    *VerbDict
	discards []Discard
	issues   []Issue
	leaders  [2]int

	actorIdx trie
	// stemIdx holds, when the sources asked for actor stems, the
	// entries of each stem phrase.
	stemIdx map[string][]int32
	gapIdx  map[string][]gapped // TABARI phrases with gaps, by first word
	// closed holds, with stemIdx, the phrases that take no noun ending
	// ("MOUSE="); only one-word ones are looked up.
	closed   map[string]bool
	agentIdx trie
	issueIdx trie
	verbIdx  map[string][]VerbRef
	discIdx  map[string][]int32
	stems    stemHeads
	stats    Stats
	warnings []error
}

// VerbRef points at one verb of one block.
type VerbRef struct {
	Block *VerbBlock
	Verb  *Verb
}

// Compile builds a Dicts from read dictionaries. The slices are kept, not
// copied: do not change them afterwards.
func Compile(src Sources) (*Dicts, error) {
	d := &Dicts{
		entries:  src.Actors,
		agents:   src.Agents,
		verbs:    src.Verbs,
		discards: src.Discards,
		issues:   src.Issues,
	}
	if d.verbs == nil {
		d.verbs = &VerbDict{Synsets: map[string]*Synset{}}
	}
	if len(d.verbs.Discards) > 0 {
		d.discards = append(d.discards[:len(d.discards):len(d.discards)], d.verbs.Discards...)
	}
	d.index()
	if src.ActorStems {
		d.stemIdx = map[string][]int32{}
		d.closed = map[string]bool{}
		for i, e := range d.entries {
			for _, s := range e.Stems {
				d.stemIdx[s] = append(d.stemIdx[s], int32(i))
			}
			for _, s := range e.Closed {
				d.closed[s] = true
			}
		}
		d.indexGapped()
	}
	return d, nil
}

// index builds the lookup structures and the statistics.
func (d *Dicts) index() {
	nw := 0
	for _, e := range d.entries {
		nw += strings.Count(e.Name, " ") + 1
		for _, s := range e.Synonyms {
			nw += strings.Count(s, " ") + 1
		}
	}
	d.actorIdx = newTrie(nw)
	shadowed := 0
	for i, e := range d.entries {
		for _, s := range append([]string{e.Name}, e.Synonyms...) {
			// A TABARI phrase written with a space ("AL GORE") also
			// matches its words in a row, but does not take them from
			// one written with an underscore ("AL_GORE"), which names
			// them in a row.
			if gappedOnly(e, s) {
				d.actorIdx.addWeak(strings.Fields(s), int32(i))
				continue
			}
			if d.actorIdx.add(strings.Fields(s), int32(i)) {
				shadowed++
			}
		}
		// "AL-QAEDA" also as the tokens "Al" "-" "Qaeda".
		for _, s := range append([]string{e.Name}, e.Synonyms...) {
			if ws, ok := hyphenSplit(s); ok {
				d.actorIdx.add(ws, int32(i))
			}
			// "US_TREASURY_DEPARTMENT" also as "U.S. Treasury
			// Department", unless another entry names those words.
			if ws, ok := dottedSplit(s); ok {
				d.actorIdx.addWeak(ws, int32(i))
			}
			// "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)" also without
			// its acronym, unless another entry names those words.
			if ws, ok := acronymless(s); ok {
				d.actorIdx.addWeak(ws, int32(i))
			}
			// "KURDISTAN_WORKERS'_PARTY" also as "Kurdistan" "Workers"
			// "'" "Party", unless another entry names those tokens.
			if ws, ok := possessiveSplit(s); ok {
				d.actorIdx.addWeak(ws, int32(i))
				if hs, ok := hyphenSplit(strings.Join(ws, " ")); ok {
					d.actorIdx.addWeak(hs, int32(i))
				}
			}
		}
	}
	d.agentIdx = newTrie(len(d.agents))
	for i, a := range d.agents {
		d.agentIdx.add(strings.Fields(a.Phrase), int32(i))
		if ws, ok := hyphenSplit(a.Phrase); ok {
			d.agentIdx.add(ws, int32(i))
		}
		if ws, ok := possessiveSplit(a.Phrase); ok {
			d.agentIdx.addWeak(ws, int32(i))
		}
	}
	d.issueIdx = newTrie(len(d.issues))
	for i, is := range d.issues {
		d.issueIdx.add(is.Words, int32(i))
	}
	d.actorIdx.freeze()
	d.agentIdx.freeze()
	d.issueIdx.freeze()
	d.indexLookups(shadowed)
}

// indexLookups builds the lookup structures other than the tries (which
// the compiled format stores) and the statistics; shadowed is the number
// of actor phrases another entry replaced in the actor trie.
func (d *Dicts) indexLookups(shadowed int) {
	st := Stats{LeaderEntries: d.leaders[0], LeaderRoles: d.leaders[1], Shadowed: shadowed}
	if d.lazy != nil {
		st.Entries, st.Synonyms, st.Roles = d.lazy.stats.Entries, d.lazy.stats.Synonyms, d.lazy.stats.Roles
		st.DatedRoles, st.Codeless = d.lazy.stats.DatedRoles, d.lazy.stats.Codeless
	}
	for _, e := range d.entries {
		st.Entries++
		st.Synonyms += len(e.Synonyms)
		st.Roles += len(e.Roles)
		for _, r := range e.Roles {
			if r.Dated() {
				st.DatedRoles++
			}
		}
		if len(e.Roles) == 0 {
			st.Codeless++
		}
	}
	st.Agents = len(d.agents)
	st.Issues = len(d.issues)
	d.discIdx = make(map[string][]int32, len(d.discards))
	for i, x := range d.discards {
		d.discIdx[x.Words[0]] = append(d.discIdx[x.Words[0]], int32(i))
	}
	d.stems = newStemHeads(d.discards)
	st.Discards = len(d.discards)
	d.verbIdx = make(map[string][]VerbRef)
	st.Synsets = len(d.verbs.Synsets)
	for _, b := range d.verbs.Blocks {
		st.Blocks++
		st.Patterns += len(b.Patterns)
		for j := range b.Verbs {
			v := &b.Verbs[j]
			st.Verbs++
			for _, f := range v.Forms {
				d.verbIdx[f] = append(d.verbIdx[f], VerbRef{Block: b, Verb: v})
			}
		}
	}
	d.stats = st
}

// hyphenSplit returns the words of phrase with each inner hyphen a word
// of its own, as the tokenizer splits "Al-Qaeda" into "Al" "-" "Qaeda",
// and whether any word had one.
func hyphenSplit(phrase string) ([]string, bool) {
	if !strings.Contains(phrase, "-") {
		return nil, false
	}
	var out []string
	split := false
	for _, w := range strings.Fields(phrase) {
		i := strings.IndexByte(w, '-')
		if i <= 0 || i == len(w)-1 || strings.Trim(w, "-") == "" {
			out = append(out, w)
			continue
		}
		for {
			i := strings.IndexByte(w, '-')
			if i <= 0 || i == len(w)-1 {
				out = append(out, w)
				break
			}
			out = append(out, w[:i], "-")
			w = w[i+1:]
			split = true
		}
	}
	return out, split
}

// dotted are the two-letter abbreviations that news writes with full
// stops as often as without ("US" and "U.S.").
var dotted = map[string]string{"US": "U.S.", "UK": "U.K.", "UN": "U.N.", "EU": "E.U."}

// dottedSplit returns the words of a phrase of more than one word with
// each abbreviation of dotted written with its full stops, and whether it
// had one.
func dottedSplit(phrase string) ([]string, bool) {
	ws := strings.Fields(phrase)
	if len(ws) < 2 {
		return nil, false
	}
	out := make([]string, len(ws))
	found := false
	for i, w := range ws {
		out[i] = w
		if d, ok := dotted[w]; ok {
			out[i] = d
			found = true
		}
	}
	return out, found
}

// acronymless returns the words of phrase without the acronym in
// parentheses that ends it ("MORO ISLAMIC LIBERATION FRONT (MILF)"), and
// whether it had one: Phoenix lists some groups only so, and news writes
// the name without it as often as with it. A parenthesis that says where
// ("NATIONAL LIBERATION ARMY (COLOMBIA)") is no acronym: its name alone is
// another group's too. A name of one word is too short to stand alone.
func acronymless(phrase string) ([]string, bool) {
	ws := strings.Fields(phrase)
	if len(ws) < 3 {
		return nil, false
	}
	last := ws[len(ws)-1]
	if len(last) < 4 || last[0] != '(' || last[len(last)-1] != ')' {
		return nil, false
	}
	acr := last[1 : len(last)-1]
	for i := 0; i < len(acr); i++ {
		if c := acr[i]; (c < 'A' || c > 'Z') && c != '-' {
			return nil, false
		}
	}
	if len(acr) > 6 || acr[0] != ws[0][0] {
		return nil, false
	}
	return ws[:len(ws)-1], true
}

// possessiveSplit returns the words of phrase with each possessive ending
// a word of its own, as the tokenizer splits "Workers'" into "Workers"
// "'" and "People's" into "People" "'s", and whether any word had one.
func possessiveSplit(phrase string) ([]string, bool) {
	if !strings.Contains(phrase, "'") {
		return nil, false
	}
	var out []string
	split := false
	for _, w := range strings.Fields(phrase) {
		switch {
		case len(w) > 2 && strings.HasSuffix(w, "'S") && w[len(w)-3] != '\'':
			out = append(out, w[:len(w)-2], "'S")
			split = true
		case len(w) > 1 && strings.HasSuffix(w, "'") && w[len(w)-2] != '\'':
			out = append(out, w[:len(w)-1], "'")
			split = true
		default:
			out = append(out, w)
		}
	}
	return out, split
}

// Stats returns counts of what d holds.
func (d *Dicts) Stats() Stats { return d.stats }

// Entries returns every actor entry in dictionary order. The slice is
// shared; do not modify it.
func (d *Dicts) Entries() []*Entry {
	if d.lazy != nil {
		return d.lazy.list()
	}
	return d.entries
}

// Entry returns the actor entry at index i of Entries, nil when there is
// none. Unlike Entries, it decodes no other entry of a compiled file.
func (d *Dicts) Entry(i int) *Entry {
	if i < 0 || i >= d.numEntries() {
		return nil
	}
	return d.entry(int32(i))
}

// RoledNames calls fn, in dictionary order, with the index (for Entry)
// and name of every actor entry that has at least one role. It decodes
// no entry of a compiled file, only their names and role counts.
func (d *Dicts) RoledNames(fn func(i int, name string)) {
	if d.lazy == nil {
		for i, e := range d.entries {
			if len(e.Roles) > 0 {
				fn(i, e.Name)
			}
		}
		return
	}
	l := d.lazy
	r := &decoder{strs: l.strs}
	for i := range l.start {
		if e := l.ents[i].Load(); e != nil {
			if len(e.Roles) > 0 {
				fn(i, e.Name)
			}
			continue
		}
		// Read checked every entry: these reads cannot fail.
		r.Varints = inplace.Varints{B: l.body[l.start[i]:l.end[i]]}
		name := r.str()
		r.skipStrList()
		if r.len() > 0 {
			fn(i, name)
		}
	}
}

// numEntries is the number of actor entries.
func (d *Dicts) numEntries() int {
	if d.lazy != nil {
		return len(d.lazy.start)
	}
	return len(d.entries)
}

// entry returns entry i.
func (d *Dicts) entry(i int32) *Entry {
	if d.lazy != nil {
		return d.lazy.get(i)
	}
	return d.entries[i]
}

// Agents returns every agent phrase form.
func (d *Dicts) Agents() []Agent { return d.agents }

// VerbDict returns the verb dictionary: synsets, blocks, transformations.
func (d *Dicts) VerbDict() *VerbDict { return d.verbs }

// Discards returns the discard phrases.
func (d *Dicts) Discards() []Discard { return d.discards }

// Issues returns the issue phrases.
func (d *Dicts) Issues() []Issue { return d.issues }

// Actor matches the longest actor phrase at the start of words and
// returns the code its entry holds on the day of at, the entry, and the
// number of words matched. Words are compared upper-cased, with
// diacritics removed. When the longest phrase's entry has no role
// covering that day a shorter phrase is tried, as PETRARCH does. A zero
// at matches only roles without dates.
func (d *Dicts) Actor(words []string, at time.Time) (code string, entry Entry, n int, ok bool) {
	code, entry, n, ok = d.consecutiveActor(words, at)
	if d.gapIdx != nil {
		var day Day
		if !at.IsZero() {
			day = DayOf(at)
		}
		if gc, ge, gn, gok := d.gappedActor(words, day); gok && gn > n {
			return gc, ge, gn, true
		}
	}
	return code, entry, n, ok
}

// AnyCase reports dictionaries read as TABARI's, which match a word
// whatever its case (TABARI upper-cases its text): "ithilen" is ITHILEN.
func (d *Dicts) AnyCase() bool { return d.stemIdx != nil }

// consecutiveActor is Actor without gapped phrases.
func (d *Dicts) consecutiveActor(words []string, at time.Time) (code string, entry Entry, n int, ok bool) {
	var day Day
	if !at.IsZero() {
		day = DayOf(at)
	}
	var hits [16]int32
	var lens [16]int
	k := 0
	node := int32(0)
	for i, w := range words {
		// A hyphen inside a name the dictionaries spell with a space
		// ("Guinea-Bissau", "Timor-Leste" for GUINEA_BISSAU_,
		// TIMOR_LESTE_; the segmenter splits the hyphen off) joins its
		// words as the space would; a phrase spelt with the hyphen
		// (BOSNIA-HERZEGOVINA) still reads it as a word.
		if w == "-" && i > 0 && i+1 < len(words) {
			if _, ok := d.actorIdx.next(node, key(w)); !ok {
				continue
			}
		}
		// A word written with underscores ("Dol_Amroth") is the
		// phrase's words joined.
		found := true
		for rest := w; found; {
			part, more, joined := strings.Cut(rest, "_")
			if joined && (part == "" || more == "") {
				part, joined = rest, false
			}
			var next int32
			next, found = d.actorIdx.next(node, key(part))
			// TABARI reads a word without its noun ending ("Libyas"
			// is LIBYA_, "Ithilen government radios" ITHILEN_
			// GOVERNMENT_RADIO_) when the word itself continues no
			// phrase, unless a one-word phrase is closed ("MOUSE=").
			if !found && !joined && d.stemIdx != nil && len(part) > 3 && part[len(part)-1]|0x20 == 's' && !(i == 0 && d.closed[key(part[:len(part)-1])]) {
				if n, ok := d.actorIdx.next(node, key(part[:len(part)-1])); ok && d.actorIdx.val(n) >= 0 {
					next, found = n, true
				}
			}
			if found {
				node = next
			}
			if !joined {
				break
			}
			rest = more
		}
		if !found {
			break
		}
		if v := d.actorIdx.val(node); v >= 0 && k < len(hits) {
			hits[k], lens[k] = v, i+1
			k++
		}
	}
	for k--; k >= 0; k-- {
		e := d.entry(hits[k])
		if c, ok := e.Code(day); ok {
			if d.stemIdx != nil {
				if sc, se, sn, ok := d.stemActor(words, day, lens[k]+1); ok {
					return sc, se, sn, true
				}
			}
			return c, *e, lens[k], true
		}
	}
	if d.stemIdx != nil {
		return d.stemActor(words, day, 1)
	}
	return "", Entry{}, 0, false
}

// gapped is a TABARI actor phrase whose parts other words may separate.
type gapped struct {
	parts [][]string
	entry int32
}

// maxGap bounds the words between the parts of a gapped phrase.
const maxGap = 4

func (d *Dicts) indexGapped() {
	for i, e := range d.entries {
		for _, g := range e.Gapped {
			var parts [][]string
			for _, p := range strings.Split(g, " * ") {
				if ws := strings.Fields(p); len(ws) > 0 {
					parts = append(parts, ws)
				}
			}
			if len(parts) < 2 {
				continue
			}
			if d.gapIdx == nil {
				d.gapIdx = map[string][]gapped{}
			}
			d.gapIdx[parts[0][0]] = append(d.gapIdx[parts[0][0]], gapped{parts: parts, entry: int32(i)})
		}
	}
}

// gappedActor matches the longest gapped phrase at the start of words
// and returns the words it spans.
func (d *Dicts) gappedActor(words []string, day Day) (string, Entry, int, bool) {
	if len(words) == 0 {
		return "", Entry{}, 0, false
	}
	// A word written with underscores ("Dol_Amroth") is its parts;
	// at maps a part back to its word.
	var at []int
	if words, at = underscored(words); len(words) == 0 {
		return "", Entry{}, 0, false
	}
	best, bestN := -1, 0
	var code string
	for _, g := range d.gapIdx[key(words[0])] {
		n, ok := matchGapped(words, g.parts)
		if ok && at != nil {
			n = at[n-1] + 1
		}
		if !ok || n <= bestN {
			continue
		}
		if c, ok := d.entry(g.entry).Code(day); ok {
			best, bestN, code = int(g.entry), n, c
		}
	}
	if best < 0 {
		return "", Entry{}, 0, false
	}
	return code, *d.entry(int32(best)), bestN, true
}

// underscored splits the words written with underscores among the first
// few of words into their parts, and returns with them the index of each
// part's word; words and nil when none has one.
func underscored(words []string) ([]string, []int) {
	words = words[:min(len(words), 16)]
	split := false
	for _, w := range words {
		if strings.Contains(strings.Trim(w, "_"), "_") {
			split = true
		}
	}
	if !split {
		return words, nil
	}
	var out []string
	var at []int
	for i, w := range words {
		for _, p := range strings.Split(w, "_") {
			if p != "" {
				out, at = append(out, p), append(at, i)
			}
		}
	}
	return out, at
}

// matchGapped matches parts at the start of words, each part's words
// consecutive, up to maxGap words between parts, and returns the words
// spanned.
func matchGapped(words []string, parts [][]string) (int, bool) {
	k := 0
	for pi, p := range parts {
		found := false
		for start := k; start < len(words) && (pi == 0 && start == 0 || pi > 0 && start <= k+maxGap); start++ {
			if partAt(words, start, p) {
				k, found = start+len(p), true
				break
			}
			// The words between parts are words, not a comma or
			// other stop ("Radagast, the Brown" is no "RADAGAST
			// THE_BROWN").
			if pi == 0 || !wordlike(words[start]) {
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return k, true
}

// wordlike reports a word with a letter or digit in it, or a hyphen.
func wordlike(w string) bool {
	if w == "-" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

func partAt(words []string, at int, p []string) bool {
	if at+len(p) > len(words) {
		return false
	}
	for j, w := range p {
		if key(words[at+j]) != w {
			return false
		}
	}
	return true
}

// maxStemWords bounds the words of a stem phrase.
const maxStemWords = 6

// stemActor matches the longest stem phrase of at least min words at the
// start of words, whose last word is a proper prefix (of three letters or
// more) of the text's word.
func (d *Dicts) stemActor(words []string, day Day, min int) (string, Entry, int, bool) {
	var b strings.Builder
	for n := len(words[:maxLen(words)]); n >= min; n-- {
		b.Reset()
		for _, w := range words[:n-1] {
			b.WriteString(key(w))
			b.WriteByte(' ')
		}
		head := b.Len()
		last := key(words[n-1])
		for l := len(last) - 1; l >= 3; l-- {
			b.WriteString(last[:l])
			for _, i := range d.stemIdx[b.String()] {
				e := d.entry(i)
				if c, ok := e.Code(day); ok {
					return c, *e, n, true
				}
			}
			s := b.String()[:head]
			b.Reset()
			b.WriteString(s)
		}
	}
	return "", Entry{}, 0, false
}

func maxLen(words []string) int { return min(len(words), maxStemWords) }

// Agent matches the longest agent phrase at the start of words and
// returns its code ("~COP", "NGO~") and the number of words matched.
func (d *Dicts) Agent(words []string) (code string, n int, ok bool) {
	v, n := d.agentIdx.longest(words)
	if v < 0 {
		return "", 0, false
	}
	return d.agents[v].Code, n, true
}

// AgentEntry is Agent returning the whole agent phrase, for explanations.
func (d *Dicts) AgentEntry(words []string) (a Agent, n int, ok bool) {
	v, n := d.agentIdx.longest(words)
	if v < 0 {
		return Agent{}, 0, false
	}
	return d.agents[v], n, true
}

// Combine joins an actor code and an agent code the PETRARCH way:
// "IRN" and "~COP" give "IRNCOP", "IRN" and "NGO~" give "NGOIRN"; an
// agent already held in the actor code as its own group adds nothing
// ("IRNCOP" and "~COP"); an empty actor gives the agent code alone
// without its '~'.
func Combine(actor, agent string) string {
	switch {
	case strings.HasPrefix(agent, "~"):
		a := agent[1:]
		if hasGroup(actor, a) {
			return actor
		}
		return actor + a
	case strings.HasSuffix(agent, "~"):
		a := agent[:len(agent)-1]
		if hasGroup(actor, a) {
			return actor
		}
		return a + actor
	}
	return actor + agent
}

// hasGroup reports whether code holds a, starting at one of its
// three-letter groups: "IRNGOV" holds "GOV", "ARNGOV" does not hold "NGO"
// (its letters straddle two groups).
func hasGroup(code, a string) bool {
	if a == "" {
		return true
	}
	for i := 0; i+len(a) <= len(code); i += 3 {
		if code[i:i+len(a)] == a {
			return true
		}
	}
	return false
}

// Verb returns the block of a single verb form or lemma ("sever",
// "severed"), or nil. A single-word verb is preferred over a multi-word
// verb built on the same word; among several, the first in the file.
func (d *Dicts) Verb(lemma string) *VerbBlock {
	refs := d.verbIdx[key(lemma)]
	for _, r := range refs {
		if len(r.Verb.Before) == 0 && len(r.Verb.After) == 0 {
			return r.Block
		}
	}
	if len(refs) > 0 {
		return refs[0].Block
	}
	return nil
}

// Verbs returns every verb, single or multi-word, that has the form
// ("cut" → CUT in SEPARATE and CUT_OFF, CUT_DOWN ... in their blocks);
// the coder checks Before and After of multi-word verbs.
func (d *Dicts) Verbs(form string) []VerbRef { return d.verbIdx[key(form)] }

// Synset returns the members of a verb-dictionary synset ("CURRENCY" or
// "&CURRENCY").
func (d *Dicts) Synset(name string) [][]string {
	s := d.verbs.Synsets[strings.TrimRight(strings.TrimPrefix(strings.ToUpper(name), "&"), "_")]
	if s == nil {
		return nil
	}
	return s.Members
}

// Discard reports whether a discard phrase starts at words[0], and how
// many words it covers. A phrase without a trailing '_' in the file is a
// stem: its last word may continue ("BASKETBALL" matches "basketballs").
func (d *Dicts) Discard(words []string) (x Discard, n int, ok bool) {
	if len(words) == 0 {
		return Discard{}, 0, false
	}
	first := key(words[0])
	if x, n, ok := d.longestDiscard(d.discIdx[first], words); ok {
		return x, n, ok
	}
	// Single-word stems: try every proper prefix of the first word that
	// may be one. Only a one-word stem can match a proper prefix, so
	// words no stem begins are done with one look-up, not one a letter.
	if !d.stems.may(first) {
		return Discard{}, 0, false
	}
	for i := min(len(first)-1, d.stems.max); i >= d.stems.min; i-- {
		if cands, found := d.discIdx[first[:i]]; found {
			if x, n, ok := d.longestDiscard(cands, words); ok {
				return x, n, ok
			}
		}
	}
	return Discard{}, 0, false
}

// longestDiscard is the longest of the discard phrases cands that starts
// at words[0], and how many words it covers.
func (d *Dicts) longestDiscard(cands []int32, words []string) (Discard, int, bool) {
	best, bestN := -1, 0
	for _, i := range cands {
		dc := d.discards[i]
		if len(dc.Words) > len(words) || len(dc.Words) <= bestN {
			continue
		}
		if matchDiscard(dc, words) {
			best, bestN = int(i), len(dc.Words)
		}
	}
	if best < 0 {
		return Discard{}, 0, false
	}
	return d.discards[best], bestN, true
}

// stemHeads lets Discard skip the prefixes of a word that no one-word
// stem phrase can be: it holds the shortest and longest such stem's
// length and the set of their first min bytes. Discard looked up every
// proper prefix of every word of every sentence, about ten map look-ups
// a word, where nearly no word begins a stem.
type stemHeads struct {
	min, max int
	heads    map[string]struct{}
}

// newStemHeads indexes the one-word stems (phrases without a trailing
// '_') of ds.
func newStemHeads(ds []Discard) stemHeads {
	var stems []string
	for _, x := range ds {
		if isStem(x) {
			stems = append(stems, x.Words[0])
		}
	}
	if len(stems) == 0 {
		return stemHeads{}
	}
	h := stemHeads{min: len(stems[0]), heads: make(map[string]struct{}, len(stems))}
	for _, s := range stems {
		h.min, h.max = min(h.min, len(s)), max(h.max, len(s))
	}
	for _, s := range stems {
		h.heads[s[:h.min]] = struct{}{}
	}
	return h
}

// isStem reports whether x is a one-word stem phrase, one that may match
// a proper prefix of a word. An empty word never was a proper prefix
// (Discard tried none).
func isStem(x Discard) bool {
	return len(x.Words) == 1 && !x.Whole && x.Words[0] != ""
}

// may reports whether a one-word stem may be a proper prefix of w.
func (h stemHeads) may(w string) bool {
	if h.heads == nil || len(w) <= h.min {
		return false
	}
	_, ok := h.heads[w[:h.min]]
	return ok
}

func matchDiscard(dc Discard, words []string) bool {
	last := len(dc.Words) - 1
	for i, w := range dc.Words {
		k := key(words[i])
		if i == last && !dc.Whole {
			if !strings.HasPrefix(k, w) {
				return false
			}
			continue
		}
		if k != w {
			return false
		}
	}
	return true
}

// Issue matches the longest issue phrase at the start of words.
func (d *Dicts) Issue(words []string) (is Issue, n int, ok bool) {
	v, n := d.issueIdx.longest(words)
	if v < 0 {
		return Issue{}, 0, false
	}
	return d.issues[v], n, true
}

// key normalises a text word for lookup: upper case, diacritics removed.
// ASCII words that are already upper case are returned without copying.
func key(w string) string {
	ascii, lower := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'a' && c <= 'z' {
			lower = true
		}
	}
	if ascii {
		if !lower {
			return w
		}
		b := []byte(w)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	if !utf8.ValidString(w) {
		w = strings.ToValidUTF8(w, "\uFFFD")
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToUpper(r)
		if s, ok := foldSpecial[r]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldSpecial spells letters that have no decomposition the way English
// news does.
var foldSpecial = map[rune]string{
	'Ø': "O", 'Æ': "AE", 'Œ': "OE", 'Ł': "L", 'Đ': "D", 'Ð': "D", 'Þ': "TH", 'İ': "I",
	'\u2019': "'", 'ẞ': "SS",
}

// trie maps word sequences to values. While it is built (add, addWeak)
// a map holds its edges; freeze then lays them out for lookups as the
// parent and word of each node and an open-addressing table of the nodes
// by parent and word, which Read reads from the compiled file as they
// are.
type trie struct {
	edges map[edge]int32 // while building; nil once frozen
	vals  []int32        // value of each node, -1 for none; node 0 is the root
	// A frozen trie's edges: node i > 0 is reached from parent[i] by
	// word(i), string word[i] of the table words; slots holds the nodes
	// by slotOf their parent and word, 0 for an empty slot (the root is
	// no edge's end). The tables hold no pointers, for the collector's
	// sake.
	parent []int32
	word   []uint32
	words  inplace.Strings
	slots  []int32
}

// wordOf returns the word by which node i > 0 of a frozen trie is
// reached.
func (t *trie) wordOf(i int32) string { return t.words.At(t.word[i]) }

type edge struct {
	from int32
	word string
}

func newTrie(n int) trie {
	vals := make([]int32, 1, n+1)
	vals[0] = -1
	return trie{edges: make(map[edge]int32, n), vals: vals}
}

// freeze lays out the edges of a trie built by add for lookups.
func (t *trie) freeze() {
	words := make([]string, len(t.vals))
	t.parent = make([]int32, len(t.vals))
	for e, to := range t.edges {
		t.parent[to], words[to] = e.from, e.word
	}
	var text strings.Builder
	t.word = make([]uint32, len(t.vals))
	t.words.Ends = make([]uint32, len(t.vals))
	for i, w := range words {
		text.WriteString(w)
		t.word[i], t.words.Ends[i] = uint32(i), uint32(text.Len())
	}
	t.words.Text = text.String()
	t.edges = nil
	t.fill()
}

// fill builds the slots of a trie of parent and word.
func (t *trie) fill() {
	size := 4
	for size*4 < 5*len(t.vals) {
		size *= 2
	}
	t.slots = make([]int32, size)
	mask := uint32(size - 1)
	for i := 1; i < len(t.vals); i++ {
		for s := slotOf(t.parent[i], t.wordOf(int32(i)), mask); ; s = (s + 1) & mask {
			if t.slots[s] == 0 {
				t.slots[s] = int32(i)
				break
			}
		}
	}
}

// slotOf returns the first slot to probe for the edge from node by w in
// a table of mask + 1 slots.
func slotOf(node int32, w string, mask uint32) uint32 {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= uint64(uint32(node)) * 0x9e3779b97f4a7c15
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return uint32(h>>32) & mask
}

// add stores v at the phrase's node and reports whether it replaced
// another value.
func (t *trie) add(words []string, v int32) bool {
	if len(words) == 0 {
		return false
	}
	node := int32(0)
	for _, w := range words {
		w = key(w)
		next, ok := t.edges[edge{node, w}]
		if !ok {
			next = int32(len(t.vals))
			t.vals = append(t.vals, -1)
			t.edges[edge{node, w}] = next
		}
		node = next
	}
	replaced := t.vals[node] >= 0 && t.vals[node] != v
	t.vals[node] = v
	return replaced
}

// addWeak is add that keeps a value already there.
func (t *trie) addWeak(words []string, v int32) {
	if n, ok := t.find(words); ok && t.vals[n] >= 0 {
		return
	}
	t.add(words, v)
}

// find returns the node of words, if the trie has one.
func (t *trie) find(words []string) (int32, bool) {
	node := int32(0)
	for _, w := range words {
		next, ok := t.next(node, key(w))
		if !ok {
			return 0, false
		}
		node = next
	}
	return node, true
}

// gappedOnly reports a phrase of e that TABARI wrote with spaces between
// its parts (one of e.Gapped).
func gappedOnly(e *Entry, phrase string) bool {
	for _, g := range e.Gapped {
		if strings.ReplaceAll(g, " * ", " ") == phrase {
			return true
		}
	}
	return false
}

// next returns the node reached from node by the key word w.
func (t *trie) next(node int32, w string) (int32, bool) {
	if t.edges != nil {
		n, ok := t.edges[edge{node, w}]
		return n, ok
	}
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for s := slotOf(node, w, mask); ; s = (s + 1) & mask {
		i := t.slots[s]
		if i == 0 {
			return 0, false
		}
		if t.parent[i] == node && t.wordOf(i) == w {
			return i, true
		}
	}
}

func (t *trie) val(node int32) int32 { return t.vals[node] }

// longest returns the value of the longest stored phrase at the start of
// words and its length, or -1.
func (t *trie) longest(words []string) (int32, int) {
	best, n := int32(-1), 0
	node := int32(0)
	for i, w := range words {
		next, ok := t.next(node, key(w))
		if !ok {
			break
		}
		node = next
		if v := t.vals[node]; v >= 0 {
			best, n = v, i+1
		}
	}
	return best, n
}
