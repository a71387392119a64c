package event

// Before the sentences: the story's day, each sentence's day, and the
// sentences a story discards (too short, too complex, no actor).

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/when"
)

// mainClauseTime reports whether x dates the sentence's main line ("In
// 1986, Iran asked France ..."; "were injured on Monday when protesters
// threw stones"), not a clause on a noun ("mayors elected in April
// boycotted ..."; "a post that Chile built in 2016"), nor the deed an
// appeal asks for ("urged Peru to act before July"), nor a time before an
// event noun after the clause's verb ("denied any role in the Aug. 30
// bombing"); true when the parse
// is unusable.
func (a *article) mainClauseTime(toks []model.Token, x when.Expression) bool {
	if asideTime(toks, x, -1) {
		return false
	}
	c := a.timeClause(toks, x)
	if c < 0 {
		return !a.t.ok
	}
	// "Chile has denied any role in the Aug. 30 bombing": the bombing's
	// date, after the main verb, not the denial's.
	if a.preNominalTime(toks, x, c) {
		return false
	}
	for steps := 0; c >= 0 && steps < len(toks); c, steps = a.t.head[c], steps+1 {
		switch base(a.t.rel[c]) {
		case "acl":
			if !a.activeParticiple(c) {
				return false
			}
		case "csubj":
			return false
		case "xcomp":
			// "urged Peru to approve the bid before the summit in
			// July": when the deed asked for should be done.
			if h := a.t.head[c]; h >= 0 && askLemmas[strings.ToUpper(toks[h].Lemma)] && a.askedInfinitive(h) == c {
				return false
			}
		}
		if a.commaWhSubject(c) {
			return false
		}
	}
	return true
}

// commaWhSubject reports a clause at c whose subject is "who" or "which"
// right after a comma: a relative clause on the noun before the comma
// ("Netanyahu, who first took office in 1996, met Biden"), whatever
// relation the parse gives it (there, a complement of "met").
func (a *article) commaWhSubject(c int) bool {
	for _, k := range a.t.kids[c] {
		if base(a.t.rel[k]) != "nsubj" || k == 0 || a.toks[k-1].Form != "," {
			continue
		}
		switch strings.ToLower(a.toks[k].Form) {
		case "who", "which":
			return a.xpos(k) == "WP" || a.xpos(k) == "WDT"
		}
	}
	return false
}

// activeParticiple reports a past participle with a direct object that
// the parse hangs on a noun: a finite verb taken for a participle ("Omar
// Lamrani, an analyst at Stratfor, told Business Insider in October 2018
// that ..."), since a participle that modifies a noun is passive and has
// no object.
func (a *article) activeParticiple(c int) bool {
	if a.xpos(c) != "VBN" {
		return false
	}
	for _, k := range a.t.kids[c] {
		if a.t.rel[k] == "obj" {
			return true
		}
	}
	return false
}

// ledeSentences is how many sentences from the top setStoryDay reads: a
// headline, a dateline and the lede.
const ledeSentences = 3

// setStoryDay sets the story's day: the first time expression of the
// story's first sentences that dates a main clause to one day of the
// article's week, up to its date ("TIRANA, Sept 7 (Reuters) - Albania on Wednesday
// severed ..."). A report published the morning after tells of the day
// before, and the events it names without a time are that day's.
func (a *article) setStoryDay(sents []model.Sentence) {
	a.storyDay = nil
	if a.ref.IsZero() {
		return
	}
	for i := range sents[:min(ledeSentences, len(sents))] {
		a.toks = sents[i].Tokens
		a.t.reset(a.toks)
		for _, x := range a.timesIn(sents[i].Span) {
			if x.Precision == when.Day && !x.Possessive && !when.Background(x, a.ref) && !x.From.After(a.ref) && a.mainClauseTime(a.toks, x) {
				a.storyDay = &x
				return
			}
		}
	}
}

// start is what Code and Parseable read before coding any sentence:
// whether the story is discarded, which sentences are, their forms
// upper-cased (see discards) and the actor mentions of each sentence,
// resolved at ref or at the sentence's own past days (sentenceDays, of
// times, the text's time expressions), and the speaker of the
// statement each sentence belongs to, if any (statementPronouns). The
// mentions are nil when the story is discarded.
func (c *Coder) start(doc *nlp.Doc, ref time.Time, times []when.Expression) (story bool, skip []bool, ups [][]string, mentions [][]actor.Mention, voices []actor.Mention) {
	story, skip, ups = c.discards(doc.Sentences)
	if story {
		return true, skip, ups, nil, nil
	}
	// A first sentence that is only a dateline ("VIENNA, June 5 (MPA) -",
	// as package segment splits it) names where the story was filed, not
	// an actor: it is not resolved, so that no later agent takes its
	// country from the filing city.
	first := 0
	if len(doc.Sentences) > 1 {
		if toks := doc.Sentences[0].Tokens; datelineEnd(toks) == len(toks)-1 {
			first = 1
		}
	}
	var own []actor.Dates
	if len(times) > 0 {
		own = sentenceDays(doc.Text, doc.Sentences[first:], times, ref)
	}
	home := c.home(doc)
	// ups are the sentences' forms upper-cased, as the resolver reads
	// them too (ResolveUpper).
	mentions = append(make([][]actor.Mention, first), c.r.ResolveUpper(doc.Sentences[first:], ups[first:], doc.Entities, ref, own, home)...)
	if len(mentions) > 0 {
		mentions[0] = dropDateline(&doc.Sentences[0], mentions[0])
		if c.Forward.Code != "" {
			mentions[0] = forward(&doc.Sentences[0], mentions[0], c.Forward)
		}
	}
	if !c.stems {
		voices = statementPronouns(doc.Text, doc.Sentences, ups, mentions)
	}
	return false, skip, ups, mentions, voices
}

// sentenceDays returns, for each of sents (of text), the past days its
// actors are read at (see actor.Resolver.ResolveDated), from times, the
// time expressions of text found at ref: the middle, last and first day
// (see addDays) of each of the sentence's own expressions when all lie
// before the article's week ("Saddam Hussein invaded Kuwait in 1990",
// "the 1980-88 war"). An expression that opens the sentence before any
// verb comes first, as it dates the main clause ("In 1990, Iraq invaded
// Kuwait, which it had claimed since 1961"), then the others from the
// last. Past days that are a relative clause's ("Netanyahu, who first
// took office in 1996, met Biden": Biden is of today), or that the
// sentence names beside a recent one ("Iran said on Monday that Saddam
// Hussein invaded Kuwait in 1990": the speaker is of today), are read
// only for a name with no role on the article's date. A sentence with no
// expression of its own takes the days of its paragraph's last sentence
// that opened with a past date before any verb ("In 1986, Iran asked
// France ... It demanded"), unless it has a verb in the present or a
// modal: it tells of the time of writing. The parse is not needed
// (Prepare runs before it), so a date that only modifies a noun may date
// its sentence too.
func sentenceDays(text string, sents []model.Sentence, times []when.Expression, ref time.Time) []actor.Dates {
	out := make([]actor.Dates, len(sents))
	var para []time.Time
	breaks, seen, lastPara, k := 0, 0, -1, 0
	for i := range sents {
		s := &sents[i]
		at := max(seen, min(s.Start, len(text)))
		breaks += strings.Count(text[seen:at], "\n")
		seen = at
		if breaks != lastPara {
			lastPara, para = breaks, nil
		}
		for k < len(times) && times[k].Start < s.Start {
			k++
		}
		end, recent := k, false
		for ; end < len(times) && times[end].End <= s.End; end++ {
			recent = recent || !when.Background(times[end], ref)
		}
		var own, aside []time.Time
		opens := end > k && beforeVerb(s.Tokens, times[k].Start)
		if opens {
			own = addDays(own, times[k], ref)
		}
		for j := end - 1; j >= k && !(opens && j == k); j-- {
			if relativeClause(s.Tokens, times[j].Start) {
				aside = addDays(aside, times[j], ref)
			} else {
				own = addDays(own, times[j], ref)
			}
		}
		switch {
		case recent:
			out[i].Also = append(own, aside...)
		case own != nil:
			out[i].Own, out[i].Also = own, aside
			if opens {
				para = own
			}
		case aside != nil:
			out[i].Also = aside
		case !presentOrModal(s.Tokens):
			out[i].Own = para
		}
	}
	return out
}

// addDays appends the middle, the last and the first day of x to days
// when x lies before the week of ref. A year's middle is the likeliest
// day of what it dates, before or after a change the deed itself makes:
// "Iraq invaded Kuwait in 1990" is KWT, not the occupied Kuwait (KWTOCC)
// Phoenix codes from August 1990; "Kosovo declared independence in 2008"
// is KSV, not the UN administration it codes until February 2008.
func addDays(days []time.Time, x when.Expression, ref time.Time) []time.Time {
	if !when.Background(x, ref) {
		return days
	}
	mid := x.From.Add(x.To.Sub(x.From) / 2).Truncate(24 * time.Hour)
	for _, d := range [...]time.Time{mid, x.To, x.From} {
		if !slices.ContainsFunc(days, d.Equal) {
			days = append(days, d)
		}
	}
	return days
}

// relativeClause reports whether a relative pronoun ("who", "which",
// "whose") comes before offset at in its comma-delimited part of toks:
// the time is a relative clause's ("Netanyahu, who first took office in
// 1996, met Biden"), not the sentence's.
func relativeClause(toks []model.Token, at int) bool {
	rel := false
	for _, t := range toks {
		if t.Start >= at {
			break
		}
		switch {
		case t.Form == "," || t.Form == "(" || t.Form == "\u2013" || t.Form == "\u2014":
			rel = false
		case t.XPOS == "WP" || t.XPOS == "WP$" || t.XPOS == "WDT":
			rel = true
		}
	}
	return rel
}

// beforeVerb reports whether no verb of toks begins before offset at.
func beforeVerb(toks []model.Token, at int) bool {
	for _, t := range toks {
		if t.Start >= at {
			return true
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
	}
	return true
}

// presentOrModal reports a sentence with a verb in the present tense or
// a modal ("says", "are", "will").
func presentOrModal(toks []model.Token) bool {
	for _, t := range toks {
		switch t.XPOS {
		case "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// complex reports a sentence with MaxVerbs verbs the dictionary knows or
// MaxConj conjunctions that join no compound actor.
func (c *Coder) complex(s *model.Sentence, ms []actor.Mention) bool {
	if c.MaxVerbs <= 0 && c.MaxConj <= 0 {
		return false
	}
	verbs, conj := 0, 0
	for k, t := range s.Tokens {
		switch {
		case isVerb(t):
			if len(c.d.Verbs(t.Form)) > 0 || t.Lemma != "" && len(c.d.Verbs(t.Lemma)) > 0 {
				verbs++
			}
		case t.UPOS == "CCONJ":
			if !joinsActors(s.Tokens, ms, k) {
				conj++
			}
		}
	}
	return c.MaxVerbs > 0 && verbs >= c.MaxVerbs || c.MaxConj > 0 && conj >= c.MaxConj
}

// joinsActors reports a conjunction at k between two actor mentions
// that it joins into a compound.
func joinsActors(toks []model.Token, ms []actor.Mention, k int) bool {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].End <= k && k < ms[i+1].Start && joined(toks, ms[i].End, ms[i+1].Start) {
			return true
		}
	}
	return false
}

// discardActor reports a mention coded "###", which in TABARI
// dictionaries discards its sentence ("USSR [USR <911226] [###]": the
// sentence is not about a current actor).
func discardActor(ms []actor.Mention) bool {
	for _, m := range ms {
		if m.Code == "###" {
			return true
		}
	}
	return false
}

// short reports a sentence of fewer than MinWords words.
func (c *Coder) short(text string, s *model.Sentence) bool {
	if c.MinWords <= 0 || s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return false
	}
	n := 0
	in := false
	for i := s.Start; i < s.End && n < c.MinWords; i++ {
		sp := text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n < c.MinWords
}

// forward gives the first pronoun of a sentence that stands before every
// actor mention of it, and that nothing resolved, the actor fw.
func forward(s *model.Sentence, ms []actor.Mention, fw model.Actor) []actor.Mention {
	for i, t := range s.Tokens {
		if len(ms) > 0 && ms[0].Start <= i {
			return ms
		}
		switch strings.ToUpper(t.Form) {
		case "HE", "SHE", "IT", "THEY":
		default:
			continue
		}
		m := actor.Mention{Actor: fw, Start: i, End: i + 1, Head: i, Kind: actor.Pronoun}
		m.Span = t.Span
		m.Entry = "forwarded from the story's previous sentence: " + fw.Code
		return append([]actor.Mention{m}, ms...)
	}
	return ms
}

// discards reads the discard phrases of every sentence once: it reports
// whether a story-level phrase occurs (the story is not coded) and, per
// sentence, whether a sentence-level one does (the sentence is not
// coded). Phrases that only date the past do not count.
// It also returns every sentence's words upper-cased, which the coder
// reuses.
func (c *Coder) discards(sents []model.Sentence) (story bool, sent []bool, up [][]string) {
	sent = make([]bool, len(sents))
	up = make([][]string, len(sents))
	for i, s := range sents {
		w := upperForms(s.Tokens[:min(len(s.Tokens), maxTokens)])
		up[i] = w
		for k := range w {
			x, _, ok := c.d.Discard(w[k:])
			if !ok || temporal(x) {
				continue
			}
			if x.Story {
				return true, nil, nil
			}
			sent[i] = true
		}
	}
	return false, sent, up
}

// upperForms returns the forms of toks upper-cased as strings.ToUpper
// does. The ASCII ones, nearly all, are substrings of one string: one
// allocation a sentence instead of one a word (discards made a tenth of
// a run's allocations this way). They are upper-cased into a byte slice
// as they are read, a form with a byte past ASCII given back to
// strings.ToUpper: a strings.Builder written byte by byte checked
// itself at every byte.
func upperForms(toks []model.Token) []string {
	w := make([]string, len(toks))
	n := 0
	for i := range toks {
		n += len(toks[i].Form)
	}
	buf, k := make([]byte, n), 0
	for i := range toks {
		f, start := toks[i].Form, k
		for j := 0; j < len(f); j++ {
			c := f[j]
			if c >= utf8.RuneSelf {
				k = start
				w[i] = strings.ToUpper(f) // never empty, since f is not
				break
			}
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf[k] = c
			k++
		}
	}
	all, off := string(buf[:k]), 0
	for i := range toks {
		if w[i] == "" {
			w[i] = all[off : off+len(toks[i].Form)]
			off += len(toks[i].Form)
		}
	}
	return w
}

// temporal reports a discard phrase that only says the sentence is about
// the past ("1986", "years ago", "the Second World War"): PETRARCH drops
// such sentences, casus
// codes them with their own date and marks them background.
func temporal(x dict.Discard) bool {
	if len(x.Words) == 0 {
		return false
	}
	switch x.Words[len(x.Words)-1] {
	case "AGO", "LATER", "EARLIER":
		return true
	}
	// "the Second World War", "post World War II": a past war named
	// dates what it is said of, as a year does.
	for i := 0; i+1 < len(x.Words); i++ {
		if x.Words[i] == "WORLD" && x.Words[i+1] == "WAR" {
			return true
		}
	}
	for _, w := range x.Words {
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
	}
	return true
}

// home returns the country of the place the story's dateline names
// ("LIMA, March 3 (Reuters) -" is Peru's), the story's home, which a
// titled person the text gives no country is likeliest to be of; "" when
// the first sentence opens with no dateline or it names no country.
func (c *Coder) home(doc *nlp.Doc) string {
	if len(doc.Sentences) == 0 {
		return ""
	}
	s := doc.Sentences[0]
	end := datelineEnd(s.Tokens)
	if end < 0 {
		return ""
	}
	for _, m := range c.r.Resolve([]model.Sentence{s}, doc.Entities, time.Time{})[0] {
		if m.Start < end && m.Country != "" && m.Country == actor.CountryOf(m.Code) {
			return m.Country
		}
	}
	return ""
}
