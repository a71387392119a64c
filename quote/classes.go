package quote

// wordClass has a bit for each word set of the package (speechVerbs,
// clauseStops, ...): the sets a word belongs to, found with one map
// lookup when the word is read (see words), so that the passes over the
// words test a bit where they would look the word up in set after set.
type wordClass uint32

const (
	connectorsClass wordClass = 1 << iota
	particlesClass
	sourceVerbsClass
	speechVerbsClass
	arabicVerbsClass
	reportVerbsClass
	bareClauseVerbsClass
	timeWordsClass
	relativesClass
	labelVerbsClass
	listenerVerbsClass
	subordinatorsClass
	personPronounsClass
	thingPronounsClass
	determinersClass
	descriptorsClass
	titlesClass
	orgWordsClass
	trailingSkipClass
	clauseStopsClass
	prepositionsClass
	anonymityWordsClass
)

// wordClasses maps each word of a set to the classes of the sets that
// hold it. It is read-only.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, s := range []struct {
		c   wordClass
		set map[string]bool
	}{
		{connectorsClass, connectors}, {particlesClass, particles},
		{sourceVerbsClass, sourceVerbs}, {speechVerbsClass, speechVerbs},
		{arabicVerbsClass, arabicVerbs}, {reportVerbsClass, reportVerbs},
		{bareClauseVerbsClass, bareClauseVerbs}, {timeWordsClass, timeWords},
		{relativesClass, relatives}, {labelVerbsClass, labelVerbs},
		{listenerVerbsClass, listenerVerbs}, {subordinatorsClass, subordinators},
		{personPronounsClass, personPronouns}, {thingPronounsClass, thingPronouns},
		{determinersClass, determiners}, {descriptorsClass, descriptors},
		{titlesClass, titles}, {orgWordsClass, orgWords},
		{trailingSkipClass, trailingSkip}, {clauseStopsClass, clauseStops},
		{prepositionsClass, prepositions}, {anonymityWordsClass, anonymityWords},
	} {
		for w := range s.set {
			m[w] |= s.c
		}
	}
	return m
}()

// in reports whether the word, as printed, is in the set of class c.
func (w *word) in(c wordClass) bool { return w.cls&c != 0 }

// lowerIn reports whether the word's lower case is in the set of class c.
func (w *word) lowerIn(c wordClass) bool { return w.lowerCls&c != 0 }
