package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// toks builds tokens from heads (1-based, 0 root) and relations.
func depToks(heads []int, rels []string) []model.Token {
	out := make([]model.Token, len(heads))
	for i := range heads {
		out[i] = model.Token{Form: "w", Head: heads[i], DepRel: rels[i], XPOS: "NN"}
	}
	return out
}

func TestTree(t *testing.T) {
	tests := []struct {
		name   string
		heads  []int
		rels   []string
		ok     bool
		spanOf int
		lo, hi int
	}{
		{"chain", []int{2, 0, 2}, []string{"nsubj", "root", "obj"}, true, 1, 0, 3},
		{"leaf", []int{2, 0, 2}, []string{"nsubj", "root", "obj"}, true, 2, 2, 3},
		{"two roots", []int{0, 0}, []string{"root", "root"}, false, 0, 0, 1},
		{"unparsed", []int{-1, -1}, []string{"", ""}, false, 0, 0, 1},
		{"head out of range", []int{5, 0}, []string{"nsubj", "root"}, false, 1, 1, 2},
		{"cycle", []int{2, 1, 0}, []string{"dep", "dep", "root"}, true, 0, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tr tree
			tr.reset(depToks(tt.heads, tt.rels))
			if tr.ok != tt.ok {
				t.Errorf("ok = %v, want %v", tr.ok, tt.ok)
			}
			if lo, hi := tr.span(tt.spanOf); lo != tt.lo || hi != tt.hi {
				t.Errorf("span(%d) = [%d,%d), want [%d,%d)", tt.spanOf, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

// TestDepSource checks subjects through coordination, object control and
// the passive agent on hand-built parses.
func TestDepSource(t *testing.T) {
	// 0 Albania 1 severed 2 ties 3 and 4 expelled 5 diplomats
	coord := depToks([]int{2, 0, 2, 5, 2, 5}, []string{"nsubj", "root", "obj", "cc", "conj", "obj"})
	// 0 Iran 1 asked 2 France 3 to 4 expel 5 group
	control := depToks([]int{2, 0, 2, 5, 2, 5}, []string{"nsubj", "root", "obj", "mark", "xcomp", "obj"})
	// 0 Iran 1 was 2 accused 3 by 4 Albania
	passive := depToks([]int{3, 3, 0, 5, 3}, []string{"nsubj:pass", "aux:pass", "root", "case", "obl:agent"})
	passive[3].Form = "by"
	// 0 official 1 said 2 after 3 Ent 4 crowds(VB) 5 burned 6 embassy:
	// the tagger took "crowds" for a verb, the parse uses it as a noun.
	after := depToks([]int{2, 0, 5, 5, 2, 5, 6}, []string{"nsubj", "root", "case", "compound", "obl", "acl", "obl"})
	after[2].Form = "after"
	after[4].XPOS = "VBZ"
	after[5].XPOS = "VBD"
	// 0 official 1 spoke 2 with 3 Ent
	with := depToks([]int{2, 0, 4, 2}, []string{"nsubj", "root", "case", "obl"})
	with[2].Form = "with"
	// 0 between 1 Ent 2 official 3 said: a fronted oblique.
	fronted := depToks([]int{2, 4, 4, 0}, []string{"case", "obl", "nsubj", "root"})
	fronted[0].Form = "between"
	m := func(i int) actor.Mention { return actor.Mention{Start: i, End: i + 1, Head: i} }
	tests := []struct {
		name        string
		toks        []model.Token
		ms          []actor.Mention
		v           int
		passive     bool
		src, target int
	}{
		{"coordinated verb shares the subject", coord, []actor.Mention{m(0), m(5)}, 4, false, 0, 1},
		{"object control", control, []actor.Mention{m(0), m(2), m(5)}, 4, false, 1, 2},
		{"passive agent", passive, []actor.Mention{m(0), m(4)}, 2, true, 1, 0},
		{"a phrase of time names no target", after, []actor.Mention{m(0), m(3)}, 1, false, 0, -1},
		{"an oblique before the subject sets the scene", fronted, []actor.Mention{m(1), m(2)}, 3, false, 1, -1},
		{"other obliques do", with, []actor.Mention{m(0), m(3)}, 1, false, 0, 1},
		{"a clause on a noun tagged as a verb takes the noun", after, []actor.Mention{m(0), m(3)}, 5, false, 1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article{}
			a.toks = tt.toks
			for _, tk := range tt.toks {
				a.w.up = append(a.w.up, upper(tk.Form))
				a.w.lem = append(a.w.lem, upper(tk.Form))
			}
			a.t.reset(tt.toks)
			if got := a.depSource(tt.ms, tt.v, tt.passive); got != tt.src {
				t.Errorf("source = %d, want %d", got, tt.src)
			}
			if got := a.depTarget(tt.ms, tt.v, tt.passive, "", -1); got != tt.target {
				t.Errorf("target = %d, want %d", got, tt.target)
			}
		})
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// FuzzTree feeds arbitrary heads (cycles, self-loops, out of range) to
// the parse helpers: they must not panic or loop.
func FuzzTree(f *testing.F) {
	f.Add([]byte{2, 0, 2}, uint8(1))
	f.Add([]byte{2, 1, 0}, uint8(0))
	f.Add([]byte{1, 1, 1, 1}, uint8(3))
	rels := []string{"nsubj", "obj", "conj", "xcomp", "advcl", "acl:relcl", "obl", "case", "nsubj:pass", "root", "cc", "mark"}
	f.Fuzz(func(t *testing.T, hs []byte, v uint8) {
		if len(hs) == 0 || len(hs) > 64 {
			return
		}
		toks := make([]model.Token, len(hs))
		var ms []actor.Mention
		for i, h := range hs {
			toks[i] = model.Token{Form: "by", Head: int(h%70) - 1, DepRel: rels[int(h)%len(rels)], XPOS: "VBG"}
			if h%3 == 0 {
				ms = append(ms, actor.Mention{Start: i, End: i + 1, Head: i})
			}
		}
		a := &article{toks: toks}
		for range toks {
			a.w.up = append(a.w.up, "BY")
			a.w.lem = append(a.w.lem, "BY")
		}
		a.t.reset(toks)
		k := int(v) % len(toks)
		lo, hi := a.t.span(k)
		if lo < 0 || hi > len(toks) || lo > k || hi <= k {
			t.Fatalf("span(%d) = [%d,%d)", k, lo, hi)
		}
		for _, p := range []bool{false, true} {
			if s := a.depSource(ms, k, p); s >= len(ms) {
				t.Fatalf("source %d of %d mentions", s, len(ms))
			}
			if g := a.depTarget(ms, k, p, "BY", -1); g >= len(ms) {
				t.Fatalf("target %d of %d mentions", g, len(ms))
			}
		}
		if r := a.depReach(k, len(toks)); r > len(toks) {
			t.Fatalf("reach %d", r)
		}
	})
}

// TestMembers checks which mentions a compound actor joins.
func TestMembers(t *testing.T) {
	// toksOf splits words; a mention is a one-word name at each index in at.
	toksOf := func(s string) []model.Token {
		var out []model.Token
		for _, f := range strings.Fields(s) {
			out = append(out, model.Token{Form: f, UPOS: "PROPN"})
		}
		return out
	}
	tests := []struct {
		name string
		text string
		at   []int
		i    int
		want []int
	}{
		{"pair", "Gondor and Arnor said", []int{0, 2}, 0, []int{0, 1}},
		{"list with commas", "Gondor , Arnor and Bree said", []int{0, 2, 4}, 1, []int{0, 1, 2}},
		{"list closed by and", "Gondor and Arnor , Osgiliath said", []int{0, 2, 4}, 0, []int{0, 1}},
		{"serial comma", "Gondor , Arnor , and Bree said", []int{0, 2, 5}, 0, []int{0, 1, 2}},
		{"alone", "Gondor said", []int{0}, 0, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []actor.Mention
			for _, k := range tt.at {
				ms = append(ms, actor.Mention{Start: k, End: k + 1, Head: k})
			}
			if got := members(toksOf(tt.text), ms, tt.i); !slices.Equal(got, tt.want) {
				t.Errorf("members = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSubjectOwner checks that a named possessor gives way to the
// subject's own actor, unless the Coder reads phrases as TABARI does.
func TestSubjectOwner(t *testing.T) {
	// 0 Dagolath 1 's 2 deputy 3 Telemar 4 left
	toks := depToks([]int{3, 1, 5, 3, 0}, []string{"nmod:poss", "case", "nsubj", "appos", "root"})
	ms := []actor.Mention{{Start: 0, End: 1, Head: 0}, {Start: 3, End: 4, Head: 3}}
	for _, tt := range []struct {
		namesFirst bool
		want       int
	}{{false, 1}, {true, 0}} {
		a := &article{toks: toks}
		for _, tk := range toks {
			a.w.up = append(a.w.up, upper(tk.Form))
			a.w.lem = append(a.w.lem, upper(tk.Form))
		}
		a.t.reset(toks)
		a.t.namesFirst = tt.namesFirst
		if got := a.depSource(ms, 4, false); got != tt.want {
			t.Errorf("namesFirst %v: source %d, want %d", tt.namesFirst, got, tt.want)
		}
	}
}
