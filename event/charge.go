package event

// chargeLemmas hold someone to account for a deed named by a gerund after
// "of" or "for" (upper-case lemmas): "accused Iran of attacking",
// "condemned Russia for shelling", "blaming Pakistan for backing".
var chargeLemmas = map[string]bool{
	"ACCUSE": true, "BLAME": true, "CHARGE": true, "CONDEMN": true,
	"CRITICIZE": true, "CRITICISE": true, "DENOUNCE": true, "FAULT": true,
	"SUSPECT": true, "CONVICT": true, "INDICT": true, "REBUKE": true,
	"CENSURE": true, "REPRIMAND": true, "SLAM": true, "CHASTISE": true,
	"PUNISH": true, "SANCTION": true, "PENALISE": true, "PENALIZE": true,
}

// gerundDeed reports, for a gerund at v marked "of" or "for" that names
// the deed of the noun before it ("condemned Russia for shelling
// Ukrainian cities", "praised Qatar for mediating", "accused Indian
// troops of firing", "an officer accused of attacking"), the token of
// whoever did the deed and the verb that names it: the object of the
// governing verb, or the noun the gerund or its passive governing verb
// hangs on. It returns -1 where the parse says no such thing.
func (a *article) gerundDeed(v int) (doer, gov int) {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBG" || t.head[v] < 0 {
		return -1, -1
	}
	if r := base(t.rel[v]); r != "advcl" && r != "acl" {
		return -1, -1
	}
	marked := false
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "mark":
			marked = marked || a.w.up[c] == "OF" || a.w.up[c] == "FOR"
		case "nsubj", "csubj":
			return -1, -1
		}
	}
	if !marked {
		return -1, -1
	}
	h := t.head[v]
	if !isVerb(a.toks[h]) {
		// "accused Indian troops of firing": the gerund hangs on the
		// object it names the deed of.
		if t.rel[h] != "obj" || t.head[h] < 0 {
			return -1, -1
		}
		return h, t.head[h]
	}
	// "a former officer accused of attacking": the noun the passive
	// participle is on.
	if base(t.rel[h]) == "acl" && a.toks[h].XPOS == "VBN" && t.head[h] >= 0 {
		return t.head[h], h
	}
	// "Qatar was thanked for mediating": the passive's subject.
	passive := isPassive(a.toks, h)
	for _, c := range t.kids[h] {
		if t.rel[c] == "obj" || passive && t.rel[c] == "nsubj:pass" {
			return c, h
		}
	}
	return -1, -1
}

// chargedDeed reports a gerund at v that names the deed a charge holds
// its object to account for ("blaming Pakistan for backing militants"),
// and whether the charge has a subject of its own (an accuser). The charge
// is the accuser's event; the deed is only what the accuser says the
// accused did.
func (a *article) chargedDeed(v int) (charged, accuser bool) {
	_, gov := a.gerundDeed(v)
	if gov < 0 || !chargeLemmas[a.w.lem[gov]] {
		return false, false
	}
	return true, !isPassive(a.toks, gov) && !(base(a.t.rel[gov]) == "acl" && a.toks[gov].XPOS == "VBN")
}

// forceCode reports a code of CAMEO's coercion and force roots (17 to
// 20), the deeds a charge reports as events of their own, claimed by the
// accuser.
func forceCode(code string) bool {
	return len(code) >= 2 && code[:2] >= "17" && code[:2] <= "20"
}
