package event

// assertedTimeMarks open a clause of time whose past deed the sentence
// reports as done ("after Chile seized", "when Peru closed", "since
// Bolivia expelled", "as Chilean troops shelled"). "Until" and "once"
// are not among them: their deed is a condition of the main one ("would
// stay shut until Peru returned the boats").
var assertedTimeMarks = map[string]bool{
	"AFTER": true, "BEFORE": true, "WHEN": true, "SINCE": true, "AS": true,
}

// timeClauseOpener returns the opener of a clause of time that a past
// verb at v heads: one of assertedTimeMarks, then a subject, then the
// verb ("expelled Chile's ambassador after Chile seized a Peruvian
// ship", "a day after Chilean police had detained a Bolivian envoy").
// Such a deed is asserted as the main one is, only earlier, so it is no
// subordinate verb, and its subject stands after the opener. Only a
// clause the parse hides is meant, the opener hung on the subject and
// the verb on a noun: one it parsed right is main already. There is
// none (-1) under a modal before the opener ("would withdraw after
// Chile signed" has not happened) or for a verb with an auxiliary other
// than "had".
func (a *article) timeClauseOpener(v int) int {
	if v < 1 || v >= len(a.toks) {
		return -1
	}
	if x := a.toks[v].XPOS; x != "VBD" && x != "VBN" {
		return -1
	}
	// A clause the parse got right, its verb with a subject of its own,
	// is already main (subordinate) and already finds its subject.
	if a.t.ok && v < len(a.t.kids) && a.t.hasSubject(v) {
		return -1
	}
	k := v - 1
	if a.w.up[k] == "HAD" {
		k--
	}
	s := k
	for s >= 0 && timeSubjectWord(a.toks[s].UPOS, a.w.up[s]) {
		s--
	}
	if s == k || s < 0 || !assertedTimeMarks[a.w.up[s]] {
		return -1
	}
	for p := 0; p < s; p++ {
		if a.toks[p].XPOS == "MD" {
			return -1
		}
	}
	return s
}

// timeSubjectWord reports a word (its universal tag and upper-case form)
// that may stand in the subject of a clause of time: "Chilean police",
// "the rebel group", "Peru's navy", "they".
func timeSubjectWord(upos, up string) bool {
	switch upos {
	case "DET", "ADJ", "PROPN", "NOUN", "NUM":
		return true
	case "PART":
		return up == "'S"
	case "PRON":
		switch up {
		case "IT", "THEY", "HE", "SHE", "WE":
			return true
		}
	}
	return false
}
