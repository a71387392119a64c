package parse

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// coordinateClauses mends one error of the greedy parser in news text:
// a second clause joined by "and" or "but" without a comma ("Russia
// expelled two diplomats and Britain summoned the ambassador"). Having
// read "two diplomats and Britain", the parser has already made
// "Britain" a conjunct of the object before it sees the verb, which it
// then hangs below the first clause as a complement or a modifier with
// no subject. A finite verb (VBD, VBZ, VBP) with no subject and no
// clausal relation of its own, right after a noun that is a conjunct,
// with its coordinator, of the object or oblique of a verb, is instead
// that verb's conjunct, and the noun is its subject: the noun's
// coordinator and any comma before it move with it. A finite verb
// cannot modify a noun or complement a verb without a subject of its
// own, so the reading the parser chose is not English, while this one
// is. The tree stays projective: the new arcs span only the first
// clause's object and the second clause's words.
func coordinateClauses(tokens []model.Token) {
	for v := 1; v < len(tokens); v++ {
		n := v - 1
		if !finiteTag(tokens[v].XPOS) || clausal(tokens[v].DepRel) || tokens[n].DepRel != "conj" || !nominalTag(tokens[n].XPOS) {
			continue
		}
		obj := tokens[n].Head - 1
		if obj < 0 || obj >= n || !objectRel(tokens[obj].DepRel) {
			continue
		}
		verb := tokens[obj].Head - 1
		if verb < 0 || verb >= obj || !strings.HasPrefix(tokens[verb].XPOS, "VB") {
			continue
		}
		cc := -1
		subject := false
		for i := range tokens {
			switch {
			case tokens[i].Head == n+1 && tokens[i].DepRel == "cc" && i < n:
				cc = i
			case tokens[i].Head == v+1 && strings.HasPrefix(tokens[i].DepRel, "nsubj"):
				subject = true
			}
		}
		if cc < 0 || subject || descends(tokens, verb, v) {
			continue
		}
		for i := range tokens {
			if tokens[i].Head == n+1 && i < cc && tokens[i].DepRel == "punct" {
				tokens[i].Head = v + 1
			}
		}
		tokens[cc].Head = v + 1
		tokens[n].Head, tokens[n].DepRel = v+1, "nsubj"
		tokens[v].Head, tokens[v].DepRel = verb+1, "conj"
	}
}

// finiteTag reports whether xpos is a finite verb's tag.
func finiteTag(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// nominalTag reports whether xpos is a noun's or a personal pronoun's.
func nominalTag(xpos string) bool { return strings.HasPrefix(xpos, "NN") || xpos == "PRP" }

// clausal reports whether a verb attached by rel heads a clause of its
// own (or is an auxiliary), which coordinateClauses leaves as it is.
func clausal(rel string) bool {
	switch rel {
	case "root", "conj", "ccomp", "advcl", "parataxis", "acl:relcl", "csubj", "aux", "aux:pass", "cop":
		return true
	}
	return false
}

// objectRel reports whether rel attaches an object or an oblique.
func objectRel(rel string) bool {
	switch rel {
	case "obj", "iobj", "obl", "nmod", "obl:tmod", "obl:npmod":
		return true
	}
	return false
}

// descends reports whether token i lies below token anc (both 0-based)
// in the tree, so that attaching anc to i would make a cycle. It gives
// up after len(tokens) steps, as a tree needs no more.
func descends(tokens []model.Token, i, anc int) bool {
	for range tokens {
		h := tokens[i].Head - 1
		if h < 0 || h >= len(tokens) {
			return false
		}
		if h == anc {
			return true
		}
		i = h
	}
	return false
}
