package actor

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// Kind tells how a Mention was resolved.
type Kind uint8

// The kinds of Mention.
const (
	// Named is a dictionary actor phrase, possibly with an agent
	// ("Albanian police") or a title ("Prime Minister Edi Rama").
	Named Kind = iota
	// Agent is an agent phrase without a country of its own ("the
	// police", "the prime minister"); its country comes from a phrase
	// after it ("of Kosovo") or from the article so far.
	Agent
	// Surname is a person named in full earlier ("Rama").
	Surname
	// Pronoun is "he", "it", "they" and the like, resolved to an earlier
	// mention.
	Pronoun
	// Description is a definite description ("the group", "the
	// country") resolved to an earlier mention.
	Description
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Named:
		return "named"
	case Agent:
		return "agent"
	case Surname:
		return "surname"
	case Pronoun:
		return "pronoun"
	case Description:
		return "description"
	}
	return "unknown"
}

// Mention is one actor mention in a sentence. The embedded Actor holds the
// code, its country, the entry that fired and the byte span of the
// mention in the article's text.
type Mention struct {
	model.Actor
	// Start and End are the mention's tokens, [Start, End) in the
	// sentence; Head is the token that heads it (the agent or the last
	// word of the name).
	Start, End, Head int
	Kind             Kind
	// Person reports a mention of one person (a leader's name, a title,
	// "he").
	Person bool
	// Capital reports a capital or other city that the dictionaries code
	// as its country ("Tehran"): a caller may read it as the government.
	Capital bool
	// Agent is the agent phrase that fired, if any ("POLICE").
	Agent string
	// Antecedent is the byte span of the mention this one was resolved
	// through, for pronouns, descriptions, surnames and bare agents; zero
	// otherwise.
	Antecedent model.Span

	// plural reports an agent phrase whose head is a plural noun
	// ("civilians", "Chinese companies"), which "it" and "its" do not
	// stand for.
	plural bool
	// owner is, for an agent named with an organisation rather than a
	// country ("NATO peacekeepers"), that organisation's code, and
	// agentCode the agent's code ("~MIL"): a later bare agent of the
	// same kind ("the troops") is that organisation's.
	owner, agentCode string
	// place reports a country or city named as where something is ("based
	// in Bahrain"), which "it" stands for only when nothing else can.
	place bool
	// regime reports a government the text calls a regime ("the Asad
	// regime"), which a later bare "the regime" stands for.
	regime bool
	// conj reports a mention joined to the one before it in its sentence
	// by "and", "or" or a comma only ("Egypt, Jordan and Qatar").
	conj bool
	// listed reports a mention that a later one in its sentence is
	// joined to (the first of "Russia and China"): with conj, a member
	// of a list, which "it" and "its" do not stand for.
	listed bool
	// aside reports a mention that is the agent of a participle in an
	// aside set off by a comma ("The resolution, backed by the United
	// States, was approved"), which "it" and "its" do not stand for.
	aside bool
	// dated is, for a named mention whose entry has dated roles (and
	// the surnames and pronouns that stand for it), one more than the
	// index of those roles in state.datedRoles: a later surname or
	// pronoun in a sentence read at another day takes the role of that
	// day (see redate).
	dated int32
	// words is a named mention's text, upper-case words joined by spaces
	// ("INTERNATIONAL MONETARY FUND" of the IMF's entry).
	words string
	// backer reports a name that only says who backs, leads or hosts
	// what follows ("Turkish-backed fighters", "a Britain-based
	// monitor"): those are not its own, and it names no country for the
	// sentence's bare agents.
	backer bool
}

// Resolver resolves actor mentions with a set of dictionaries. It keeps
// no state between calls and is safe for concurrent use.
type Resolver struct {
	d *dict.Dicts

	// Unknown is written in place of the country of an agent that has
	// none ("police" in an article that names no country): "" gives the
	// bare agent code "COP", "---" PETRARCH's "---COP" and "~" TABARI's
	// "~COP". Set it before the first call.
	Unknown string
	// Local keeps a bare agent other than a government from taking the
	// country of a mention earlier in its own sentence ("Russian police
	// arrested students": the students have none), as PETRARCH and
	// TABARI code agents; earlier sentences still lend theirs. News
	// coding leaves it false. Set it before the first call.
	Local bool
	// CiviliansAsCountry codes a civilian ("civilians", "residents", "a
	// Syrian woman") as the country alone (SYR) instead of with the
	// civilian type (SYRCVL) that Phoenix's agents and CAMEO give them.
	// The default keeps CVL, so that an export says who was hit; the
	// demo corpus's gold writes the country alone. Set it before the
	// first call.
	CiviliansAsCountry bool

	// leaders indexes, by surnameKey of its last word, every entry of
	// two words or more; it is built once, on first use (see
	// state.titledLeader and state.bareLeader), and only read after.
	leadersOnce sync.Once
	leaders     map[string][]*dict.Entry
}

// New returns a Resolver that looks actors up in d.
func New(d *dict.Dicts) *Resolver { return &Resolver{d: d} }

// Dicts returns the dictionaries r uses.
func (r *Resolver) Dicts() *dict.Dicts { return r.d }

// MaxTokens bounds the tokens of one sentence that Resolve looks at; the
// rest of a longer sentence is ignored.
const MaxTokens = 400

// Resolve finds the actor mentions of every sentence of an article,
// resolving names, roles and coreference with the article's date at (the
// zero time uses only undated roles). ents are the article's named
// entities (nil is allowed). The result has one slice per sentence, each
// in text order without overlaps.
func (r *Resolver) Resolve(sents []model.Sentence, ents []model.Entity, at time.Time) [][]Mention {
	return r.ResolveDated(sents, ents, at, nil)
}

// Dates are the past days one sentence tells of (see ResolveDated).
type Dates struct {
	// Own are the days the sentence is dated to (a year it names, "in
	// 1990", or the date of its paragraph), in the order they are tried,
	// before the article's date.
	Own []time.Time
	// Also are other past days the sentence names, which may not be its
	// own: beside a recent time ("Iran said on Monday that Saddam
	// Hussein invaded Kuwait in 1990") or in a relative clause. They are
	// tried only for a name the dictionaries give no role on the
	// article's date.
	Also []time.Time
}

// ResolveDated is Resolve for an article whose sentences may tell of
// their own past days, dates[i] those of sentence i (dates may be nil or
// shorter than sents). A name is resolved at the first of the sentence's
// own days on which the dictionaries give it a dated role ("Saddam
// Hussein invaded Kuwait in 1990" is IRQGOV in an article of 2022, whose
// day finds him no role), else at the article's date, else, when it has
// no role then, at the first of the other past days that gives it a
// dated role. An undated role, the same on every day, is no reason to
// read a past day.
func (r *Resolver) ResolveDated(sents []model.Sentence, ents []model.Entity, at time.Time, dates []Dates) [][]Mention {
	st := state{r: r, at: at, ents: ents, surnames: map[string]int{}}
	if !r.Local {
		st.regionOrgs(ents)
	}
	out := make([][]Mention, len(sents))
	for i := range sents {
		st.days = Dates{}
		if i < len(dates) {
			st.days = dates[i]
		}
		out[i] = st.sentence(&sents[i])
	}
	if r.Unknown == "" && !r.Local {
		fillCountry(out)
	}
	return out
}

// fillCountry gives the mentions of one titled person that are left with
// no country ("Ambassador Gordon Sondland" opening an article that names
// the United States only later, "he" and "Sondland" that stand for him)
// the country the article names most often (the first of those named
// as often), as a reader takes an unplaced official to be the story's.
func fillCountry(out [][]Mention) {
	count := map[string]int{}
	best, bestN := "", 0
	for _, sent := range out {
		for _, m := range sent {
			if m.Country == "" || m.Country != CountryOf(m.Code) {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
	}
	if best == "" {
		return
	}
	for _, sent := range out {
		for k := range sent {
			m := &sent[k]
			if !m.Person || m.Country != "" || len(m.Code) != 3 || CountryOf(m.Code) != "" || !strings.HasPrefix(m.Entry, "agent ") {
				continue
			}
			m.Code, m.Country = best+m.Code, best
		}
	}
}

// state is what one Resolve call remembers while it reads an article.
type state struct {
	r  *Resolver
	at time.Time
	// days are the current sentence's past days (see ResolveDated).
	days Dates
	ents []model.Entity
	ei   int // first entity not wholly before the current sentence

	words    []string
	up       []string // words upper-cased, as the dictionaries key them
	entAt    []int16  // entity index per token, -1 for none
	history  []Mention
	surnames map[string]int // upper-case surname -> index in history
	country  string         // country of the last mention that had one
	// lead is the country of the last sentence's first mention, the
	// likeliest owner of a bare "the government"; cur is that of the
	// current sentence so far, which takes precedence ("Opposition
	// leader Sali Berisha criticised the government" is Albania's).
	lead, cur string
	// before is country as the current sentence began.
	before string
	// leadM is the last sentence's first mention that has a country or
	// is an organisation, curM that of the current sentence so far: the
	// actor a bare spokesperson speaks for.
	leadM, curM *Mention
	// skip is, after a failed match at a token, the token to go on from:
	// past a phrase that codes nothing.
	skip int
	// prevAt and curAt index history where the last sentence's mentions
	// and the current sentence's begin.
	prevAt, curAt int
	// datedRoles are the dated roles of the named mentions so far and
	// the day each was read at (see Mention.dated).
	datedRoles []readRoles
	// regions maps a region's upper-case adjective ("AFRICAN") to the
	// code of that region's organisation the article names anywhere
	// ("the African Union" is IGOAFR).
	regions map[string]string
	// leaders are the mentions "the two leaders" last stood for, which
	// a later bare "the leaders" stands for again.
	leaders []Mention
	// pairs are the mentions "the two countries", "both governments" or
	// "the two leaders" last stood for, and pairAt the number of the
	// sentence that said it (see nsent): a "their ministers" in it or the
	// next are the governments of the pair (theirOffices).
	pairs  []Mention
	pairAt int
	// nsent counts the sentences read.
	nsent int
}

func (st *state) sentence(s *model.Sentence) []Mention {
	toks := s.Tokens
	if len(toks) > MaxTokens {
		toks = toks[:MaxTokens]
	}
	n := len(toks)
	st.words = st.words[:0]
	st.up = st.up[:0]
	st.entAt = st.entAt[:0]
	for _, t := range toks {
		st.words = append(st.words, t.Form)
		st.up = append(st.up, strings.ToUpper(t.Form))
		st.entAt = append(st.entAt, -1)
	}
	st.mapEntities(toks)

	var out []Mention
	lead := ""
	st.cur = ""
	st.curM = nil
	st.before = st.country
	st.prevAt, st.curAt = st.curAt, len(st.history)
	st.nsent++
	for i := 0; i < n; {
		if k := st.namedPair(i); k > 0 {
			i += k
			continue
		}
		if ps := st.pair(toks, i); len(ps) > 0 {
			for _, m := range ps {
				m.Span = model.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
				out = append(out, m)
			}
			i = ps[0].End
			continue
		}
		if ps := st.pronounList(toks, i); len(ps) > 0 {
			for _, m := range ps {
				m.Span = model.Span{Start: toks[i].Start, End: toks[i].End}
				out = append(out, m)
			}
			i++
			continue
		}
		st.skip = 0
		m, ok := st.at1(toks, i)
		if !ok {
			i = max(i+1, st.skip)
			continue
		}
		if m.End <= i {
			m.End = i + 1
		}
		if end := venue(toks, m); end > 0 && !st.r.Local {
			i = end // "At the United Nations Climate Action Summit"
			continue
		}
		if !st.r.Local {
			st.titledAgent(toks, &m)
		}
		nameStart := m.Start
		if !st.r.Local {
			lo := 0
			if len(out) > 0 {
				lo = out[len(out)-1].End
			}
			staffOf(toks, st.up, &m, lo)
		}
		m.Span = model.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
		if len(out) > 0 && (oppositionParty(&m, out[len(out)-1]) || ethnicAgent(&m, out[len(out)-1])) {
			out = out[:len(out)-1]
			st.history = st.history[:len(st.history)-1]
		}
		if len(out) > 0 && st.agentOfCountry(&m, out[len(out)-1]) {
			out = out[:len(out)-1]
			st.history = st.history[:len(st.history)-1]
		}
		if len(out) > 0 && !st.r.Local {
			appositiveGroup(toks, &m, out[len(out)-1])
		}
		if len(out) > 0 {
			speaksFor(&m, out[len(out)-1])
		}
		if p, ok := st.memberOf(toks, m, out); ok {
			out = append(out, p)
			st.history = append(st.history, p)
			st.addSurname(toks, p, len(st.history)-1)
		}
		m.place = m.place || st.located(m)
		if m.Kind == Named {
			m.words = strings.Join(st.up[nameStart:min(m.End, n)], " ")
		}
		if len(out) > 0 {
			m.conj = conjoined(st.up, out[len(out)-1].End, m.Start)
			// "via Moscow and Paris": a place's list is of places.
			m.place = m.place || m.conj && out[len(out)-1].place && m.Kind == Named && m.Agent == ""
			if h := len(st.history) - 1; m.conj && h >= st.curAt && st.history[h].Span == out[len(out)-1].Span {
				st.history[h].listed = true
				if sharedAgent(toks, &out[len(out)-1], m) {
					st.history[h] = out[len(out)-1]
				}
			}
		}
		m.aside = asideAgent(toks, m.Start)
		for k := m.Start; k < m.End && k < n && m.Kind == Named; k++ {
			if st.up[k] == "REGIME" || st.up[k] == "REGIMES" {
				m.regime = true
			}
		}
		ownCapital(toks, &m, out)
		st.partyCongress(&m)
		if st.r.CiviliansAsCountry && m.Country != "" && m.Code == m.Country+"CVL" {
			m.Code = m.Country
		}
		if m.Country != "" {
			st.country = m.Country
		}
		if m.Kind == Named && m.Person {
			st.addSurname(toks, m, len(st.history))
		}
		st.history = append(st.history, m)
		if m.Person && m.Agent != "" && (m.Kind == Named || m.Kind == Agent) {
			st.appositive(toks, m.End, len(st.history)-1)
			st.describedBefore(toks, m.Start, len(st.history)-1)
		}
		if len(out) == 0 && m.Country != "" && m.Kind != Pronoun && !m.backer {
			lead = m.Country
		}
		if st.cur == "" && m.Country != "" && m.Kind != Pronoun && !m.backer {
			st.cur = m.Country
		}
		if st.curM == nil && m.Kind != Pronoun && m.Code != "" && (m.Country != "" || strings.HasPrefix(m.Code, "IGO")) {
			c := m
			st.curM = &c
		}
		out = append(out, m)
		i = m.End
	}
	if lead != "" {
		st.lead = lead
	}
	if st.curM != nil {
		st.leadM = st.curM
	}
	return out
}

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
		m.Code, m.Name, m.Country, m.Entry = prev.Code, prev.Name, prev.Country, prev.Entry+"; "+m.Entry
		m.Antecedent = prev.Antecedent
	}
	m.Start, m.Span.Start = prev.Start, prev.Span.Start
	return true
}

// ethnicAgent joins a people's name right before an agent of the people
// ("Serb protesters", "Serb civilians") to it, reporting whether it did;
// m then covers both and takes prev's code, the people's (KSVSRB), which
// says more than the agent's own (KSVOPP).
func ethnicAgent(m *Mention, prev Mention) bool {
	if prev.End != m.Start || m.Kind != Agent || prev.Kind != Agent || !people(prev.agentCode) {
		return false
	}
	switch strings.TrimPrefix(m.agentCode, "~") {
	case "OPP", "CVL", "PPL", "REF":
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

// mapEntities fills st.entAt for the tokens of the sentence.
func (st *state) mapEntities(toks []model.Token) {
	if len(toks) == 0 {
		return
	}
	first, last := toks[0].Start, toks[len(toks)-1].End
	for st.ei < len(st.ents) && st.ents[st.ei].End <= first {
		st.ei++
	}
	k := 0
	for e := st.ei; e < len(st.ents) && st.ents[e].Start < last; e++ {
		en := st.ents[e]
		for k < len(toks) && toks[k].End <= en.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].Start < en.End; j++ {
			if e < 1<<15 {
				st.entAt[j] = int16(e)
			}
		}
	}
}

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
	return a.Person && strings.HasSuffix(a.Entry, possessedEntry) && conjoined(st.up, a.End, m.Start)
}

// partOfPerson reports a dictionary match of the k tokens at i that is
// only the start of a longer person's name the entities give: "Nasser"
// of "Nasser Kanaani" is not the Nasser the dictionaries know.
func (st *state) partOfPerson(i, k int) bool {
	en := st.entAt
	if i < 0 || i+k >= len(en) || en[i] < 0 || st.ents[en[i]].Kind != model.Person {
		return false
	}
	return en[i+k] == en[i] && (i == 0 || en[i-1] != en[i])
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
	if _, _, ok := st.r.d.AgentEntry(st.up[j:]); ok {
		return false
	}
	if _, _, _, ok := st.actor(st.up[j:]); ok {
		return false
	}
	return true
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
	if _, _, ok := st.r.d.AgentEntry(st.up[j:]); ok {
		return false
	}
	if _, _, _, ok := st.actor(st.up[j:]); ok {
		return false
	}
	return true
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

// entity returns the entity covering token i, if any.
func (st *state) entity(i int) (model.Entity, bool) {
	if i < 0 || i >= len(st.entAt) || st.entAt[i] < 0 {
		return model.Entity{}, false
	}
	return st.ents[st.entAt[i]], true
}

// at1 tries to find a mention starting at token i.
func (st *state) at1(toks []model.Token, i int) (Mention, bool) {
	if isPunct(toks[i]) {
		return Mention{}, false
	}
	if m, ok := st.regionLeaders(i); ok {
		return m, true
	}
	if m, ok := st.named(toks, i); ok {
		return m, true
	}
	if m, ok := st.namedOrgDescription(i); ok {
		return m, true
	}
	if m, ok := st.agent(toks, i); ok {
		return m, true
	}
	if m, ok := st.surname(toks, i); ok {
		return m, true
	}
	if m, ok := st.bareLeader(toks, i); ok {
		return m, true
	}
	uw := st.up[i]
	// "He Jianxiong said": a capitalised "He" right before a person's
	// name that the names model finds is that name's family name, not
	// the pronoun.
	if uw == "HE" && toks[i].Form == "He" && i+1 < len(toks) && maybeName(toks[i+1]) && !isPunct(toks[i+1]) {
		if en, ok := st.entity(i + 1); ok && en.Kind == model.Person && en.Start == toks[i+1].Start {
			return Mention{}, false
		}
	}
	if p, ok := pronouns[uw]; ok {
		m, ok := st.pronoun(toks, i, p)
		if ok && !st.redate(&m) {
			return Mention{}, false
		}
		return m, ok
	}
	if (uw == "THE" || uw == "THIS" || uw == "THAT") && i+1 < len(toks) {
		if d, ok := descriptions[st.up[i+1]]; ok {
			return st.description(toks, i, d)
		}
	}
	return Mention{}, false
}

// named matches a dictionary actor at i, with an agent or a title and name
// after it.
func (st *state) named(toks []model.Token, i int) (Mention, bool) {
	d := st.r.d
	w := st.words
	// A lower-case "the" starts a name the dictionaries list with its
	// article ("the White House", "the UN") when a name follows it.
	the := st.up[i] == "THE" && i+1 < len(toks) && maybeName(toks[i+1]) && toks[i+1].Form[0] >= 'A' && toks[i+1].Form[0] <= 'Z'
	lower := !maybeName(toks[i])
	if lower && !the && !d.AnyCase() {
		return Mention{}, false
	}
	code, e, k, ok := st.actor(st.up[i:])
	if !ok {
		code, e, k, ok = st.people(toks, i)
	}
	// "The US Treasury Department": a longer name after the article wins
	// over the entry that has the article ("THE_US").
	if ok && st.up[i] == "THE" && i+1 < len(toks) {
		if _, _, k2, ok2 := st.actor(st.up[i+1:]); ok2 && 1+k2 > k {
			return Mention{}, false
		}
	}
	// A phrase the dictionaries know to code nothing ("the international
	// community", "Black Friday") is passed over whole: no agent or name
	// inside it is read.
	if ok && code == "---" && !lower {
		st.skip = i + k
	}
	if !ok || code == "---" || code == "" || st.partOfPerson(i, k) || st.beginsName(toks, i, k, code) || st.endsOrgName(toks, i, k, code) {
		return Mention{}, false
	}
	// A two-letter name is an acronym, written in capitals ("UN", "US");
	// "Un" and "Us" are other words.
	if k == 1 && len(st.up[i]) == 2 && toks[i].Form != st.up[i] {
		return Mention{}, false
	}
	code = st.dated(code, &e)
	// "ethnic Albanian mayors" in Kosovo are a people's, not a state's:
	// the agent after the word takes the country of the context.
	if i > 0 && st.up[i-1] == "ETHNIC" && k == 1 && len(code) == 3 {
		return Mention{}, false
	}
	m := Mention{Start: i, End: i + k, Head: i + k - 1, Kind: Named}
	if lower && the {
		// The lower-case article is the entry's, not the name's.
		if k < 2 {
			return Mention{}, false
		}
		m.Start = i + 1
	}
	m.Code, m.Name, m.Entry = code, e.Name, e.String()
	m.Country = CountryOf(code)
	if hasDated(&e) {
		st.readAt(&m, &e)
	}
	if en, ok := st.entity(m.Start); ok {
		// A country's name is no person, whatever the names model
		// says ("a name Armenia rejects").
		m.Person = en.Kind == model.Person && !(len(code) == 3 && code == m.Country)
		// A city is one place: "Venezuelans", tagged a location at
		// times, is a people.
		m.Capital = k == 1 && en.Kind == model.Location && !strings.Contains(e.Name, st.up[m.Start]) &&
			!isPlural(toks[m.Start]) && toks[m.Start].UPOS != "ADJ" && !abbreviation(toks[m.Start].Form)
	}
	// "Mexico City", "Kuwait City": a country's name and "City" name a
	// city, which the dictionaries code as its country.
	if len(code) == 3 && code == m.Country && (m.End < len(toks) && toks[m.End].Form == "City" ||
		m.End-m.Start >= 2 && m.End <= len(toks) && toks[m.End-1].Form == "City") {
		m.Capital = true
	}
	// "the Kaliningrad region", "the Rasht-Astara railway": a city's name
	// that modifies a place is where, not who.
	if m.Capital && m.End < len(toks) && (placeNouns[st.up[m.End]] || toks[m.End].Form == "-" || toks[m.End].Form == "–") {
		m.place = true
	}
	if !st.r.Local && m.End+1 < len(toks) && (toks[m.End].Form == "-" || toks[m.End].Form == "\u2013") && st.up[m.End+1] == "BASED" &&
		len(code) == 3 && code == m.Country {
		if !st.basedIn(toks, m) {
			return Mention{}, false
		}
	}
	if m.End+1 < len(toks) && (toks[m.End].Form == "-" || toks[m.End].Form == "\u2013") && backedWords[st.up[m.End+1]] {
		m.backer = true
		return m, true
	}
	// "Iran 's foreign ministry", "Albanian riot police".
	j := m.End
	poss := false
	if j < len(w) && (w[j] == "'s" || w[j] == "’s" || w[j] == "'" || w[j] == "’") {
		j++
		poss = true
	}
	// A city's possessive names its streets and people, not its
	// government's ("Tirana's Mustafa Matohiti street").
	if poss && len(code) == 3 && !m.Capital && st.possessedPerson(toks, &m, j) {
		return m, true
	}
	if len(code) == 3 && j < len(w) {
		a, n, ok := d.AgentEntry(st.up[j:])
		if !ok && j+1 < len(w) && isModifier(toks[j]) {
			a, n, ok = d.AgentEntry(st.up[j+1:])
			if ok {
				j++
			}
		}
		// "a British-flagged tanker", "Liberian-registered vessels":
		// the flag says whose (not "Russian-backed rebels").
		if !ok && !poss && j+2 < len(w) && w[j] == "-" && ownerParticiples[st.up[j+1]] {
			a, n, ok = d.AgentEntry(st.up[j+2:])
			if ok {
				j += 2
			}
		}
		// After a possessive, modifiers joined by "and" too
		// ("Ithilen's awful and evil minister"). TABARI's
		// dictionaries read the title with the name after it
		// instead ("Ithilen's awful minister Calimehtar" is CALGOV
		// there).
		if !ok && poss && !d.AnyCase() {
			for k := j; k < len(w) && k < j+5 && (isModifier(toks[k]) || isParticiple(toks[k]) || st.up[k] == "AND" || st.up[k] == ","); k++ {
				if a2, n2, ok2 := d.AgentEntry(st.up[k+1:]); ok2 && (isModifier(toks[k]) || isParticiple(toks[k])) {
					a, n, ok, j = a2, n2, true, k+1
					break
				}
			}
		}
		if ok && !isPunct(toks[j]) {
			ac := a.Code
			if st.former(m.Start) || slices.Contains(st.up[m.End:j], "FORMER") {
				ac = "~ELI" // "former Gondor prosecutors", "Arnor's former envoy"
			}
			m.Code = dict.Combine(code, ac)
			m.Agent = a.Phrase
			m.End, m.Head = j+n, j+n-1
			m.Person = personTitle(a.Phrase) && !isPlural(toks[m.Head])
			m.Capital = false
			m.plural = !m.Person && isPlural(toks[m.Head])
			st.titledName(toks, &m, "", poss && !d.AnyCase())
		}
	} else if (strings.HasPrefix(code, "IGO") || groupCode(code) || strings.HasPrefix(code, "IMG")) && j < len(w) {
		st.organ(toks, &m, j, poss)
	} else if j == m.End && j < len(w) && (st.up[j] == "PARTY" || st.up[j] == "MOVEMENT") && len(code) > 3 {
		// "Vetëvendosje party": the party's own name says what it is.
		m.End, m.Head = j+1, j
	}
	// "his Japanese counterpart": the official of that country in the
	// role of the one whose counterpart it is.
	if !st.r.Local && m.Agent == "" && !poss && len(code) == 3 && code == m.Country && !m.Capital && m.End < len(toks) &&
		(st.up[m.End] == "COUNTERPART" || st.up[m.End] == "COUNTERPARTS") && toks[m.End].UPOS == "NOUN" {
		st.counterpart(toks, &m)
	}
	// "the Russian leader", "Iran's supreme leader": the country's head,
	// of its government (no bare LEADER agent: "GOP legislative leaders"
	// are no government; "Iran's leaders" stay the country's).
	if !st.r.Local && m.Agent == "" && len(code) == 3 && code == m.Country && !m.Capital {
		k := m.End
		if poss {
			k = j
		}
		if k < len(toks) && st.up[k] == "SUPREME" {
			k++
		}
		if k < len(toks) && st.up[k] == "LEADER" && toks[k].UPOS == "NOUN" {
			m.Code, m.Agent = code+"GOV", "LEADER"
			m.End, m.Head = k+1, k
			m.Person = true
		}
	}
	// "a Sacramento family physician", "the Kabul hospital": a city's
	// name between a determiner or adjective and the common noun it
	// modifies says where that is; the city does not act ("said that
	// Beijing resume buying", with a verb tagged as a noun, is not
	// one). PETRARCH and TABARI (Local) code it as its country.
	if !st.r.Local && m.Capital && m.Agent == "" && !poss && !m.place && m.End < len(toks) && m.Start > 0 &&
		(toks[m.Start-1].UPOS == "DET" || toks[m.Start-1].UPOS == "ADJ" || toks[m.Start-1].UPOS == "PRON") &&
		toks[m.End].UPOS == "NOUN" && toks[m.End].Form == strings.ToLower(toks[m.End].Form) && !demonymLike(st.up[m.Start:m.End], m.Name) {
		return Mention{}, false
	}
	// "visited Epstein in New York", "a deportee from Arizona in the
	// US": a city's name after "in", "at" or "near" that follows a
	// common or proper noun says where that is; the city does not act.
	// A noun that is an agent ("officials in Kabul") keeps its city.
	if !st.r.Local && m.Agent == "" && !poss && st.cityOrRegion(m) && st.nounPlace(toks, m.Start) {
		return Mention{}, false
	}
	// "Rep. José Serrano (D-NY)": a party's letter and a state's name in
	// brackets after a name mark a member of the US Congress, whoever
	// else the dictionaries know by that name.
	if m.Agent == "" && congressMember(toks, m.End) {
		m.Code, m.Country, m.Person = "USALEG", "USA", true
		m.Capital = false
	}
	return m, true
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
	st := toks[i+3].Form
	return st != "" && st[0] >= 'A' && st[0] <= 'Z'
}

// basedIn reads a country's or city's name before "-based" (m ends
// before the hyphen). When an agent of the dictionaries follows ("a
// Doha-based militant group") or a business ("a Tokyo-based exchange",
// which is that country's business), m stays a backer of it. Anything
// else ("an Amritsar-based agent", "Washington-based analysts") is a
// person or a thing with a home, no state actor: basedIn reports false
// and the name is none.
func (st *state) basedIn(toks []model.Token, m Mention) bool {
	head := -1
	for k := m.End + 2; k < len(toks) && k < m.End+6; k++ {
		if _, _, ok := st.r.d.AgentEntry(st.up[k:]); ok {
			return true
		}
		if toks[k].UPOS != "NOUN" && toks[k].UPOS != "ADJ" || toks[k].Form != strings.ToLower(toks[k].Form) {
			break
		}
		if toks[k].UPOS == "NOUN" {
			head = k
		}
	}
	return head >= 0 && businessNouns[strings.TrimSuffix(st.up[head], "S")]
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

// timeNouns are the upper-case nouns that say when, not what ("a
// meeting last February in Hanoi"): a city after them may still be where
// the verb's object is.
var timeNouns = map[string]bool{
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true, "JUNE": true,
	"JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true, "DECEMBER": true,
	"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "WEEK": true, "MONTH": true, "YEAR": true, "DAY": true,
	"TODAY": true, "YESTERDAY": true, "TOMORROW": true, "NIGHT": true, "MORNING": true,
}

// cityOrRegion reports a city, or a region the names model tags as a
// place, that the dictionaries code as its country ("New York", "the
// West Bank"); a country's own name is neither.
func (st *state) cityOrRegion(m Mention) bool {
	if m.Capital {
		return true
	}
	en, ok := st.entity(m.Start)
	return ok && en.Kind == model.Location && len(m.Code) == 3 && m.Code == m.Country &&
		!strings.Contains(m.Name, st.up[m.Start])
}

// nounPlace reports a name beginning at i that follows "in", "at" or
// "near" (and perhaps "the") after a noun that is no agent of the
// dictionaries ("visited Epstein in", "the settlement bloc in the").
func (st *state) nounPlace(toks []model.Token, i int) bool {
	k := i - 1
	if k > 0 && st.up[k] == "THE" {
		k--
	}
	if k < 1 || (st.up[k] != "IN" && st.up[k] != "AT" && st.up[k] != "NEAR") {
		return false
	}
	if u := toks[k-1].UPOS; u != "NOUN" && u != "PROPN" || timeNouns[st.up[k-1]] {
		return false
	}
	for j := max(k-3, 0); j < k; j++ {
		if _, n, ok := st.r.d.AgentEntry(st.up[j:]); ok && j+n == k {
			return false
		}
	}
	return true
}

// organ extends the mention m of an intergovernmental organisation over
// what follows it at j and is the organisation's own: its troops ("NATO
// peacekeepers", an agent of the military), which a later bare "the
// troops" then stands for too, its officials, envoys and spokespeople
// ("EU officials", "a Hamas envoy": the group's, not its country's
// government), or, after its possessive, an organ the
// dictionaries do not know ("NATO's KFOR mission"). The code stays the
// organisation's.
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
	// "EU officials", "Taliban envoys", "a Hamas negotiator": the
	// organisation's or group's own officials, not a government's.
	if a, n, ok := st.r.d.AgentEntry(st.up[j:]); ok && a.Code == "~GOV" && !isPunct(toks[j]) && toks[j+n-1].UPOS == "NOUN" {
		official(toks, m, a, j+n)
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
			return
		}
		if !isModifier(toks[k]) {
			break
		}
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
	if code, e, k, ok := st.actor(st.up[j:]); ok && code != "---" && !st.partOfPerson(j, k) {
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
	if en, ok := st.entity(j); ok && en.Kind == model.Person {
		k := j
		for k < len(toks) && st.entAt[k] == st.entAt[j] {
			k++
		}
		m.Name = strings.ToUpper(en.Text)
		m.End, m.Head = k, k-1
	}
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
	title := m.Agent
	if i := strings.LastIndexByte(title, ' '); i >= 0 {
		title = title[i+1:]
	}
	if !headTitles[title] && m.Agent != "PRIME MINISTER" || m.End != j || j >= len(toks) {
		return false
	}
	t := toks[j]
	if len(t.Form) < 2 || t.Form[0] < 'A' || t.Form[0] > 'Z' || t.UPOS != "PROPN" && t.UPOS != "" {
		return false
	}
	if k := j + 1; k < len(toks) && (maybeName(toks[k]) && toks[k].Form[0] >= 'A' && toks[k].Form[0] <= 'Z' && !isPunct(toks[k]) || toks[k].Form == "-") {
		return false
	}
	found, code := st.sittingLeader(st.r.leaderIndex()[surnameKey(st.up[j])], false)
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

// leaderIndex returns r.leaders, building it on first use: every entry
// with a role whose name has two words or more, by surnameKey of its
// last word, and by its first word too when that has two letters (a
// family name written first: "XI JINPING").
func (r *Resolver) leaderIndex() map[string][]*dict.Entry {
	r.leadersOnce.Do(func() {
		r.leaders = map[string][]*dict.Entry{}
		for _, e := range r.d.Entries() {
			i := strings.LastIndexByte(e.Name, ' ')
			if i < 0 || len(e.Roles) == 0 {
				continue
			}
			k := surnameKey(e.Name[i+1:])
			r.leaders[k] = append(r.leaders[k], e)
			// "XI JINPING", "LI QIANG": a Chinese or Korean name
			// opens with the family name; one of two letters
			// (see shortSurname) is indexed too.
			if j := strings.IndexByte(e.Name, ' '); j == 2 {
				f := e.Name[:j]
				r.leaders[f] = append(r.leaders[f], e)
			}
		}
	})
	return r.leaders
}

// bareLeader resolves a surname alone at i, a name of one word that is
// no place ("Macron said"), when every entry of the dictionaries with
// that surname is a leader with a dated government role of one country
// on the day read, and the article has named that country before:
// "Modi" is INDGOV in 2019 after "India"; "Johnson" and "Khan", which
// other people bear, are no one.
func (st *state) bareLeader(toks []model.Token, i int) (Mention, bool) {
	t := toks[i]
	if st.r.Local || st.r.d.AnyCase() || len(t.Form) < 4 || t.Form[0] < 'A' || t.Form[0] > 'Z' || t.UPOS != "PROPN" {
		return Mention{}, false
	}
	// One word, not a place, that no other name word joins ("Modi",
	// not "Modi Road" or "Sanjay Modi"); the names model may take a
	// surname alone for an organisation.
	if en, ok := st.entity(i); ok && (en.Kind == model.Location || en.Start != t.Start || en.End != t.End) {
		return Mention{}, false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(toks) && toks[k].UPOS == "PROPN" && toks[k].Form != "" && toks[k].Form[0] >= 'A' && toks[k].Form[0] <= 'Z' {
			return Mention{}, false
		}
	}
	found, code := st.sittingLeader(st.r.leaderIndex()[surnameKey(st.up[i])], true)
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

// sittingLeader returns, of the entries es of one surname, the one leader
// with a dated government role on the day each is read at, and that
// role's code, when all such leaders are of one country; else nil. When
// several such leaders sit, it returns no entry and their country's
// government ("Premier Li" is CHNGOV but names none of the Li who sit:
// LI BAODONG is not LI QIANG). With
// all, every entry must be such a leader (a surname alone: "Johnson",
// which other people bear, is no one); without, the entries that are not
// are passed over (a surname after a head's title: "President Macron").
func (st *state) sittingLeader(es []*dict.Entry, all bool) (*dict.Entry, string) {
	var found *dict.Entry
	code, several := "", false
	for _, e := range es {
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

// agent matches an agent phrase at i: "the police", "police of Kosovo",
// "President Aleksandar Vucic".
func (st *state) agent(toks []model.Token, i int) (Mention, bool) {
	d := st.r.d
	w := st.words
	a, n, ok := d.AgentEntry(st.up[i:])
	if !ok {
		return Mention{}, false
	}
	// "King and Weeks were abducted" after "American Kevin King": a
	// capitalised title that is the surname of a person named in full
	// earlier is that person, not the title ("King Edward" still is).
	if n == 1 && st.personSurname(toks, i) {
		return Mention{}, false
	}
	// Nor inside a phrase that codes nothing, written in lower case ("the
	// international community").
	for b := 1; b <= 2 && i-b >= 0; b++ {
		if code, _, k, ok := st.actor(st.up[i-b:]); ok && code == "---" && i-b+k > i {
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
	// "Deputy Foreign Minister Alexander Grushko", "deputy U.S. ambassador
	// Robert Wood": a deputy of the title or the actor after it, not
	// Phoenix's sheriff's deputy (~COP).
	if a.Phrase == "DEPUTY" && i+1 < len(toks) {
		if m, ok := st.agent(toks, i+1); ok && m.Person {
			m.Start = i
			return m, true
		}
		if maybeName(toks[i+1]) {
			if _, _, _, ok := st.actor(st.up[i+1:]); ok {
				return Mention{}, false
			}
		}
	}
	// A title in the plural ("officials", "ministers") is no one person.
	m := Mention{Start: i, End: i + n, Head: i + n - 1, Kind: Agent, Agent: a.Phrase, Person: personTitle(a.Phrase) && !isPlural(toks[i+n-1])}
	m.Entry = "agent " + a.Phrase
	if a.Source != "" {
		m.Entry += " (" + a.Source + ")"
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
	// "their troops in Syria", "its embassy staff in Peru": where an
	// agent a possessive owns is, is not whose it is ("its diplomats
	// from Chile" stay Chile's: withdrawn from Chile, they are aimed at
	// it).
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
				!(st.up[j] == "IN" && strings.Contains(a.Code, "GOV") && !strings.Contains(e.Name, st.up[k])) {
				// Where envoys and ministers are is not whose they are
				// when the place is a city ("foreign ministers in Zurich",
				// "diplomats in Addis Ababa"); "the ambassador in Israel"
				// is Israel's.
				code = st.dated(code, &e)
				m.Code = dict.Combine(code, a.Code)
				if st.former(i) {
					m.Code = dict.Combine(code, "~ELI")
				}
				m.Country = CountryOf(code)
				m.agentCode = a.Code
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
	st.titledName(toks, &m, a.Code, false)
	if m.Kind == Named {
		return m, true
	}
	m.agentCode = a.Code
	m.plural = !m.Person && isPlural(toks[m.Head])
	st.owner(&m, i, a)
	if m.Name == "" {
		m.Name = a.Phrase
	}
	if m.Person && m.Name != a.Phrase {
		st.addSurname(toks, m, len(st.history))
	}
	return m, true
}

// owner gives the bare agent m at token i (of agent entry a) its code and
// country: the possessive pronoun's before it, a spokesperson's
// organisation, an organisation's whose troops were just named, else the
// country of bareCountry.
func (st *state) owner(m *Mention, i int, a dict.Agent) {
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
	// A spokesperson who opens the sentence speaks for the actor that led
	// the last one ("The RSF denied targeting civilians. A spokesman said
	// its fighters were responding"); one named later in the sentence
	// ("Russia's foreign ministry summoned the attachés to protest what
	// spokeswoman Maria Zakharova called ...") for the actor that leads
	// its own. An unnamed one after another actor stays the media's
	// ("Iran said a spokesman lied").
	if spokes && !st.r.Local {
		lead := st.leadM
		if st.curM != nil {
			lead = nil
			if m.Name != "" && m.Name != a.Phrase {
				lead = st.curM
			}
		}
		if lead != nil {
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
	if st.cur == "" && !st.r.Local && !armedAgent(a.Code) && !strings.Contains(a.Code, "GOV") && !diplomatic(a.Phrase) {
		if c := st.placeAhead(i + 1); c != "" {
			m.Code, m.Country = dict.Combine(c, a.Code), c
			return
		}
	}
	if c := st.bareCountry(a.Code, st.indefinite(i)); c != "" {
		m.Code = dict.Combine(c, a.Code)
		if st.former(i) {
			m.Code = dict.Combine(c, "~ELI")
		}
		m.Country = c
		if h := st.lastWithCountry(c); h >= 0 {
			m.Antecedent = st.history[h].Span
		}
	} else {
		m.Code = dict.Combine(st.r.Unknown, a.Code)
	}
}

// actor looks up the longest actor phrase at the start of words, on the
// first of the sentence's own days on which a dated role of it holds,
// else on the article's day, else (or for a longer phrase) on the first
// of the sentence's other past days on which a dated role of it holds.
// An undated article reads a name whose roles are all
// dated by its open-ended role, the one that still holds ("IRAQ_ [IRQ
// <20030320] ... [IRQ >20060520]" is IRQ), rather than not at all.
func (st *state) actor(words []string) (string, dict.Entry, int, bool) {
	for _, day := range st.days.Own {
		if code, e, n, ok := st.r.d.Actor(words, day); ok && datedOn(&e, day) {
			return code, e, n, true
		}
	}
	code, e, n, ok := st.r.d.Actor(words, st.at)
	if !ok && st.at.IsZero() {
		code, e, n, ok = st.r.d.Actor(words, openEnded())
	}
	for _, day := range st.days.Also {
		if c, e2, n2, ok2 := st.r.d.Actor(words, day); ok2 && (!ok || n2 > n) && datedOn(&e2, day) {
			return c, e2, n2, true
		}
	}
	return code, e, n, ok
}

// openEnded is a day after every dated role's end, which only the
// open-ended roles (">day") and the undated ones cover.
func openEnded() time.Time { return time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) }

// dayOf is the day e is read at, as actor looks it up: the first of the
// sentence's own days on which a dated role of e holds, else the
// article's when a role of e holds on it, else the first of the
// sentence's other past days on which a dated role of e holds.
func (st *state) dayOf(e *dict.Entry) time.Time {
	for _, day := range st.days.Own {
		if datedOn(e, day) {
			return day
		}
	}
	if len(st.days.Also) == 0 || st.at.IsZero() {
		return st.at
	}
	if _, ok := e.Code(dict.DayOf(st.at)); ok {
		return st.at
	}
	for _, day := range st.days.Also {
		if datedOn(e, day) {
			return day
		}
	}
	return st.at
}

// readRoles are an entry's roles and the day they were read at.
type readRoles struct {
	roles []dict.Role
	day   dict.Day
}

// hasDated reports whether e has a dated role.
func hasDated(e *dict.Entry) bool {
	for _, r := range e.Roles {
		if r.Dated() {
			return true
		}
	}
	return false
}

// datedOn reports whether a dated role of e holds on day: only such a
// role makes a sentence's own day read differently from the article's
// ("Joe Biden [USAELI 600101-000101] [USAGOV >090120] [USAELI]" is
// USAGOV in 2022 whatever year the sentence names after 2000; the
// undated fallback is no role "of" that year).
func datedOn(e *dict.Entry, day time.Time) bool {
	d := dict.DayOf(day)
	for _, r := range e.Roles {
		if r.Dated() && r.Covers(d) {
			return true
		}
	}
	return false
}

// covered reports whether a dated role of e covers the day e is read at
// (see dayOf).
func (st *state) covered(e *dict.Entry) bool {
	at := st.dayOf(e)
	if at.IsZero() {
		return false
	}
	day := dict.DayOf(at)
	for _, r := range e.Roles {
		if r.Dated() && r.Covers(day) && r.Code != "" && r.Code != "---" {
			return true
		}
	}
	return false
}

// openPortfolio reports a person's code that only adds a government
// sector to a title's government code (ISRGOVEDU to ISRGOV) and comes
// from a role with no end: a minister's portfolio as of the day a
// dictionary was written, which a dated article's title supersedes.
func (st *state) openPortfolio(title, code string, e *dict.Entry) bool {
	at := st.dayOf(e)
	if at.IsZero() || !strings.HasSuffix(title, "GOV") || len(title) != 6 || !strings.HasPrefix(code, title) {
		return false
	}
	day := dict.DayOf(at)
	for _, r := range e.Roles {
		if r.Code == code && r.Covers(day) {
			return r.End == 0
		}
	}
	return false
}

// dated returns the code of the role of e that covers the day e is read
// at (see dayOf), the article's unless the sentence has its own,
// preferring a dated role to the undated fallback ("HAMFAST GAMGEE [HOB]
// [HOBGOV 20121109-20130119]" is HOBGOV in December 2012) whatever their
// order in the file; code is the dictionaries' own choice.
func (st *state) dated(code string, e *dict.Entry) string {
	at := st.dayOf(e)
	if at.IsZero() {
		return code
	}
	day := dict.DayOf(at)
	for _, r := range e.Roles {
		if r.Dated() && r.Covers(day) && r.Code != "" && r.Code != "---" {
			return r.Code
		}
	}
	return code
}

// bareCountry is the country a bare agent (of agent code code) belongs
// to: for a government, the country of the first mention of its own
// sentence that has one; else the country that led the last sentence
// with one, else (in an article's first sentence with a country) the
// country its own sentence led with, else the last country mentioned
// (before this sentence, with Local). An indefinite agent ("a company",
// "three soldiers", see indefinite) is a new one, not the one of its
// kind named before, so it never takes that one's country.
func (st *state) bareCountry(code string, indefinite bool) string {
	if st.cur != "" && strings.Contains(code, "GOV") {
		return st.cur
	}
	// "Sudan's army and the RSF met in Ankara. The army chief said...":
	// a bare agent of a kind named earlier with its country is that
	// country's, before the country that led the last sentence.
	if !strings.Contains(code, "GOV") && !indefinite {
		if c := st.lastAgentCountry(code); c != "" {
			return c
		}
	}
	// "Protesters in Tbilisi clashed with riot police", "Pakistani
	// militants attacked a police station": an agent that acts, or is
	// acted on as an institution, is of the country its own sentence
	// names first; civilians and people, more often the victims of that
	// country, keep the country of the story.
	if st.cur != "" && !st.r.Local && !civilianAgent(code) {
		return st.cur
	}
	if st.lead != "" {
		return st.lead
	}
	if st.r.Local {
		return st.before
	}
	// The article's first sentence: the country it led with, not the
	// last place it named ("Colombia's government and the ELN resumed
	// talks in Mexico City, after an attack killed nine soldiers").
	if st.cur != "" {
		return st.cur
	}
	return st.country
}

// compass are the upper-case words of a part of a country, written in
// lower case before its name ("southern Lebanon", "northeastern Syria").
var compass = map[string]bool{
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true,
}

// govSeat reports a government named by its seat after "in" or "of"
// ("officials in the White House", "aides of the Kremlin": USAGOV,
// RUSGOV), whose agents are that government's.
func govSeat(code, prep string) bool {
	return (prep == "IN" || prep == "OF") && len(code) == 6 && CountryOf(code) != "" && strings.HasSuffix(code, "GOV")
}

// former reports "former" or "ex-" right before token i: a former
// office-holder is of CAMEO's elites (ELI), not of the office ("former
// security officials", "ex-minister").
func (st *state) former(i int) bool {
	switch {
	case i >= 1 && (st.up[i-1] == "FORMER" || st.up[i-1] == "EX-"):
		return true
	case i >= 2 && st.up[i-1] == "-" && st.up[i-2] == "EX":
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

// lastRegime is the last mention of a country's government called a
// regime ("the Asad regime", "Iran's regime"), nil if none.
func (st *state) lastRegime() *Mention {
	for h := len(st.history) - 1; h >= 0; h-- {
		m := &st.history[h]
		if m.Country != "" && m.Kind != Pronoun && m.regime {
			return m
		}
	}
	return nil
}

// lastAgentOrg is the last mention of an agent of code named with an
// organisation rather than a country ("NATO peacekeepers" for a later
// "the troops"), in this sentence or the last, when no mention of that
// kind with a country came after it; nil otherwise. Further back, a bare
// "the army" is a country's again.
func (st *state) lastAgentOrg(code string) *Mention {
	if code == "" {
		return nil
	}
	for h := len(st.history) - 1; h >= st.prevAt; h-- {
		m := &st.history[h]
		if m.Agent == "" || m.Antecedent != (model.Span{}) {
			continue
		}
		if m.owner != "" && m.agentCode == code {
			return m
		}
		if m.Country != "" && m.Code == dict.Combine(m.Country, code) {
			return nil
		}
	}
	return nil
}

// lastSameAgent is the last of the last twelve mentions of the agent
// phrase, if its code says more than its country and the agent ("Serb
// protesters", KSVSRB, for a later "the protesters"), or nil.
func (st *state) lastSameAgent(phrase string) *Mention {
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-12; h-- {
		m := &st.history[h]
		if m.Agent != phrase || m.Person {
			continue
		}
		if m.agentCode != "" && m.Country != "" && m.Code != dict.Combine(m.Country, m.agentCode) {
			return m
		}
		return nil
	}
	return nil
}

// possessor is the possessive pronoun right before token i ("its" of
// "its fighters"), resolved earlier in the sentence.
func (st *state) possessor(i int) (Mention, bool) {
	if i == 0 || len(st.history) == 0 {
		return Mention{}, false
	}
	switch st.up[i-1] {
	case "ITS", "THEIR", "HIS", "HER":
	default:
		return Mention{}, false
	}
	if len(st.history)-1 < st.curAt {
		return Mention{}, false // the pronoun is not of this sentence
	}
	p := st.history[len(st.history)-1]
	if p.Kind != Pronoun || p.Start != i-1 || p.Code == "" {
		return Mention{}, false
	}
	return p, true
}

// unknownPossessor reports an agent at token i right after the
// possessive of a person the entities name and no mention of the
// sentence ends at ("Saddam Hussein's army").
func (st *state) unknownPossessor(i int) bool {
	if i < 2 || st.up[i-1] != "'S" && st.up[i-1] != "’S" || st.entAt[i-2] < 0 || st.ents[st.entAt[i-2]].Kind != model.Person {
		return false
	}
	for h := len(st.history) - 1; h >= st.curAt; h-- {
		if st.history[h].End == i-1 {
			return false
		}
	}
	return true
}

// personPossessor returns the person of the current sentence whose
// possessive comes right before token i, when a country is known for
// them ("Saddam Hussein's army" read in 1990).
func (st *state) personPossessor(i int) *Mention {
	if i < 2 || st.up[i-1] != "'S" && st.up[i-1] != "\u2019S" || len(st.history) <= st.curAt {
		return nil
	}
	p := &st.history[len(st.history)-1]
	if p.End != i-1 || !p.Person || p.Country == "" || p.Country != CountryOf(p.Code) {
		return nil
	}
	return p
}

// armedAgent reports an agent code of armed people: soldiers, rebels,
// insurgents, militias ("~UAF" of FIGHTERS).
func armedAgent(code string) bool {
	for _, t := range [...]string{"MIL", "REB", "INS", "UAF", "SEP"} {
		if strings.Contains(code, t) {
			return true
		}
	}
	return false
}

// groupCode reports a code of a non-state group with a country ("SDNREB",
// "IRNOPP"): what such a group's fighters or members do, it does.
func groupCode(code string) bool {
	if len(code) <= 3 {
		return false
	}
	for _, t := range [...]string{"REB", "OPP", "INS", "UAF", "SEP"} {
		if strings.Contains(code[3:], t) {
			return true
		}
	}
	return false
}

// speakerCode is the code of a spokesperson for a: a's own, or a
// country's government for a bare country.
func speakerCode(a model.Actor) string {
	if len(a.Code) == 3 && a.Code == a.Country {
		return a.Code + "GOV"
	}
	return a.Code
}

// isPlural reports a plural noun.
func isPlural(t model.Token) bool { return t.XPOS == "NNS" || t.XPOS == "NNPS" }

// isName reports a capitalised word or one tagged as a proper noun.
func isName(t model.Token) bool {
	return t.Form != "" && (t.Form[0] >= 'A' && t.Form[0] <= 'Z' || t.UPOS == "PROPN")
}

// lastAgentCountry is the country of the last mention of an agent of
// code with a country of its own ("Sudan's army" for a later "the
// army"), or "": not a traveller's ("a British tanker" is not a later
// "company").
func (st *state) lastAgentCountry(code string) string {
	if code == "" {
		return ""
	}
	for h := len(st.history) - 1; h >= 0; h-- {
		m := st.history[h]
		if m.Agent != "" && m.Country != "" && m.Antecedent == (model.Span{}) && m.Code == dict.Combine(m.Country, code) && travellerWord(m.Agent) == "" {
			return m.Country
		}
	}
	return ""
}

// placeAhead returns the country of the first place the words from token
// i on name after "in" ("rallied in Nairobi", "in the Netherlands"), a
// country or a city the dictionaries code as one that the names model
// calls a place, before any punctuation; else "".
func (st *state) placeAhead(i int) string {
	for k := i; k+1 < len(st.up); k++ {
		if st.entAt[k] < 0 && st.words[k] != "" && isPunctWord(st.words[k]) {
			return ""
		}
		if st.up[k] != "IN" {
			continue
		}
		j := k + 1
		if st.up[j] == "THE" && j+1 < len(st.up) {
			j++
		}
		code, e, _, ok := st.actor(st.up[j:])
		if !ok || code == "---" {
			continue
		}
		if en, ok := st.entity(j); ok && en.Kind == model.Location {
			if c := st.dated(code, &e); len(c) == 3 && CountryOf(c) == c {
				return c
			}
		}
	}
	return ""
}

// isPunctWord reports a word of no letter or digit.
func isPunctWord(w string) bool {
	return isPunct(model.Token{Form: w})
}

// travellerWords are the last words (upper-case, singular) of the agent
// phrases of ships and airliners that are no one's forces and of the
// people they carry ("OIL TANKER", "CARGO VESSEL", "PASSENGERS"); a
// jumbo, passenger or commercial jet is an airliner (a fighter jet is
// armed, so no traveller).
var travellerWords = map[string]bool{
	"TANKER": true, "SUPERTANKER": true, "VESSEL": true, "SHIP": true, "FREIGHTER": true,
	"CONTAINERSHIP": true, "AIRLINER": true, "PASSENGER": true, "JET": true, "JUMBOJET": true,
}

// travellerWord is the last word of an agent phrase, singular, when it is
// one of travellerWords, else "".
func travellerWord(phrase string) string {
	w := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	if !travellerWords[w] {
		w = strings.TrimSuffix(w, "S")
	}
	if !travellerWords[w] {
		return ""
	}
	return w
}

// traveller reports an agent entry of a ship, an airliner or their
// passengers (see travellerWords) that is not armed ("a naval ship" is a
// navy's).
func traveller(a dict.Agent) bool {
	return travellerWord(a.Phrase) != "" && !armedAgent(a.Code)
}

// lastTraveller is the last mention of a traveller of the same last word
// as phrase that its own words gave a country ("a British tanker" for a
// later "the tanker"), or nil.
func (st *state) lastTraveller(phrase string) *Mention {
	w := travellerWord(phrase)
	for h := len(st.history) - 1; h >= 0; h-- {
		m := &st.history[h]
		if m.Agent != "" && m.Country != "" && m.Antecedent == (model.Span{}) && travellerWord(m.Agent) == w {
			return m
		}
	}
	return nil
}

// diplomaticWords are the words (upper-case) of an agent phrase of a
// country's envoys or missions abroad.
var diplomaticWords = []string{"EMBASSY", "EMBASSIES", "AMBASSADOR", "ENVOY", "DIPLOMAT", "CONSUL", "CHARGE", "CHARGÉ", "ATTACHE", "ATTACHÉ"}

// diplomatic reports an agent phrase of diplomaticWords.
func diplomatic(phrase string) bool {
	for _, w := range diplomaticWords {
		if strings.Contains(phrase, w) {
			return true
		}
	}
	return false
}

// lastDiplomat is the last mention of a country's envoy or mission in the
// article ("the British ambassador", "Iranian diplomats", a bare "the
// ambassador" after them), or nil where the last one named has no
// country (a U.N. envoy) or none was named.
func (st *state) lastDiplomat() *Mention {
	for h := len(st.history) - 1; h >= 0; h-- {
		m := &st.history[h]
		if m.Agent == "" || !diplomatic(m.Agent) {
			continue
		}
		if m.Country == "" {
			return nil
		}
		return m
	}
	return nil
}

func (st *state) lastWithCountry(c string) int {
	for h := len(st.history) - 1; h >= 0; h-- {
		if st.history[h].Country == c {
			return h
		}
	}
	return -1
}

// memberOf returns a person named right before "of" and the
// organisation, party or group m ("Hou Yu-ih of the Kuomintang", "Ana
// Quispe of the MEK") as a member of m, when the dictionaries do not know
// the person and no mention in out covers the name.
func (st *state) memberOf(toks []model.Token, m Mention, out []Mention) (Mention, bool) {
	if m.Kind != Named || m.Person || m.Agent != "" || len(m.Code) == 3 && m.Code == m.Country {
		return Mention{}, false
	}
	j := m.Start - 1
	if j > 0 && st.up[j] == "THE" {
		j--
	}
	if j < 1 || st.up[j] != "OF" {
		return Mention{}, false
	}
	lo := 0
	if len(out) > 0 {
		lo = out[len(out)-1].End
	}
	// The name: capitalised words, and the pieces of a hyphenated one
	// ("Yu - ih").
	k := j
	for k-1 >= lo && k > j-5 && (isName(toks[k-1]) || toks[k-1].Form == "-" || k-2 >= lo && toks[k-2].Form == "-") {
		k--
	}
	if k == j || j-k < 2 {
		return Mention{}, false
	}
	if en, ok := st.entity(k); !ok || en.Kind != model.Person {
		return Mention{}, false
	}
	if _, _, n, ok := st.actor(st.up[k:j]); ok && n > 0 {
		return Mention{}, false
	}
	p := Mention{Start: k, End: j, Head: j - 1, Kind: Named, Person: true, Antecedent: m.Span}
	p.Actor = model.Actor{Code: m.Code, Name: strings.ToUpper(st.ents[st.entAt[k]].Text), Country: m.Country, Entry: m.Entry + "; a member named before it"}
	p.Span = model.Span{Start: toks[k].Start, End: toks[j-1].End}
	return p, true
}

// sharedAgent gives a people's adjective joined by "and" or "or" to
// another people's adjective with an agent in the plural that agent too
// ("the Peruvian and Chilean defence ministries": both are ministries,
// PERGOVMIL and CHLGOVMIL), and reports whether it did. A country's
// name before the other is left alone ("talks between Peru and Chilean
// rebels": Peru is no rebel).
func sharedAgent(toks []model.Token, prev *Mention, m Mention) bool {
	if prev.Kind != Named || prev.Agent != "" || prev.End-prev.Start != 1 || toks[prev.Start].UPOS != "ADJ" ||
		prev.Country == "" || prev.Code != prev.Country {
		return false
	}
	if m.Kind != Named || m.Agent == "" || !m.plural || m.Person || toks[m.Start].UPOS != "ADJ" ||
		m.Country == "" || len(m.Code) <= len(m.Country) || !strings.HasPrefix(m.Code, m.Country) {
		return false
	}
	prev.Code = prev.Country + m.Code[len(m.Country):]
	prev.Country = CountryOf(prev.Code)
	prev.Agent, prev.plural = m.Agent, true
	prev.Entry += "; agent shared with the next (" + m.Agent + ")"
	return true
}

// appositiveGroup makes a bare group set off by a comma right after a
// named group or organisation that group ("members of Hamas, the
// militant group that rules Gaza": the militant group is Hamas, not the
// story country's militants); the name may end in an abbreviation in
// brackets ("the Shining Path (SL), the rebel group").
func appositiveGroup(toks []model.Token, m *Mention, prev Mention) {
	if m.Kind != Agent || m.Person || m.plural || m.End > len(toks) {
		return
	}
	if d, ok := descriptions[strings.ToUpper(toks[m.End-1].Form)]; !ok || d != group {
		return
	}
	if prev.Kind != Named || prev.Person || prev.place || len(prev.Code) <= 3 || prev.Country == prev.Code {
		return
	}
	k := m.Start - 1
	if k >= 0 && (toks[k].UPOS == "DET") {
		k--
	}
	if k < 0 || toks[k].Form != "," {
		return
	}
	k--
	if k >= 0 && toks[k].Form == ")" {
		k--
	}
	if k != prev.End-1 {
		return
	}
	m.Code, m.Country, m.Antecedent = prev.Code, prev.Country, prev.Span
	m.Entry = prev.Entry + "; " + m.Entry
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
	if k-(j+1) < 2 || k < len(toks) && toks[k].Form != "," {
		return
	}
	if _, _, n, ok := st.actor(st.up[j+1 : k]); ok && n > 0 {
		return
	}
	st.addSurname(toks, Mention{Start: j + 1, End: k}, h)
}

// describedBefore remembers the name of a person set off by a comma
// right before the title at start that describes it ("Kurt Volker, the
// US special envoy to Ukraine, testified"), past the title's article and
// modifiers, as the name of the titled person h, when the dictionaries
// do not know it: a later "Volker" is that envoy.
func (st *state) describedBefore(toks []model.Token, start, h int) {
	p := start - 1
	for p >= 0 && p >= start-3 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ") && !maybeName(toks[p]) {
		p--
	}
	if p < 2 || toks[p].Form != "," {
		return
	}
	e := st.entAt[p-1]
	if e < 0 || st.ents[e].Kind != model.Person || st.entAt[p] == e || st.ents[e].End != toks[p-1].End {
		return
	}
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
	if last := toks[m.End-1]; maybeName(last) && (len(last.Form) >= 3 || shortSurname(last)) {
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
}

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
	if j := i + 1; j < len(toks) && toks[j].Form != "" && toks[j].Form[0] >= 'A' && toks[j].Form[0] <= 'Z' && !isPunct(toks[j]) {
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
		toks[j].Form[0] >= 'A' && toks[j].Form[0] <= 'Z' {
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

type pronoun struct {
	person, plural bool
}

// pronouns are keyed by their upper-case forms.
var pronouns = map[string]pronoun{
	"HE": {person: true}, "HIM": {person: true}, "HIS": {person: true},
	"SHE": {person: true}, "HER": {person: true},
	"IT": {}, "ITS": {},
	"THEY": {plural: true}, "THEM": {plural: true}, "THEIR": {plural: true},
}

// pronoun resolves a pronoun to the last compatible mention.
func (st *state) pronoun(toks []model.Token, i int, p pronoun) (Mention, bool) {
	if a, ok := st.subjectPerson(p); ok && st.unknownPersonsAfter(a, toks[i].Start) == 0 {
		return pronounOf(i, a), true
	}
	fallback := -1
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-12; h-- {
		a := st.history[h]
		if a.Kind == Pronoun && a.Start > i {
			continue
		}
		if p.person != a.Person && !(p.plural && !a.Person) {
			continue
		}
		if p.plural && a.Person {
			continue
		}
		if !p.person && !p.plural && a.plural {
			continue // "it" is not "the civilians"
		}
		if !p.person && !p.plural && (a.conj || a.listed || a.aside) {
			// "it" is not one of "Russia and China", nor who backed
			// what a comma set aside, and after them it stands for
			// the thing they acted on ("the resolution"), not for
			// an actor named before them.
			return Mention{}, false
		}
		if a.Kind == Agent && a.Country == "" && a.owner == "" && !strings.HasPrefix(a.Code, "IGO") && st.r.Unknown == "" {
			continue // "officials" of no known country are no one to stand for
		}
		if a.place && p.plural {
			return Mention{}, false // "via Moscow and Paris. They caught me": no place
		}
		if p.plural && st.peopleAfter(toks, a, i) {
			// "conversations between him, Sondland and other leaders
			// in which they discussed": they are those people.
			return Mention{}, false
		}
		if a.place {
			if fallback < 0 {
				fallback = h
			}
			continue
		}
		if p.person && !p.plural && st.unknownPersonsAfter(a, toks[i].Start) > 0 ||
			p.plural && st.unknownPersonsAfter(a, toks[i].Start) > 1 {
			return Mention{}, false
		}
		return pronounOf(i, a), true
	}
	if fallback >= 0 {
		return pronounOf(i, st.history[fallback]), true
	}
	return Mention{}, false
}

// peopleNouns are plural nouns (upper-case) for people that no agent
// dictionary codes ("other leaders", "the participants"): "they" after
// one in its sentence stands for them.
var peopleNouns = map[string]bool{
	"LEADERS": true, "OTHERS": true, "PEOPLE": true, "PARTICIPANTS": true, "MEMBERS": true,
	"WITNESSES": true, "EXPERTS": true, "ANALYSTS": true, "CRITICS": true, "RESIDENTS": true,
	"VOTERS": true, "FAMILIES": true, "PARENTS": true, "ARTISTS": true, "FANS": true,
	"CUSTOMERS": true, "PASSENGERS": true, "RESEARCHERS": true, "SCIENTISTS": true,
}

// peopleAfter reports a plural noun for people (peopleNouns) that no
// mention holds between the mention a, if it is in the current sentence,
// and the pronoun at i.
func (st *state) peopleAfter(toks []model.Token, a Mention, i int) bool {
	if len(toks) == 0 || a.Span.Start < toks[0].Start || a.End > i {
		return false
	}
	for k := a.End; k < i && k < len(st.up); k++ {
		if peopleNouns[st.up[k]] && toks[k].UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// pronounList resolves "they" or "them" at i whose antecedent is the
// last member of a list of actors ("Peru, Chile and Bolivia said they
// would", "talks with Peru and Chile, threatening them") to every member
// of the list, one mention each, as "the three countries" is; nil when
// the antecedent is no such member.
func (st *state) pronounList(toks []model.Token, i int) []Mention {
	if st.up[i] != "THEY" && st.up[i] != "THEM" {
		return nil
	}
	a, ok := st.pronoun(toks, i, pronouns[st.up[i]])
	if !ok {
		return nil
	}
	h := len(st.history) - 1
	for h >= 0 && st.history[h].Span != a.Antecedent {
		h--
	}
	if h < 0 || !st.history[h].conj {
		return nil
	}
	k := h
	for k > 0 && st.history[k].conj {
		k--
	}
	var out []Mention
	seen := map[string]bool{}
	for _, m := range st.history[k : h+1] {
		if m.Kind == Pronoun || m.Person || m.place || m.Code == "" || seen[m.Code] {
			continue
		}
		seen[m.Code] = true
		out = append(out, pronounOf(i, m))
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// subjectPerson returns, for "he" or "she" that opens its sentence's
// mentions in news mode, the person who opened the last sentence's when
// another person was named after them there: the last sentence's
// subject is whom the next one goes on about ("Chen told Rossi that the
// talks had failed. He said ..." is Chen, not Rossi).
func (st *state) subjectPerson(p pronoun) (Mention, bool) {
	if st.r.Local || !p.person || p.plural || st.curAt != len(st.history) || st.prevAt >= st.curAt {
		return Mention{}, false
	}
	first := st.history[st.prevAt]
	if !first.Person || first.Kind == Description || first.Code == "" || first.place {
		return Mention{}, false
	}
	for _, a := range st.history[st.prevAt+1 : st.curAt] {
		if a.Person && a.Kind != Pronoun && a.Code != first.Code {
			return first, true
		}
	}
	return Mention{}, false
}

// unknownPersonsAfter counts the persons the entities name after mention
// a and before byte offset end whom no mention resolved: "he" after
// "Assange is battling extradition to the United States, which accuses
// him" or after "NASA administrator Jim Bridenstine" stands for that
// person, whom the dictionaries do not know, not for an actor named
// before; "they" after two such persons ("him, Sondland and other
// leaders, in which they discussed") stands for them.
func (st *state) unknownPersonsAfter(a Mention, end int) int {
	n := 0
	for k := len(st.ents) - 1; k >= 0; k-- {
		e := st.ents[k]
		if e.End > end {
			continue
		}
		if e.Start < a.Span.End {
			return n
		}
		if e.Kind != model.Person {
			continue
		}
		known := false
		for _, h := range st.history {
			if h.Span.Start < e.End && h.Span.End > e.Start {
				known = true
				break
			}
		}
		if !known {
			n++
		}
	}
	return n
}

func pronounOf(i int, a Mention) Mention {
	m := Mention{Start: i, End: i + 1, Head: i, Kind: Pronoun, Person: a.Person, Antecedent: a.Span, dated: a.dated}
	m.Actor = model.Actor{Code: a.Code, Name: a.Name, Country: a.Country, Entry: a.Entry}
	return m
}

// backedWords are the upper-case participles that, after a name and a
// hyphen, make the name a backer of what follows ("Iranian-backed").
var backedWords = map[string]bool{
	"BACKED": true, "LED": true, "BASED": true, "FUNDED": true, "SPONSORED": true,
	"SUPPORTED": true, "ALLIED": true, "ALIGNED": true, "ARMED": true, "TRAINED": true,
	"CONTROLLED": true, "HELD": true, "RUN": true, "OWNED": true, "AFFILIATED": true,
}

// placeNouns are the upper-case nouns after a city's name that make it
// part of a place's name ("the Kaliningrad region").
var placeNouns = map[string]bool{
	"REGION": true, "PROVINCE": true, "OBLAST": true, "DISTRICT": true,
	"GOVERNORATE": true, "PREFECTURE": true, "COUNTY": true,
	"STREET": true, "AVENUE": true, "SQUARE": true, "AIRPORT": true,
	"RAILWAY": true, "HIGHWAY": true, "AREA": true, "VALLEY": true,
}

// ownCapital reads a capital as its government when an official of that
// government is named before it in the sentence, the one whose words the
// capital's clause, which it opens, reports ("Hungary's foreign minister said Budapest
// supported the bid", "Sybiha said Kyiv was ready, but Moscow had
// refused": Kyiv is UKRGOV, Moscow stays RUS).
func ownCapital(toks []model.Token, m *Mention, out []Mention) {
	if !m.Capital || m.Kind != Named || len(m.Code) != 3 || m.Code != m.Country || m.place {
		return
	}
	// The capital opens the reported clause as its subject ("said Kyiv
	// was ready", "threatened that Moscow would respond", "said Budapest
	// fully supported"); one further in is a place the clause names ("the
	// president said the rebels had seized Goma").
	if k := m.Start - 1; k < 0 || toks[k].UPOS != "VERB" && !strings.EqualFold(toks[k].Form, "that") {
		return
	}
	k := m.End
	if k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(toks) || toks[k].UPOS != "VERB" && toks[k].UPOS != "AUX" {
		return
	}
	for _, o := range out {
		if o.Country == m.Country && o.Person && strings.HasSuffix(o.Code, "GOV") {
			m.Code = m.Country + "GOV"
			return
		}
	}
}

// located reports a country's or a city's name right after a preposition
// of place ("based in Bahrain", "talks in Ankara").
func (st *state) located(m Mention) bool {
	if m.Kind != Named || m.Agent != "" || !(m.Capital || len(m.Code) == 3 && m.Code == m.Country) {
		return false
	}
	k := m.Start - 1
	if k > 0 && st.up[k] == "THE" {
		k--
	}
	if k < 0 {
		return false
	}
	switch st.up[k] {
	case "IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "ACROSS", "AROUND", "THROUGHOUT", "VIA":
		return true
	}
	return false
}

type description uint8

const (
	group description = iota
	country
	// igo is an intergovernmental organisation: "the bloc" (the EU),
	// "the alliance" (NATO), "the agency" (the IAEA).
	igo
	// crowd is the protesters named before: "the crowd", "the
	// demonstrators".
	crowd
)

// descriptions are keyed by their upper-case head nouns.
var descriptions = map[string]description{
	"GROUP": group, "ORGANISATION": group, "ORGANIZATION": group, "MOVEMENT": group,
	"MILITIA": group, "FACTION": group,
	"COUNTRY": country, "NATION": country, "STATE": country,
	"BLOC": igo, "ALLIANCE": igo, "AGENCY": igo, "COUNCIL": igo, "WATCHDOG": igo,
	"CROWD": crowd, "CROWDS": crowd, "MOB": crowd,
}

// description resolves "the group", "the country", "the bloc" to the
// last compatible mention.
func (st *state) description(toks []model.Token, i int, d description) (Mention, bool) {
	// "the state budget", "the country director": a noun after the
	// word is what the phrase names, and "state" or "country" only
	// says which kind.
	if d == country && i+2 < len(toks) && toks[i+2].UPOS == "NOUN" {
		return Mention{}, false
	}
	for h := len(st.history) - 1; h >= 0; h-- {
		a := st.history[h]
		if a.Person {
			continue
		}
		ok := false
		switch d {
		case country:
			ok = len(a.Code) == 3 && a.Country == a.Code && a.Agent == ""
			// "Washington invaded the country": the object of a
			// verb is another country than its subject.
			if ok && h >= st.curAt && verbBetween(toks, a.End, i) {
				ok = false
			}
		case igo:
			ok = strings.HasPrefix(a.Code, "IGO") && a.Kind == Named
		case crowd:
			ok = (strings.Contains(a.Agent, "PROTEST") || strings.Contains(a.Agent, "DEMONSTRAT"))
		case group:
			ok = len(a.Code) > 3 && a.Kind == Named && (strings.Contains(a.Code, "REB") ||
				strings.Contains(a.Code, "OPP") || strings.Contains(a.Code, "IGO") ||
				strings.Contains(a.Code, "NGO") || strings.Contains(a.Code, "PTY"))
		}
		if !ok {
			continue
		}
		m := Mention{Start: i, End: i + 2, Head: i + 1, Kind: Description, Antecedent: a.Span}
		m.Actor = model.Actor{Code: a.Code, Name: a.Name, Country: a.Country, Entry: a.Entry}
		return m, true
	}
	return Mention{}, false
}

// verbBetween reports whether the words from lo to hi (a subject's end
// and an object's start) are one clause's verb alone, with its
// auxiliaries and adverbs: "invaded", "has long backed". A form of "be",
// "become" or "remain" ("Peru is the country that") joins a subject to
// what it is, and is not reported.
func verbBetween(toks []model.Token, lo, hi int) bool {
	verb := false
	for k := lo; k < hi && k < len(toks); k++ {
		x := toks[k].XPOS
		switch {
		case x == "MD" || x == "RB":
		case strings.HasPrefix(x, "VB"):
			if copulas[strings.ToLower(toks[k].Lemma)] || copulas[strings.ToLower(toks[k].Form)] {
				return false
			}
			verb = true
		default:
			return false
		}
	}
	return verb
}

// copulas are the lemmas and forms (lower-case) of the verbs that join a
// subject to what it is.
var copulas = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"become": true, "becomes": true, "became": true, "remain": true, "remains": true, "remained": true,
}

// orgHeads are the upper-case head nouns of organisations' names that,
// after "the", stand for the last organisation named with them ("the
// International Monetary Fund ... the fund"; "the European Commission
// ... the commission").
var orgHeads = map[string]bool{
	"FUND": true, "BANK": true, "UNION": true, "COURT": true, "TRIBUNAL": true,
	"COMMISSION": true, "PROGRAMME": true, "PROGRAM": true, "ORGANISATION": true,
	"ORGANIZATION": true, "ASSEMBLY": true, "PARLIAMENT": true, "LEAGUE": true,
}

// namedOrgDescription resolves "the fund", "the court" at i to the last
// international or non-governmental organisation named with that head
// noun in this sentence or the last; a court or bank of no such name, or
// one placed ("the court in Nairobi"), stays the agent it is.
func (st *state) namedOrgDescription(i int) (Mention, bool) {
	if st.up[i] != "THE" || i+1 >= len(st.up) || !orgHeads[st.up[i+1]] {
		return Mention{}, false
	}
	// "the court in Nairobi", "the bank of Kenya": another one.
	if i+2 < len(st.up) && (st.up[i+2] == "IN" || st.up[i+2] == "OF") {
		return Mention{}, false
	}
	for h := len(st.history) - 1; h >= 0 && h >= st.prevAt; h-- {
		a := st.history[h]
		if a.Kind != Named || !(strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO")) {
			continue
		}
		if !slices.Contains(strings.Fields(a.Name), st.up[i+1]) && !slices.Contains(strings.Fields(a.words), st.up[i+1]) {
			continue
		}
		m := Mention{Start: i, End: i + 2, Head: i + 1, Kind: Description, Antecedent: a.Span}
		m.Actor = model.Actor{Code: a.Code, Name: a.Name, Country: a.Country, Entry: a.Entry}
		return m, true
	}
	return Mention{}, false
}

// nonCountry lists actor-code prefixes that are not countries.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "MNC": true, "INT": true, "UNK": true,
	"NGM": true, "IMG": true, "UIS": true, "BUS": true, "CVL": true,
	"COP": true, "GOV": true, "MIL": true, "REB": true, "OPP": true,
	"MED": true, "JUD": true, "LEG": true, "EDU": true, "HLH": true,
	"AGR": true, "LAB": true, "REF": true, "ELI": true, "CRM": true,
	"SPY": true, "BUS~": true, "ENV": true, "HRI": true, "RAD": true,
	"MOD": true, "REL": true, "SET": true, "IGR": true, "WST": true,
}

// CountryOf returns the country part of an actor code ("IRN" of
// "IRNGOV"), or "" when the code does not start with one ("IGOUNO").
func CountryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	p := code[:3]
	for i := 0; i < 3; i++ {
		if p[i] < 'A' || p[i] > 'Z' {
			return ""
		}
	}
	if nonCountry[p] {
		return ""
	}
	return p
}

// personTitles are the agent words that name one person.
var personTitles = []string{
	"MINISTER", "PRESIDENT", "PREMIER", "CHANCELLOR", "SPOKESMAN", "SPOKESWOMAN",
	"SPOKESPERSON", "LEADER", "CHIEF", "SECRETARY", "AMBASSADOR", "ENVOY", "KING",
	"QUEEN", "PRINCE", "GENERAL", "COMMANDER", "SENATOR", "GOVERNOR", "MAYOR",
	"OFFICIAL", "DIPLOMAT", "MONARCH", "SPEAKER", "DIRECTOR", "HEAD", "COMMISSIONER",
}

func personTitle(phrase string) bool {
	last := phrase
	if i := strings.LastIndexByte(phrase, ' '); i >= 0 {
		last = phrase[i+1:]
	}
	for _, t := range personTitles {
		if last == t {
			return true
		}
	}
	return false
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

// ownerParticiples are the participles (upper-case) that, after a
// country's adjective and a hyphen, say whose the noun after them is: the
// country of its flag or registry ("British-flagged",
// "Panamanian-registered"), unlike "Russian-backed" or "Turkish-made"
// (see backedWords).
var ownerParticiples = map[string]bool{"FLAGGED": true, "REGISTERED": true}

func isModifier(t model.Token) bool {
	return t.UPOS == "ADJ" || t.UPOS == "NOUN" && t.Form != "" && t.Form[0] >= 'a' && t.Form[0] <= 'z'
}

// abbreviation reports a word in capitals or with a full stop ("U.S.",
// "UK"): a country's short name, not a city's.
func abbreviation(w string) bool {
	return strings.Contains(w, ".") || len(w) > 1 && strings.ToUpper(w) == w
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

// demonymLike reports words (upper-case) that may be a people's name
// rather than a city's, even when the names model tags them as a place
// ("The Chilean general"): they begin as a word of the entry's name
// does ("CHILEAN" of CHILE, "AMERICAN" of UNITED STATES OF AMERICA), or
// end as demonyms do ("BRITISH", "CONGOLESE", "THAI").
func demonymLike(words []string, name string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	for _, suf := range [...]string{"AN", "ISH", "ESE", "I", "CH"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	for _, n := range strings.Fields(name) {
		if len(w) >= 4 && len(n) >= 4 && w[:4] == n[:4] {
			return true
		}
	}
	return false
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

// eventNouns are the upper-case nouns that end the name of a gathering
// ("Climate Action Summit").
var eventNouns = map[string]bool{
	"SUMMIT": true, "CONFERENCE": true, "FORUM": true, "MEETING": true, "GAMES": true,
}

// venue reports, as the token after it, a named mention that only names
// a gathering where something happened: "At the recent United Nations
// Climate Action Summit, Modi pledged", "during the G20 summit". The
// organisation hosts the gathering; it does not act in the clause. It
// returns 0 for any other mention.
func venue(toks []model.Token, m Mention) int {
	if m.Kind != Named || m.Person {
		return 0
	}
	k := m.Start - 1
	for k >= 0 && (strings.EqualFold(toks[k].Form, "the") || toks[k].UPOS == "ADJ") {
		k--
	}
	if k < 0 {
		return 0
	}
	switch strings.ToUpper(toks[k].Form) {
	case "AT", "DURING", "AFTER", "BEFORE":
	default:
		return 0
	}
	for j := m.Start + 1; j <= m.End && j <= m.Start+8 && j <= len(toks); j++ {
		if eventNouns[strings.ToUpper(toks[j-1].Form)] {
			return max(j, m.End)
		}
	}
	for j := m.End; j < len(toks) && j < m.End+5; j++ {
		w := toks[j].Form
		if eventNouns[strings.ToUpper(w)] {
			return j + 1
		}
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return 0
		}
	}
	return 0
}

// regionCodes maps a region's upper-case adjective to the code prefix
// of its organisations: the African Union and its organs are IGOAFR...,
// the European Union IGOEUR..., ASEAN IGOSEA....
var regionCodes = map[string]string{
	"AFRICAN": "IGOAFR", "EUROPEAN": "IGOEUR", "SOUTHEAST": "IGOSEA",
}

// regionHeads are the upper-case plural nouns after a region's
// adjective that name the governments meeting in its organisation.
var regionHeads = map[string]bool{
	"LEADERS": true, "MINISTERS": true, "PRESIDENTS": true, "GOVERNMENTS": true,
}

// allianceHeads are the upper-case plural nouns after "allied" that
// name an alliance's members or forces ("allied countries", "allied
// ships").
var allianceHeads = map[string]bool{
	"LEADERS": true, "MINISTERS": true, "GOVERNMENTS": true, "COUNTRIES": true, "NATIONS": true,
	"FORCES": true, "TROOPS": true, "SHIPS": true, "WARSHIPS": true, "AIRCRAFT": true, "JETS": true,
}

// regionOrgs remembers, for each region, the organisation of it that
// the names model found in the article and the dictionaries code: the
// first one named.
func (st *state) regionOrgs(ents []model.Entity) {
	for _, e := range ents {
		if e.Kind != model.Organization {
			continue
		}
		words := strings.Fields(strings.ToUpper(e.Text))
		if len(words) > 0 && words[0] == "THE" {
			words = words[1:]
		}
		code, _, n, ok := st.actor(words)
		if !ok || n != len(words) {
			continue
		}
		for adj, prefix := range regionCodes {
			if strings.HasPrefix(code, prefix) && st.regions[adj] == "" {
				if st.regions == nil {
					st.regions = map[string]string{}
				}
				st.regions[adj] = code
			}
		}
	}
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

// namedBefore returns the code of the last mention before that the
// article coded with the given prefix ("IGOWSTNAT" for NATO), or "".
func (st *state) namedBefore(prefix string) string {
	for h := len(st.history) - 1; h >= 0; h-- {
		if m := st.history[h]; m.Kind == Named && strings.HasPrefix(m.Code, prefix) {
			return prefix
		}
	}
	return ""
}

// isParticiple reports a participle used as a modifier ("Colombia's
// largest remaining rebel group", "Iran's exiled opposition").
func isParticiple(t model.Token) bool {
	return t.XPOS == "VBG" || t.XPOS == "VBN"
}

func isPunct(t model.Token) bool {
	if t.UPOS == "PUNCT" {
		return true
	}
	for _, c := range t.Form {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 {
			return false
		}
	}
	return true
}

// speaksFor gives a bare spokesperson the actor of the named mention
// right before it, whose spokesperson it is ("Iran's foreign ministry
// spokesman", "the Kremlin spokesman"): Phoenix codes a bare spokesperson
// as media, and without this the mention would be resolved through the
// last country named instead.
func speaksFor(m *Mention, prev Mention) {
	if m.Kind != Agent || prev.Kind != Named || prev.End != m.Start || prev.Code == "" ||
		!strings.Contains(m.Agent, "SPOKES") {
		return
	}
	m.Actor.Code, m.Country = prev.Code, prev.Country
	m.Entry = prev.Entry + "; " + m.Entry
	m.Antecedent = prev.Span
}

// pairNouns are the plural nouns (upper-case) that, after "the two" or
// "both", name the two parties of the story: countries (the last two
// countries mentioned) or governments (their governments), or generals
// (the two armed forces or groups named last, in this sentence or the
// last: "fighting between the army and the RSF ... urged both
// generals", not the country of the city where the urging was done), or
// leaders (the governments of the two government people of different
// countries named last, in this sentence or the last: "Vucic and Kurti
// ... hosted the two leaders"), or militaries (the militaries of the
// last two countries: "China ... the United States ... communication
// channels between the two militaries"). "Both sides" is left
// alone: its sides are as often a speaker's own as the story's.
var pairNouns = map[string]string{
	"COUNTRIES": "country", "NATIONS": "country", "STATES": "country",
	"NEIGHBOURS": "country", "NEIGHBORS": "country",
	"GOVERNMENTS": "government", "GENERALS": "armed", "COMMANDERS": "armed",
	"LEADERS": "leaders", "MILITARIES": "military", "ARMIES": "military",
}

// namedPair reports how many words at i say "both men", "the two
// women" or the like in news mode, else 0. They stand for two persons
// named before ("King and Weeks were abducted ... Both men claimed"),
// not for a country's people, and are no actor of their own.
func (st *state) namedPair(i int) int {
	if st.r.Local {
		return 0
	}
	n := 0
	switch {
	case i+2 < len(st.up) && st.up[i] == "THE" && (st.up[i+1] == "TWO" || st.up[i+1] == "THREE"):
		n = 3
	case i+1 < len(st.up) && st.up[i] == "BOTH":
		n = 2
	default:
		return 0
	}
	switch st.up[i+n-1] {
	case "MEN", "WOMEN":
		return n
	}
	return 0
}

// pair resolves "the two countries", "both nations", "the two
// governments", "the three countries" at i to two (or three) mentions
// with the same tokens, the last distinct compatible actors before it
// ("Armenia and Azerbaijan ... The two countries fought a war"), which a
// caller joins as a compound; nil if there are not as many.
func (st *state) pair(toks []model.Token, i int) []Mention {
	if ls := st.leadersAgain(toks, i); len(ls) > 0 {
		return ls
	}
	if os := st.theirOffices(toks, i); len(os) > 0 {
		return os
	}
	n, want := 0, 2
	switch {
	case i+2 < len(toks) && st.up[i] == "THE" && st.up[i+1] == "TWO":
		n = 3
	case i+2 < len(toks) && st.up[i] == "THE" && st.up[i+1] == "THREE":
		n, want = 3, 3
	case i+1 < len(toks) && st.up[i] == "BOTH":
		n = 2
	default:
		return nil
	}
	kind, ok := pairNouns[st.up[i+n-1]]
	if !ok {
		return nil
	}
	as := func(a Mention) (Mention, bool) {
		code := a.Code
		switch kind {
		case "country", "government", "military":
			code = CountryOf(a.Code)
			if code == "" {
				return Mention{}, false
			}
			switch kind {
			case "government":
				code += "GOV"
			case "military":
				code += "MIL"
			}
		case "armed":
			if a.Kind == Pronoun || a.place || !armedAgent(a.Code) {
				return Mention{}, false
			}
		case "leaders":
			// Only a government's people: two of one country's
			// politicians ("Biden and Trump") are no pair of countries.
			if c := CountryOf(a.Code); c == "" || a.Kind == Pronoun || a.place || !strings.HasPrefix(a.Code, c+"GOV") {
				return Mention{}, false
			}
			code = CountryOf(a.Code) + "GOV"
		}
		m := Mention{Start: i, End: i + n, Head: i + n - 1, Kind: Description, Antecedent: a.Span, Person: kind == "armed"}
		m.Actor = model.Actor{Code: code, Name: a.Name, Country: CountryOf(code), Entry: a.Entry}
		return m, true
	}
	// The last list of as many as it counts in this sentence or the last
	// ("Egypt, Jordan and Qatar called on Israel. The three countries
	// ..."), else the last ones named.
	for h := len(st.history) - 1; h >= 0 && h >= st.prevAt; h-- {
		k := h
		for k > 0 && st.history[k].conj {
			k--
		}
		if h-k+1 == want {
			var found []Mention
			seen := map[string]bool{}
			for _, a := range st.history[k : h+1] {
				if m, ok := as(a); ok && !seen[m.Code] {
					seen[m.Code] = true
					found = append(found, m)
				}
			}
			if len(found) == want {
				if kind == "leaders" {
					st.leaders = found
				}
				st.keepPair(kind, found)
				return found
			}
		}
		h = k
	}
	// The last ones named: generals and leaders only of this sentence
	// or the last.
	stop := 0
	if kind == "armed" || kind == "leaders" {
		stop = st.prevAt
	}
	var found []Mention
	seen := map[string]bool{}
	for h := len(st.history) - 1; h >= stop && len(found) < want; h-- {
		m, ok := as(st.history[h])
		if !ok || seen[m.Code] {
			continue
		}
		seen[m.Code] = true
		found = append(found, m)
	}
	if len(found) < want {
		return nil
	}
	// In the order they were named.
	slices.Reverse(found)
	if kind == "leaders" {
		st.leaders = found
	}
	st.keepPair(kind, found)
	return found
}

// keepPair records the two countries or governments a pair phrase of
// kind stood for (see state.pairs); the armed forces of "the two
// generals" or "the two militaries" are no pair of governments.
func (st *state) keepPair(kind string, found []Mention) {
	if kind == "armed" || kind == "military" || len(found) != 2 {
		return
	}
	st.pairs, st.pairAt = found, st.nsent
}

// lastTwo returns the last two mentions of history when they are a list
// of two countries' actors and no more ("Iran and Azerbaijan"), in the
// current sentence or the last, else nil.
func (st *state) lastTwo() []Mention {
	h := len(st.history) - 1
	if h < 1 || h-1 < st.prevAt || !st.history[h].conj || st.history[h-1].conj {
		return nil
	}
	x, y := st.history[h-1], st.history[h]
	for _, m := range []Mention{x, y} {
		if m.Kind == Pronoun || m.Person || m.place || CountryOf(m.Code) == "" {
			return nil
		}
	}
	if CountryOf(x.Code) == CountryOf(y.Code) {
		return nil
	}
	return []Mention{x, y}
}

// officeModifiers are the words (upper-case) that may stand between
// "their" and an office of theirOffices ("their foreign ministers").
var officeModifiers = map[string]bool{
	"FOREIGN": true, "DEFENCE": true, "DEFENSE": true, "PRIME": true, "INTERIOR": true,
	"TRADE": true, "FINANCE": true, "ECONOMY": true, "ENERGY": true,
}

// officeNouns are the plural nouns (upper-case) of a government's
// office-holders that theirOffices reads.
var officeNouns = map[string]bool{
	"MINISTERS": true, "LEADERS": true, "PRESIDENTS": true, "PREMIERS": true, "GOVERNMENTS": true,
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

// conjoined reports that the words from end to start (upper-case) only
// join two names: "and", "or", a comma, an article.
func conjoined(up []string, end, start int) bool {
	if start <= end || start-end > 3 {
		return false
	}
	and := false
	for _, w := range up[end:start] {
		switch w {
		case "AND", "OR", ",", "&":
			and = true
		case "THE":
		default:
			return false
		}
	}
	return and
}
