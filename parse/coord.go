package parse

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// mendClauses mends the greedy parser's two misreadings of a second
// clause joined by "and" or "but" without a comma (coordinateClauses and
// objectClause), and a finite verb it joined to an infinitive
// (infinitiveConjunct).
func mendClauses(tokens []model.Token) {
	objectClause(tokens)
	coordinateClauses(tokens)
	infinitiveConjunct(tokens)
}

// infinitiveConjunct mends a finite verb (VBD, VBZ, VBP) with no subject
// of its own that the parser made the conjunct of an infinitive ("to"
// and a base form, VB): "Algeria ordered the diplomats to leave the
// country and halted imports", "Cambodia invited observers to inspect
// the area and accused Thailand". A past or present tense cannot be
// coordinated with an infinitive, so the verb is the conjunct of the
// nearest finite verb above the infinitive, whose subject it shares.
// The tree stays projective: the words between that verb and the
// conjunct all lie below the verb, or the arc is left as it is.
func infinitiveConjunct(tokens []model.Token) {
	for v := range tokens {
		inf := tokens[v].Head - 1
		if tokens[v].DepRel != "conj" || !finiteTag(tokens[v].XPOS) || inf < 0 || inf >= v || tokens[inf].XPOS != "VB" {
			continue
		}
		to, subject := false, false
		for i := range tokens {
			switch {
			case tokens[i].Head == inf+1 && tokens[i].DepRel == "mark" && strings.EqualFold(tokens[i].Form, "to"):
				to = true
			case tokens[i].Head == v+1 && strings.HasPrefix(tokens[i].DepRel, "nsubj"):
				subject = true
			}
		}
		if !to || subject {
			continue
		}
		a := tokens[inf].Head - 1
		for a >= 0 && a < len(tokens) && !finiteTag(tokens[a].XPOS) {
			a = tokens[a].Head - 1
		}
		if a < 0 || a >= inf {
			continue
		}
		projective := true
		for i := a + 1; i < v; i++ {
			if !descends(tokens, i, a) {
				projective = false
				break
			}
		}
		if projective {
			tokens[v].Head = a + 1
		}
	}
}

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
		if !finiteTag(tokens[v].XPOS) || !strandedRel(tokens[v].DepRel) || tokens[n].DepRel != "conj" || !nominalTag(tokens[n].XPOS) {
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
			case tokens[i].Head == v+1 && (strings.HasPrefix(tokens[i].DepRel, "nsubj") || tokens[i].DepRel == "mark"):
				subject = true
			}
		}
		if cc < 0 || subject || descends(tokens, verb, v) || bareInfinitive(tokens[verb], tokens[v]) {
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

// objectClause mends the other reading of a second clause joined without
// a comma: "Indian troops shelled the village and Pakistani forces
// returned fire", parsed as if the troops shelled that the village and
// the forces returned fire. A verb that takes no clausal complement
// (see complementVerbs), with no object of its own, whose finite
// complement's subject is a coordination of two nouns ending right
// before that complement's verb, has the first noun as its object and
// the complement as its conjunct, with the second noun as its subject.
// Verbs of saying and thinking are left alone, since "said the village
// and the forces returned fire" means what the parser read. The tree
// stays projective: the object's words lie between the verb and the
// coordinator, and the new subject's words right before its verb.
func objectClause(tokens []model.Token) {
	for v := range tokens {
		h := tokens[v].Head - 1
		if tokens[v].DepRel != "ccomp" || !finiteTag(tokens[v].XPOS) || h < 0 || h >= v ||
			!strings.HasPrefix(tokens[h].XPOS, "VB") || complementVerb(tokens[h]) {
			continue
		}
		subj, conj, cc := -1, -1, -1
		blocked := false
		for i := range tokens {
			switch {
			case tokens[i].Head == h+1 && (tokens[i].DepRel == "obj" || tokens[i].DepRel == "ccomp" && i != v):
				blocked = true
			case tokens[i].Head == v+1 && (tokens[i].DepRel == "mark" || tokens[i].DepRel == "nsubj:pass"):
				blocked = true
			case tokens[i].Head == v+1 && tokens[i].DepRel == "nsubj":
				subj = i
			}
		}
		if blocked || subj < 0 || subj < h || !nominalTag(tokens[subj].XPOS) {
			continue
		}
		for i := range tokens {
			if tokens[i].Head == subj+1 && tokens[i].DepRel == "conj" && i < v {
				conj = i
			}
		}
		if conj < 0 || !nominalTag(tokens[conj].XPOS) || lastBelow(tokens, conj) != v-1 {
			continue
		}
		for i := subj + 1; i < conj; i++ {
			if tokens[i].Head == conj+1 && tokens[i].DepRel == "cc" {
				cc = i
			}
		}
		if cc < 0 {
			continue
		}
		for i := subj + 1; i < cc; i++ {
			if tokens[i].Head == conj+1 && tokens[i].DepRel == "punct" {
				tokens[i].Head = v + 1
			}
		}
		tokens[cc].Head = v + 1
		tokens[conj].Head, tokens[conj].DepRel = v+1, "nsubj"
		tokens[subj].Head, tokens[subj].DepRel = h+1, "obj"
		tokens[v].DepRel = "conj"
	}
}

// lastBelow returns the index of the last token in the subtree of token
// i (0-based), i itself if nothing below it comes later.
func lastBelow(tokens []model.Token, i int) int {
	last := i
	for j := i + 1; j < len(tokens); j++ {
		if descends(tokens, j, i) {
			last = j
		}
	}
	return last
}

// complementVerb reports whether tok is a verb that takes a clause as
// its complement ("said the talks failed", "believes they will come"):
// the verbs of saying, thinking, knowing and perceiving, by lemma (the
// form when the lemma is unknown).
func complementVerb(tok model.Token) bool {
	w := tok.Lemma
	if w == "" || w == "_" {
		w = strings.ToLower(tok.Form)
	}
	_, ok := complementVerbs[w]
	return ok
}

// complementVerbs are the lemmas complementVerb accepts. A verb missing
// here only loses the mend when its complement's subject is a
// coordination, so the list errs towards including.
var complementVerbs = map[string]struct{}{
	"say": {}, "tell": {}, "claim": {}, "report": {}, "announce": {}, "deny": {}, "believe": {},
	"think": {}, "know": {}, "warn": {}, "state": {}, "add": {}, "insist": {}, "argue": {},
	"confirm": {}, "suggest": {}, "show": {}, "mean": {}, "hope": {}, "fear": {}, "expect": {},
	"agree": {}, "decide": {}, "admit": {}, "acknowledge": {}, "note": {}, "explain": {},
	"find": {}, "ensure": {}, "indicate": {}, "reveal": {}, "recall": {}, "realize": {},
	"realise": {}, "understand": {}, "learn": {}, "hear": {}, "see": {}, "feel": {}, "assume": {},
	"allege": {}, "predict": {}, "promise": {}, "threaten": {}, "demand": {}, "ask": {},
	"order": {}, "stress": {}, "emphasize": {}, "emphasise": {}, "reiterate": {}, "maintain": {},
	"conclude": {}, "estimate": {}, "suspect": {}, "doubt": {}, "guess": {}, "wish": {},
	"prove": {}, "declare": {}, "write": {}, "complain": {}, "concede": {}, "contend": {},
	"assert": {}, "recommend": {}, "propose": {}, "remember": {}, "signal": {}, "accept": {},
	"mention": {}, "reply": {}, "respond": {}, "answer": {}, "tweet": {}, "post": {},
	"testify": {}, "swear": {}, "vow": {}, "pledge": {}, "caution": {}, "observe": {},
	"notice": {}, "imagine": {}, "pretend": {}, "worry": {}, "bet": {}, "charge": {},
	"rule": {}, "determine": {}, "judge": {}, "reckon": {}, "figure": {}, "presume": {},
	"suppose": {}, "speculate": {}, "hint": {}, "imply": {}, "specify": {}, "stipulate": {},
	"require": {}, "urge": {}, "request": {}, "insure": {}, "check": {}, "discover": {},
	"recognize": {}, "recognise": {}, "wonder": {},
}

// bareInfinitive reports whether v, tagged as a present tense, may
// instead be the bare infinitive that a causative or perception verb
// takes after its object ("let your friends and family know"), which
// the tagger cannot tell from a present tense.
func bareInfinitive(verb, v model.Token) bool {
	if v.XPOS != "VBP" {
		return false
	}
	switch strings.ToLower(verb.Lemma) {
	case "let", "make", "have", "help", "see", "watch", "hear", "feel", "bid":
		return true
	}
	return false
}

// finiteTag reports whether xpos is a finite verb's tag.
func finiteTag(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// nominalTag reports whether xpos is a noun's or a personal pronoun's.
func nominalTag(xpos string) bool { return strings.HasPrefix(xpos, "NN") || xpos == "PRP" }

// strandedRel reports whether a finite verb attached by rel, with no
// subject and no subordinator of its own, can only be a misread second
// clause. A complement, an adverbial clause or a parataxis with neither
// is not English ("... on Monday and Pakistani forces returned/advcl
// fire"), so those are mended as well as a verb hung as a modifier. A
// root, a conjunct, a relative clause, a clausal subject or an auxiliary
// is left as it is: each may lack a subject of its own in good English.
func strandedRel(rel string) bool {
	switch rel {
	case "root", "conj", "acl:relcl", "csubj", "aux", "aux:pass", "cop":
		return false
	}
	return true
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
