package event

// A participle on a text that its clause's subject issues ("Egypt
// released a letter condemning Sudan"): the text says what its author
// does, so the participle's deed is the author's.

// issuedTexts are the texts (upper-case lemmas) whose author speaks
// through them, beside the texts a body adopts (textNouns).
var issuedTexts = map[string]bool{
	"LETTER": true, "NOTE": true, "COMMUNIQUE": true,
}

// issueLemmas are the verbs (upper-case lemmas) whose subject is the
// author of the text they take as object.
var issueLemmas = map[string]bool{
	"ISSUE": true, "RELEASE": true, "PUBLISH": true, "SEND": true,
	"WRITE": true, "ADOPT": true, "PASS": true, "SIGN": true,
	"DRAFT": true, "SUBMIT": true, "DELIVER": true, "APPROVE": true,
}

// issuedText returns, for a present participle at v that the parse
// hangs on a text (or on the verb, right after the text), with no
// subject of its own, where that text is the
// object of a verb of issuing, that verb; else -1. A text its clause's
// subject does not author ("vetoed a resolution condemning Syria",
// "rejected a statement praising Chile") gives none.
func (a *article) issuedText(v int) int {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBG" || t.hasSubject(v) {
		return -1
	}
	h := -1
	switch base(t.rel[v]) {
	case "acl":
		h = t.head[v]
	case "advcl", "xcomp":
		// The parse may hang the participle on the verb instead
		// ("released a statement condemning Sudan" with "condemning"
		// an adverbial clause): the text is then the verb's object
		// that ends right before it.
		g := t.head[v]
		if g < 0 || g > v {
			return -1
		}
		for _, c := range t.kids[g] {
			if _, hi := t.span(c); t.rel[c] == "obj" && hi == v {
				h = c
			}
		}
	}
	if h < 0 || h > v || a.toks[h].UPOS != "NOUN" || t.rel[h] != "obj" {
		return -1
	}
	if l := a.w.lem[h]; !textNouns[l] && !issuedTexts[l] {
		return -1
	}
	g := t.head[h]
	if g < 0 || !isVerb(a.toks[g]) || !issueLemmas[a.w.lem[g]] {
		return -1
	}
	return g
}

// textSpeaks reports a verb of issuing at v whose text carries a
// participle that says what the text does ("issued a statement praising
// Oman's role"): the issuing is speech, as "said" is, and gives way to
// the participle's deed (dropSpeech), so that the statement is not coded
// beside what it says.
func (a *article) textSpeaks(v int) bool {
	if !issueLemmas[a.w.lem[v]] {
		return false
	}
	for u := v + 1; u < len(a.toks); u++ {
		if a.issuedText(u) == v {
			return true
		}
	}
	return false
}
