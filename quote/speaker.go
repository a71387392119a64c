package quote

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// A mention is a noun phrase that may later be referred back to by a
// pronoun or a definite description.
type mention struct {
	pos    int    // byte offset of the phrase
	name   string // the speaker name it resolves to
	desc   string // the phrase, lower case, for "the ministry"
	person bool
}

// names finds the article's full personal names: runs of two or more
// capitalised words that are not organisations, with titles removed.
func (a *analyzer) names() {
	ws := a.ws
	for i := 0; i < len(ws); {
		if !ws[i].cap || ws[i].mark {
			i++
			continue
		}
		j := i
		for j < len(ws) && (ws[j].cap && !ws[j].mark || ws[j].in(particlesClass) && j+1 < len(ws) && (ws[j+1].cap || ws[j+1].in(particlesClass))) && ws[j].sent == ws[i].sent {
			j++
		}
		if s, ok := a.personName(i, j); ok && strings.Contains(s, " ") {
			a.full = append(a.full, s)
		}
		i = j
	}
	for _, e := range a.ents {
		if e.Kind == model.Person && strings.Contains(e.Text, " ") {
			a.full = append(a.full, e.Text)
		}
	}
	a.fullWords = make([][]string, len(a.full))
	for k, f := range a.full {
		a.fullWords[k] = strings.Fields(f)
	}
}

// personName returns the name at the end of the capitalised run ws[a:b]
// without its titles, or false when the run is an organisation or place,
// or is all titles.
func (a *analyzer) personName(i, j int) (string, bool) {
	ws := a.ws
	s := j
	for s > i {
		w := &ws[s-1]
		if w.in(titlesClass) || w.in(orgWordsClass) || w.in(determinersClass) || w.in(prepositionsClass) || w.lowerIn(clauseStopsClass) || isAcronym(w.s) {
			break
		}
		s--
	}
	if s == j {
		return "", false
	}
	for k := s; k < j; k++ {
		if ws[k].in(orgWordsClass) {
			return "", false
		}
	}
	return a.text[ws[s].start:ws[j-1].end], true
}

// isAcronym reports whether s is written in capitals or with periods
// ("NATO", "U.S.").
func isAcronym(s string) bool {
	if len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z' {
		return false // an initial: "S. Jaishankar"
	}
	if strings.Contains(s, ".") {
		return true
	}
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && !isUpperRune(r) {
			return false
		}
		n++
	}
	return n >= 2
}

func isUpperRune(r rune) bool { return isCap(string(r)) }

// fullest returns the longest full name that has name's words at its
// start or end ("Rama" → "Edi Rama", "Jeon" → "Jeon Ha-kyu").
func (a *analyzer) fullest(name string) string {
	nw := strings.Fields(name)
	best, bestLen := name, len(nw)
	for k, f := range a.full {
		fw := a.fullWords[k]
		if len(fw) <= bestLen {
			continue
		}
		if equalWords(fw[:len(nw)], nw) || equalWords(fw[len(fw)-len(nw):], nw) {
			best, bestLen = f, len(fw)
		}
	}
	return best
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolve names the speaker of the noun phrase n: a pronoun or a
// definite description is looked up among the mentions before it; a
// phrase ending in a person's name gives the fullest form of that name;
// any other phrase is kept as printed.
func (a *analyzer) resolve(n np) (name string, person bool) {
	ws := a.ws
	if n.empty() {
		return "", false
	}
	pos := ws[n.a].start
	if n.b-n.a == 1 {
		w := ws[n.a].s
		if personPronouns[w] {
			if m, ok := a.lookup(pos, func(m *mention) bool { return m.person }); ok {
				return m.name, true
			}
			return "", false
		}
		if thingPronouns[w] {
			if m, ok := a.lookup(pos, func(m *mention) bool { return !m.person }); ok {
				return m.name, false
			}
			return "", false
		}
	}
	// "the ministry", "the minister", "the council".
	if n.b-n.a == 2 && (ws[n.a].s == "the" || ws[n.a].s == "The") && ws[n.a+1].lowerIn(descriptorsClass) {
		head := ws[n.a+1].lower
		if m, ok := a.lookup(pos, func(m *mention) bool { return hasWord(m.desc, head) && m.name != "" }); ok {
			return m.name, m.person
		}
	}
	// Entities first.
	for k := len(a.ents) - 1; k >= 0; k-- {
		e := &a.ents[k]
		if e.Kind == model.Person && e.Start >= ws[n.a].start && e.End <= ws[n.b-1].end && e.End == ws[n.b-1].end {
			return a.fullest(e.Text), true
		}
	}
	// A capitalised run at the end of the phrase.
	r := n.b
	for r > n.a && (ws[r-1].cap || ws[r-1].in(particlesClass) && r < n.b) {
		r--
	}
	if r < n.b {
		if s, ok := a.personName(r, n.b); ok && !(r > n.a && ws[r-1].in(connectorsClass)) {
			words := strings.Count(s, " ") + 1
			titled := words < n.b-r || r > n.a && (ws[r-1].lowerIn(descriptorsClass) || isPossessive(&ws[r-1]))
			full := a.fullest(s)
			if words >= 2 || titled || full != s || a.knownPerson(s) {
				return full, true
			}
		}
	}
	return strings.TrimSpace(a.text[ws[n.a].start:ws[n.b-1].end]), false
}

func (a *analyzer) knownPerson(s string) bool {
	for _, e := range a.ents {
		if e.Kind == model.Person && e.Text == s {
			return true
		}
	}
	return false
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// lookup returns the last mention before pos that ok accepts.
func (a *analyzer) lookup(pos int, ok func(*mention) bool) (*mention, bool) {
	for k := len(a.mentions) - 1; k >= 0; k-- {
		m := &a.mentions[k]
		if m.pos < pos && ok(m) {
			return m, true
		}
	}
	return nil, false
}

// mention records n as a mention, resolving it now.
func (a *analyzer) mention(n np) {
	if n.empty() {
		return
	}
	ws := a.ws
	if n.b-n.a == 1 && (ws[n.a].in(personPronounsClass) || ws[n.a].in(thingPronounsClass)) {
		return
	}
	name, person := a.resolve(n)
	if name == "" {
		return
	}
	desc := lowerOf(a.text, a.low, ws[n.a].start, ws[n.b-1].end)
	a.mentions = append(a.mentions, mention{pos: ws[n.a].start, name: name, desc: desc, person: person})
}

// speaker builds the model speaker for a name, with its actor when an
// entity or Options.Actor knows it.
func (a *analyzer) speaker(name string) model.Speaker {
	sp := model.Speaker{Name: name}
	if e := entityFor(a.ents, name); e != nil {
		sp.Actor, sp.Country = e.Actor.Code, e.Actor.Country
		return sp
	}
	if a.opts.Actor != nil {
		if code, country, ok := a.opts.Actor(strings.Fields(name), a.opts.Date); ok {
			sp.Actor, sp.Country = code, country
		}
	}
	return sp
}

// entityFor returns the first of ents with an actor that names the
// speaker name: the same text, or one that ends the other ("Rama" and
// "Edi Rama"), or nil.
func entityFor(ents []model.Entity, name string) *model.Entity {
	for k := range ents {
		e := &ents[k]
		if e.Actor != nil && (e.Text == name || strings.HasSuffix(name, " "+e.Text) || strings.HasSuffix(e.Text, " "+name)) {
			return e
		}
	}
	return nil
}

// SpeakerActors gives each quote whose speaker has no actor the actor of
// an entity that names the speaker, as Find would have had ents carried
// their actors then. Find runs before the event coder, which is what
// resolves most entities' actors (titles, coreference, the dates officials
// held office: Prepared.EntityActors); a caller runs SpeakerActors after
// it so that a quote of "Secretary of State Mike Pompeo" is the US
// government's. quotes is changed in place.
func SpeakerActors(quotes []model.Quote, ents []model.Entity) {
	for i := range quotes {
		sp := &quotes[i].Speaker
		if sp.Actor != "" || sp.Name == "" {
			continue
		}
		if e := entityFor(ents, sp.Name); e != nil {
			sp.Actor, sp.Country = e.Actor.Code, e.Actor.Country
		}
	}
}
