package actor

// Agents, organs and owners: "police", "the foreign ministry", "Iran's
// military", and whose they are.

import (
	"strconv"
	"strings"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// oppositionParty joins a party right after "opposition" to it ("the
// opposition Democratic Party" is the country's opposition, not a party
// of unknown standing), reporting whether it did; m then covers both and
// takes prev's code.
func oppositionParty(m *Mention, prev Mention) bool {
	if prev.End != m.Start || m.Kind != Agent && m.Kind != Named || !strings.Contains(m.agentCode, "PTY") ||
		!strings.HasSuffix(prev.Code, "OPP") || prev.Person {
		return false
	}
	if prev.Country == "" && m.Country != "" {
		// "the opposition Democratic Party of Kosovo": the party says
		// whose opposition.
		m.Code, m.Entry = dict.Combine(m.Country, "~OPP"), prev.Entry+"; "+m.Entry
	} else {
		// "opposition politician Musa Bello" keeps the person's name.
		name := prev.Name
		if m.Person {
			name = m.Name
		}
		m.Code, m.Name, m.Country, m.Entry = prev.Code, name, prev.Country, prev.Entry+"; "+m.Entry
		m.Antecedent = prev.Antecedent
	}
	m.Start, m.Span.Start = prev.Start, prev.Span.Start
	return true
}

// ethnicAgent joins a people's name right before an agent of the people
// ("Serb protesters", "Serb civilians") to it, reporting whether it did;
// m then covers both and takes prev's code, the people's (KSVSRB), which
// says more than the agent's own (KSVOPP). Armed men of no known force
// named by their people ("Serb gunmen") are that people's armed men:
// the people's code, as CAMEO writes an ethnic group in a code's first
// place, with the agent's (SRBUAF), not the host country's community.
func ethnicAgent(m *Mention, prev Mention) bool {
	if prev.End != m.Start || m.Kind != Agent || prev.Kind != Agent || !people(prev.agentCode) {
		return false
	}
	switch a := strings.TrimPrefix(m.agentCode, "~"); a {
	case "OPP", "CVL", "PPL", "REF":
	case "UAF":
		// "Serb gunmen": armed men named by their people are that
		// people's armed men (SRBUAF), not the host country's
		// community (KSVSRB), whose code a crowd or civilians keep.
		p := strings.TrimPrefix(prev.agentCode, "~")
		m.Code, m.Country = p+a, p
		m.Start, m.Span.Start = prev.Start, prev.Span.Start
		m.Entry = prev.Entry + "; " + m.Entry
		return true
	default:
		return false
	}
	m.Code, m.Name, m.Country, m.Entry = prev.Code, prev.Name, prev.Country, prev.Entry+"; "+m.Entry
	m.Start, m.Span.Start = prev.Start, prev.Span.Start
	m.Antecedent = prev.Antecedent
	return true
}

// people reports an agent code that names a people rather than a kind of
// actor ("~SRB" of "Serbs"): three letters that are no CAMEO type.
func people(code string) bool {
	c := strings.TrimPrefix(code, "~")
	return len(c) == 3 && c != code && !nonCountry[c] && strings.ToUpper(c) == c
}

// agentOfCountry joins a bare agent right before a country's name to it
// ("MSF Arnor": the agent MSF [NGO~] of Arnor, NGOARN), reporting whether
// it did; m then covers both.
func (st *state) agentOfCountry(m *Mention, prev Mention) bool {
	if prev.Kind != Agent || prev.End != m.Start || m.Kind != Named {
		return false
	}
	a, n, ok := st.r.d.AgentEntry(st.up[prev.Start:prev.End])
	if !ok || n != prev.End-prev.Start {
		return false
	}
	// A country's own agent after it takes a prefix agent too ("an MSF
	// Arnor diplomat" is NGOARNGOV); other agents join a bare country.
	if !(len(m.Code) == 3 && m.Country == m.Code && m.Agent == "" && !m.Person ||
		strings.HasSuffix(a.Code, "~") && m.Country != "" && strings.HasPrefix(m.Code, m.Country)) {
		return false
	}
	m.Code = dict.Combine(m.Code, a.Code)
	if m.Agent == "" {
		m.Agent = a.Phrase
	}
	m.Entry += "; " + prev.Entry
	m.Start, m.Span.Start = prev.Start, prev.Span.Start
	return true
}

// agentOfList gives a country's bare name listed right after a country
// that a plural agent before it joined ("officials from Sudan") that
// agent too:
// "officials from Sudan and South Sudan", "the presidents of Kenya and
// Tanzania" are both countries' officials and presidents. A country
// with an agent of its own ("officials from Sudan and Chadian rebels")
// keeps it.
func agentOfList(m *Mention, prev Mention) {
	if prev.agentOf == "" || m.Kind != Named || m.Agent != "" || m.Person || m.Country == "" || m.Code != m.Country {
		return
	}
	m.Code = dict.Combine(m.Code, prev.agentOf)
	m.Agent, m.plural, m.agentOf = prev.Agent, true, prev.agentOf
	m.Entry += "; agent shared with the one before (" + prev.Agent + ")"
}

// people matches a people's name in the plural at i that the dictionaries
// list only in the singular, as a country's demonym ("Ukrainians",
// "Germans", "Syrians": Phoenix has UKRAINIAN, GERMAN, SYRIAN): the
// country.
func (st *state) people(toks []model.Token, i int) (string, dict.Entry, int, bool) {
	w := st.up[i]
	// "the Americas" is a continent, not Americans.
	if len(w) < 5 || w[len(w)-1] != 'S' || w == "AMERICAS" || toks[i].UPOS != "PROPN" && toks[i].UPOS != "NOUN" || !isPlural(toks[i]) {
		return "", dict.Entry{}, 0, false
	}
	// An agent of that name says more ("Serbs" in Kosovo are KSVSRB).
	if _, _, ok := st.r.d.AgentEntry(st.up[i:]); ok {
		return "", dict.Entry{}, 0, false
	}
	code, e, k, ok := st.actor([]string{w[:len(w)-1]})
	if !ok || k != 1 || len(code) != 3 || CountryOf(code) != code {
		return "", dict.Entry{}, 0, false
	}
	return code, e, 1, true
}

// beginsName reports a country's or a city's one-word name (code) at i
// that only begins a longer name the names model found, whatever kind it
// gave it, when the next word is capitalised and neither an actor nor an
// agent: "Chad Wolf", "Israel Adesanya", "Tehran Times" are not Chad,
// Israel or Iran. "Mexico City", "Kosovo Police", "Israel Defense
// Forces" and an abbreviation ("U.S. Treasury Department") still are.
func (st *state) beginsName(toks []model.Token, i, k int, code string) bool {
	j := i + k
	if k != 1 || len(code) != 3 || CountryOf(code) != code || j >= len(toks) || st.entAt[i] < 0 || abbreviation(toks[i].Form) ||
		st.entAt[j] != st.entAt[i] || i > 0 && st.entAt[i-1] == st.entAt[i] {
		return false
	}
	t := toks[j]
	if t.UPOS != "PROPN" || t.Form == "" || t.Form[0] < 'A' || t.Form[0] > 'Z' || st.up[j] == "CITY" {
		return false
	}
	return !st.actorOrAgent(j)
}

// beginsOrgName reports an agent at tokens [i, i+n) that only begins a
// longer organisation's name the names model found, when the next word
// of the name is capitalised and neither an actor nor an agent: "the Gang
// Suppression Force" is a force sent against gangs, not a gang, as
// beginsName reads "Tehran Times" as no Iran. "Police Commissioner" and
// "Army Corps" still begin with their agents where the next word is one.
func (st *state) beginsOrgName(toks []model.Token, i, n int) bool {
	j := i + n
	e := st.entAt[i]
	if e < 0 || j >= len(toks) || st.entAt[j] != e || i > 0 && st.entAt[i-1] == e || st.ents[e].Kind != model.Organization {
		return false
	}
	if !capitalised(toks[i].Form) || !capitalised(toks[j].Form) || abbreviation(toks[i].Form) {
		return false
	}
	return !st.actorOrAgent(j)
}

// actorOrAgent reports an actor or an agent of the dictionaries starting
// at token j.
func (st *state) actorOrAgent(j int) bool {
	if _, _, ok := st.r.d.AgentEntry(st.up[j:]); ok {
		return true
	}
	_, _, _, ok := st.actor(st.up[j:])
	return ok
}

// endsOrgName reports a country's name (code) at i that ends an
// organisation's name the names model found, after a capitalised word
// that is neither an actor nor an agent: "Ascom North America", "Amnesty
// International USA" are a company and a group, not the United States.
// "Bank of America" (a lower-case word before the country) and "the
// Government of Iraq" are not such names.
func (st *state) endsOrgName(toks []model.Token, i, k int, code string) bool {
	j := i - 1
	if len(code) != 3 || CountryOf(code) != code || j < 0 || st.entAt[i] < 0 || st.entAt[j] != st.entAt[i] ||
		st.ents[st.entAt[i]].Kind != model.Organization || i+k < len(toks) && st.entAt[i+k] == st.entAt[i] {
		return false
	}
	t := toks[j]
	if t.Form == "" || t.Form[0] < 'A' || t.Form[0] > 'Z' || abbreviation(t.Form) {
		return false
	}
	return !st.actorOrAgent(j)
}

// unknownOrgAt reports, for a title at tokens [i, j), an organisation's
// name that the names model found (as an organisation or a miscellaneous
// name) starting at token j, or after "of" or "at" (and "the") there, or
// one that holds the title and goes on at j ("President Ascom North
// America" as one name), that no dictionary entry or agent names.
func (st *state) unknownOrgAt(toks []model.Token, i, j int) bool {
	org := func(k int) bool {
		if k >= len(toks) || st.entAt[k] < 0 {
			return false
		}
		kind := st.ents[st.entAt[k]].Kind
		return kind == model.Organization || kind == model.Misc
	}
	k := j
	if !(org(i) && j < len(toks) && st.entAt[j] == st.entAt[i] && (i == 0 || st.entAt[i-1] != st.entAt[i])) {
		if k < len(toks) && (st.up[k] == "OF" || st.up[k] == "AT") {
			k++
		}
		if k < len(toks) && st.up[k] == "THE" {
			k++
		}
		if !org(k) || k > 0 && st.entAt[k-1] == st.entAt[k] {
			return false
		}
	}
	if k >= len(toks) {
		return false
	}
	if _, _, ok := st.r.d.AgentEntry(st.up[k:]); ok {
		return false
	}
	if code, _, kk, ok := st.actor(st.up[k:]); ok && !st.beginsName(toks, k, kk, code) {
		return false
	}
	return true
}

// businessNouns are the upper-case singular nouns that name a business
// ("a Tokyo-based exchange", "Seoul-based chipmakers").
var businessNouns = map[string]bool{
	"EXCHANGE": true, "FIRM": true, "STARTUP": true, "START-UP": true, "LENDER": true,
	"INSURER": true, "RETAILER": true, "MANUFACTURER": true, "MAKER": true, "CARMAKER": true,
	"AUTOMAKER": true, "CHIPMAKER": true, "DEVELOPER": true, "OPERATOR": true, "EXPORTER": true,
	"IMPORTER": true, "PRODUCER": true, "SUPPLIER": true, "CONGLOMERATE": true, "CORPORATION": true,
	"COMPANY": true, "BANK": true, "AIRLINE": true, "CARRIER": true, "BROKERAGE": true,
	"PUBLISHER": true, "CONSULTANCY": true, "BUSINESS": true,
}

// organ extends the mention m of an intergovernmental organisation over
// what follows it at j and is the organisation's own: its troops ("NATO
// peacekeepers", an agent of the military), which a later bare "the
// troops" then stands for too, its officials, envoys and spokespeople
// ("EU officials", "a Hamas envoy": the group's, not its country's
// government), its bases, camps and convoys ("an African Union base":
// see forcePosts), or, after its possessive, an organ the
// dictionaries do not know ("NATO's KFOR mission") or one named with an
// organ's noun ("the AU's Peace and Security Council", see namedOrgan).
// The code stays the organisation's.
func (st *state) organ(toks []model.Token, m *Mention, j int, poss bool) {
	// "NATO peacekeepers"; an armed group's fighters of any kind are the
	// group's too ("Hezbollah fighters", "Hamas gunmen", "an ISIL
	// tactical unit": IMG, CAMEO's international militarised groups).
	if a, n, ok := st.r.d.AgentEntry(st.up[j:]); ok && (strings.Contains(a.Code, "MIL") || (groupCode(m.Code) || strings.HasPrefix(m.Code, "IMG")) && armedAgent(a.Code)) && !isPunct(toks[j]) {
		m.End, m.Head = j+n, j+n-1
		m.Agent, m.agentCode, m.owner = a.Phrase, a.Code, m.Code
		m.plural = isPlural(toks[m.Head])
		return
	}
	// "an African Union base", "a UN convoy": a post or column of the
	// organisation's forces, whose soldiers its sentence or the next
	// goes on to name ("killing four soldiers") are the organisation's
	// (lastAgentOrg), not the country's the story is on.
	if !poss && strings.HasPrefix(m.Code, "IGO") && toks[j].UPOS == "NOUN" && forcePosts[st.up[j]] {
		m.End, m.Head = j+1, j
		m.Agent, m.agentCode, m.owner = st.up[j], "~MIL", m.Code
		return
	}
	// "EU officials", "Taliban envoys", "a Hamas negotiator": the
	// organisation's or group's own officials, not a government's.
	// A capitalised title is one when a person's name follows it
	// ("European Council President Antonio Costa").
	if a, n, ok := st.r.d.AgentEntry(st.up[j:]); ok && a.Code == "~GOV" && !isPunct(toks[j]) &&
		(toks[j+n-1].UPOS == "NOUN" || personTitle(a.Phrase) && st.personAt(toks, j+n) >= 0) {
		official(toks, m, a, j+n)
		st.unknownNameAfter(toks, m)
		return
	}
	if !poss && st.portfolioTitle(toks, m, j) {
		return
	}
	if !poss {
		st.namedOrgan(toks, m, j)
		return
	}
	// "The RSF's commander", "the EU's enlargement commissioner": an
	// official of the organisation or group is the organisation's.
	for k := j; k < len(toks) && k < j+3; k++ {
		a, n, ok := st.r.d.AgentEntry(st.up[k:])
		if ok && !isPunct(toks[k]) {
			official(toks, m, a, k+n)
			st.unknownNameAfter(toks, m)
			return
		}
		if !isModifier(toks[k]) {
			break
		}
	}
	// "The AU's Peace and Security Council": an organ's name, even one
	// whose end alone the dictionaries give another organisation (the
	// UN's "Security Council"), is the organisation's.
	before := m.End
	if st.namedOrgan(toks, m, j); m.End != before {
		return
	}
	// "NATO's KFOR mission": capitalised words that are no actor and no
	// person, then at most two common nouns.
	k := j
	for ; k < len(toks) && k < j+4 && isName(toks[k]); k++ {
		if en, ok := st.entity(k); ok && en.Kind == model.Person {
			return
		}
		if _, _, n, ok := st.actor(st.up[k:]); ok && n > 0 {
			return
		}
	}
	if k == j {
		return
	}
	for e := k; k < len(toks) && k < e+2 && toks[k].UPOS == "NOUN"; k++ {
	}
	m.End, m.Head = k, k-1
}

// portfolioTitle extends the organisation's mention m, whose name ends
// before token j, over one or two capitalised words that name a
// portfolio and a person's title with a person's name after it ("EU
// Budget Commissioner Piotr Serafin", "UN Special Envoy Ana Ruiz"): that
// person is the organisation's official, whom a later "he" or "she"
// stands for, not a government's of no country. A portfolio word that is
// an actor or a person's name is no portfolio.
func (st *state) portfolioTitle(toks []model.Token, m *Mention, j int) bool {
	for k := j + 1; k <= j+2 && k < len(toks); k++ {
		w := toks[k-1]
		if !isName(w) || w.Form == st.up[k-1] || st.entAt[k-1] >= 0 && st.ents[st.entAt[k-1]].Kind == model.Person {
			return false
		}
		if _, _, n, ok := st.actor(st.up[k-1:]); ok && n > 0 {
			return false
		}
		a, n, ok := st.r.d.AgentEntry(st.up[k:])
		if !ok || a.Code != "~GOV" || !personTitle(a.Phrase) || isPunct(toks[k]) || st.personAt(toks, k+n) < 0 {
			continue
		}
		official(toks, m, a, k+n)
		st.unknownNameAfter(toks, m)
		return true
	}
	return false
}

// official extends the organisation's mention m to its official, the
// agent a whose words end before end: a person when the title is one
// and singular, else a plural body of them. The code stays the
// organisation's.
func official(toks []model.Token, m *Mention, a dict.Agent, end int) {
	m.End, m.Head = end, end-1
	m.Agent, m.agentCode = a.Phrase, a.Code
	m.Person = personTitle(a.Phrase) && !isPlural(toks[m.Head])
	m.plural = !m.Person && isPlural(toks[m.Head])
	m.Capital = false
}

// unknownNameAfter extends m, an organisation's official ("Hamas
// official", "the IAEA's spokeswoman"), over the name of a person right
// after the title that the dictionaries do not know ("Hamas official
// Osama Hamdan"): the person is the organisation's, and a later surname
// ("Hamdan") is that official. A name the dictionaries know is left to
// resolve as itself.
func (st *state) unknownNameAfter(toks []model.Token, m *Mention) {
	j := m.End
	if !m.Person || j >= len(toks) || !maybeName(toks[j]) {
		return
	}
	en, ok := st.entity(j)
	if !ok || en.Kind != model.Person || en.Start != toks[j].Start {
		return
	}
	k := j
	for k < len(toks) && st.entAt[k] == st.entAt[j] {
		k++
	}
	if _, _, n, ok := st.actor(st.up[j:k]); ok && n > 0 {
		return
	}
	m.Name = strings.ToUpper(en.Text)
	m.End, m.Head = k, k-1
}

// titleEntry reports a dictionary actor m whose words are an office's
// title ("Secretary of State" is USAGOV in Phoenix), not a name.
func (st *state) titleEntry(m *Mention) bool {
	for k := m.Start; k < m.End; k++ {
		if personTitle(st.up[k]) {
			return true
		}
	}
	return false
}

// forcePosts are the nouns (upper-case) of the posts and columns of an
// organisation's forces named right after it ("an African Union base").
var forcePosts = map[string]bool{
	"BASE": true, "BASES": true, "CAMP": true, "CAMPS": true, "CONVOY": true, "CONVOYS": true,
	"PATROL": true, "PATROLS": true, "OUTPOST": true, "OUTPOSTS": true,
}

// organNouns are the last words of the names of organisations' organs.
var organNouns = map[string]bool{
	"COUNCIL": true, "COMMISSION": true, "ASSEMBLY": true, "PARLIAMENT": true,
	"COMMITTEE": true, "SECRETARIAT": true, "COURT": true, "SUMMIT": true,
}

// namedOrgan extends the mention m of an organisation over the name of
// one of its organs written right after it ("AU Peace and Security
// Council", "EU Commission"), even when the organ's name alone is another
// organisation's ("Security Council" is the UN's): the organ is m's.
func (st *state) namedOrgan(toks []model.Token, m *Mention, j int) {
	end := -1
	for k := j; k < len(toks) && k < j+6; k++ {
		switch {
		case isName(toks[k]) && !isPunct(toks[k]):
			if organNouns[st.up[k]] {
				end = k + 1
			}
			continue
		case k > j && (st.up[k] == "AND" || st.up[k] == "OF" || st.up[k] == "FOR"):
			continue
		}
		break
	}
	if end > 0 {
		m.End, m.Head = end, end-1
	}
}

// leaderOf reads "the leader of Peru", "the leaders of Peru, Chile and
// Bolivia" at i as a government's agent: the leaders of a country are
// those who govern it, as the golds code them (the leaders of a list of
// countries, each country's GOV). There is no bare LEADER agent: "GOP
// legislative leaders", "business leaders" and "the leaders of the
// protest" govern nothing, so the word counts only with "of" and a
// country after it. PETRARCH and TABARI code "the leaders of Gondor"
// as the country.
func (st *state) leaderOf(toks []model.Token, i int) (dict.Agent, bool) {
	if st.r.Local || i+2 >= len(toks) || st.up[i] != "LEADER" && st.up[i] != "LEADERS" || toks[i].UPOS != "NOUN" || st.up[i+1] != "OF" {
		return dict.Agent{}, false
	}
	// The country itself, not a thing of it: "the leaders of Peru's
	// opposition", "the leader of Peru's ruling party" lead no government.
	if _, _, _, ok := st.ofCountry(toks, i+2); !ok {
		return dict.Agent{}, false
	}
	return dict.Agent{Phrase: st.up[i], Code: "~GOV", Source: "a country's leader"}, true
}

// ofCountry reads the country named at token j, right after an "of"
// ("of Croatia", "of the Philippines"), when the country's own name, a
// proper noun, ends the phrase: a thing of the country ("of Croatia's
// ruling party", "of Croatia ministries") is not the country. It returns
// the country's dated code, its entry and the token after its name.
// leaderOf and countryAfterName both read "of" a country so.
func (st *state) ofCountry(toks []model.Token, j int) (string, dict.Entry, int, bool) {
	if j >= len(toks) {
		return "", dict.Entry{}, 0, false
	}
	if st.up[j] == "THE" && j+1 < len(toks) {
		j++
	}
	code, e, n, ok := st.actor(st.up[j:])
	if !ok || toks[j].UPOS != "PROPN" {
		return "", dict.Entry{}, 0, false
	}
	code = st.dated(code, &e)
	if len(code) != 3 || CountryOf(code) == "" {
		return "", dict.Entry{}, 0, false
	}
	if end := j + n; end < len(toks) {
		switch toks[end].UPOS {
		case "PART", "NOUN", "PROPN", "ADJ":
			return "", dict.Entry{}, 0, false
		}
	}
	return code, e, j + n, true
}

// agent matches an agent phrase at i: "the police", "police of Kosovo",
// "President Aleksandar Vucic".
func (st *state) agent(toks []model.Token, i int) (Mention, bool) {
	d := st.r.d
	w := st.words
	a, n, ok := d.AgentEntry(st.up[i:])
	if !ok {
		if a, ok = st.leaderOf(toks, i); !ok {
			return Mention{}, false
		}
		n = 1
	}
	// "South Korea's Ministry of Trade, Industry and Energy": a portfolio
	// in a ministry's name is no agent of its own.
	if n == 1 && portfolioInName(toks, st.up, i) {
		return Mention{}, false
	}
	if st.organBeforeTitle(toks, i, n, a) {
		return Mention{}, false
	}
	// "King and Weeks were abducted" after "American Kevin King": a
	// capitalised title that is the surname of a person named in full
	// earlier is that person, not the title ("King Edward" still is).
	if n == 1 && st.personSurname(toks, i) {
		return Mention{}, false
	}
	if st.beginsOrgName(toks, i, n) {
		return Mention{}, false
	}
	// Nor inside a phrase that codes nothing, written in lower case ("the
	// international community"), nor at the start of a longer one
	// ("settlement building" is an activity, not the settlers).
	for b := 0; b <= 2 && i-b >= 0; b++ {
		if code, _, k, ok := st.actor(st.up[i-b:]); ok && code == "---" && (b > 0 && i-b+k > i || b == 0 && k > n) {
			return Mention{}, false
		}
	}
	// Agents that are common words in other uses ("man", "people") are
	// taken only as nouns, but for a phrase of more than one word that
	// modifies a noun, which the tagger reads as an adjective ("Kurdish
	// militant bases" are the Kurdish militants').
	if up := toks[i+n-1].UPOS; up != "" && up != "NOUN" && up != "PROPN" &&
		!(n >= 2 && up == "ADJ" && i+n < len(toks) && toks[i+n].UPOS == "NOUN") {
		return Mention{}, false
	}
	// "conducted strikes using fighter and remotely piloted aircraft":
	// the aircraft used are the means of the verb's subject, no actor of
	// their own.
	if usedMeans(toks, st.up, i, n) || acquiredCraft(toks, st.up, i, n) {
		return Mention{}, false
	}
	// "voiced its opposition to the plan", "reiterated their
	// opposition": opposition to something, or a possessive pronoun's,
	// is a stance, not the political opposition.
	if a.Phrase == "OPPOSITION" && n == 1 && (i+1 < len(toks) && (st.up[i+1] == "TO" || st.up[i+1] == "AGAINST") || i > 0 && toks[i-1].XPOS == "PRP$") {
		return Mention{}, false
	}
	// "Deputy Foreign Minister Alexander Grushko", "deputy U.S. ambassador
	// Robert Wood": a deputy of the title or the actor after it, not
	// Phoenix's sheriff's deputy (~COP).
	if a.Phrase == "DEPUTY" && i+1 < len(toks) {
		if m, ok := st.agent(toks, i+1); ok && m.Person {
			m.Start = i
			st.deputyOffice(&m, i+1)
			return m, true
		}
		if maybeName(toks[i+1]) {
			if _, _, _, ok := st.actor(st.up[i+1:]); ok {
				return Mention{}, false
			}
		}
		// "The Deputy Secretary": a capitalised title after a
		// capitalised "Deputy" is that office's deputy (titleAgain
		// finds who holds it), never a sheriff's deputy.
		if capitalised(toks[i].Form) && capitalised(toks[i+1].Form) && titleWord(st.up[i+1]) {
			return Mention{}, false
		}
		// "the party's deputy chairman", "its deputy head": a deputy
		// of a title no agent entry holds is that office's deputy,
		// whom the dictionaries do not place, not a sheriff's deputy.
		if toks[i+1].UPOS == "NOUN" && titleWord(st.up[i+1]) {
			return Mention{}, false
		}
	}
	// "Deputies from the ruling party", "opposition deputies walked out
	// of parliament": deputies beside a party or a house are its members.
	if n == 1 {
		a.Code = st.deputiesCode(toks, i, a.Phrase, a.Code)
	}
	// A title in the plural ("officials", "ministers") is no one person.
	m := Mention{Start: i, End: i + n, Head: i + n - 1, Kind: Agent, Agent: a.Phrase, Person: st.onePerson(toks, a.Phrase, i, i+n-1)}
	m.Entry = agentEntry + a.Phrase
	if a.Source != "" {
		m.Entry += " (" + a.Source + ")"
	}
	// "lawmakers from the opposition" are the opposition's.
	if end := st.fromOpposition(m.End, a.Code); end > 0 {
		a.Code, m.End = "~OPP", end
	}
	// "the police of Kosovo", "troops from Russia".
	j := m.End
	// "the president of the American Farm Bureau", "Rob Goldman,
	// President Ascom North America": one person's title in an
	// organisation the names model found and the dictionaries do not
	// know is that organisation's, not a government's.
	if m.Person && st.unknownOrgAt(toks, i, j) {
		return Mention{}, false
	}
	// "A spokesperson for the British Foreign Office": whose spokesperson.
	if strings.Contains(a.Phrase, "SPOKES") && j+1 < len(w) && (st.up[j] == "FOR" || st.up[j] == "OF") {
		k := j + 1
		if st.up[k] == "THE" && k+1 < len(w) {
			k++
		}
		if n, ok := st.named(toks, k); ok && n.Code != "" && !n.Person {
			m.Code, m.Country = speakerCode(n.Actor), n.Country
			m.Name, m.Entry = n.Name, n.Entry+"; "+m.Entry
			m.End, m.Kind = n.End, Named
			return m, true
		}
	}
	// "troops loyal to the Chilean president": whose forces.
	if n, ok := st.loyalTo(toks, j, a); ok {
		m.Code, m.Country, m.agentCode = n.Code, n.Country, a.Code
		m.Name, m.Entry = n.Name, n.Entry+"; "+m.Entry
		m.End, m.Kind = n.End, Named
		return m, true
	}
	// "their troops in Syria", "its embassy staff in Peru": where an
	// agent a possessive owns is, is not whose it is ("its diplomats
	// from Chile" name Chile, not Chile's diplomats: withdrawn from
	// Chile, they are aimed at it).
	possessed := false
	for b := i - 1; b >= 0; b-- {
		if toks[b].XPOS == "PRP$" {
			possessed = true
		}
		if toks[b].UPOS != "ADJ" && toks[b].UPOS != "NUM" {
			break
		}
	}
	if j+1 < len(w) && !(possessed && st.up[j] == "IN") {
		switch st.up[j] {
		case "OF", "IN", "FROM":
			k := j + 1
			if strings.EqualFold(w[k], "the") && k+1 < len(w) {
				k++
			}
			// "people in southern Lebanon" (not "South Sudan", "Northern
			// Ireland": a capitalised one is part of the name).
			if compass[st.up[k]] && w[k] != "" && w[k][0] >= 'a' && w[k][0] <= 'z' && k+1 < len(w) {
				k++
			}
			if code, e, kk, ok := st.actor(st.up[k:]); ok && code != "---" && (len(st.dated(code, &e)) == 3 || govSeat(st.dated(code, &e), st.up[j])) &&
				!(st.up[j] == "IN" && strings.Contains(a.Code, "GOV") && !strings.Contains(e.Name, st.up[k]) && !seated(a.Phrase)) &&
				!(st.up[j] == "IN" && st.sameFightersElsewhere(i, a, st.dated(code, &e))) {
				// Where envoys and ministers are is not whose they are
				// when the place is a city ("foreign ministers in Zurich",
				// "diplomats in Addis Ababa"); "the ambassador in Israel"
				// is Israel's. A state's ruling body and its
				// institutions sit in its own seat: "the government in
				// Kampala", "the foreign ministry in Kampala" are
				// Uganda's.
				code = st.dated(code, &e)
				m.Code = dict.Combine(code, a.Code)
				if st.former(i) {
					m.Code = dict.Combine(code, "~ELI")
				}
				m.Country = CountryOf(code)
				m.agentCode = a.Code
				if possessed && st.up[j] == "FROM" {
					// "withdrew its troops from Bolivia": the troops are
					// the possessor's; the phrase names the country they
					// leave, which is what the deed is aimed at.
					m.Code, m.agentCode = code, ""
				}
				if m.agentCode != "" && st.up[j] != "IN" && strings.HasPrefix(a.Code, "~") && isPlural(toks[m.Head]) {
					// "Officials from Sudan and South Sudan": a country
					// listed next is theirs too (agentOfList).
					m.agentOf = a.Code
				}
				m.Name = e.Name
				m.Entry = e.String() + "; " + m.Entry
				m.End = k + kk
				m.Kind = Named
				return m, true
			}
			// "the board of governors of the International Atomic Energy
			// Agency", "fighters of the RSF": an agent of an international
			// organisation or of an armed or opposition group is that
			// organisation's or group's.
			if st.up[j] == "OF" {
				if code, e, kk, ok := st.actor(st.up[k:]); ok && code != "---" {
					code = st.dated(code, &e)
					if strings.HasPrefix(code, "IGO") || groupCode(code) {
						m.Code, m.Country = code, CountryOf(code)
						m.owner, m.agentCode = code, a.Code
						m.Name = e.Name
						m.Entry = e.String() + "; " + m.Entry
						m.End = k + kk
						m.Kind = Named
						return m, true
					}
				}
			}
		}
	}
	st.titleNoun(toks, &m)
	st.organMember(toks, &m)
	st.titledName(toks, &m, a.Code, false)
	if m.Kind == Named || st.countryAfterName(toks, &m, i, a) {
		return m, true
	}
	m.agentCode = a.Code
	m.plural = !m.Person && isPlural(toks[m.Head])
	st.owner(toks, &m, i, a)
	if m.Name == "" {
		m.Name = a.Phrase
	}
	if m.Person && m.Name != a.Phrase {
		st.addSurname(toks, m, len(st.history))
	}
	return m, true
}

// joinedOwned returns the mention right before the bare agent at token i,
// across "and" or "or", when it is an agent its country's name or
// adjective owns ("Peruvian journalists and students", "Chile's police
// and soldiers"): the owner's words stand before both nouns. An agent
// named with its country after it ("troops from Russia and rebels") owns
// none.
func (st *state) joinedOwned(toks []model.Token, i int) (*Mention, bool) {
	if i < 2 || len(st.history) == 0 || st.up[i-1] != "AND" && st.up[i-1] != "OR" {
		return nil, false
	}
	prev := &st.history[len(st.history)-1]
	if prev.End != i-1 || prev.Kind != Named || prev.Agent == "" || prev.Country == "" || prev.Person ||
		toks[prev.End-1].UPOS != "NOUN" || groupCode(prev.Code) || strings.HasPrefix(prev.Code, "IGO") {
		return nil, false
	}
	return prev, true
}

// loyalTo reads "loyal to" and the actor after it at token j, right after
// an armed agent (entry a): "troops loyal to the Chilean president",
// "fighters loyal to the RSF" are the forces of that actor's country, or
// the group's own. It returns the actor's mention with the code the
// armed agent takes.
func (st *state) loyalTo(toks []model.Token, j int, a dict.Agent) (Mention, bool) {
	if !armedAgent(a.Code) || j+2 >= len(toks) || st.up[j] != "LOYAL" || st.up[j+1] != "TO" {
		return Mention{}, false
	}
	k := j + 2
	if st.up[k] == "THE" && k+1 < len(toks) {
		k++
	}
	n, ok := st.named(toks, k)
	if !ok || n.Code == "" || n.Country == "" && !groupCode(n.Code) {
		return Mention{}, false
	}
	if !groupCode(n.Code) && !strings.HasPrefix(n.Code, "IGO") {
		n.Code = dict.Combine(n.Country, a.Code)
	}
	return n, true
}

// deputyOffice gives m, the deputy of the titled office at token j that
// no country placed ("Deputy Secretary of State Kurt Campbell"), the
// government of the office's holder, when the dictionaries list the
// title itself as one country's government ("Secretary of State" is the
// United States'): a deputy serves the same government as the holder.
func (st *state) deputyOffice(m *Mention, j int) {
	if m.Country != "" || st.r.Local {
		return
	}
	code, e, k, ok := st.actor(st.up[j:])
	if !ok || j+k > m.End {
		return
	}
	code = st.dated(code, &e)
	c := CountryOf(code)
	if c == "" || !govCode(code) {
		return
	}
	m.Code, m.Country, m.Kind = code, c, Named
	m.Entry = e.String() + "; " + m.Entry
}

// owner gives the bare agent m at token i (of agent entry a) its code and
// country: the possessive pronoun's before it, a spokesperson's
// organisation, an organisation's whose troops were just named, else the
// country of bareCountry.
func (st *state) owner(toks []model.Token, m *Mention, i int, a dict.Agent) {
	spokes := strings.Contains(a.Phrase, "SPOKES")
	// "its fighters", "their spokesman": the possessive says whose.
	if p, ok := st.possessor(i); ok {
		m.Antecedent = p.Span
		switch c := CountryOf(p.Code); {
		case spokes:
			m.Code, m.Country = speakerCode(p.Actor), c
		case c == "":
			m.Code, m.owner = p.Code, p.Code
		case groupCode(p.Code):
			m.Code, m.Country = p.Code, c
		case st.former(i):
			m.Code, m.Country = dict.Combine(c, "~ELI"), c
		default:
			m.Code, m.Country = dict.Combine(c, a.Code), c
		}
		return
	}
	// "Peruvian journalists and students": the country's name or
	// adjective before the first of two joined agents owns both.
	if prev, ok := st.joinedOwned(toks, i); ok && !spokes {
		m.Code, m.Country = dict.Combine(prev.Country, a.Code), prev.Country
		if st.former(i) {
			m.Code = dict.Combine(prev.Country, "~ELI")
		}
		m.Antecedent = prev.Span
		return
	}
	// "Saddam Hussein's army" in an article of 2022, "Hitler's army":
	// the possessive names the owner, a person no mention resolved (the
	// dictionaries give him no role on this day, or do not know him), so
	// his forces or government take no country from the story (a
	// person's company or supporters still do).
	if armedAgent(a.Code) || strings.Contains(a.Code, "GOV") {
		if st.unknownPossessor(i) {
			m.Code = dict.Combine(st.r.Unknown, a.Code)
			return
		}
		// "the group fought on the side of Saddam Hussein's army
		// against Iran during the 1980-88 war": a person's forces or
		// government are his country's, not the sentence's first.
		if p := st.personPossessor(i); p != nil {
			m.Code, m.Country = dict.Combine(p.Country, a.Code), p.Country
			if st.former(i) {
				m.Code = dict.Combine(p.Country, "~ELI")
			}
			m.Antecedent = p.Span
			return
		}
	}
	// "Prince Rilian, brother of the Narnian king, ... Prince Rilian
	// stayed with a banker in Tashbaan": a titled person the
	// dictionaries do not know, named again, is whose he was before,
	// not of the country his sentence names first; one left unplaced
	// before stays so, for fillCountry to place both alike.
	if h := st.titledAgain(m, i); h != nil {
		m.Code, m.Country = dict.Combine(h.Country, a.Code), h.Country
		m.Antecedent = h.Span
		return
	}
	// "Peruvian Foreign Minister Elena Gonzalez met ... The Foreign
	// Minister thanked ...": a bare title is the person named before with
	// it, not of the country its sentence names first (lastTitled).
	if m.Person && !spokes && i > 0 && st.up[i-1] == "THE" && !st.former(i) {
		if h := st.lastTitled(a.Phrase); h != nil {
			m.Code, m.Country = h.Code, h.Country
			m.Antecedent, m.title = h.Span, a.Phrase
			return
		}
		// "Special Envoy Jane Doe will travel to Kenya ... In
		// Nairobi, the Special Envoy will meet ...": the title
		// first named with no country is named again, and stays
		// unplaced with it for fillCountry to place both alike,
		// not the country of the place its sentence opens in.
		if h := st.unplacedTitle(a.Phrase); h != nil {
			m.Code, m.Country = h.Code, ""
			m.Antecedent = h.Span
			return
		}
	}
	// A spokesperson who opens the sentence speaks for the actor that led
	// the last one ("The RSF denied targeting civilians. A spokesman said
	// its fighters were responding"); one named later in the sentence
	// ("Russia's foreign ministry summoned the attachés to protest what
	// spokeswoman Maria Zakharova called ...") for the actor that leads
	// its own. An unnamed one after another actor stays the media's
	// ("Iran said a spokesman lied"). Civilians have no spokesperson:
	// after "... to treat Peruvian citizens with respect," a government
	// spokesman is no civilian's (civilianAgent).
	if spokes && !st.r.Local {
		lead := st.leadM
		if st.curM != nil {
			lead = nil
			if m.Name != "" && m.Name != a.Phrase {
				lead = st.curM
			}
		}
		if lead != nil && !civilianAgent(lead.Code) {
			m.Code, m.Country = speakerCode(lead.Actor), lead.Country
			m.Antecedent = lead.Span
			return
		}
	}
	// "The protesters" after "Serb protesters": the same people.
	if i > 0 && st.up[i-1] == "THE" && !m.Person {
		if h := st.lastSameAgent(a.Phrase); h != nil {
			m.Code, m.Country, m.owner = h.Code, h.Country, h.owner
			m.Antecedent = h.Span
			return
		}
	}
	// "Chile sanctioned six Peruvian officials. The State Department
	// said the officials had rigged the vote": a definite plural agent
	// is the group its own words named with a country in this sentence
	// or the last (sameGroup), not the country its sentence names first.
	if i > 0 && st.up[i-1] == "THE" && m.plural && !m.Person && !st.r.Local {
		if g := st.sameGroup(a.Phrase); g != nil {
			m.Code, m.Country = g.Code, g.Country
			m.Antecedent = g.Span
			return
		}
	}
	// "Peru's foreign ministry summoned Chile's envoy. Chilean officials
	// replied. The ministry called ...": a bare government institution
	// that comes before any country of its sentence is the one of the
	// same head named last with a country of its own, not the country
	// the last sentence led with.
	if i > 0 && st.up[i-1] == "THE" && st.cur == "" && institutions[headWord(a.Phrase)] {
		if h := st.lastSameHead(a.Phrase); h != nil {
			m.Code, m.Country = dict.Combine(h.Country, a.Code), h.Country
			m.Antecedent = h.Span
			return
		}
	}
	// "Russian forces shelled Kharkiv, regional governor Oleh
	// Syniehubov said": a governor or mayor governs the city or region
	// the sentence names before the title.
	if strings.Contains(a.Phrase, "GOVERNOR") || strings.Contains(a.Phrase, "MAYOR") {
		for h := len(st.history) - 1; h >= st.curAt; h-- {
			if c := st.history[h]; c.Capital && c.Country != "" {
				m.Code, m.Country = dict.Combine(c.Country, a.Code), c.Country
				m.Antecedent = c.Span
				return
			}
		}
	}
	// "The European Commission offered a loan. Energy Commissioner Ana
	// Lind will visit Lima": a commissioner before any country of its
	// sentence is of the organisation the last sentence led with, when
	// it led with one; a government's commissioner is named with its
	// country, and the country named before the organisation is no
	// likelier owner.
	if a.Code == "~GOV" && strings.HasSuffix(a.Phrase, "COMMISSIONER") && st.cur == "" && !st.r.Local &&
		st.leadM != nil && strings.HasPrefix(st.leadM.Code, "IGO") {
		m.Code, m.owner = st.leadM.Code, st.leadM.Code
		m.Antecedent = st.leadM.Span
		return
	}
	// "The regime" is the government last called one ("the Asad regime
	// ... The UK will work to end the regime's bombing"), not the
	// country the sentence names first.
	if a.Phrase == "REGIME" || a.Phrase == "REGIMES" {
		if r := st.lastRegime(); r != nil {
			m.Code, m.Country = r.Country+"GOV", r.Country
			m.Antecedent = r.Span
			return
		}
	}
	// "Iran summoned the British ambassador ... The ambassador rejected
	// the protest", "Iranian diplomats left Albania ... protesters
	// attacked the embassy": a bare envoy or mission is of the country
	// whose envoy or mission was named last, not of the country where
	// it serves.
	if diplomatic(a.Phrase) {
		if d := st.lastDiplomat(); d != nil {
			m.Code, m.Country = dict.Combine(d.Country, a.Code), d.Country
			m.Antecedent = d.Span
			return
		}
	}
	if org := st.lastAgentOrg(a.Code); org != nil {
		m.Code, m.owner = org.Code, org.Code
		m.Antecedent = org.Span
		return
	}
	// "Iran seized an oil tanker", "the airline let passengers cancel
	// flights to Japan": ships and airliners and the people they carry
	// go between countries, so the countries of the story are not
	// theirs; only their own words say whose they are ("a British
	// tanker", "the tanker" after it).
	// "Egypt deported foreign workers", "foreign fighters in Syria":
	// "foreign" says they are not of the country the story names (a
	// government's "foreign secretary" is its own, and the
	// dictionaries' "FOREIGN_CORRESPONDENT" begins at the word).
	if i > 0 && st.up[i-1] == "FOREIGN" && !strings.Contains(a.Code, "GOV") {
		m.Code = dict.Combine(st.r.Unknown, a.Code)
		return
	}
	if st.newFirm(toks, m, i, a) {
		m.Code = dict.Combine(st.r.Unknown, a.Code)
		if c := st.placeAhead(i + 1); c != "" {
			m.Code, m.Country = dict.Combine(c, a.Code), CountryOf(c)
		}
		return
	}
	if traveller(a) {
		if v := st.lastTraveller(a.Phrase); v != nil && i > 0 && st.up[i-1] == "THE" {
			m.Code, m.Country = dict.Combine(v.Country, a.Code), v.Country
			m.Antecedent = v.Span
			return
		}
		m.Code = dict.Combine(st.r.Unknown, a.Code)
		return
	}
	// "Protesters rallied in Nairobi", after a story on another
	// country: people who are no state's agents, named before any
	// country of their own sentence, are of the country of the place
	// that sentence puts them in, not of the sentence before.
	// So are those that open what a speaker of another country says
	// ("Kenya's foreign minister said police arrested protesters in
	// Kampala" is UGACOP): the speaker is not where they are.
	// Non-state fighters ("gunmen", "rebels", "militants") are of the
	// place too; a state's forces often fight abroad, and are not.
	if (st.cur == "" || st.reported(i)) && !st.r.Local && !strings.Contains(a.Code, "MIL") && !strings.Contains(a.Code, "GOV") && !diplomatic(a.Phrase) {
		if c := st.placeAhead(i + 1); c != "" {
			m.Code, m.Country = dict.Combine(c, a.Code), CountryOf(c)
			return
		}
	}
	// "Coalition aircraft struck Islamic State targets. The strikes
	// killed five militants": bare fighters after an armed group of no
	// country are its fighters, not the story's country's.
	// "ISIL seized the town. ... We will protect all those persecuted
	// by these brutal terrorists": fighters named with "these" or
	// "those" point back at the fighters named before, however far,
	// not at the country of the statement that names them.
	if fighters(a.Code) && !st.r.Local && !m.Person && st.demonstrative(toks, i) {
		if g := st.namedFighters(); g != nil {
			m.Code, m.Country = g.Code, g.Country
			if g.Country == "" {
				m.owner = g.Code
			}
			m.Antecedent = g.Span
			return
		}
	}
	if fighters(a.Code) && !st.r.Local && !st.former(i) {
		if g := st.lastArmedGroup(); g != nil {
			m.Code, m.owner = g.Code, g.Code
			m.Antecedent = g.Span
			return
		}
	}
	// "Gambian sailors seized two Senegalese fishing canoes and
	// detained 23 fishermen": the fishermen are the canoes' crews.
	if v, ok := st.crewOf(a); ok {
		m.Code, m.Country = dict.Combine(v.Country, a.Code), v.Country
		m.Antecedent = v.Span
		return
	}
	// "The army said ... Venezuelan troops detained gunmen ... the
	// U.N. called on the army to": a bare singular agent named again
	// as the story named it before is the one so named, not the last
	// force of another name (sameAgentAgain).
	if h, ok := st.sameAgentAgain(m, a, i); ok {
		m.Code, m.Country, m.bare = dict.Combine(h.Country, a.Code), h.Country, true
		m.Antecedent = h.Span
		return
	}
	// "Eritrea freed 11 Djiboutian soldiers ... Djibouti freed two
	// Eritrean pilots ... denied that Asmara had held the soldiers": a
	// definite plural agent named again is the group of its own head
	// word named with its country, however many mentions back, before
	// another agent of its code (bareCountry).
	if i > 0 && st.up[i-1] == "THE" && m.plural && !st.r.Local && !strings.Contains(a.Code, "GOV") {
		if h := st.lastSameHeadWithin(a.Phrase, sameGroupReach); h != nil && h.plural {
			m.Code, m.Country, m.bare = dict.Combine(h.Country, a.Code), h.Country, true
			m.Antecedent = h.Span
			return
		}
	}
	if c := st.placedAgent(a, i); c != "" {
		m.Code, m.Country, m.bare = dict.Combine(c, a.Code), CountryOf(c), true
		return
	}
	if c := st.bareCountry(a.Code, st.indefinite(i), m.Person, i); c != "" {
		if h := st.host(a.Phrase, a.Code, c, i); h != nil {
			// "French troops left Mali. The junta ...": Mali's.
			m.Code, m.Country = dict.Combine(h.Country, a.Code), h.Country
			m.Antecedent = h.Span
			return
		}
		if h := st.storyHost(a.Phrase, a.Code, c, i); h != nil {
			// "Fallujah was shut. US troops there clashed with
			// guerrillas": Iraq's.
			m.Code, m.Country = dict.Combine(h.Country, a.Code), h.Country
			m.Antecedent = h.Span
			return
		}
		// "Rwanda denied backing the fighters in eastern Congo. The
		// rebels ...": Congo's, where fighters named before fight.
		if st.cur == "" && c == st.lead && fighters(a.Code) && !st.indefinite(i) {
			if f := st.lastFighters(); f != nil && f.Country != c {
				m.Code, m.Country = dict.Combine(f.Country, a.Code), f.Country
				m.Antecedent = f.Span
				return
			}
		}
		m.Code = dict.Combine(c, a.Code)
		if st.former(i) {
			m.Code = dict.Combine(c, "~ELI")
		}
		m.Country, m.bare = c, true
		if h := st.lastWithCountry(c); h >= 0 {
			m.Antecedent = st.history[h].Span
		}
	} else if c := st.forcesAhead(m.End); c != "" && fighters(a.Code) && !st.r.Local {
		// "Kremlin-backed separatists attacked Ukrainian soldiers":
		// fighters of no known country fight the state whose
		// forces their sentence names (localAgent).
		m.Code, m.Country = dict.Combine(c, a.Code), c
	} else {
		m.Code = dict.Combine(st.r.Unknown, a.Code)
	}
}

// forcesAhead returns the country of the first state's forces that the
// words from token i on name before the clause ends: a country's name or
// people's word right before an army, police or security agent
// ("Ukrainian soldiers", "the Malian army", "Somalia's police"); else "".
func (st *state) forcesAhead(i int) string {
	for k := i; k < len(st.up); k++ {
		if w := st.words[k]; w == "." || w == ";" || w == ":" {
			return ""
		}
		code, e, n, ok := st.actor(st.up[k:])
		if !ok || code == "---" {
			continue
		}
		if c := st.dated(code, &e); len(c) != 3 || CountryOf(c) != c {
			continue
		}
		j := k + n
		if j+1 < len(st.up) && possessiveUp(st.up[j]) {
			j++
		}
		if a, _, ok := st.r.d.AgentEntry(st.up[j:]); ok && (strings.Contains(a.Code, "MIL") || strings.Contains(a.Code, "COP")) {
			return code
		}
	}
	return ""
}

// reportWords are the verbs of saying (upper-case forms) after which a
// reported clause begins.
var reportWords = map[string]bool{
	"SAID": true, "SAYS": true, "SAY": true, "ADDED": true, "CLAIMED": true,
	"ALLEGED": true, "REPORTED": true, "ANNOUNCED": true, "STATED": true,
}

// reported reports an agent phrase at token i that opens a clause a verb
// of saying reports ("said police arrested", "said that the protesters",
// "claimed local police").
func (st *state) reported(i int) bool {
	k := i - 1
	for k >= 0 && (st.up[k] == "THE" || st.up[k] == "LOCAL") {
		k--
	}
	if k >= 0 && st.up[k] == "THAT" {
		k--
	}
	return k >= 0 && reportWords[st.up[k]]
}

// firmWords are the last words (upper-case, singular) of the agent
// phrases of companies, as opposed to the people who run them.
var firmWords = map[string]bool{
	"COMPANY": true, "FIRM": true, "BUSINESS": true, "CORPORATION": true,
	"ENTERPRISE": true, "CONGLOMERATE": true, "MULTINATIONAL": true,
}

// homeWords are the words (upper-case) before a company that say it is of
// the country of the story ("a local firm", "state-owned companies").
var homeWords = map[string]bool{
	"LOCAL": true, "DOMESTIC": true, "NATIONAL": true, "STATE": true,
	"STATE-OWNED": true, "STATE-RUN": true, "OWNED": true, "RUN": true,
}

// newFirm reports a company m at token i (of agent entry a) that the
// sentence introduces as a new one, with no word of whose it is: after an
// indefinite word ("China sanctioned a company", "two firms"), or in the
// bare plural ("sanctioned firms that supply drones"). Companies trade
// across borders, so the country of the actor that acts on them, or of
// the story, is no more theirs than any other: only a place the sentence
// puts them in is ("a company in Nairobi"), or a word that makes them the
// story's ("a local company", "state-owned firms").
func (st *state) newFirm(toks []model.Token, m *Mention, i int, a dict.Agent) bool {
	if st.r.Local || !strings.Contains(a.Code, "BUS") {
		return false
	}
	w := st.up[m.Head]
	if !firmWords[w] && !firmWords[strings.TrimSuffix(w, "S")] && !firmWords[strings.TrimSuffix(w, "ES")] &&
		!(strings.HasSuffix(w, "IES") && firmWords[strings.TrimSuffix(w, "IES")+"Y"]) {
		return false
	}
	b := i - 1
	for ; b >= 0; b-- {
		if homeWords[st.up[b]] {
			return false
		}
		if toks[b].UPOS != "ADJ" || isName(toks[b]) {
			break
		}
	}
	if st.indefinite(i) {
		return true
	}
	if !m.plural {
		return false
	}
	if b < 0 {
		return true
	}
	switch toks[b].UPOS {
	case "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT":
		return true
	}
	return false
}

// indefinites are the words that introduce a new, not yet named, one of
// a kind ("a company", "three soldiers", "another firm").
var indefinites = map[string]bool{
	"A": true, "AN": true, "ANOTHER": true, "SOME": true, "ANY": true, "SEVERAL": true,
	"MANY": true, "TWO": true, "THREE": true, "FOUR": true, "FIVE": true, "SIX": true,
	"SEVEN": true, "EIGHT": true, "NINE": true, "TEN": true, "DOZENS": true, "HUNDREDS": true,
	"THOUSANDS": true,
}

// indefinite reports an agent phrase at token i introduced by an
// indefinite word (see indefinites) or a number, directly or across one
// lower-case word ("a private company", "two foreign firms").
func (st *state) indefinite(i int) bool {
	det := func(k int) bool {
		if k < 0 {
			return false
		}
		w := st.up[k]
		if indefinites[w] {
			return true
		}
		_, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		return err == nil
	}
	if det(i - 1) {
		return true
	}
	if i >= 2 && st.words[i-1] != "" && st.words[i-1][0] >= 'a' && st.words[i-1][0] <= 'z' {
		return det(i - 2)
	}
	return false
}

// civilianAgent reports an agent code of people not acting for any
// institution: civilians, people, refugees ("~CVL", "~PPL", "~REF").
func civilianAgent(code string) bool {
	return strings.Contains(code, "CVL") || strings.Contains(code, "PPL") || strings.Contains(code, "REF")
}

// houseWords are the upper-case words of parties and legislative houses
// that make the deputies near them members of a legislature (see
// houseNear).
var houseWords = map[string]bool{
	"PARTY": true, "PARTIES": true, "PARLIAMENT": true, "PARLIAMENTARY": true,
	"ASSEMBLY": true, "CONGRESS": true, "CHAMBER": true, "LEGISLATURE": true,
	"DUMA": true, "SENATE": true, "OPPOSITION": true, "COALITION": true,
}

// deputiesCode returns the agent code of the one-word agent phrase at
// token i: "~LEG" for deputies beside a party or a house (houseNear),
// else code.
func (st *state) deputiesCode(toks []model.Token, i int, phrase, code string) string {
	if (phrase == "DEPUTIES" || phrase == "DEPUTY" && isPlural(toks[i])) && st.houseNear(i) {
		return "~LEG"
	}
	return code
}

// houseNear reports a word of a party or a legislative house within a
// few words of token i. A plural "deputies" there are members of a
// legislature (LEG), as in much of the world's news; Phoenix's DEPUTY is
// a sheriff's deputy (~COP), which keeps the deputies of other sentences.
func (st *state) houseNear(i int) bool {
	const reach = 6
	for k := max(0, i-reach); k < min(len(st.up), i+reach+1); k++ {
		if houseWords[st.up[k]] {
			return true
		}
	}
	return false
}

// fromOpposition returns the end of "from the opposition" or "of the
// opposition" at token j after an agent of legislators or politicians
// (code, "~LEG" of "lawmakers", "~ELI"), else 0: such members of the
// opposition act as the opposition (OPP), not as their house (LEG).
func (st *state) fromOpposition(j int, code string) int {
	switch strings.Trim(code, "~") {
	case "LEG", "ELI":
	default:
		return 0
	}
	if j+1 >= len(st.up) || st.up[j] != "FROM" && st.up[j] != "OF" {
		return 0
	}
	k := j + 1
	if st.up[k] == "THE" {
		k++
	}
	if k < len(st.up) && st.up[k] == "OPPOSITION" {
		return k + 1
	}
	return 0
}

// armedAgent reports an agent code of armed people: soldiers, rebels,
// insurgents, militias ("~UAF" of FIGHTERS).
func armedAgent(code string) bool {
	return strings.Contains(code, "MIL") || fighters(code)
}

// runWords are the upper-case participles after a name and a hyphen
// that make what follows the name's own organ ("the Hamas-run health
// ministry", "the Taliban-controlled foreign ministry"), where other
// backedWords only say who backs it ("Iranian-backed militias").
var runWords = map[string]bool{"RUN": true, "CONTROLLED": true, "OWNED": true, "ADMINISTERED": true}

// runOrgan extends m, a group, an organisation or a government named
// before a hyphen and one of runWords, over the organ that follows when
// one does, and codes it as m's own, as the possessive does ("Hamas's
// health ministry"): the ministry a group runs speaks for that group.
// It reports whether it did; a place or anything else after the
// participle ("Houthi-controlled Hodeidah") leaves m a backer.
func (st *state) runOrgan(toks []model.Token, m *Mention, code string) bool {
	if !runWords[st.up[m.End+1]] || m.End+2 >= len(toks) {
		return false
	}
	if !hasOrgans(code) && !(len(code) > 3 && strings.HasSuffix(code, "GOV")) {
		return false
	}
	o := *m
	st.organ(toks, &o, m.End+2, true)
	if o.End <= m.End+2 {
		return false
	}
	*m = o
	return true
}

// hasOrgans reports a code whose organs and officials organ reads as its
// own ("EU officials", "Hamas's health ministry"): an international
// organisation, an armed international group or a non-state group.
func hasOrgans(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "IMG") || groupCode(code)
}

// groupCode reports a code of a non-state group with a country ("SDNREB",
// "IRNOPP"): an armed group (fighters) or an opposition. What such a
// group's fighters or members do, it does.
func groupCode(code string) bool {
	return len(code) > 3 && (fighters(code[3:]) || strings.Contains(code[3:], "OPP"))
}

// speakerCode is the code of a spokesperson for a: a's own, or a
// country's government for a bare country.
func speakerCode(a model.Actor) string {
	if len(a.Code) == 3 && a.Code == a.Country {
		return a.Code + "GOV"
	}
	return a.Code
}

// ownerParticiples are the participles (upper-case) that, after a
// country's adjective and a hyphen, say whose the noun after them is: the
// country of its flag or registry ("British-flagged",
// "Panamanian-registered"), unlike "Russian-backed" or "Turkish-made"
// (see backedWords).
var ownerParticiples = map[string]bool{"FLAGGED": true, "REGISTERED": true}

func isModifier(t model.Token) bool {
	return t.UPOS == "ADJ" || t.UPOS == "NOUN" && t.Form != "" && t.Form[0] >= 'a' && t.Form[0] <= 'z'
}

// asideAgent reports that the mention starting at token i is the agent
// of a participle in an aside that a comma opens: "by" before it, a
// participle before that, and, before the participle, a comma with no
// other verb between ("Belgrade, backed by Russia and China, does not
// recognise it"; "The resolution, drafted by Britain and backed by the
// United States, was approved").
func asideAgent(toks []model.Token, i int) bool {
	if i < 2 || !strings.EqualFold(toks[i-1].Form, "by") && !(strings.EqualFold(toks[i-1].Form, "the") && i >= 3 && strings.EqualFold(toks[i-2].Form, "by")) {
		return false
	}
	k := i - 2
	if !strings.EqualFold(toks[i-1].Form, "by") {
		k = i - 3
	}
	if !isParticiple(toks[k]) || toks[k].XPOS != "VBN" {
		return false
	}
	for k--; k >= 0; k-- {
		t := toks[k]
		if t.Form == "," {
			return true
		}
		if (t.UPOS == "VERB" || t.UPOS == "AUX") && t.XPOS != "VBN" {
			return false
		}
	}
	return false
}

// usedMeans reports an agent phrase of n words at i in the object of
// "using", alone or in a list ("using attack, bomber, fighter and
// remotely piloted aircraft"): what is used is a means, not who uses
// it. One that a finite verb follows is the subject after a clause of
// "using" that a comma ends ("Using drones, troops attacked the town").
func usedMeans(toks []model.Token, up []string, i, n int) bool {
	if k := i + n; k < len(toks) {
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	for b := i - 1; b >= 0 && b >= i-8; b-- {
		if up[b] == "USING" {
			return true
		}
		switch toks[b].UPOS {
		case "NOUN", "ADJ", "ADV", "CCONJ", "NUM", "DET":
		case "PUNCT":
			if toks[b].Form != "," {
				return false
			}
		case "VERB":
			if toks[b].XPOS != "VBN" {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// acquiredCraft reports an agent phrase of n words at i that names
// craft (jets, frigates, boats) in the object of a verb that buys, sells
// or hands them over ("ordered 42 fighter jets from France", "sold two
// frigates to Peru", "agreed to build frigates for the navy"): the craft
// are goods, not the forces of the country they come from or go to,
// which the phrase after them names.
func acquiredCraft(toks []model.Token, up []string, i, n int) bool {
	if !craftWords[strings.TrimSuffix(up[i+n-1], "S")] {
		return false
	}
	for b := i - 1; b >= 0 && b >= i-6; b-- {
		switch toks[b].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM", "DET":
			continue
		case "VERB":
			return transferLemmas[strings.ToUpper(toks[b].Lemma)]
		}
		return false
	}
	return false
}

// craftWords are the upper-case singular nouns for armed craft.
var craftWords = map[string]bool{
	"JET": true, "AIRCRAFT": true, "WARPLANE": true, "PLANE": true, "FIGHTER": true,
	"BOMBER": true, "HELICOPTER": true, "DRONE": true, "FRIGATE": true, "CORVETTE": true,
	"WARSHIP": true, "SUBMARINE": true, "GUNBOAT": true, "BOAT": true, "VESSEL": true,
	"SHIP": true, "TANK": true,
}

// transferLemmas are the upper-case lemmas of verbs that buy, sell,
// make or hand over goods.
var transferLemmas = map[string]bool{
	"BUY": true, "PURCHASE": true, "ORDER": true, "ACQUIRE": true, "IMPORT": true,
	"PROCURE": true, "LEASE": true, "SELL": true, "EXPORT": true, "DONATE": true,
	"SUPPLY": true, "DELIVER": true, "BUILD": true,
}

// organBeforeTitle reports an organ's agent at i (n words, entry a;
// "Foreign Office", "Defence Ministry") that is part of the title of the
// person named right after it ("Foreign Office Minister Anna Rowe"): the
// organ says which minister, not who acts, and read as an actor of its
// own it takes the country in context and stands in for the minister as
// the source, where the minister read alone is placed like any titled
// person. A spokesperson's title after it ("Foreign Ministry spokesman
// Li Wen") is left to the organ, which says whom the spokesman speaks
// for.
func (st *state) organBeforeTitle(toks []model.Token, i, n int, a dict.Agent) bool {
	j := i + n
	if personTitle(a.Phrase) || !strings.Contains(a.Code, "GOV") || j+1 >= len(toks) || !capitalised(toks[i].Form) {
		return false
	}
	t, k, ok := st.r.d.AgentEntry(st.up[j:])
	if !ok || !personTitle(t.Phrase) || strings.Contains(t.Phrase, "SPOKES") || !capitalised(toks[j].Form) {
		return false
	}
	en, ok := st.entity(j + k)
	return ok && en.Kind == model.Person && j+k < len(toks) && en.Start == toks[j+k].Start
}

// portfolioInName reports whether the capitalised word at i is one of
// the portfolios listed in a ministry's or department's name ("Ministry
// of Trade, Industry and Energy", "Ministry of Economy, Trade and
// Industry"), where the tagger ends the name at the first comma and
// "Industry" would be read as industry (~BUS). The list must have a
// comma: "the Ministry of Defence and Army officers" names two actors.
func portfolioInName(toks []model.Token, up []string, i int) bool {
	if i < 4 || !capitalised(toks[i].Form) || up[i-1] != "," && up[i-1] != "AND" {
		return false
	}
	comma := false
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		switch {
		case up[k] == ",":
			comma = true
		case up[k] == "AND":
		case up[k] == "OF":
			return comma && capitalised(toks[k-1].Form) && (up[k-1] == "MINISTRY" || up[k-1] == "DEPARTMENT")
		case !capitalised(toks[k].Form):
			return false
		}
	}
	return false
}

// oppositionAgent reports an agent code of a country's political
// opposition (~OPP: opposition leaders, parties, protesters), whose
// country is the one whose government it opposes.
func oppositionAgent(code string) bool {
	return strings.Contains(code, "OPP")
}

// lastOppositionCountry returns the country of the last opposition the
// story named (a mention coded as a country's opposition: protesters,
// parties, leaders), or "".
func (st *state) lastOppositionCountry() string {
	for h := len(st.history) - 1; h >= 0; h-- {
		m := st.history[h]
		if c := CountryOf(m.Code); c != "" && c == m.Country && oppositionAgent(m.Code[len(c):]) {
			return c
		}
	}
	return ""
}

// sameFightersElsewhere reports fighters named again with "the" (the
// bare agent a at token i) that the story named before as another
// country's than the one of the place after them (country): "M23 rebels
// attacked Congolese troops ... Kinshasa held talks with the rebels in
// Doha" meets Congo's rebels in Qatar, where the talks are; they are not
// Qatar's. Fighters named first with a place ("the militias in Sudan")
// are that place's.
func (st *state) sameFightersElsewhere(i int, a dict.Agent, country string) bool {
	if i == 0 || st.up[i-1] != "THE" || !fighters(a.Code) {
		return false
	}
	c := CountryOf(country)
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-recentMentions; h-- {
		m := st.history[h]
		if m.Person || !fighters(m.Code) || m.Country == "" {
			continue
		}
		return m.Country != c
	}
	return false
}

// sameGroupReach is how many mentions back a definite plural agent looks
// for the group of its head word named with a country: an article's
// worth.
const sameGroupReach = 40

// placedAgent returns the country of the place the sentence opens with
// (openingPlace) for a bare agent at token i after it, who is where the
// sentence says: "In Tiraspol, separatist leader Vadim Krasnoselsky
// said" is Moldova's, not the country the sentence before led with, and
// so are the civilians of "In the Senegalese fishing town of Kafountine,
// relatives of the detained men blocked the road", whom bareCountry
// would give the story's country. A state's forces, often abroad, its
// government (read from the sentence's own first country) and its envoys
// are left to bareCountry, and so is an agent after a mention of another
// country ("In Kyiv, Russian missiles killed civilians"); else "".
func (st *state) placedAgent(a dict.Agent, i int) string {
	if st.where == "" || i < st.whereEnd || st.r.Local || st.cur != "" && st.cur != CountryOf(st.where) {
		return ""
	}
	if strings.Contains(a.Code, "MIL") || strings.Contains(a.Code, "GOV") || diplomatic(a.Phrase) {
		return ""
	}
	return st.where
}

// countrySpeaker is the agent code of the agent phrase whose code is
// code, right after a country's name or adjective: a spokesperson of a
// country ("a Chilean spokeswoman", "Peru's spokesman") speaks for its
// government, as a bare spokesperson after a country does (speakerCode),
// not for its media, which the dictionaries' own code for the title says.
func countrySpeaker(phrase, code string) string {
	if strings.Contains(phrase, "SPOKES") && strings.Contains(code, "MED") {
		return "~GOV"
	}
	return code
}
