package actor

// People: persons by title, name and surname, sitting leaders, officials
// and their offices.

import (
	"math"
	"strings"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// possessedPerson extends the country mention m over a person the
// entities name right after its possessive at j ("Armenia's Ararat
// Mirzoyan") when the dictionaries do not know the person: news names a
// country's envoy or minister so, and the person is taken as its
// government.
func (st *state) possessedPerson(toks []model.Token, m *Mention, j int) bool {
	if j >= len(toks) || j == 0 || st.entAt[j] < 0 || st.entAt[j] == st.entAt[j-1] {
		return false
	}
	en := st.ents[st.entAt[j]]
	if en.Kind != model.Person && !(en.Kind == model.Misc && st.afterPossessedPerson(m)) {
		return false
	}
	k := j
	for k < len(toks) && st.entAt[k] == st.entAt[j] {
		if en.Kind != model.Person && toks[k].UPOS != "PROPN" {
			return false
		}
		k++
	}
	if k-j < 2 {
		return false // a surname alone may be anyone's
	}
	// "forces in southern Syria's al-Tanf": after "in", "at" or "near"
	// the name is a place, whatever the names model says.
	b := m.Start - 1
	for b > 0 && (toks[b].UPOS == "ADJ" || st.up[b] == "THE") {
		b--
	}
	if b >= 0 && (st.up[b] == "IN" || st.up[b] == "AT" || st.up[b] == "NEAR") {
		return false
	}
	if _, _, n, ok := st.actor(st.up[j:k]); ok && n == k-j {
		return false // a person the dictionaries know
	}
	m.Code = dict.Combine(m.Code, "GOV")
	m.Name = strings.ToUpper(en.Text)
	m.Entry += possessedEntry
	m.End, m.Head, m.Person = k, k-1, true
	return true
}

// possessedEntry ends the Entry of a person named after a country's
// possessive.
const possessedEntry = "; a person written with the country's possessive: its government"

// afterPossessedPerson reports that the country mention m is joined by
// "and" to a person named after another country's possessive just before
// it: "Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov" name
// two ministers, even when the names model calls the second name
// something else.
func (st *state) afterPossessedPerson(m *Mention) bool {
	h := len(st.history) - 1
	if h < st.curAt {
		return false
	}
	a := st.history[h]
	return a.Person && a.possessed() && conjoined(st.up, a.End, m.Start)
}

// partOfPerson reports a dictionary match of the k tokens at i that is
// only part of a longer person's name the entities give, with more of
// the name after it: "Nasser" of "Nasser Kanaani" is not the Nasser the
// dictionaries know, nor "Abdullah" of "Sheikh Abdullah al-Rawi" their
// Abdullah.
func (st *state) partOfPerson(i, k int) bool {
	en := st.entAt
	if i < 0 || i+k >= len(en) || en[i] < 0 || st.ents[en[i]].Kind != model.Person {
		return false
	}
	return en[i+k] == en[i]
}

// newPlace reports a country's or a city's name (code, a bare country
// code) at i right after a capitalised "New" that the dictionaries did not
// read with it: "New England", "New Guinea" and "New Caledonia" are other
// places than England, Guinea and Caledonia.
func newPlace(toks []model.Token, i int, code string) bool {
	return len(code) == 3 && CountryOf(code) == code && i > 0 && toks[i-1].Form == "New"
}

// countryInName reports a country's name (code, a bare country code)
// matched by the k tokens at i that ends a person's name the entities
// give, after a name of the person's own: "Nasser" of "Ali Nasser" is a
// family name, not Egypt.
func (st *state) countryInName(toks []model.Token, i, k int, code string) bool {
	en := st.entAt
	if len(code) != 3 || CountryOf(code) != code || i < 1 || i+k > len(en) || en[i] < 0 || en[i-1] != en[i] || st.ents[en[i]].Kind != model.Person {
		return false
	}
	return capitalised(toks[i-1].Form)
}

// congressMember reports "(D-NY)", "(R-Texas)" or "(I-Vt.)" at i: the
// party and state the US press writes after a member of Congress.
func congressMember(toks []model.Token, i int) bool {
	if i+4 >= len(toks) || toks[i].Form != "(" || toks[i+2].Form != "-" || toks[i+4].Form != ")" {
		return false
	}
	switch toks[i+1].Form {
	case "D", "R", "I":
	default:
		return false
	}
	return capitalised(toks[i+3].Form)
}

// titledName extends m over a person's name after a title ("Prime
// Minister Edi Rama"), taking the person's code when the dictionaries
// know it and registering the name otherwise. agent is the code of a
// title without a country ("~OPP" of "Opposition leader"): when none of
// the person's dated roles covers the article's day, or the title puts
// the person in opposition, the title says what the person is now
// ("Opposition leader Sali Berisha", prime minister until 2013 and so
// dated open-ended in Phoenix, is ALBOPP in 2022; "Former president Ivan
// Duque" is COLELI whatever his dates). owned reports a title
// after a country's possessive, which says whose the person is even
// when the dictionaries give the name another country ("Ithilen's
// minister Calimehtar" is ITHGOV).
func (st *state) titledName(toks []model.Token, m *Mention, agent string, owned bool) {
	if !m.Person || m.End >= len(toks) || !maybeName(toks[m.End]) {
		return
	}
	j := m.End
	if code, e, k, ok := st.actor(st.up[j:]); ok && code != "---" && !st.partOfPerson(j, k) && !(m.Country == "" && namesake(m.Agent, &e)) {
		code = st.dated(code, &e)
		c := CountryOf(code)
		if m.Country == "" || c == m.Country {
			// A bare country code for the person says less than the
			// title did ("Bree Prime Minister Romendacil" is BREGOV). A
			// portfolio the dictionaries hold open-ended says less than
			// the title the article gives ("Israel's foreign minister
			// Gideon Saar" is ISRGOV, not the ISRGOVEDU that Phoenix
			// lists since 2009).
			if (len(code) > len(m.Code) && !st.openPortfolio(m.Code, code, &e)) || m.Country == "" {
				m.Code = code
			}
			if agent != "" && m.Country == "" && len(c) == 3 && (!st.covered(&e) || strings.Contains(agent, "OPP") ||
				strings.Contains(agent, "ELI") || st.openPortfolio(dict.Combine(c, agent), code, &e)) {
				m.Code = dict.Combine(c, agent)
			}
			m.Name, m.Entry, m.Country = e.Name, e.String(), c
			m.End, m.Head = j+k, j+k-1
			m.Kind = Named
			return
		}
		if owned {
			m.Name = e.Name
			m.End, m.Head = j+k, j+k-1
			return
		}
	}
	if !owned && m.Country == "" && st.titledLeader(toks, m, j) {
		return
	}
	// "army chief General Ana Ruiz": a rank between title and name.
	if st.entAt[j] < 0 {
		if k := st.personAt(toks, j); k > j {
			j = k
		}
	}
	j0 := j
	j = st.hyphenedName(toks, j)
	if en, ok := st.entity(j); ok && en.Kind == model.Person {
		k := j
		for k < len(toks) && st.entAt[k] == st.entAt[j] {
			k++
		}
		m.Name = strings.ToUpper(en.Text)
		if j > j0 {
			m.Name = strings.ToUpper(strings.Join(st.words[j0:j], "")) + m.Name
		}
		m.End, m.Head = k, k-1
	}
}

// countryAfterName gives a titled person whose name titledName read but
// whom nothing placed ("Foreign Minister Ana Kovac of Croatia") the
// country that "of" names right after the name, when the country's own
// name ends the phrase: the article says whose minister she is, where
// owner would give her the country her sentence names first, often
// another official's ("Peruvian President Castillo met Foreign Minister
// Ana Kovac of Croatia" is no meeting of two Peruvians). A thing of the
// country ("of Croatia's ruling party") or a former holder's title keeps
// the usual reading; PETRARCH and TABARI (Local) are left as they are.
// It reports whether it placed m, which then spans the country too.
func (st *state) countryAfterName(toks []model.Token, m *Mention, i int, a dict.Agent) bool {
	if st.r.Local || !m.Person || m.Country != "" || m.Name == "" || m.Name == a.Phrase || m.End+1 >= len(toks) || st.up[m.End] != "OF" {
		return false
	}
	code, e, end, ok := st.ofCountry(toks, m.End+1)
	if !ok {
		return false
	}
	c := CountryOf(code)
	st.addSurname(toks, *m, len(st.history))
	m.Code = dict.Combine(code, a.Code)
	if st.former(i) {
		m.Code = dict.Combine(code, "~ELI")
	}
	m.Country, m.agentCode = c, a.Code
	m.Entry = e.String() + "; " + m.Entry
	m.End, m.Kind = end, Named
	return true
}

// titleNoun extends m, an agent that is no person ("Peru's central
// bank", "the army"), over a person's title right after it when a
// person's name follows the title, or a rank and the name ("Peru's
// central bank chief Rita Campos", "army chief General Ana Ruiz"): the
// titled person is the agent's, and titledName then reads the name.
func (st *state) titleNoun(toks []model.Token, m *Mention) {
	j := m.End
	if m.Person || j+1 >= len(toks) || toks[j].UPOS != "NOUN" || isPlural(toks[j]) || !personTitle(st.up[j]) {
		return
	}
	if st.personAt(toks, j+1) < 0 {
		return
	}
	m.End, m.Head, m.Person, m.plural = j+1, j, true, false
}

// rankTitles are the titles (upper-case, singular and plural) of an
// organ's own ranks: after the organ's name they are its members ("the
// Peruvian police commander", "army chiefs").
var rankTitles = map[string]bool{
	"COMMANDER": true, "COMMANDERS": true, "CHIEF": true, "CHIEFS": true,
	"GENERAL": true, "GENERALS": true, "OFFICER": true, "OFFICERS": true,
	"OFFICIAL": true, "OFFICIALS": true, "HEAD": true, "DIRECTOR": true,
}

// organMember extends m, an organ's agent that is no person ("Peruvian
// police", "the army"), over one of rankTitles right after it that no
// person's name follows (titleNoun reads those): "four Peruvian police
// commanders" are the police's, not commanders of the army of whatever
// country the sentence named first, which the title read on its own
// would give.
func (st *state) organMember(toks []model.Token, m *Mention) {
	j := m.End
	if m.Person || m.Agent == "" || j >= len(toks) || toks[j].UPOS != "NOUN" || !rankTitles[st.up[j]] {
		return
	}
	if j+1 < len(toks) && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "PROPN" || toks[j+1].Form == "'s" || toks[j+1].Form == "’s") {
		return
	}
	m.End, m.Head = j+1, j
	m.Person = !isPlural(toks[j])
	m.plural = !m.Person
}

// personAt returns where a person's name that the entities give begins
// at k, or after a rank at k ("General Ana Ruiz", "Gen. Ana Ruiz"), or
// -1.
func (st *state) personAt(toks []model.Token, k int) int {
	if k+1 < len(toks) && maybeName(toks[k]) && toks[k].Form != st.up[k] && st.entAt[k] < 0 && st.rank(k) {
		k++
	}
	if en, ok := st.entity(k); !ok || en.Kind != model.Person || en.Start != toks[k].Start {
		return -1
	}
	return k
}

// rank reports a title word at k that may come before a name: one of
// personTitles ("General") or a one-word military agent ("Gen.", "Col.").
func (st *state) rank(k int) bool {
	if personTitle(st.up[k]) {
		return true
	}
	a, n, ok := st.r.d.AgentEntry(st.up[k:])
	return ok && n == 1 && armedAgent(a.Code)
}

// envoyTo matches, at j after a country's name or possessive, an
// international organisation's name and an envoy's title ("Russia's UN
// ambassador", "the Iranian U.N. envoy"): the country's envoy to the
// organisation, who speaks for the country, not for the organisation.
// It returns the envoy's agent and the words of both.
func (st *state) envoyTo(toks []model.Token, j int) (dict.Agent, int, bool) {
	if j >= len(toks) || !maybeName(toks[j]) {
		return dict.Agent{}, 0, false
	}
	code, _, k, ok := st.actor(st.up[j:])
	if !ok || !strings.HasPrefix(code, "IGO") {
		return dict.Agent{}, 0, false
	}
	// The dictionaries list some envoys with the organisation ("UN
	// envoy" is IGOUNO, the organisation's own envoy when no country
	// comes before it).
	if a, n, ok := st.r.d.AgentEntry(st.up[j+k-1:]); ok && n == 1 && k > 1 && diplomatic(a.Phrase) {
		return a, k, true
	}
	if j+k >= len(toks) || isPunct(toks[j+k]) {
		return dict.Agent{}, 0, false
	}
	a, n, ok := st.r.d.AgentEntry(st.up[j+k:])
	if !ok || !diplomatic(a.Phrase) {
		return dict.Agent{}, 0, false
	}
	return a, k + n, true
}

// hyphenedName returns, for a name's first piece at j that the names
// model left out of a person's name it split at a hyphen ("Kassym -" of
// "Kassym-Jomart Tokayev", "Jean -" of "Jean-Noel Barrot"), or found as a
// person of its own ("Jens" of "Jens-Frederik Nielsen"), the token where
// the rest of that person's name starts; j itself otherwise.
func (st *state) hyphenedName(toks []model.Token, j int) int {
	if j+2 >= len(toks) || !maybeName(toks[j]) || toks[j+1].Form != "-" {
		return j
	}
	if en, ok := st.entity(j); ok && (en.Kind != model.Person || en.Start != toks[j].Start || en.End != toks[j].End) {
		return j
	}
	if en, ok := st.entity(j + 2); ok && en.Kind == model.Person && en.Start == toks[j+2].Start && toks[j+1].End == toks[j+2].Start && toks[j].End == toks[j+1].Start {
		return j + 2
	}
	return j
}

// counterpart widens the country's mention m over "counterpart" after
// it ("his Japanese counterpart", "their Chinese counterparts"): that
// country's actor of the type of the one a possessive before it stands
// for (a defence minister's counterpart is of its military government
// too, a company's a company), else its government.
func (st *state) counterpart(toks []model.Token, m *Mention) {
	typ := "GOV"
	if p := m.Start - 1; p >= 0 && toks[p].XPOS == "PRP$" && len(st.history) > 0 {
		h := st.history[len(st.history)-1]
		if h.Start == p && h.Country != "" && len(h.Code) > len(h.Country) && strings.HasPrefix(h.Code, h.Country) {
			typ = h.Code[len(h.Country):]
		}
	}
	m.Code = m.Country + typ
	m.Agent = "COUNTERPART"
	m.End, m.Head = m.End+1, m.End
	m.Person = !isPlural(toks[m.Head]) && !strings.HasSuffix(st.up[m.Head], "S")
	m.plural = !m.Person
	m.Capital = false
}

// staffNouns are the nouns of a person's staff, whose side they act for.
var staffNouns = map[string]bool{
	"AIDE": true, "AIDES": true, "ADVISER": true, "ADVISERS": true, "ADVISOR": true, "ADVISORS": true,
}

// staffOf widens a person's mention m to the aide or adviser whose
// principal it names after "to" ("a top aide to Zelenskiy", "advisers to
// President X"), not before token lo: staff act for their principal's
// side and take its code. Aides in the plural are no one person.
func staffOf(toks []model.Token, up []string, m *Mention, lo int) {
	if !m.Person || m.Kind == Pronoun || m.Code == "" {
		return
	}
	p := m.Start - 1
	if p >= lo && up[p] == "THE" {
		p--
	}
	if p-1 < lo || up[p] != "TO" || !staffNouns[up[p-1]] || toks[p-1].UPOS != "NOUN" {
		return
	}
	m.Start, m.Head = p-1, p-1
	if isPlural(toks[p-1]) || strings.HasSuffix(up[p-1], "S") {
		m.Person, m.plural = false, true
	}
}

// namesake reports a head of state or government, whom the dictionaries
// know only from the tables of such leaders (every role of e came from
// them), named after the title of a lesser office that gives no country
// ("Defence Minister Pedro Sanchez", "Governor Ana Costa"): a head is not
// written with a minister's or a spokesman's title, so the name is
// another person's who shares it, and the title, placed as fillCountry
// places it, says whose official that person is.
func namesake(title string, e *dict.Entry) bool {
	if len(e.Roles) == 0 {
		return false
	}
	for _, r := range e.Roles {
		if r.Source == "" {
			return false
		}
	}
	return officeTitle(title)
}

// officeTitle reports an agent's title (upper-case) of an office below a
// head of state or government: a minister of a portfolio ("FOREIGN
// MINISTER", "MINISTER OF DEFENCE"; not "PRIME MINISTER"), or one of
// officeWords.
func officeTitle(title string) bool {
	head, _, _ := strings.Cut(title, " OF ")
	words := strings.Fields(head)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "MINISTER" {
		return len(words) > 1 && words[len(words)-2] != "PRIME" && words[len(words)-2] != "FIRST" && words[len(words)-2] != "CHIEF" ||
			len(words) == 1 && strings.Contains(title, " OF ")
	}
	return officeWords[last]
}

// officeWords are the last words of titles of offices no head of state
// or government holds.
var officeWords = map[string]bool{
	"SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true, "AMBASSADOR": true,
	"ENVOY": true, "GOVERNOR": true, "MAYOR": true, "SENATOR": true, "LAWMAKER": true,
	"LEGISLATOR": true, "PARLIAMENTARIAN": true, "JUDGE": true, "PROSECUTOR": true,
	"NEGOTIATOR": true, "ADVISER": true, "ADVISOR": true, "DIPLOMAT": true,
	"COMMISSIONER": true, "DIRECTOR": true,
}

// headTitles are the last words of the titles of a head of state or
// government, which a sitting leader's surname alone may follow.
var headTitles = map[string]bool{"PRESIDENT": true, "PREMIER": true, "CHANCELLOR": true}

// titledLeader resolves a head of state's or government's title with a
// surname alone after it, at j ("President Zelenskyy", "Prime Minister
// Modi"), to the one leader of that surname the dictionaries give a dated
// government role on the day the name is read at, when all such leaders
// are of one country, and reports whether it did; m then covers the
// surname. A title with another name word after the surname, or in the
// plural, or a surname two sitting leaders of different countries share,
// is left as it is.
func (st *state) titledLeader(toks []model.Token, m *Mention, j int) bool {
	if !headTitles[headWord(m.Agent)] && m.Agent != "PRIME MINISTER" || m.End != j || j >= len(toks) {
		return false
	}
	t := toks[j]
	if len(t.Form) < 2 || t.Form[0] < 'A' || t.Form[0] > 'Z' || t.UPOS != "PROPN" && t.UPOS != "" {
		return false
	}
	if k := j + 1; k < len(toks) && (maybeName(toks[k]) && capitalised(toks[k].Form) && !isPunct(toks[k]) || toks[k].Form == "-") {
		return false
	}
	found, code := st.sittingLeader(st.r.leaders[surnameKey(st.up[j])], false)
	if code == "" {
		return false
	}
	m.Code, m.Country = code, CountryOf(code)
	if found != nil {
		m.Name, m.Entry = found.Name, found.String()+"; "+m.Entry
		st.readAt(m, found)
	} else {
		// "Premier Li" when several Li of one government sit: the
		// code is theirs, the name no one's but the surname's.
		m.Name = st.up[j]
	}
	m.End, m.Head = j+1, j
	m.Kind = Named
	return true
}

// govCode reports a country's government code, with or without a sector
// ("UKRGOV", "FRAGOVFRN").
func govCode(code string) bool {
	return len(code) >= 6 && code[3:6] == "GOV"
}

// indexLeaders builds r.leaders: the index of every entry with a role
// whose name has two words or more, by surnameKey of its last word, and
// by its first word too when that has two letters (a family name written
// first: "XI JINPING"). It reads only the entries' names (dict.RoledNames),
// decoding none of them.
func (r *Resolver) indexLeaders() {
	st := r.d.Stats()
	r.leaders = make(map[string][]int32, st.Entries-st.Codeless)
	r.d.RoledNames(func(i int, name string) {
		k := strings.LastIndexByte(name, ' ')
		if k < 0 {
			return
		}
		key := surnameKey(name[k+1:])
		r.leaders[key] = append(r.leaders[key], int32(i))
		// "XI JINPING", "LI QIANG": a Chinese or Korean name opens
		// with the family name; one of two letters (see shortSurname)
		// is indexed too.
		if j := strings.IndexByte(name, ' '); j == 2 {
			r.leaders[name[:j]] = append(r.leaders[name[:j]], int32(i))
		}
	})
}

// bareLeaderWords reports whether the word at i may be a surname
// bareLeader resolves (a capitalised proper noun of four letters or
// more, where leaders are read), which bareLeader tests first: at1 tests
// it before calling bareLeader (see at1).
func (st *state) bareLeaderWords(toks []model.Token, i int) bool {
	t := &toks[i]
	return !st.r.Local && !st.r.d.AnyCase() && len(t.Form) >= 4 && 'A' <= t.Form[0] && t.Form[0] <= 'Z' && t.UPOS == "PROPN"
}

// bareLeader resolves a surname alone at i, a name of one word that is
// no place ("Macron said"), when every entry of the dictionaries with
// that surname is a leader with a dated government role of one country
// on the day read, and the article has named that country before:
// "Modi" is INDGOV in 2019 after "India"; "Johnson" and "Khan", which
// other people bear, are no one.
func (st *state) bareLeader(toks []model.Token, i int) (Mention, bool) {
	if !st.bareLeaderWords(toks, i) {
		return Mention{}, false
	}
	t := toks[i]
	// One word, not a place, that no other name word joins ("Modi",
	// not "Modi Road" or "Sanjay Modi"); the names model may take a
	// surname alone for an organisation.
	if en, ok := st.entity(i); ok && (en.Kind == model.Location || en.Start != t.Start || en.End != t.End) {
		return Mention{}, false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(toks) && toks[k].UPOS == "PROPN" && capitalised(toks[k].Form) {
			return Mention{}, false
		}
	}
	found, code := st.sittingLeader(st.r.leaders[surnameKey(st.up[i])], true)
	if code == "" {
		return Mention{}, false
	}
	// "Morrison" is Australia's prime minister only in a story that has
	// named Australia (or its people, capital or government) before.
	named := false
	for _, h := range st.history {
		if h.Country == CountryOf(code) {
			named = true
			break
		}
	}
	if !named {
		return Mention{}, false
	}
	m := Mention{Start: i, End: i + 1, Head: i, Kind: Named, Person: true}
	m.Code, m.Country = code, CountryOf(code)
	if found == nil {
		m.Name = st.up[i]
		return m, true
	}
	m.Name, m.Entry = found.Name, found.String()
	st.readAt(&m, found)
	return m, true
}

// sittingLeader returns, of the entries of one surname (their indexes
// in the dictionaries, es), the one leader
// with a dated government role on the day each is read at, and that
// role's code, when all such leaders are of one country; else nil. When
// several such leaders sit, it returns no entry and their country's
// government ("Premier Li" is CHNGOV but names none of the Li who sit:
// LI BAODONG is not LI QIANG). With
// all, every entry must be such a leader (a surname alone: "Johnson",
// which other people bear, is no one); without, the entries that are not
// are passed over (a surname after a head's title: "President Macron").
func (st *state) sittingLeader(es []int32, all bool) (*dict.Entry, string) {
	var found *dict.Entry
	code, several := "", false
	for _, i := range es {
		e := st.r.d.Entry(int(i))
		c := ""
		if at := st.dayOf(e); !at.IsZero() {
			for _, r := range e.Roles {
				if r.Dated() && r.Covers(dict.DayOf(at)) && govCode(r.Code) {
					c = r.Code
					break
				}
			}
		}
		if c == "" {
			if all {
				return nil, ""
			}
			continue
		}
		if code != "" && CountryOf(c) != CountryOf(code) {
			return nil, ""
		}
		if code == "" {
			found, code = e, c
		} else {
			several = true
		}
	}
	if several {
		return nil, CountryOf(code) + "GOV"
	}
	return found, code
}

// readAt records the day the entry e of the mention m is read at, so that
// its dated roles are read on that day (Mention.dated).
func (st *state) readAt(m *Mention, e *dict.Entry) {
	if len(st.datedRoles) < math.MaxInt32 {
		st.datedRoles = append(st.datedRoles, readRoles{roles: e.Roles, day: dict.DayOf(st.dayOf(e))})
		m.dated = int32(len(st.datedRoles))
	}
}

// personPossessor returns the person of the current sentence whose
// possessive comes right before token i, when a country is known for
// them ("Saddam Hussein's army" read in 1990), or whose name does, as
// news names a government or a force by its leader ("the Trump
// administration", "Haftar forces"): a name, or a surname standing for
// one, not a title or a pronoun.
func (st *state) personPossessor(i int) *Mention {
	if i < 1 || len(st.history) <= st.curAt {
		return nil
	}
	p := &st.history[len(st.history)-1]
	switch {
	case i >= 2 && possessiveUp(st.up[i-1]) && p.End == i-1:
	case p.End == i && (p.Kind == Named || p.Kind == Surname):
	default:
		return nil
	}
	if !p.Person || p.Country == "" || p.Country != CountryOf(p.Code) {
		return nil
	}
	return p
}

// titledAgent makes an agent that is no person, followed by one or two
// lower-case singular nouns and a person's name set off by commas, the
// person those nouns name ("the chief government mediator, Ana
// Quispe, said" is one of the government's people, and a later "Quispe"
// is too): the name after the comma says that the nouns are a title.
// Without the name it leaves the mention alone ("the government
// plan, which").
func (st *state) titledAgent(toks []model.Token, m *Mention) {
	if m.Person || m.Agent == "" || m.Kind != Agent && m.Kind != Named {
		return
	}
	j := m.End
	for j < len(toks) && j-m.End < 2 && toks[j].UPOS == "NOUN" && !isPlural(toks[j]) && !maybeName(toks[j]) && st.entAt[j] < 0 {
		j++
	}
	if j == m.End || j+1 >= len(toks) || toks[j].Form != "," {
		return
	}
	if e := st.entAt[j+1]; e < 0 || st.ents[e].Kind != model.Person {
		return
	}
	m.End, m.Head, m.Person = j, j-1, true
}

// appositive remembers the name of a person set off by commas right
// after the title at j ("Ukraine's foreign minister, Dmytro Kuleba,
// said") as the name of the titled person h, when the dictionaries do
// not know it: a later "Kuleba" is that minister.
func (st *state) appositive(toks []model.Token, j, h int) {
	// "Peru's ambassador to Chile, Ana Lind,": the post between the
	// title and the name.
	if j > 0 && j < len(toks) && st.up[j-1] == "TO" {
		if code, _, k, ok := st.actor(st.up[j:]); ok && len(code) == 3 {
			j += k
		}
	}
	// "Qatar's minister of state at the foreign ministry, Ali Said,":
	// the office the post is held in, between the title and the name.
	if j < len(toks) && (st.up[j] == "AT" || st.up[j] == "IN") {
		if k := st.officeEnd(toks, j+1); k >= 0 {
			j = k
		}
	}
	if j+2 >= len(toks) || toks[j].Form != "," {
		return
	}
	if en, ok := st.entity(j - 1); ok && en.Kind == model.Person {
		return // the title has its name already: a list follows
	}
	e := st.entAt[j+1]
	if e < 0 || st.ents[e].Kind != model.Person || st.entAt[j] == e {
		return
	}
	k := j + 1
	for k < len(toks) && st.entAt[k] == e {
		k++
	}
	// A name of one word ("his Indonesian counterpart, Sugiono,") is
	// one too where the tagger and the entities both say so and a
	// comma closes it.
	one := k-(j+1) == 1 && toks[j+1].UPOS == "PROPN" && k < len(toks)
	if k-(j+1) < 2 && !one || k < len(toks) && toks[k].Form != "," {
		return
	}
	if _, _, n, ok := st.actor(st.up[j+1 : k]); ok && n > 0 {
		return
	}
	st.addSurname(toks, Mention{Start: j + 1, End: k}, h)
}

// officeEnd returns, for the words from k on after "at" or "in" that
// name the office a post is held in ("the foreign ministry", "the
// Ministry of Defence"), the index of the comma that closes them: up to
// five determiners, adjectives, nouns, names and "of", none of them a
// person's name. It returns -1 where no such comma follows.
func (st *state) officeEnd(toks []model.Token, k int) int {
	for n := 0; k < len(toks) && n <= 5; n, k = n+1, k+1 {
		if toks[k].Form == "," {
			if n == 0 {
				return -1
			}
			return k
		}
		if e := st.entAt[k]; e >= 0 && st.ents[e].Kind == model.Person {
			return -1
		}
		switch toks[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN":
		default:
			if st.up[k] != "OF" {
				return -1
			}
		}
	}
	return -1
}

// describedBefore remembers the name of a person set off by a comma
// right before the title at start that describes it ("Kurt Volker, the
// US special envoy to Ukraine, testified"), past the title's article and
// modifiers, as the name of the titled person h, when the dictionaries
// do not know it: a later "Volker" is that envoy.
func (st *state) describedBefore(toks []model.Token, start, h int) {
	p := st.nameComma(toks, start)
	if p < 0 {
		return
	}
	e := st.entAt[p-1]
	k := p - 1
	for k > 0 && st.entAt[k-1] == e {
		k--
	}
	if p-k < 2 {
		return
	}
	// "President Zelenskiy, the Ukrainian leader": a name the
	// dictionaries know is its own.
	if _, _, n, ok := st.actor(st.up[k:p]); ok && n > 0 {
		return
	}
	for _, m := range st.history[st.curAt:] {
		if m.End > k && m.Start < p {
			return
		}
	}
	st.addSurname(toks, Mention{Start: k, End: p}, h)
}

// addSurname remembers the last word of a person's name, and the first
// word of a name the entities give whole, where Chinese and Korean names
// put the family name ("Lai" of "Lai Ching-te", "Yoon" of "Yoon Suk
// Yeol"): the first word never replaces a surname already remembered.
func (st *state) addSurname(toks []model.Token, m Mention, h int) {
	end := m.End
	// "Ferdinand Marcos Jr.": the surname is before the generation.
	if end-2 > m.Start && generations[st.up[end-1]] {
		end--
	}
	if last := toks[end-1]; maybeName(last) && (len(last.Form) >= 3 || shortSurname(last)) {
		st.surnames[surnameKey(strings.ToUpper(last.Form))] = h
	}
	first := m.Start
	for first < m.End && (st.entAt[first] < 0 || st.ents[st.entAt[first]].Kind != model.Person) {
		first++
	}
	if first >= m.End-1 || st.entAt[first+1] != st.entAt[first] || len(toks[first].Form) < 3 && !shortSurname(toks[first]) || !maybeName(toks[first]) {
		return
	}
	if k := surnameKey(strings.ToUpper(toks[first].Form)); !st.hasSurname(k) {
		st.surnames[k] = h
	}
	st.middleNames(toks, first, end, h)
}

// middleNames remembers, for a person's name of three words or more from
// first to end, a capitalised word right before a lower-case particle
// inside it as a name the person also goes by ("Lula" of "Luiz Inacio
// Lula da Silva"), where Portuguese and Spanish names put the name
// used alone; never one already remembered, nor one of fewer than four
// letters. Other middle words ("Sheikh" of "Hassan Sheikh Mohamud",
// "Ghani" of "Abdul Ghani Baradar") are titles or given names, which
// stand alone for someone else.
func (st *state) middleNames(toks []model.Token, first, end, h int) {
	e := st.entAt[first]
	if end-first < 3 || st.entAt[end-1] != e {
		return
	}
	for k := first + 1; k < end-2; k++ {
		t := toks[k]
		if st.entAt[k] != e || st.entAt[k+1] != e || !nameParticles[toks[k+1].Form] || len(t.Form) < 4 || !maybeName(t) || t.Form[0] < 'A' || t.Form[0] > 'Z' {
			continue
		}
		if w := surnameKey(st.up[k]); !st.hasSurname(w) {
			st.surnames[w] = h
		}
	}
}

// nameParticles are the lower-case words inside Portuguese, Spanish,
// Dutch, German and Italian family names.
var nameParticles = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true,
	"van": true, "von": true, "di": true, "du": true,
}

// generations are the upper-case words that may end a person's name
// after the surname.
var generations = map[string]bool{"JR.": true, "JR": true, "SR.": true, "SR": true, "II": true, "III": true, "IV": true}

// shortSurname reports a two-letter word that may be a family name
// opening a Chinese or Korean name ("Xi" of "Xi Jinping", "Li" of "Li
// Qiang"): tagged as a name, a capital and a small letter, and no
// English word ("He", "Oh", "So" are pronouns, interjections and
// adverbs as often as names).
func shortSurname(t model.Token) bool {
	f := t.Form
	if len(f) != 2 || t.UPOS != "PROPN" || f[0] < 'A' || f[0] > 'Z' || f[1] < 'a' || f[1] > 'z' {
		return false
	}
	return !englishTwoLetter[strings.ToUpper(f)]
}

// englishTwoLetter are the upper-case English words of two letters, which
// are never read as a short surname.
var englishTwoLetter = map[string]bool{
	"AH": true, "AM": true, "AN": true, "AS": true, "AT": true, "BE": true, "BY": true,
	"DO": true, "GO": true, "HE": true, "HI": true, "IF": true, "IN": true, "IS": true,
	"IT": true, "ME": true, "MY": true, "NO": true, "OF": true, "OH": true, "OK": true,
	"ON": true, "OR": true, "OX": true, "SO": true, "TO": true, "UP": true, "US": true,
	"WE": true, "YE": true,
}

func (st *state) hasSurname(k string) bool {
	_, ok := st.surnames[k]
	return ok
}

// surnameKey folds the interchangeable English spellings of a Slavic
// surname's final vowel (ZELENSKYY, ZELENSKIY, ZELENSKI) to one (-SKY),
// for surnames of six letters or more; other words are returned as they
// are.
func surnameKey(w string) string {
	if len(w) < 6 {
		return w
	}
	for _, x := range [...]string{"SKYY", "SKIY", "SKYI", "SKI"} {
		if strings.HasSuffix(w, x) {
			return w[:len(w)-len(x)] + "SKY"
		}
	}
	return w
}

// personSurname reports a capitalised word at i, not followed by another
// name, that is the last word of a person's name of two words or more
// that the entities give earlier in the article ("King" after "Kevin
// King").
func (st *state) personSurname(toks []model.Token, i int) bool {
	t := toks[i]
	if t.Form == "" || t.Form[0] < 'A' || t.Form[0] > 'Z' {
		return false
	}
	if j := i + 1; j < len(toks) && capitalised(toks[j].Form) && !isPunct(toks[j]) {
		return false
	}
	for _, e := range st.ents {
		if e.Start >= t.Start {
			break
		}
		if e.Kind != model.Person || e.End > t.Start {
			continue
		}
		ws := strings.Fields(e.Text)
		if len(ws) >= 2 && strings.EqualFold(ws[len(ws)-1], t.Form) {
			return true
		}
	}
	return false
}

// honorifics are the upper-case courtesy titles that may come before a
// surname inside a person's name without naming another person.
var honorifics = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "MISS": true, "DR": true, "SIR": true,
	"DAME": true, "LORD": true, "LADY": true, "PROF": true,
}

// setOff reports that tokens j to i (i included) are one person entity's:
// the name set off after a title's comma that i is part of.
func (st *state) setOff(j, i int) bool {
	e := st.entAt[j]
	if e < 0 || st.ents[e].Kind != model.Person {
		return false
	}
	for k := j; k <= i; k++ {
		if st.entAt[k] != e {
			return false
		}
	}
	return true
}

// surnameWords reports whether the word at i may be a name once the
// article has remembered a surname, which surname tests first: at1 tests
// it before calling surname (see at1).
func (st *state) surnameWords(toks []model.Token, i int) bool {
	return len(st.surnames) > 0 && maybeName(toks[i])
}

// surname matches a person named in full earlier in the article.
func (st *state) surname(toks []model.Token, i int) (Mention, bool) {
	if !maybeName(toks[i]) || len(st.surnames) == 0 || len(toks[i].Form) == 2 && !shortSurname(toks[i]) {
		return Mention{}, false
	}
	h, ok := st.surnames[surnameKey(st.up[i])]
	if !ok || h >= len(st.history) {
		return Mention{}, false
	}
	ant := st.history[h]
	// "his Indonesian counterpart, Sugiono,": the name set off right
	// after the title it was remembered for (appositive) is that
	// mention's own, no second mention of the person.
	if h >= st.curAt && ant.End < i && toks[ant.End].Form == "," && st.setOff(ant.End+1, i) {
		return Mention{}, false
	}
	// "Melania Trump" after "Donald Trump": a surname after another given
	// name in the same person's name is someone else's ("Mr. Trump" and
	// "Donald J. Trump" are still the person).
	if j := i - 1; j >= 0 && st.entAt[i] >= 0 && st.entAt[j] == st.entAt[i] && maybeName(toks[j]) &&
		!strings.HasSuffix(toks[j].Form, ".") && len(toks[j].Form) > 1 && !honorifics[st.up[j]] &&
		!strings.Contains(" "+ant.Name+" ", " "+st.up[j]+" ") {
		if _, _, ok := st.r.d.AgentEntry(st.up[j : j+1]); !ok {
			return Mention{}, false
		}
	}
	end := i + 1
	// "Asad Umar" after "Bashar al-Asad": a name the surname only begins
	// is someone else's; the person's own name again ("Hou Yu-ih") is
	// the person.
	if j := i + 1; j < len(toks) && st.entAt[i] >= 0 && st.entAt[j] == st.entAt[i] && maybeName(toks[j]) && !isPunct(toks[j]) &&
		capitalised(toks[j].Form) {
		en := st.ents[st.entAt[i]]
		if !strings.Contains(ant.Name, strings.ToUpper(en.Text)) {
			return Mention{}, false
		}
		for end < len(toks) && st.entAt[end] == st.entAt[i] {
			end++
		}
	}
	// "In 1990, Saddam Hussein invaded Kuwait. ... Hussein was executed
	// in 2006": a surname in a sentence read at another day than its
	// antecedent's takes the role of that day, and none when there is
	// none, as the full name would.
	// "Rama 's government".
	m := Mention{Start: i, End: end, Head: i, Kind: Surname, Person: true, Antecedent: ant.Span}
	m.Actor = model.Actor{Code: ant.Code, Name: ant.Name, Country: ant.Country, Entry: ant.Entry}
	m.dated = ant.dated
	if !st.redate(&m) {
		return Mention{}, false
	}
	return m, true
}

// redate gives m, a surname or pronoun that stands for a named mention
// with dated roles (Mention.dated), the role of its own sentence's day
// when that day differs from the one the name was read at, and reports
// false when the name has no role then ("He" in a sentence of today
// after "In 1990, Saddam Hussein invaded Kuwait"). A code the roles did
// not give as they stand (one a title changed) is kept.
func (st *state) redate(m *Mention) bool {
	if m.dated <= 0 || int(m.dated) > len(st.datedRoles) {
		return true
	}
	rr := st.datedRoles[m.dated-1]
	e := dict.Entry{Roles: rr.roles}
	if was, _ := e.Code(rr.day); was != m.Code {
		return true
	}
	day := dict.DayOf(st.dayOf(&e))
	if day == rr.day {
		return true
	}
	c, ok := e.Code(day)
	if !ok || c == "" || c == "---" {
		return false
	}
	m.Code, m.Country = c, CountryOf(c)
	return true
}

// personTitles are the agent words that name one person.
var personTitles = []string{
	"MINISTER", "PRESIDENT", "PREMIER", "CHANCELLOR", "SPOKESMAN", "SPOKESWOMAN",
	"SPOKESPERSON", "LEADER", "CHIEF", "SECRETARY", "AMBASSADOR", "ENVOY", "KING",
	"QUEEN", "PRINCE", "GENERAL", "COMMANDER", "SENATOR", "GOVERNOR", "MAYOR",
	"OFFICIAL", "DIPLOMAT", "MONARCH", "SPEAKER", "DIRECTOR", "HEAD", "COMMISSIONER",
	"LAWMAKER", "LEGISLATOR", "PARLIAMENTARIAN", "JUDGE", "PROSECUTOR", "NEGOTIATOR",
	"ADVISER", "ADVISOR", "CHAIRMAN", "CHAIRWOMAN",
	// Military ranks before a name ("Colonel Ana Ruiz", "Capt. Luis
	// Mora"), as GENERAL is: one person, whose name the dictionaries
	// may know in a role of their own (a ruling officer is GOV).
	"COLONEL", "COL.", "CAPTAIN", "CAPT.", "ADMIRAL", "ADM.", "LIEUTENANT",
	"LT.", "MAJ.", "GEN.", "MARSHAL", "CORPORAL", "SERGEANT",
}

func personTitle(phrase string) bool {
	// "SECRETARY OF STATE", "MINISTER OF FOREIGN AFFAIRS": the title is
	// the head before "of".
	phrase, _, _ = strings.Cut(phrase, " OF ")
	last := headWord(phrase)
	for _, t := range personTitles {
		if last == t {
			return true
		}
	}
	return false
}

// personNouns are the heads of agent phrases that say what one person
// is by occupation or standing, not by office ("lawyer", "activist",
// "businessman"). News writes one before a person's name at the first
// mention ("opposition activist Carlos Mendez") and the surname alone
// after it, as it does a title.
var personNouns = map[string]bool{
	"ACTIVIST": true, "DISSIDENT": true, "CAMPAIGNER": true, "PROTESTER": true, "DEMONSTRATOR": true,
	"LAWYER": true, "ATTORNEY": true, "JOURNALIST": true, "REPORTER": true, "CORRESPONDENT": true,
	"BLOGGER": true, "WRITER": true, "PROFESSOR": true, "ECONOMIST": true, "SCHOLAR": true,
	"STUDENT": true, "TEACHER": true, "DOCTOR": true, "PHYSICIAN": true, "SURGEON": true, "NURSE": true,
	"CLERIC": true, "PRIEST": true, "BISHOP": true, "IMAM": true, "RABBI": true, "POLITICIAN": true,
	"MP": true, "BUSINESSMAN": true, "BUSINESSWOMAN": true, "TYCOON": true, "ENTREPRENEUR": true,
	"INVESTOR": true, "TRADER": true, "SOLDIER": true, "MILITANT": true, "REBEL": true,
	"INSURGENT": true, "FIGHTER": true, "GUNMAN": true, "DETAINEE": true, "SMUGGLER": true,
	"CONVICT": true, "KILLER": true, "PEDOPHILE": true, "WORKER": true, "FARMER": true,
	"ENGINEER": true, "SCIENTIST": true, "CITIZEN": true, "RESIDENT": true,
	"EMPLOYEE": true, "SHOPKEEPER": true, "CLERK": true, "CASHIER": true, "DRIVER": true,
	"WITNESS": true, "VICTIM": true, "NEIGHBOR": true, "NEIGHBOUR": true, "OWNER": true,
}

// onePerson reports an agent phrase from start to head that names one
// person: a title in the singular ("minister"), or, in news (not Local),
// one of personNouns in the singular next to a person's name the
// entities give, which is that person: right before the name ("Kenyan
// lawyer Ann Wanjiru"), so that titledName reads it, or set off by a
// comma right after it ("Paul Essono, a Cameroonian journalist,"), so
// that describedBefore remembers it. A later surname ("Wanjiru") or
// pronoun then stands for that person. Without a name beside it, a bare
// "the lawyer" stays the agent it was.
func (st *state) onePerson(toks []model.Token, phrase string, start, head int) bool {
	if isPlural(toks[head]) {
		return false
	}
	if personTitle(phrase) {
		return true
	}
	return !st.r.Local && personNouns[headWord(phrase)] && (st.nameStarts(toks, head+1) || st.apposedToName(toks, start))
}

// apposedToName reports a phrase at start that follows a person's name
// the entities give and a comma ("Ana Ruiz, a Peruvian economist"), as
// describedBefore reads one (nameComma).
func (st *state) apposedToName(toks []model.Token, start int) bool {
	return st.nameComma(toks, start) >= 0
}

// nameComma returns the index of the comma that sets the phrase at start
// off from a person's name the entities give right before it ("Kurt
// Volker, the US special envoy", "Ana Ruiz, a Peruvian economist"), past
// up to three articles and adjectives that are no name, or -1. The name
// ends at the comma, which is not part of it.
func (st *state) nameComma(toks []model.Token, start int) int {
	p := start - 1
	for p >= 0 && p >= start-3 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ") && !maybeName(toks[p]) {
		p--
	}
	if p < 1 || toks[p].Form != "," {
		return -1
	}
	en, ok := st.entity(p - 1)
	if !ok || en.Kind != model.Person || st.entAt[p] == st.entAt[p-1] || en.End != toks[p-1].End {
		return -1
	}
	return p
}

// nameStarts reports a person's name the entities give that begins at
// token j, capitalised.
func (st *state) nameStarts(toks []model.Token, j int) bool {
	en, ok := st.entity(j)
	return ok && en.Kind == model.Person && st.entAt[j-1] != st.entAt[j] && maybeName(toks[j])
}

// postTitle reports a person's title that names its post after "to"
// ("AMBASSADOR TO" of "Peru's ambassador to Chile"): a person's title,
// though the mention, which ends at "to", is not that person's name.
func postTitle(phrase string) bool {
	t, ok := strings.CutSuffix(phrase, " TO")
	return ok && personTitle(t)
}

// maybeName reports whether a token could begin or be part of a name:
// capitalised, or not tagged at all.
func maybeName(t model.Token) bool {
	if t.Form == "" {
		return false
	}
	c := t.Form[0]
	if c >= 'a' && c <= 'z' {
		// Lower-case words name actors only as agents ("police"), which
		// the dictionaries of agents cover; a few actor entries are
		// lower-case common words, taken only when tagged as names.
		return t.UPOS == "PROPN"
	}
	return true
}

// congressParties are the countries whose news calls a party "the
// Congress", with the words of that party's dictionary entry.
var congressParties = map[string][]string{
	"IND": {"INDIAN", "NATIONAL", "CONGRESS"},
}

// partyCongress reads "the Congress" of a country whose Congress is a
// party, not its legislature, as that party's entry on the article's
// date ("The Congress demanded the prime minister's intervention" in
// an Indian story is INDOPP in 2019, not INDLEG).
func (st *state) partyCongress(m *Mention) {
	words, ok := congressParties[m.Country]
	if !ok || m.Kind != Agent || m.Agent != "CONGRESS" || !strings.HasSuffix(m.Code, "LEG") {
		return
	}
	code, e, n, ok := st.actor(words)
	if !ok || n != len(words) || CountryOf(code) != m.Country {
		return
	}
	m.Code, m.Name, m.Entry = code, e.Name, e.String()
}

// foreignSenate reads a bare "Senate", which Phoenix lists as the United
// States Congress (SENATE_) as well as a legislature of any country (the
// agent SENATE, ~LEG), as the legislature of the story's country in a
// story that has not named the United States and is not filed from
// there: "Hun Sen, who now heads the Senate" in a story on Cambodia is
// KHMLEG, not USAGOVLEG. A qualified name ("the U.S. Senate") is the
// dictionaries' still; PETRARCH and TABARI (Local) keep Phoenix's reading.
func (st *state) foreignSenate(m *Mention) {
	if st.r.Local || m.Kind != Named || m.words != "SENATE" || CountryOf(m.Code) != "USA" || st.home == "USA" {
		return
	}
	for _, h := range st.history {
		if h.Country == "USA" && h.Kind != Pronoun {
			return
		}
	}
	c := st.bareCountry("~LEG", false, false, m.Start)
	if c == "" || c == "USA" {
		return
	}
	m.Code, m.Country, m.Kind, m.Agent = dict.Combine(c, "~LEG"), c, Agent, "SENATE"
	m.Entry = agentEntry + "SENATE (a legislature of the story's country)"
}

// regionLeadersWords reports whether the word at i has a word after it
// and is "allied", or the article has named a region's organisation
// (st.regions): no other word is a region's adjective that
// regionLeaders reads. at1 tests it before calling regionLeaders (see
// at1).
func (st *state) regionLeadersWords(i int) bool {
	return i+1 < len(st.up) && (len(st.regions) > 0 || st.up[i] == "ALLIED")
}

// regionLeaders reads a region's adjective before leaders or ministers
// ("African leaders meeting in Addis Ababa") as the region's
// organisation when the article names one ("the African Union"): they
// meet and speak as it; so "allied" before members or forces ("allied
// ships") when the article has named NATO before. Without one, the
// phrase is left alone.
func (st *state) regionLeaders(i int) (Mention, bool) {
	if i+1 >= len(st.up) {
		return Mention{}, false
	}
	code := st.regions[st.up[i]]
	if st.up[i] == "ALLIED" {
		if st.r.Local {
			return Mention{}, false
		}
		code = st.namedBefore("IGOWSTNAT")
		if !allianceHeads[st.up[i+1]] {
			return Mention{}, false
		}
	} else if !regionHeads[st.up[i+1]] {
		return Mention{}, false
	}
	if code == "" {
		return Mention{}, false
	}
	m := Mention{Start: i, End: i + 2, Head: i + 1, Kind: Agent, Agent: st.up[i+1], plural: true}
	m.Code, m.Name = code, st.up[i]+" "+st.up[i+1]
	return m, true
}

// officeModifiers are the words (upper-case) that may stand between
// "their" and an office of theirOffices ("their foreign ministers").
var officeModifiers = map[string]bool{
	"FOREIGN": true, "DEFENCE": true, "DEFENSE": true, "PRIME": true, "INTERIOR": true,
	"TRADE": true, "FINANCE": true, "ECONOMY": true, "ENERGY": true,
}

// officeNouns are the plural nouns (upper-case) of a government's
// office-holders, bodies and envoys that theirOffices reads ("their
// energy ministries held talks", "their delegations met").
var officeNouns = map[string]bool{
	"MINISTERS": true, "LEADERS": true, "PRESIDENTS": true, "PREMIERS": true, "GOVERNMENTS": true,
	"SECRETARIES": true, "MINISTRIES": true, "DELEGATIONS": true, "NEGOTIATORS": true, "ENVOYS": true,
}

// theirOffices resolves "their foreign ministers", "their leaders" and
// the like at i, in the sentence that said "the two countries" (or
// "both governments", "the two leaders") or the next, to the
// governments of that pair, at these tokens ("Tension between the two
// neighbours has grown ... A meeting of their foreign ministers"), or of
// the list of two countries named last there ("Tension between Iran and
// Azerbaijan has grown. Their foreign ministers met"): each office-holder
// is of one of the two. Nil where neither was said there.
func (st *state) theirOffices(toks []model.Token, i int) []Mention {
	if i+1 >= len(toks) || st.up[i] != "THEIR" {
		return nil
	}
	pairs := st.pairs
	if len(pairs) != 2 || st.nsent-st.pairAt > 1 {
		pairs = st.lastTwo()
	}
	if len(pairs) != 2 {
		return nil
	}
	j := i + 1
	for j < len(toks) && j <= i+2 && officeModifiers[st.up[j]] {
		j++
	}
	if j >= len(toks) || !officeNouns[st.up[j]] {
		return nil
	}
	out := make([]Mention, 0, 2)
	for _, p := range pairs {
		c := CountryOf(p.Code)
		if c == "" {
			return nil
		}
		m := Mention{Start: i, End: j + 1, Head: j, Kind: Description, Antecedent: p.Antecedent}
		m.Actor = model.Actor{Code: c + "GOV", Name: p.Name, Country: c, Entry: p.Entry}
		out = append(out, m)
	}
	return out
}

// leadersAgain resolves a bare "the leaders" at i (no number, no word
// between, not "the leaders of ...") to the mentions "the two leaders"
// last stood for in the article ("Vucic and Kurti ... after hosting the
// two leaders ... The leaders are due to meet again"), at these tokens;
// nil where the article has said no "the two leaders".
func (st *state) leadersAgain(toks []model.Token, i int) []Mention {
	if len(st.leaders) == 0 || i+1 >= len(toks) || st.up[i] != "THE" || st.up[i+1] != "LEADERS" {
		return nil
	}
	if i+2 < len(toks) {
		switch st.up[i+2] {
		case "OF", "FROM", "IN", "AT":
			return nil
		}
	}
	out := make([]Mention, 0, len(st.leaders))
	for _, l := range st.leaders {
		m := Mention{Start: i, End: i + 2, Head: i + 1, Kind: Description, Antecedent: l.Antecedent}
		m.Actor = l.Actor
		out = append(out, m)
	}
	return out
}

// ranks are the military ranks of personTitles: a title that says what
// an officer is, not what office the officer holds.
var ranks = map[string]bool{
	"GENERAL": true, "COLONEL": true, "COL.": true, "CAPTAIN": true, "CAPT.": true,
	"ADMIRAL": true, "ADM.": true, "LIEUTENANT": true, "LT.": true, "MAJ.": true,
	"GEN.": true, "MARSHAL": true, "CORPORAL": true, "SERGEANT": true,
}

// rankedOfficer gives an officer named with a rank alone ("Colonel Ana
// Ruiz", MIL by the rank) set off by a comma beside the office the same
// person holds ("Peru's leader, Colonel Ana Ruiz, said"; "Colonel Ana
// Ruiz, Peru's president, said") the office's code: rank and office are
// one person, and an officer who rules is the government, as
// ANNOTATION2 codes presidents and leaders (GOV). m is the mention just
// read and prev the one before it; it returns the mention it recoded,
// or nil.
func rankedOfficer(toks []model.Token, m, prev *Mention) *Mention {
	if prev.End+1 != m.Start || prev.End >= len(toks) || toks[prev.End].Form != "," {
		return nil
	}
	officer, office := m, prev
	if rankOnly(*prev) {
		officer, office = prev, m
	}
	if !rankOnly(*officer) || !office.Person || office.Agent == "" || office.Country == "" ||
		rankOnly(*office) || office.Code == officer.Code {
		return nil
	}
	officer.Code, officer.Country = office.Code, office.Country
	officer.Entry = office.Entry + "; " + officer.Entry
	officer.Antecedent = office.Span
	return officer
}

// rankOnly reports a person coded by a military rank alone: "Colonel Ana
// Ruiz", whom the dictionaries do not know.
func rankOnly(m Mention) bool {
	return m.Person && m.Kind == Agent && ranks[headWord(m.Agent)] && strings.Contains(m.agentCode, "MIL")
}

// headedOffice gives a named person set off by a comma and "who" the
// office that a verb of heading names after it: "Hun Sen, who now heads
// the Senate," is the Senate's (KHMLEG), whatever role the dictionaries
// date to the person, and "..., who commands the army," the army's. Only
// the present tense says what the person is now ("who led the army
// until 2019" does not), and only an organ of the state, a party or an
// armed group is an office.
func (st *state) headedOffice(toks []model.Token, m *Mention) {
	if !m.Person || m.Kind != Named || m.Country == "" || m.End+3 >= len(toks) || toks[m.End].Form != "," || st.up[m.End+1] != "WHO" {
		return
	}
	j := m.End + 2
	for j < len(toks) && j < m.End+4 && toks[j].UPOS == "ADV" {
		j++ // "who now heads", "who currently chairs"
	}
	if j+1 >= len(toks) || !headingVerbs[st.up[j]] {
		return
	}
	j++
	if st.up[j] == "OVER" {
		j++ // "who presides over the assembly"
	}
	if j < len(toks) && st.up[j] == "THE" {
		j++
	}
	if j >= len(toks) {
		return
	}
	a, _, ok := st.r.d.AgentEntry(st.up[j:])
	if !ok || !officeAgents[strings.TrimPrefix(a.Code, "~")] {
		return
	}
	m.Code = dict.Combine(m.Country, a.Code)
}

// headingVerbs are the present-tense verbs (upper-case) by which a
// relative clause says whom a person heads.
var headingVerbs = map[string]bool{
	"HEADS": true, "LEADS": true, "CHAIRS": true, "COMMANDS": true,
	"RUNS": true, "DIRECTS": true, "PRESIDES": true,
}

// officeAgents are the agent codes, without the "~", of the organs a
// person may head: the government, the legislature, the courts, the
// army, police and spies, a party, the opposition and armed groups.
var officeAgents = map[string]bool{
	"GOV": true, "LEG": true, "JUD": true, "MIL": true, "COP": true, "SPY": true,
	"PTY": true, "OPP": true, "REB": true, "GOVMIL": true, "MILGOV": true,
}

// placedTitle returns the surname after a title at j when m, a country's
// name, opens its sentence after "In" or "At" and the title and the
// surname of a person the article has named follow it ("In Kenya Foreign
// Secretary Johnson met ..."): the country is where the person acts, not
// whose the person is, who stays whose the article made him ("Kenya
// police arrested", with no name, is still Kenya's police). -1 for none.
func (st *state) placedTitle(toks []model.Token, m Mention, j int) int {
	if st.r.Local || m.Start != 1 || !countryItself(&m) || j >= len(toks) {
		return -1
	}
	if p := st.up[0]; p != "IN" && p != "AT" {
		return -1
	}
	_, n, ok := st.r.d.AgentEntry(st.up[j:])
	k := j + n
	if !ok || k >= len(toks) || !capitalised(toks[k].Form) || !st.hasSurname(surnameKey(st.up[k])) {
		return -1
	}
	return k
}
