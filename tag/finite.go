package tag

import (
	"slices"
	"strings"
)

// clauseTags are the tag classes that repairFinite reads, as indices and
// sets of indices into a model's XPOS tags.
type clauseTags struct {
	vbd, vbn int    // -1 if the tag set lacks it, which turns the repair off
	vbz, nns int    // VBZ and NNS; -1 if lacking, which turns pluralSubject off
	vbp, nn  int    // VBP and NN; -1 if lacking, which turns relativeVerb off
	jj       int    // JJ; -1 if lacking
	nnp      int    // NNP; -1 if lacking, which turns acronyms off
	wp       int    // WP; -1 if lacking
	function uint64 // a function word's tag, which initials are not: WP, WDT, PRP, PRP$, DT, IN, CC, TO, MD, EX, PDT, RP, WRB
	verb     uint64 // any verb or modal: VB, VBD, VBG, VBN, VBP, VBZ, MD
	in       int    // IN, the tag of a subordinating word; -1 if lacking
	vb, to   int    // VB and TO; -1 if lacking
	vbg      int    // VBG; -1 if lacking
	comma    int    // the comma's tag; -1 if lacking
	cc       int    // CC; -1 if lacking
	quote    int    // the opening quote's tag (``); -1 if lacking
	finite   uint64 // a finite verb or a modal: VBD, VBZ, VBP, MD
	noun     uint64 // may end a subject: NN, NNS, NNP, NNPS
	modifier uint64 // may stand before a noun in its phrase: DT, JJ, NNP, CD, PRP$
	// determinerStart begins a noun phrase that is no name: DT, PRP$,
	// CD, NN, NNS.
	determinerStart uint64
	// objectStart may begin an object right after a verb, where a noun
	// phrase may not be an object: DT, PRP$, CD, PRP.
	objectStart uint64
	adverb      uint64 // may stand between a subject and its verb: RB
	object      uint64 // may begin an object: DT, PDT, PRP$, CD, JJ*, NN*, PRP, $
	phrase      uint64 // may begin a phrase after an intransitive verb: IN, TO, RP, RB
	end         uint64 // ends a clause: the sentence's own punctuation and , : ;
	stop        uint64 // ends a clause and begins another: . : ; (not a comma)
	wh          uint64 // begins a relative or question clause: WDT, WP, WP$, WRB
}

// newClauseTags finds repairFinite's tag classes among xpos.
func newClauseTags(xpos []string) clauseTags {
	c := clauseTags{vbd: -1, vbn: -1, vbz: -1, nns: -1, vbp: -1, nn: -1, vbg: -1, jj: -1, nnp: -1, wp: -1, in: -1, vb: -1, to: -1, comma: -1, cc: -1, quote: -1}
	for i, x := range xpos {
		if i >= 64 {
			break
		}
		bit := uint64(1) << i
		switch x {
		case "VBD":
			c.vbd = i
		case "VBN":
			c.vbn = i
		case "VBZ":
			c.vbz = i
		case "VBG":
			c.vbg = i
		case "NNS":
			c.nns = i
		case "VBP":
			c.vbp = i
		case "NN":
			c.nn = i
		case "JJ":
			c.jj = i
		case "NNP":
			c.nnp = i
		case "WP":
			c.wp = i
		case "IN":
			c.in = i
		case "VB":
			c.vb = i
		case "TO":
			c.to = i
		case ",":
			c.comma = i
		case "CC":
			c.cc = i
		case "``":
			c.quote = i
		}
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			c.finite |= bit
		case "NN", "NNS", "NNP", "NNPS":
			c.noun |= bit
			c.object |= bit
		case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "PRP", "$":
			c.object |= bit
		case "RB":
			c.adverb |= bit
			c.phrase |= bit
		case "IN", "TO", "RP":
			c.phrase |= bit
		case ".", ":":
			c.end |= bit
			c.stop |= bit
		case ",":
			c.end |= bit
		case "WDT", "WP", "WP$", "WRB":
			c.wh |= bit
		}
	}
	c.verb = tagSet(xpos, "VB VBD VBG VBN VBP VBZ MD")
	c.function = tagSet(xpos, "WP WDT PRP PRP$ DT IN CC TO MD EX PDT RP WRB")
	c.modifier = tagSet(xpos, "DT JJ NNP CD PRP$")
	c.objectStart = tagSet(xpos, "DT PRP$ CD PRP")
	c.determinerStart = tagSet(xpos, "DT PRP$ CD NN NNS")
	return c
}

// tagSet returns the set of the indices into xpos (the first 64) of the
// space-separated tags of names.
func tagSet(xpos []string, names string) uint64 {
	var set uint64
	for _, name := range strings.Fields(names) {
		if i := slices.Index(xpos, name); i >= 0 && i < 64 {
			set |= 1 << i
		}
	}
	return set
}

// has reports whether tag t is in set.
func has(set uint64, t int) bool { return t >= 0 && t < 64 && set&(1<<t) != 0 }

// repairFinite retags as a past tense (VBD) a past participle (VBN) that
// the model chose for the verb of a clause which then has no finite verb:
// "Hezbollah fired rockets at Israel", "Pakistani forces shelled Indian
// posts", "officials said troops crossed the border". The model, trained
// on web text, reads a past form right after a name or a plural noun as
// the participle of a reduced relative ("the rockets fired by X hit a
// school"); that reading needs a finite verb after it in the same clause
// ("hit"), so a participle whose clause has none is the clause's verb.
//
// A participle is retagged when its form may be a past tense (the
// training data saw it as one, or it is an "-ed" form), a subject ends
// right before it (a noun or a subject pronoun, perhaps then an adverb
// or a phrase set off by commas: subjectEnd), no "by" agent follows it
// but an object (perhaps after a gerund modifying its noun: "escorted
// fishing vessels"), a phrase or the clause's end does, and its clause has
// no other finite verb: none before it since the clause began
// (clauseBefore) and none after it before the clause ends (boundary).
// Retagging one makes it the finite verb of its clause, so a later
// participle in the same clause stays one ("police fired tear gas at
// protesters gathered outside"). A sentence that ends in "?" or "!" is
// left as it is.
//
// strict asks for the repair of whole sentences only: the sentence has
// no finite verb but verbs of saying, the participle's clause is the
// main clause or the one a verb of saying reports ("officials said
// (that) troops crossed"), and no phrase set off by commas comes
// between the subject and the participle. The clauses that strict
// leaves alone are those where the event coder, written against the
// model's tags, codes worse with right ones (see Model.TagFinite).
//
// tags holds the model's tags, changed in place; form gives each word's
// form and past whether it may be a past tense. repairFinite returns
// the index of the first participle it retagged, or -1.
func (c *clauseTags) repairFinite(tags []int, form func(int) string, past func(int) bool, strict bool) int {
	first := -1
	if c.vbd < 0 || c.vbn < 0 || len(tags) == 0 {
		return first
	}
	// opening says that strict finds a finite verb other than one of
	// saying: only a participle that opens the sentence's main clause
	// and is joined to another deed may then be repaired
	// (openingClause).
	opening := false
	if strict {
		for k := range tags {
			if c.finiteVerb(tags, k) && !sayingVerb(form(k)) {
				opening = true
				break
			}
		}
	}
	// A question or an exclamation without a finite verb is a fragment
	// ("Passport needed?", "Cars sold here!"): a question would have its
	// auxiliary.
	if last := form(len(tags) - 1); last == "?" || last == "!" {
		return first
	}
	// A sentence with no verb at all may have its verb read as an
	// adjective ("Australia sanctioned/JJ Russian officials"): its first
	// such word that passes the participle's test is the verb.
	adjective := c.jj >= 0 && !c.anyVerb(tags)
	for i, t := range tags {
		if (t == c.vbn || adjective && first < 0 && t == c.jj) && (!opening || c.openingClause(tags, form, past, i)) && c.finiteAt(tags, form, past, i, strict) {
			tags[i] = c.vbd
			if first < 0 {
				first = i
			}
		}
	}
	return first
}

// openingClause reports whether the participle at i follows a subject
// that opens the sentence (nouns and their modifiers alone) and takes an
// object, after which, in its clause, comes a second past form joined by
// "and" or an infinitive of purpose: "Congolese police fired/VBN tear gas
// to disperse them", "Cameroonian police fired/VBN tear gas and
// arrested/VBN dozens". A reduced relative there would be passive and
// take no object, and one that did would not go on to a second deed of
// the same subject, so the participle is the main clause's verb even
// where another clause of the sentence has a finite verb of its own
// ("as they marched", "which said six were injured"). finiteAt still asks
// that no finite verb follow it in its own clause.
func (c *clauseTags) openingClause(tags []int, form func(int) string, past func(int) bool, i int) bool {
	if i == 0 || i+1 >= len(tags) || !has(c.noun, tags[i-1]) || !has(c.object, tags[i+1]) {
		return false
	}
	for k := 0; k < i; k++ {
		if !has(c.noun, tags[k]) && !has(c.modifier, tags[k]) {
			return false
		}
	}
	// The object's words, then "and" and a past form, or "to" and a
	// base form.
	k := i + 1
	for k < len(tags) && (has(c.noun, tags[k]) || has(c.modifier, tags[k]) || has(c.object, tags[k])) {
		k++
	}
	if k+1 >= len(tags) {
		return false
	}
	switch {
	case tags[k] == c.cc:
		return (tags[k+1] == c.vbn || tags[k+1] == c.vbd) && past(k+1)
	case tags[k] == c.to:
		return tags[k+1] == c.vb
	}
	return false
}

// repairFinite applies the clause rule of clauseTags.repairFinite to the
// tags of the last pass in ws.right, and tags again the words after the
// first verb it retags, as the last pass would have with that verb's
// tag before them: a particle after a verb ("sealed off the embassy") is
// tagged as after a verb, not as a preposition after a participle. The
// words tagged again get the rule once more.
func (m *Model) repairFinite(ws *workspace, s forms, strict bool) {
	past := func(i int) bool { return m.mayBePast(&ws.words[i+2], s.Form(i)) }
	if m.retagAfter(ws, m.clause.repairFinite(ws.right, s.Form, past, strict)) {
		m.clause.repairFinite(ws.right, s.Form, past, strict)
	}
}

// pluralSubject retags as a plural noun (NNS) a word the model read as a
// verb in -s (VBZ) when it opens the sentence or follows a modifier
// such as an adjective or a name ("Somali pirates hijacked a ship",
// "Pirates seized two tankers"), and a past form with an object follows
// it. The model reads an unseen plural as a verb in -s, and then the
// past form after it as a participle ("pirates/VBZ hijacked/VBN"); a
// verb in -s directly followed by a transitive past form and its
// object is not English, while a plural subject is. The word must be
// one the training data never saw or saw as a plural noun, and WordNet
// must know its stem as a noun, so that "has", "gets" or "says" ("Iran
// says detained sailors ...") stay verbs. The words after it are
// tagged again, reading the noun, as retagAfter does.
func (m *Model) pluralSubject(ws *workspace, s forms) {
	c := &m.clause
	if c.vbz < 0 || c.nns < 0 || c.vbd < 0 || c.vbn < 0 {
		return
	}
	tags := ws.right
	for i := 0; i+2 < len(tags); i++ {
		if tags[i] != c.vbz || !strings.HasSuffix(s.Form(i), "s") {
			continue
		}
		if i > 0 && !has(c.modifier, tags[i-1]) {
			continue
		}
		w := &ws.words[i+2]
		if w.amb != 0 && !has(w.amb, c.nns) || w.wn&wnPluralNoun == 0 {
			continue
		}
		if next := tags[i+1]; next != c.vbd && next != c.vbn || !m.mayBePast(&ws.words[i+3], s.Form(i+1)) {
			continue
		}
		if !has(c.objectStart, tags[i+2]) {
			continue
		}
		tags[i] = c.nns
		m.retagAfter(ws, i)
		return
	}
}

// relativeVerb retags as a present tense (VBP) a singular noun (NN)
// that follows "which", "who" or "that" right after a comma and is
// followed by a determiner ("The neighbours, which share/NN a border of
// 300 km, signed"): a relative pronoun after a comma opens a clause
// whose verb comes next, and a noun takes no determiner's phrase right
// after it. The model reads a verb it mostly saw as a noun as one
// there, and the parse then makes it the sentence's subject. WordNet
// must know the word as a verb. The words after it are tagged again, as
// retagAfter does.
func (m *Model) relativeVerb(ws *workspace, s forms) {
	c := &m.clause
	if c.vbp < 0 || c.nn < 0 || c.comma < 0 {
		return
	}
	tags := ws.right
	for i := 2; i+1 < len(tags); i++ {
		if tags[i] != c.nn || tags[i-2] != c.comma || !has(c.wh, tags[i-1]) || !has(c.objectStart, tags[i+1]) {
			continue
		}
		switch strings.ToLower(s.Form(i - 1)) {
		case "which", "who", "that":
		default:
			continue
		}
		if ws.words[i+2].wn&wnVerb == 0 {
			continue
		}
		tags[i] = c.vbp
		m.retagAfter(ws, i)
	}
}

// secondClause retags as a past tense (VBD) a past participle (VBN) that
// opens the second clause of a sentence joined by "and" or "but": a
// finite verb comes before the conjunction, a noun phrase after it ends
// right before the participle, and an object that is no name follows
// the participle ("Protesters threw stones and police fired/VBN tear
// gas"). A participle of a reduced relative takes no direct object
// ("arrested soldiers and civilians trapped in the town"), so one that
// takes one is the clause's verb; a name after it may be the participle's
// complement ("and a man named John"). So does a participle right
// after the conjunction, with an object, when the verb before the
// conjunction is a past tense of its own (pastBefore): the second verb
// of one subject ("Police seized a boat and arrested/VBN its crew").
// Tag's repair, which asks for a sentence with no finite verb, never
// reaches these. The words after it are tagged again, as retagAfter
// does.
func (m *Model) secondClause(ws *workspace, s forms) {
	c := &m.clause
	if c.vbd < 0 || c.vbn < 0 || c.cc < 0 {
		return
	}
	tags := ws.right
	finite := false
	for i := 0; i+1 < len(tags); i++ {
		if c.finiteVerb(tags, i) {
			finite = true
		}
		// An "-ed" form the training data never saw as an adjective may
		// be read as one after "and" ("burned tyres and blocked/JJ
		// roads"); "armed", which it saw as one, stays one ("and armed
		// men").
		adjective := tags[i] == c.jj && i > 0 && tags[i-1] == c.cc && !has(ws.words[i+2].amb, c.jj)
		if tags[i] != c.vbn && !adjective || !finite || i == 0 || !has(c.determinerStart, tags[i+1]) {
			continue
		}
		if !m.mayBePast(&ws.words[i+2], s.Form(i)) || upperInitial(s.Form(i)) {
			continue
		}
		if tags[i-1] == c.cc && c.pastBefore(tags, s.Form, i-1) {
			tags[i] = c.vbd
			m.retagAfter(ws, i)
			continue
		}
		if adjective || !has(c.noun, tags[i-1]) {
			continue
		}
		// The subject's phrase: nouns, adjectives and a determiner back to
		// the conjunction.
		k := i - 1
		for k > 0 && i-k < 5 && (has(c.noun, tags[k-1]) || has(c.modifier, tags[k-1])) {
			k--
		}
		if k == 0 || tags[k-1] != c.cc {
			continue
		}
		tags[i] = c.vbd
		m.retagAfter(ws, i)
	}
}

// pastBefore reports whether the nearest verb before the conjunction at
// cc, in its sentence, is a past tense of its own, not an auxiliary: a
// participle after the conjunction that takes an object shares its
// subject and tense ("Police seized a boat and arrested/VBN its crew"),
// while one after "had seized" or "was seized" is a participle too.
func (c *clauseTags) pastBefore(tags []int, form func(int) string, cc int) bool {
	for k := cc - 1; k >= 0 && !has(c.stop, tags[k]); k-- {
		if has(c.verb, tags[k]) {
			return tags[k] == c.vbd && !auxiliary(form(k))
		}
	}
	return false
}

// auxiliary reports whether a past form is an auxiliary's ("had seized",
// "was seized", "did not seize").
func auxiliary(form string) bool {
	switch strings.ToLower(form) {
	case "had", "was", "were", "did", "got", "'d":
		return true
	}
	return false
}

// retagAfter tags the words after word j of ws.right again with the last
// pass, reading j's new tag, and reports whether there were any: j < 0
// (nothing retagged) or the last word leave the tags as they are.
func (m *Model) retagAfter(ws *workspace, j int) bool {
	if j < 0 || j+1 == len(ws.right) {
		return false
	}
	if m.pass2 != nil {
		m.passFrom(ws, m.pass2, ws.right, ws.left, ws.cached, 1, j+1)
	} else {
		m.passFrom(ws, m.pass1, ws.right, nil, ws.cached, 0, j+1)
	}
	return true
}

// anyVerb reports whether tags hold a verb of any form or a modal.
func (c *clauseTags) anyVerb(tags []int) bool {
	for _, t := range tags {
		if has(c.verb, t) {
			return true
		}
	}
	return false
}

// finiteAt reports whether the participle at i is its clause's verb (see
// repairFinite).
func (c *clauseTags) finiteAt(tags []int, form func(int) string, past func(int) bool, i int, strict bool) bool {
	// A capital inside the sentence is a title's ("West Coast
	// Specialized Servers"), whose words are seldom a clause.
	if !past(i) || i > 0 && upperInitial(form(i)) {
		return false
	}
	s := c.subjectEnd(tags, form, i, !strict)
	if s < 0 {
		return false
	}
	// What follows, after any opening quote: not a "by" agent; an
	// object, a phrase or the end.
	phrase := false
	n := i + 1
	for n < len(tags) && tags[n] == c.quote {
		n++
	}
	if n < len(tags) {
		switch {
		case strings.EqualFold(form(n), "by"):
			return false
		case has(c.phrase, tags[n]):
			phrase = true
		case has(c.object, tags[n]), has(c.end, tags[n]):
		case tags[n] == c.vbg && n+1 < len(tags) && has(c.noun, tags[n+1]):
			// A gerund modifying the object's noun ("escorted fishing
			// vessels").
		default:
			return false
		}
	}
	if !c.clauseBefore(tags, form, s, phrase, strict) {
		return false
	}
	for k := i + 1; k < len(tags); k++ {
		if c.boundary(tags, form, k) || c.coordinateVerb(tags, k) {
			break
		}
		if c.finiteVerb(tags, k) || phrase && c.laterVerb(tags, past, k) {
			return false
		}
	}
	return true
}

// subjectEnd returns where the subject of a verb at i ends, or -1 if no
// subject comes right before it: a noun or a subject pronoun, perhaps
// then an adverb ("troops briefly crossed"), or such a subject and a
// phrase set off by commas ("Elrond, wary as ever, brushed aside").
func (c *clauseTags) subjectEnd(tags []int, form func(int) string, i int, aside bool) int {
	s := i - 1
	if s >= 0 && has(c.adverb, tags[s]) {
		s--
	}
	if aside && s >= 0 && tags[s] == c.comma {
		// The comma that opens the phrase, at most a few words back.
		j := s - 1
		for j >= 0 && j > s-maxAside && tags[j] != c.comma && !has(c.stop, tags[j]) {
			j--
		}
		if j <= 0 || j == s-1 || tags[j] != c.comma {
			return -1
		}
		s = j - 1
	}
	if s < 0 || !has(c.noun, tags[s]) && !subjectPronoun(form(s)) {
		return -1
	}
	return s
}

// maxAside is the longest phrase between commas that subjectEnd steps
// over.
const maxAside = 12

// clauseBefore reports whether the words before the subject that ends at
// s leave the participle after it the verb of a clause: no finite verb
// comes between them and the clause's start, and the subject is not
// the object of a preposition that begins the clause ("In a statement
// released on Monday, the ministry said"; "after talks held in
// Geneva"), unless a comma comes between ("In Gaza, troops fired
// shells"). A word that is a preposition or a conjunction ("after",
// "since") begins a clause when the participle has an object ("after
// rebels captured the town"). phrase says whether a phrase and no
// object follows the participle.
func (c *clauseTags) clauseBefore(tags []int, form func(int) string, s int, phrase, strict bool) bool {
	comma := false
	k := s - 1
	for ; k >= 0; k-- {
		switch {
		case tags[k] == c.in && eitherSubordinator(form(k)):
			return !strict && (comma || !phrase)
		case c.clauseStart(tags, form, k):
			if strict && !c.reported(tags, form, k) {
				return false
			}
		case c.finiteVerb(tags, k):
			return false
		case tags[k] == c.comma:
			comma = true
			continue
		default:
			continue
		}
		break
	}
	first := k + 1
	return comma || first == s || !(tags[first] == c.in || tags[first] == c.to || strings.EqualFold(form(first), "according"))
}

// reported reports whether the clause that begins at k is the main
// clause's, or what a verb of saying there reports: the word at k is
// that verb, or "that" right after it ("officials said (that) troops
// crossed").
func (c *clauseTags) reported(tags []int, form func(int) string, k int) bool {
	if strings.EqualFold(form(k), "that") && k > 0 {
		k--
	}
	return has(c.finite, tags[k]) && sayingVerb(form(k))
}

// finiteVerb reports whether the word at k is a finite verb or a base
// form (VB) that no "to", modal or adverb comes before: an imperative
// ("Use ties to keep the straps fastened") or a present tense the model
// took for a base form ("the sanctions imposed on Iran remain in
// place").
func (c *clauseTags) finiteVerb(tags []int, k int) bool {
	if has(c.finite, tags[k]) {
		return true
	}
	return tags[k] == c.vb && (k == 0 || tags[k-1] != c.to && !has(c.finite, tags[k-1]) && !has(c.adverb, tags[k-1]))
}

// laterVerb reports whether the word at k is another past participle
// that may be a past tense right after a noun: the clause's verb when
// the participle before it took a phrase and no object ("refugees
// forced from their homes crossed into Chad").
func (c *clauseTags) laterVerb(tags []int, past func(int) bool, k int) bool {
	return tags[k] == c.vbn && has(c.noun, tags[k-1]) && past(k)
}

// clauseStart reports whether the word at k begins a new clause for a
// verb after it: a colon, semicolon or full stop, a relative or
// subordinating word, a conjunction after a comma (", and police
// fired"), or a verb of saying, whose complement clause may follow it
// without "that" ("officials said troops crossed"). A comma alone does
// not: it more often ends a phrase before the subject ("on Monday,")
// or sets off one inside the clause ("a guy, by the way, named Joe").
func (c *clauseTags) clauseStart(tags []int, form func(int) string, k int) bool {
	switch {
	case has(c.stop, tags[k]), has(c.wh, tags[k]), tags[k] == c.in && subordinator(form(k)):
		return true
	case tags[k] == c.cc:
		return k > 0 && tags[k-1] == c.comma
	}
	return has(c.finite, tags[k]) && sayingVerb(form(k))
}

// coordinateVerb reports whether the word at k is a conjunction with a
// finite verb right after it, perhaps after an adverb: a second verb of
// the same subject ("China fired missiles and sent warplanes"), which
// makes the first one finite too, not a verb of its own clause.
func (c *clauseTags) coordinateVerb(tags []int, k int) bool {
	if tags[k] != c.cc {
		return false
	}
	k++
	if k < len(tags) && has(c.adverb, tags[k]) {
		k++
	}
	return k < len(tags) && has(c.finite, tags[k])
}

// boundary reports whether the word at k ends one clause or begins
// another: a comma, colon, semicolon or the sentence's end, a relative
// or question word, or a subordinating conjunction (tagged IN: "that"
// the determiner is none).
func (c *clauseTags) boundary(tags []int, form func(int) string, k int) bool {
	return has(c.end, tags[k]) || has(c.wh, tags[k]) || tags[k] == c.in && subordinator(form(k)) || c.clausalPreposition(tags, form, k)
}

// clausalPreposition reports a word at k that may be a preposition or a
// conjunction ("as", "after") followed by a pronoun that can only be a
// subject: a clause begins there ("as they marched"), for no
// preposition takes "they" as its object.
func (c *clauseTags) clausalPreposition(tags []int, form func(int) string, k int) bool {
	return tags[k] == c.in && eitherSubordinator(form(k)) && k+1 < len(tags) && subjectPronoun(form(k+1))
}

// subjectPronoun reports whether form is a pronoun that can only be a
// subject ("they", unlike "it" or "you").
func subjectPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "i", "he", "she", "we", "they":
		return true
	}
	return false
}

// subordinator reports whether form begins a subordinate clause whatever
// follows it. Words that are also prepositions ("after", "before",
// "since", "until", "as") are left out: "troops deployed after the
// attack were withdrawn" keeps its participle.
func subordinator(form string) bool {
	switch strings.ToLower(form) {
	case "that", "because", "while", "although", "though", "if", "whereas", "unless", "whether":
		return true
	}
	return false
}

// eitherSubordinator reports whether form, tagged IN, may begin a clause
// or a prepositional phrase ("after rebels captured the town", "after
// talks held in Geneva").
func eitherSubordinator(form string) bool {
	switch strings.ToLower(form) {
	case "after", "before", "since", "until", "till", "as", "once":
		return true
	}
	return false
}

// sayingVerb reports whether form is a finite verb of saying or thinking
// that takes a clause without "that" ("said troops crossed the border").
func sayingVerb(form string) bool {
	switch strings.ToLower(form) {
	case "said", "says", "say", "claimed", "claims", "claim", "alleged", "alleges",
		"believe", "believes", "believed", "think", "thinks", "thought",
		"insisted", "insists", "insist", "feared", "fears", "fear":
		return true
	}
	return false
}

// mayBePast reports whether w, spelt form, may be a past tense: a
// regular "-ed" form, which the training data, web text, often saw only
// as a participle ("fired", "attacked"), an irregular one it saw as a
// past tense ("struck", "sent"), or an irregular form of WordNet's that
// is not spelt as a participle alone is ("fought", "fled", "overran":
// the web text seldom or never saw them). A participle spelt otherwise
// ("taken", "seen", "begun") is none.
func (m *Model) mayBePast(w *word, form string) bool {
	lower := strings.ToLower(form)
	if len(form) > 3 && strings.HasSuffix(lower, "ed") || has(w.amb, m.clause.vbd) {
		return true
	}
	return w.wn&wnExcVerb != 0 && !participleSpelling(lower)
}

// participleSpelling reports whether an irregular verb form is spelt as
// only a past participle is: "taken", "shown", "torn", "done", "begun",
// "swum", "sunk". Past tenses end otherwise ("took", "ran", "fled").
func participleSpelling(lower string) bool {
	for _, end := range [...]string{"en", "wn", "rn", "ne", "un", "um", "unk"} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	return false
}

// upperInitial reports whether form begins with an upper-case ASCII
// letter.
func upperInitial(form string) bool { return form != "" && 'A' <= form[0] && form[0] <= 'Z' }
