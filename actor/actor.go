package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"

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

// Origin tells where a mention its sentence's words do not name came
// from: the event coder adds such mentions (a party of an earlier
// event, a statement's speaker) and says so here, so that its later
// steps need not read the mention's entry back. The resolver leaves it
// InText.
type Origin uint8

// The origins of a Mention.
const (
	// InText is a mention of the sentence's own words.
	InText Origin = iota
	// FromContext is a party taken from an earlier event or mention
	// (the event coder's entry "target from context: ...").
	FromContext
	// SourceFromContext is a source taken from the latest talks (entry
	// "source from context: ...").
	SourceFromContext
	// StatementSpeaker is the speaker of a statement, standing for its
	// first person or for the stance it shows (entry "the speaker of
	// the statement ...").
	StatementSpeaker
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
	// Origin is where the event coder took a mention it added from
	// (InText for all the resolver's).
	Origin Origin
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
	// agentOf is, for a country's mention that a plural agent before it
	// joined with "of" or "from" ("officials from Sudan", "the
	// presidents of Kenya"), that agent's code ("~GOV"), which a country
	// listed right after it shares ("officials from Sudan and South
	// Sudan": both governments; agentOfList).
	agentOf string
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
	// whereTo reports a mention of a list named only as where things
	// went, through or among ("smuggled to several countries -- Peru,
	// Chile and Bolivia", "across Peru and Chile"): places, not parties,
	// for which a plural "they" does not stand (destinationList).
	whereTo bool
	// cited reports a mention set off by a comma before a verb of
	// saying (", a Kuwaiti source said,"): whom its sentence cites, no
	// party to what it reports (see theTwo).
	cited bool
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
	// title is, for a named person, the capitalised title words right
	// before the name that no mention covers ("SECRETARY - GENERAL" of
	// "United Nations Secretary-General Antonio Guterres"), which a later
	// bare "the Secretary-General" stands for (lastTitled).
	title string
	// opens reports the mention that opens its sentence as the subject
	// of its first clause: no verb and no preposition before it ("Peru
	// said", "On Monday, Peru's foreign ministry said"). A later "it"
	// or "the country" that opens its own sentence goes on about it (see
	// state.subjectAgain).
	opens bool
	// backer reports a name that only says who backs, leads or hosts
	// what follows ("Turkish-backed fighters", "a Britain-based
	// monitor"): those are not its own, and it names no country for the
	// sentence's bare agents.
	backer bool
	// bare reports an agent given no country of its own, which took
	// the one the story was on (see bareCountry).
	bare bool
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
	// Places, when set, finds a place the dictionaries do not know at
	// the start of words (a sentence's tokens as written) in a
	// gazetteer, preferring one in the country of code hint, the one
	// the story was last on ("Punjab" in a story on India is India's):
	// it returns the code the dictionaries give the place's country
	// ("MDA" for "Tiraspol"; a territory's own, "DNKGRL" for "Nuuk")
	// and the number of words that name the place, or "" and 0.
	// The resolver asks it only of a place the names model finds where
	// a place says where a sentence's people are (placeAhead,
	// openingPlace), so that a town no dictionary lists does not leave
	// them the country of the sentence before. The caller that has a
	// gazetteer sets it (casus sets event.Coder.PlaceCountry, over the
	// place package's); actor imports none. Set it before the first
	// call.
	Places func(words []string, hint string) (code string, n int)

	// leaders indexes, by surnameKey of its last word, every entry with
	// a role whose name has two words or more (see indexLeaders, and
	// state.titledLeader and state.bareLeader); New builds it, and it is
	// only read after.
	leaders map[string][]int32
}

// New returns a Resolver that looks actors up in d.
func New(d *dict.Dicts) *Resolver {
	r := &Resolver{d: d}
	r.indexLeaders()
	return r
}

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
	return r.ResolveHome(sents, ents, at, dates, "")
}

// ResolveHome is ResolveDated for an article whose dateline places it in
// country home (a country code, "" when it has none): a titled person the
// text gives no country is taken to be of the story's home before the
// country the article names most (see fillCountry).
func (r *Resolver) ResolveHome(sents []model.Sentence, ents []model.Entity, at time.Time, dates []Dates, home string) [][]Mention {
	return r.ResolveUpper(sents, nil, ents, at, dates, home)
}

// ResolveUpper is ResolveHome for a caller that has upper-cased the
// sentences' words already, as the event coder has for its discard
// phrases: ups[i], when it has one word per token of sents[i] (or per
// token of its first MaxTokens, the ones read), holds strings.ToUpper of
// each token's form, and is read instead of upper-casing (and
// allocating) every form again. A missing ups[i], or one of another
// length, is computed as ResolveHome does.
// The mentions are ResolveHome's; ups is not modified.
func (r *Resolver) ResolveUpper(sents []model.Sentence, ups [][]string, ents []model.Entity, at time.Time, dates []Dates, home string) [][]Mention {
	st := state{r: r, at: at, ents: ents, surnames: map[string]int{}, home: home}
	if !r.Local {
		st.regionOrgs(ents)
	}
	out := make([][]Mention, len(sents))
	for i := range sents {
		st.days = Dates{}
		if i < len(dates) {
			st.days = dates[i]
		}
		var up []string
		if i < len(ups) {
			up = ups[i]
		}
		out[i] = st.sentence(&sents[i], up)
	}
	if r.Unknown == "" && !r.Local {
		fillCountry(sents, out, home)
		reHome(sents, out, home)
	}
	return out
}

// reHome gives a bare government organ ("the foreign ministry", "the
// government") that took the country the story was last on and acts, by
// its own verb, on that very country ("LIMA - Chilean warships entered
// disputed waters. The foreign ministry accused Chile ...") the country
// of the story's dateline (home) instead: no government accuses or
// urges its own country by name, and a story filed from a capital
// reports that capital's ministry. So for a titled official the text
// gives no country, who took the one the story was last on: where any
// mention of the official acts on that country by name ("Foreign
// Minister Ana Lind said the seizure was illegal and called on Santiago
// to free the crews"), every mention of the official is home's. Where
// there is no home, or home is the country acted on, the organ or
// official keeps its country.
func reHome(sents []model.Sentence, out [][]Mention, home string) {
	if home == "" {
		return
	}
	officials := map[string]string{} // name -> the country taken
	for i, sent := range out {
		for k := range sent {
			m := &sent[k]
			if !m.bare || m.Country == "" || m.Country == home || !strings.HasPrefix(m.Code, m.Country+"GOV") {
				continue
			}
			if m.Person {
				if m.Name != "" {
					if _, ok := officials[m.Name]; !ok {
						officials[m.Name] = m.Country
					}
				}
				continue
			}
			// What it acts on must be the country itself: a
			// government may well arrest its own people ("the
			// government arrested Chilean activists").
			if actedOnCountry(&sents[i], sent, k) != m.Country {
				continue
			}
			m.Code, m.Country = home+m.Code[len(m.Country):], home
			m.Antecedent = model.Span{}
		}
	}
	if len(officials) > 0 {
		reHomeOfficials(sents, out, home, officials)
	}
}

// reHomeOfficials gives home to every mention of each official of
// officials (name -> the country the story lent the official) that
// some mention of the official shows acting on that country by its own
// name (ownDeedOn).
func reHomeOfficials(sents []model.Sentence, out [][]Mention, home string, officials map[string]string) {
	moved := map[string]bool{}
	for i, sent := range out {
		for k := range sent {
			m := &sent[k]
			if c, ok := officials[m.Name]; ok && m.Person && m.Country == c && ownDeedOn(&sents[i], sent, k) == c {
				moved[m.Name] = true
			}
		}
	}
	for _, sent := range out {
		for k := range sent {
			m := &sent[k]
			c := officials[m.Name]
			if !moved[m.Name] || !m.Person || m.Country != c || !strings.HasPrefix(m.Code, c) {
				continue
			}
			m.Code, m.Country = home+m.Code[len(c):], home
			if m.bare {
				m.Antecedent = model.Span{}
			}
		}
	}
}

// ownDeedOn returns the country that mention k of sentence s acts on by
// its own verb, named by the country's (or its capital's) own name: the
// verb right after it (actedOn), or a later verb joined to its clause by
// "and" with no subject of its own ("said the arrests were lawful and
// called on Santiago to ..."), whose object, or whose "on", "upon",
// "to" or "with" names the country; "" when there is none.
func ownDeedOn(s *model.Sentence, ms []Mention, k int) string {
	if c := actedOnCountry(s, ms, k); c != "" {
		return c
	}
	toks := s.Tokens
	for _, n := range ms[k+1:] {
		if n.Kind != Named || n.place || !countryOrTerritory(&n) || n.Start > len(toks) {
			continue
		}
		p := n.Start - 1
		if p >= 0 && onWords[strings.ToUpper(toks[p].Form)] {
			p--
		}
		if p < 1 || toks[p].UPOS != "VERB" || reportWords[strings.ToUpper(toks[p].Form)] {
			continue
		}
		p--
		if p >= 1 && toks[p].UPOS == "ADV" {
			p-- // "and also urged"
		}
		if p >= 0 && strings.EqualFold(toks[p].Form, "and") {
			return n.Country
		}
	}
	return ""
}

// actedOnCountry is actedOn's country where the mention acted on is that
// country itself, not one of its agents or people ("urged Chile", not
// "arrested Chilean activists"); "" otherwise.
func actedOnCountry(s *model.Sentence, ms []Mention, k int) string {
	if c := actedOn(s, ms, k); c != "" && countryOrTerritory(&ms[k+1]) {
		return c
	}
	return ""
}

// countryOrTerritory reports a mention coded as its country itself, with
// no sector after the code. Unlike countryItself it admits a territory's
// longer code (Greenland, DNKGRL): an official or organ acting on a
// territory acts on no agent or people of it.
func countryOrTerritory(m *Mention) bool {
	return m.Country != "" && m.Code == m.Country
}

// onWords are the upper-case prepositions that, right after a verb,
// name whom the verb's subject acts on or deals with ("called on",
// "appealed to", "sided with").
var onWords = map[string]bool{"ON": true, "UPON": true, "TO": true, "WITH": true}

// fillCountry gives the mentions of one titled person that are left with
// no country ("Ambassador Gordon Sondland" opening an article that names
// the United States only later, "he" and "Sondland" that stand for him)
// the country of the story's dateline (home, "" for none), else the
// country the article names most often (the first of those named as
// often), as a reader takes an unplaced official to be the story's.
// The countries that are not the person's are left out (awayFrom): the
// one the person's first mention acts on (actedOn: "Vice President Dale
// Marsh criticized Peru", "met with Peruvian Foreign Minister Elena
// Gonzalez"), as an official given the country they act on codes a false
// event against it; the one of a leader the first mention meets with
// (meetsWith: "The Prime Minister and President Lula met"); and those
// any mention of the person travels to (destinations: "will travel to
// Peru and Chile", an envoy "is returning to Syria"); a person seen to
// travel or meet so is given only a country named twice or more by its
// name (see awayFrom). Later mentions are not read for what they act on
// (a US envoy to Ukraine later "opposed the hold on U.S. assistance").
// When no other country is left, the person keeps no country, which
// codes nothing rather than something wrong.
func fillCountry(sents []model.Sentence, out [][]Mention, home string) {
	away, abroad := awayFrom(sents, out)
	placed := map[string]string{}
	for _, sent := range out {
		for k := range sent {
			m := &sent[k]
			if !unplaced(m) {
				continue
			}
			c, ok := placed[m.Name]
			if !ok {
				c = home
				if c == "" || slices.Contains(away[m.Name], c) {
					c = mostNamed(out, away[m.Name], abroad[m.Name])
				}
				placed[m.Name] = c
			}
			if c != "" {
				m.Code, m.Country = c+m.Code, c
			}
		}
	}
}

// awayFrom returns, per name of an unplaced person (see fillCountry),
// the countries that are not that person's: the one the first mention
// acts on (actedOn) or meets with (meetsWith), and every country a
// mention of the person travels to (destinations). abroad reports the
// names of those seen to travel or meet: a story of a visit abroad names
// the hosts' countries more than the visitor's own, so the visitor is
// given only a country the story names twice or more by its name
// (mostNamed).
func awayFrom(sents []model.Sentence, out [][]Mention) (away map[string][]string, abroad map[string]bool) {
	away, abroad = map[string][]string{}, map[string]bool{}
	for i, sent := range out {
		for k := range sent {
			if !unplaced(&sent[k]) {
				continue
			}
			name := sent[k].Name
			if _, seen := away[name]; !seen {
				away[name] = []string{}
				if c := actedOn(&sents[i], sent, k); c != "" {
					away[name] = append(away[name], c)
				}
				if c := meetsWith(&sents[i], sent, k); c != "" {
					away[name] = append(away[name], c)
					abroad[name] = true
				}
			}
			if cs := destinations(&sents[i], sent, k); len(cs) > 0 {
				away[name] = append(away[name], cs...)
				abroad[name] = true
			}
		}
	}
	return away, abroad
}

// actedOn returns the country of the mention that the verb right after
// mention k of sentence s acts on ("Foreign Minister Ana Lind told Chile",
// "Prime Minister Jorge Salas met Chinese President Li Wen"): the next
// mention, a few words on, with a verb between and nothing else but
// auxiliaries, adverbs, determiners and particles (no verb of saying). A country named as a place ("spoke in Peru") or after
// an aside ("Sondland, the witness, ...") is not one the person acts on;
// "" when there is none.
func actedOn(s *model.Sentence, ms []Mention, k int) string {
	if k+1 >= len(ms) {
		return ""
	}
	m, n := ms[k], ms[k+1]
	if n.Country == "" || n.place || n.Kind == Pronoun || n.Start <= m.End || n.Start-m.End > 4 || n.Start > len(s.Tokens) {
		return ""
	}
	verb, last := false, ""
	for _, t := range s.Tokens[m.End:n.Start] {
		prev := last
		last = t.UPOS
		switch {
		case reportWords[strings.ToUpper(t.Form)] || !hasLetter(t.Form):
			return ""
		case t.UPOS == "VERB":
			verb = true
		case t.UPOS == "ADP" && prev == "VERB" && onWords[strings.ToUpper(t.Form)]:
			// "met with Peruvian Foreign Minister Elena Gonzalez",
			// "spoke to Chile", "called on Peru": the verb's partner,
			// as an object is.
		case t.UPOS != "AUX" && t.UPOS != "ADV" && t.UPOS != "DET" && t.UPOS != "PART":
			// A noun or preposition between ("faced questions from
			// Chilean senators", "was killed by Peruvian troops"): the
			// country is not the verb's object.
			return ""
		}
	}
	if !verb {
		return ""
	}
	return n.Country
}

// hasLetter reports whether w has a letter.
func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// unplaced reports a titled person's mention that fillCountry may give
// a country: a person coded by an agent alone, with no country, whose
// code is made of sector types only ("GOV", "GOVMIL" of "Defense
// Minister"; not an organisation's "IGOUNO").
func unplaced(m *Mention) bool {
	if !m.Person || m.Country != "" || !m.ByAgent() || len(m.Code) == 0 || len(m.Code)%3 != 0 {
		return false
	}
	for i := 0; i < len(m.Code); i += 3 {
		if !sectorTypes[m.Code[i:i+3]] {
			return false
		}
	}
	return true
}

// sectorTypes are the CAMEO type codes of a country's sectors, which a
// country code before them makes that country's ("PER"+"GOVMIL").
var sectorTypes = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true,
	"OPP": true, "REB": true, "SPY": true, "BUS": true, "MED": true,
	"EDU": true, "HLH": true, "CVL": true, "LAB": true, "ELI": true,
	"REF": true, "AGR": true, "CRM": true, "ENV": true, "HRI": true,
	"RAD": true, "MOD": true, "REL": true,
}

// mostNamed returns the country the mentions of out name most often
// (the first to be named that often), leaving out skip; "" when none is
// left. byName counts only the country's names that are not a place
// (see Mention.place), and a country so named only once is none.
func mostNamed(out [][]Mention, skip []string, byName bool) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, sent := range out {
		for _, m := range sent {
			if m.Country == "" || m.Country != CountryOf(m.Code) || slices.Contains(skip, m.Country) {
				continue
			}
			if byName && (m.Kind != Named || m.place) {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
	}
	if byName && bestN < 2 {
		return ""
	}
	return best
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
	// home is the country of the story's dateline ("" for none; see
	// ResolveHome).
	home string
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
	// ledeAt and ledeEnd index history where the mentions of the
	// article's first sentence that names two countries or more (see
	// countries) begin and end: the sentence that names the story's
	// parties (see salience). ledeEnd is 0 until it is read.
	ledeAt, ledeEnd int
	// nsent counts the sentences read.
	nsent int
	// sentAt indexes history where each sentence read so far began, so
	// that a rule can look back a number of sentences (see sentStart).
	sentAt []int
	// reportAt is the current sentence's first verb of saying (see
	// reportWords), -1 for none; reportCur is the country of the first
	// mention after it that has one: the country of the reported
	// clause, which its bare agents take before the speaker's.
	reportAt  int
	reportCur string
	// curHost is, when the current sentence's first mention with a
	// country is of that country's forces ("French troops left Mali",
	// or their deed: "the US assault on Fallujah", forceDeed),
	// the first country or city of another country named after them,
	// the host whose local agents a bare "the junta" or "the rebels" are
	// (see host); leadHost is the last sentence's, kept with lead.
	curHost, leadHost *Mention
	curForces         bool
	// curList reports that cur is the first of a list of countries
	// ("Brazil and Colombia called for ..."), which is no one owner of a
	// bare agent later in the sentence (see bareCountry).
	curList bool
	// curCoup is the current sentence's first country named as one
	// where a coup happened or rulers took power ("the coup in Niger",
	// "Mali's coup"), whose government a bare "the junta" is (see
	// coupHost); leadCoup is the last sentence's, kept with lead.
	curCoup, leadCoup *Mention
	// agents holds, by agent phrase ("ARMY"), the last mention of one
	// thing so named whose country the resolver knew and the sentence
	// (see nsent) that named it: the one a bare "the army" named again
	// is (see sameAgentAgain).
	agents map[string]seenAgent
	// met are the two sides of the meeting the last sentence told of
	// (see meetingSides), whom a "they" opening the current one stands
	// for (theySides).
	met []Mention
	// where is the country of the place the current sentence opens with
	// ("In Tiraspol, ...", see openingPlace; a territory's code, as
	// placeAhead gives it), "" for none, and whereEnd
	// the token after the comma that closes that opening.
	where    string
	whereEnd int
}

func (st *state) sentence(s *model.Sentence, up []string) []Mention {
	toks := s.Tokens
	if len(toks) > MaxTokens {
		toks = toks[:MaxTokens]
	}
	n := len(toks)
	st.words = st.words[:0]
	st.up = st.up[:0]
	st.entAt = st.entAt[:0]
	// The caller's upper-cased forms (ResolveUpper), of the whole
	// sentence or of the tokens read.
	given := len(up) == n || len(up) == len(s.Tokens)
	for k, t := range toks {
		st.words = append(st.words, t.Form)
		if given {
			st.up = append(st.up, up[k])
		} else {
			st.up = append(st.up, strings.ToUpper(t.Form))
		}
		st.entAt = append(st.entAt, -1)
	}
	st.mapEntities(toks)

	var out []Mention
	lead := ""
	st.cur = ""
	st.curM = nil
	st.curHost, st.curForces = nil, false
	st.curList = false
	st.curCoup = nil
	st.before = st.country
	st.reportAt, st.reportCur = -1, ""
	var gazetteer bool
	st.where, st.whereEnd, gazetteer = st.openingPlace(toks)
	if gazetteer && !st.r.Local {
		// A town no dictionary knows places the sentence as a
		// capital the dictionaries know does, which is its first
		// mention: "In Tiraspol, officials said" are Moldova's.
		st.cur = CountryOf(st.where)
	}
	for k := range st.up {
		if reportWords[st.up[k]] && toks[k].UPOS == "VERB" {
			st.reportAt = k
			break
		}
	}
	st.prevAt, st.curAt = st.curAt, len(st.history)
	if st.ledeEnd == 0 && countries(st.history[st.prevAt:st.curAt]) >= 2 {
		st.ledeAt, st.ledeEnd = st.prevAt, st.curAt
	}
	st.nsent++
	st.sentAt = append(st.sentAt, st.curAt)
	// found is where at1 writes the mention it finds: a Mention is 256
	// bytes, and at1, tried at nearly every word, finds one at few.
	var found Mention
	for i := 0; i < n; {
		if ps := st.pair(toks, i); len(ps) > 0 {
			ps = st.officesAfter(toks, ps)
			for k, m := range ps {
				m.Span = model.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
				out = append(out, m)
				// A list, for a "they" after it ("The two countries
				// fought a war in 2020. They signed a treaty").
				m.conj, m.listed = k > 0, k < len(ps)-1
				// "The two countries fought a war. They
				// signed a treaty": the pair that opens its
				// sentence, as a list would (listAgain).
				m.opens = k == 0 && len(out) == 1 && opensClause(toks, m)
				st.history = append(st.history, m)
			}
			i = ps[0].End
			continue
		}
		if k := st.namedPair(i); k > 0 {
			i += k
			continue
		}
		// The words first, as in at1.
		if st.otherSideWords(i) {
			if m, ok := st.otherSide(toks, i); ok {
				m.Span = model.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
				out = append(out, m)
				i = m.End
				continue
			}
		}
		ps := st.theySides(toks, i)
		if len(ps) == 0 {
			ps = st.pronounList(toks, i)
		}
		if len(ps) > 0 {
			for k, m := range ps {
				m.Span = model.Span{Start: toks[i].Start, End: toks[i].End}
				out = append(out, m)
				// A list again, for a "they" after it ("They signed
				// a pact. They also agreed").
				m.conj, m.listed = k > 0, k < len(ps)-1
				st.history = append(st.history, m)
			}
			i++
			continue
		}
		st.skip = 0
		if !st.at1(toks, i, &found) {
			i = max(i+1, st.skip)
			continue
		}
		m := found
		if m.End <= i {
			m.End = i + 1
		}
		if predicateDemonym(toks, m) || personsOrigin(toks, m) {
			i = m.End // "I'm Peruvian and I am going to Chile", "he is from Chile"
			continue
		}
		if end := venue(toks, m); end > 0 && !st.r.Local {
			i = end // "At the United Nations Climate Action Summit"
			continue
		}
		if !st.r.Local {
			st.titledAgent(toks, &m)
			st.headedOffice(toks, &m)
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
			st.dropLast()
		}
		if len(out) > 0 && st.agentOfCountry(&m, out[len(out)-1]) {
			out = out[:len(out)-1]
			st.dropLast()
		}
		if len(out) > 0 && !st.r.Local {
			appositiveGroup(toks, &m, out[len(out)-1])
			appositivePerson(toks, &m, out)
		}
		if len(out) > 0 {
			speaksFor(&m, out[len(out)-1])
		}
		if len(out) > 0 && !st.r.Local {
			if o := rankedOfficer(toks, &m, &out[len(out)-1]); o != nil && o != &m {
				if h := len(st.history) - 1; h >= 0 && st.history[h].Span == o.Span {
					st.history[h] = *o
				}
			}
		}
		p, ok := st.memberOf(toks, m, out)
		if !ok {
			p, ok = st.titledMember(toks, m, out)
		}
		if ok {
			out = append(out, p)
			st.history = append(st.history, p)
			st.addSurname(toks, p, len(st.history)-1)
		}
		m.place = m.place || st.located(m)
		if m.Kind == Named {
			m.words = strings.Join(st.up[nameStart:min(m.End, n)], " ")
			if m.Person && !st.r.Local {
				lo := 0
				if len(out) > 0 {
					lo = out[len(out)-1].End
				}
				m.title = st.titleBefore(toks, nameStart, lo)
			}
		}
		m.whereTo = destinationList(toks, st.up, m.Start) || movedTo(toks, st.up, m.Start, out)
		if len(out) > 0 {
			m.conj = conjoined(st.up, out[len(out)-1].End, m.Start)
			m.whereTo = m.whereTo || m.conj && out[len(out)-1].whereTo
			// "via Moscow and Paris": a place's list is of places.
			m.place = m.place || m.conj && out[len(out)-1].place && m.Kind == Named && m.Agent == ""
			if h := len(st.history) - 1; m.conj && h >= st.curAt && st.history[h].Span == out[len(out)-1].Span {
				st.history[h].listed = true
				if sharedAgent(toks, &out[len(out)-1], m) {
					st.history[h] = out[len(out)-1]
				}
				if !st.r.Local {
					// PETRARCH and TABARI give the agent to the
					// first only ("the ambassadors of A, B and C").
					agentOfList(&m, out[len(out)-1])
				}
			}
		}
		m.aside = asideAgent(toks, m.Start)
		m.cited = st.trailingSpeaker(toks, m)
		m.opens = len(out) == 0 && opensClause(toks, m)
		for k := m.Start; k < m.End && k < n && m.Kind == Named; k++ {
			if st.up[k] == "REGIME" || st.up[k] == "REGIMES" {
				m.regime = true
			}
		}
		ownCapital(toks, &m, out)
		st.partyCongress(&m)
		st.foreignSenate(&m)
		if st.r.CiviliansAsCountry && m.Country != "" && m.Code == m.Country+"CVL" {
			m.Code = m.Country
		}
		// A backer ("Iranian-backed militia") is not the country the
		// story goes on in either; a home ("a Tokyo-based company") is.
		if m.Country != "" && (!m.backer || st.up[m.End+1] == "BASED") {
			st.country = m.Country
		}
		if m.Kind == Named && m.Person {
			st.addSurname(toks, m, len(st.history))
		}
		st.history = append(st.history, m)
		st.seeAgent(m)
		if (m.Person || postTitle(m.Agent)) && m.Agent != "" && (m.Kind == Named || m.Kind == Agent) {
			st.appositive(toks, m.End, len(st.history)-1)
			st.describedBefore(toks, m.Start, len(st.history)-1)
		}
		if len(out) == 0 && m.Country != "" && m.Kind != Pronoun && !m.backer {
			lead = m.Country
		}
		if st.cur != "" && len(out) == 1 && m.Country != "" && m.Country != st.cur && m.Kind != Pronoun && out[0].Country == st.cur && conjoined(st.up, out[0].End, m.Start) {
			st.curList = true
		}
		if st.cur == "" && m.Country != "" && m.Kind != Pronoun && !m.backer {
			st.cur = m.Country
			st.curForces = foreignForces(m) || forceDeed(toks, m)
		} else if st.curForces && st.curHost == nil && hostMention(toks, m, st.cur) {
			h := m
			st.curHost = &h
		}
		if st.curCoup == nil && coupCue(st.up, m) {
			c := m
			st.curCoup = &c
		}
		if st.reportCur == "" && st.reportAt >= 0 && m.Start > st.reportAt && m.Country != "" && m.Kind != Pronoun && !m.backer {
			st.reportCur = m.Country
		}
		if st.curM == nil && m.Kind != Pronoun && m.Code != "" && (m.Country != "" || strings.HasPrefix(m.Code, "IGO")) {
			c := m
			st.curM = &c
		}
		out = append(out, m)
		i = m.End
		if p, ok := st.memberAfter(toks, m); ok {
			// "Houthi negotiator Abdulqader al-Murtada": the group's
			// man, whom a later "he" stands for.
			out = append(out, p)
			st.history = append(st.history, p)
			st.addSurname(toks, p, len(st.history)-1)
			i = p.End
		}
	}
	if st.titleOfName(toks, out) && out[0].Country != "" {
		lead = out[0].Country
	}
	if lead != "" {
		st.lead = lead
		st.leadHost = nil
		if lead == st.cur {
			st.leadHost = st.curHost
		}
		st.leadCoup = st.curCoup
	}
	if st.curM != nil {
		st.leadM = st.curM
	}
	st.met = meetingSides(toks, st.up, out)
	return out
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

// entity returns the entity covering token i, if any.
func (st *state) entity(i int) (model.Entity, bool) {
	if i < 0 || i >= len(st.entAt) || st.entAt[i] < 0 {
		return model.Entity{}, false
	}
	return st.ents[st.entAt[i]], true
}

// at1 tries to find a mention starting at token i, and writes it to m
// when it finds one.
//
// It tries the resolvers in turn at nearly every word, and a call that
// returns a Mention (256 bytes) zeroes and copies it, found or not: a
// resolver whose first test is of the words alone has that test as a
// method of its own (europeListedWords, theCoalitionWords, ...), which
// at1 makes, inlined, before calling the resolver. For the same reason
// at1 writes what it finds to m rather than returning a Mention.
func (st *state) at1(toks []model.Token, i int, m *Mention) bool {
	if isPunct(toks[i]) {
		return false
	}
	if st.regionLeadersWords(i) {
		if r, ok := st.regionLeaders(i); ok {
			*m = r
			return true
		}
	}
	if st.europeListedWords(toks, i) {
		if r, ok := st.europeListed(toks, i); ok {
			*m = r
			return true
		}
	}
	if j, d, ok := st.modifiedDescription(toks, i); ok && !st.namedThrough(toks, i, j) && !ofName(toks, j) {
		if r, ok := st.describedAt(toks, i, j, d); ok {
			*m = r
			return true
		}
	}
	if st.namedWords(toks, i) || againstName(toks, i) {
		if r, ok := st.named(toks, i); ok {
			*m = r
			return true
		}
	}
	if st.namedOrgDescriptionWords(i) {
		if r, ok := st.namedOrgDescription(i); ok {
			*m = r
			return true
		}
	}
	if st.theCoalitionWords(i) {
		if r, ok := st.theCoalition(i); ok {
			*m = r
			return true
		}
	}
	if st.theDepartmentWords(i) {
		if r, ok := st.theDepartment(i); ok {
			*m = r
			return true
		}
	}
	if r, ok := st.agent(toks, i); ok {
		*m = r
		return true
	}
	if st.surnameWords(toks, i) {
		if r, ok := st.surname(toks, i); ok {
			*m = r
			return true
		}
	}
	if st.bareLeaderWords(toks, i) {
		if r, ok := st.bareLeader(toks, i); ok {
			*m = r
			return true
		}
	}
	if st.titleAgainWords(i) {
		if r, ok := st.titleAgain(toks, i); ok {
			*m = r
			return true
		}
	}
	uw := st.up[i]
	// "He Jianxiong said": a capitalised "He" right before a person's
	// name that the names model finds is that name's family name, not
	// the pronoun.
	if uw == "HE" && toks[i].Form == "He" && i+1 < len(toks) && maybeName(toks[i+1]) && !isPunct(toks[i+1]) {
		if en, ok := st.entity(i + 1); ok && en.Kind == model.Person && en.Start == toks[i+1].Start {
			return false
		}
	}
	if p, ok := pronouns[uw]; ok {
		r, ok := st.pronoun(toks, i, p)
		if !ok || !st.redate(&r) {
			return false
		}
		*m = r
		return true
	}
	if (uw == "THE" || uw == "THIS" || uw == "THAT") && i+1 < len(toks) {
		if d, ok := descriptions[st.up[i+1]]; ok && !ofName(toks, i+1) && !nameGoesOn(toks, i+1) {
			r, ok := st.description(toks, i, d)
			if ok {
				*m = r
			}
			return ok
		}
	}
	return false
}

// dropLast removes the last mention of the history, which the mention
// being read now covers too ("opposition" joined to "politician Musa
// Bello"). A surname that mention registered for the place after the
// last one (see addSurname) moves down with it, so that "Bello" later
// stands for that person and not for whoever is named next.
func (st *state) dropLast() {
	n := len(st.history) - 1
	st.history = st.history[:n]
	for k, h := range st.surnames {
		if h == n+1 {
			st.surnames[k] = n
		}
	}
}

// ofName reports a description's head at j that heads a name with "of"
// and a capitalised word after it: "the Republic of Chile", "the
// Kingdom of Morocco" and "the Council of Europe" name what they name,
// they do not refer back to an actor named before.
func ofName(toks []model.Token, j int) bool {
	if j+2 >= len(toks) || !strings.EqualFold(toks[j+1].Form, "of") {
		return false
	}
	return capitalised(toks[j+2].Form)
}

// nameGoesOn reports a capitalised description's head at j with another
// capitalised name word right after it: "The State Department" and "the
// Council Presidency" name what they name, and "The State" in them
// refers back to no country.
func nameGoesOn(toks []model.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	return capitalised(toks[j].Form) && capitalised(toks[j+1].Form)
}

// namedThrough reports a name the dictionaries know that starts between
// tokens i and j and runs through j: "the U.N. refugee agency" is that
// agency, not a description of the last organisation named, while "the
// West African nation" only begins with a name.
func (st *state) namedThrough(toks []model.Token, i, j int) bool {
	skip := st.skip
	defer func() { st.skip = skip }()
	for k := i; k < j; k++ {
		if m, ok := st.named(toks, k); ok && m.End > j {
			return true
		}
	}
	return false
}

// articleless matches at i a name of two or more words that the
// dictionaries list only with its article ("THE_ISLAMIC_STATE"), written
// without it: news writes "Islamic State attacked" as often as "the
// Islamic State attacked". Every word must be capitalised, since "an
// Islamic state" is an idea and names nothing, and the word before must
// be neither an article nor a capitalised word. It returns the length without the
// article.
func (st *state) articleless(toks []model.Token, i int) (string, dict.Entry, int, bool) {
	if i+1 >= len(toks) || !capitalised(toks[i].Form) || !capitalised(toks[i+1].Form) {
		return "", dict.Entry{}, 0, false
	}
	// A capitalised word before the first one means a longer name began
	// there: "the National Islamic Front" is not THE_ISLAMIC_FRONT.
	if i > 0 && (st.up[i-1] == "A" || st.up[i-1] == "AN" || st.up[i-1] == "THE" || capitalised(toks[i-1].Form)) {
		return "", dict.Entry{}, 0, false
	}
	const longest = 8
	end := min(len(st.up), i+longest)
	words := append([]string{"THE"}, st.up[i:end]...)
	code, e, n, ok := st.actor(words)
	if !ok || n < 3 {
		return "", dict.Entry{}, 0, false
	}
	for j := i; j < i+n-1; j++ {
		if !capitalised(toks[j].Form) {
			return "", dict.Entry{}, 0, false
		}
	}
	return code, e, n - 1, true
}

// shortenedName returns the named mention earlier in the article whose
// longer name holds the k words at i whole, when the dictionaries give
// those words alone (code) another country: "the Tigers" after "the
// Liberation Tigers of Tamil Eelam" are the Tamil rebels, not the
// Swazi group Phoenix lists as TIGERS. A country's name is its own
// ("Korea" after "North Korea"), and so is a name the earlier one only
// narrows within the same country or organisation.
func (st *state) shortenedName(i, k int, code string) (Mention, bool) {
	c := CountryOf(code)
	if c == "" || code == c {
		return Mention{}, false
	}
	w := st.up[i : i+k]
	if len(w) > 1 && w[0] == "THE" {
		w = w[1:]
	}
	short := " " + strings.Join(w, " ") + " "
	for h := len(st.history) - 1; h >= 0; h-- {
		a := st.history[h]
		if a.Kind != Named || a.Person || a.Code == "" || CountryOf(a.Code) == c {
			continue
		}
		full := " " + a.words + " "
		if len(full) > len(short) && strings.Contains(full, short) {
			return a, true
		}
	}
	return Mention{}, false
}

// shortenedEntry ends the Entry of a name read as a longer one the
// article gave before.
const shortenedEntry = "; a shortened name of this actor named before"

// currencyPrefix reports a currency sign written right against the name
// that ends before token end ("US$4.5 billion", "HK$200"): the name
// marks whose dollars they are, a unit of money, not the country acting
// or acted on.
func currencyPrefix(toks []model.Token, end int) bool {
	return end > 0 && end < len(toks) && strings.HasPrefix(toks[end].Form, "$") && toks[end].Start == toks[end-1].End
}

// namedWords reports whether the word at i may begin a name that named
// reads: a word that may be a name (maybeName), "the", or any word when
// the dictionaries are read in any case. Else named reads only a
// lower-case "counter" or "anti" before a name (againstName), which is
// no inlined test. named tests as much first; at1 tests both before
// calling named (see at1).
func (st *state) namedWords(toks []model.Token, i int) bool {
	return maybeName(toks[i]) || st.up[i] == "THE" || st.r.d.AnyCase()
}

// named matches a dictionary actor at i, with an agent or a title and name
// after it.
func (st *state) named(toks []model.Token, i int) (Mention, bool) {
	d := st.r.d
	w := st.words
	// A lower-case "the" starts a name the dictionaries list with its
	// article ("the White House", "the UN") when a name follows it.
	the := st.up[i] == "THE" && i+1 < len(toks) && maybeName(toks[i+1]) && capitalised(toks[i+1].Form)
	lower := !maybeName(toks[i])
	against := lower && againstName(toks, i)
	if lower && !the && !against && !d.AnyCase() {
		return Mention{}, false
	}
	code, e, k, ok := st.actor(st.up[i:])
	if against && !d.AnyCase() && k < 4 {
		ok = false
	}
	if !ok {
		code, e, k, ok = st.people(toks, i)
	}
	if !ok && !lower {
		code, e, k, ok = st.articleless(toks, i)
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
	if !ok || code == "---" || code == "" || st.partOfPerson(i, k) || st.countryInName(toks, i, k, code) || newPlace(toks, i, code) || st.beginsName(toks, i, k, code) || st.endsOrgName(toks, i, k, code) {
		return Mention{}, false
	}
	// A two-letter name is an acronym, written in capitals ("UN", "US");
	// "Un" and "Us" are other words. So is a one-word name that the
	// tagger reads as a function word unless written in capitals: "WHO"
	// is the World Health Organization, a capitalised "Who" the pronoun.
	if k == 1 && toks[i].Form != st.up[i] && (len(st.up[i]) == 2 || functionWord(toks[i])) {
		return Mention{}, false
	}
	if currencyPrefix(toks, i+k) {
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
	if a, ok := st.shortenedName(i, k, code); ok {
		m.Code, m.Name, m.Entry, m.Country = a.Code, a.Name, a.Entry+shortenedEntry, a.Country
		code = a.Code
	}
	if en, ok := st.entity(m.Start); ok {
		// A country's name is no person, whatever the names model
		// says ("a name Armenia rejects").
		m.Person = en.Kind == model.Person && !(len(code) == 3 && code == m.Country)
		// A city is one place: "Venezuelans", tagged a location at
		// times, is a people. A city's name may have several words
		// ("Kuala Lumpur"), which a country's own name ("South Korea")
		// shares with the country.
		m.Capital = k == 1 && en.Kind == model.Location && !strings.Contains(e.Name, st.up[m.Start]) &&
			!isPlural(toks[m.Start]) && toks[m.Start].UPOS != "ADJ" && !abbreviation(toks[m.Start].Form) ||
			m.End-m.Start > 1 && en.Kind == model.Location && st.cityWords(toks, m, e.Name)
	}
	// "Mexico City", "Kuwait City": a country's name and "City" name a
	// city, which the dictionaries code as its country.
	if len(code) == 3 && code == m.Country && (m.End < len(toks) && toks[m.End].Form == "City" ||
		m.End-m.Start >= 2 && m.End <= len(toks) && toks[m.End-1].Form == "City") {
		m.Capital = true
	}
	// "the Kaliningrad region", "the Rasht-Astara railway": a city's name
	// that modifies a place is where, not who.
	if m.Capital && m.End < len(toks) && (placeNouns[st.up[m.End]] || dash(toks[m.End])) {
		m.place = true
	}
	if !st.r.Local && m.End+1 < len(toks) && dash(toks[m.End]) && st.up[m.End+1] == "BASED" &&
		len(code) == 3 && code == m.Country {
		if !st.basedIn(toks, m) {
			return Mention{}, false
		}
	}
	if ledCoalition(toks, st.up, &m) {
		return m, true
	}
	armedCoalition(&m, e.Name)
	if m.End+1 < len(toks) && dash(toks[m.End]) && backedWords[st.up[m.End+1]] {
		if st.runOrgan(toks, &m, code) {
			return m, true
		}
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
	// "In Kenya Foreign Secretary Johnson met ...": the country is where
	// the person named before acts; the title and surname are that
	// person (placedTitle).
	if k := st.placedTitle(toks, m, j); k >= 0 && !poss {
		if sm, ok := st.surname(toks, k); ok {
			sm.Start = j
			return sm, true
		}
	}
	if (len(code) == 3 || territory(code) && !m.Person) && j < len(w) {
		a, n, ok := d.AgentEntry(st.up[j:])
		if !ok {
			// "a Sacramento family medicine doctor": a city's name
			// before words that only describe is where, not whose.
			most := maxAgentModifiers
			if m.Capital {
				most = 1
			}
			var k int
			if a, n, k, ok = st.modifiedAgent(toks, j, most); ok {
				j = k
			}
		}
		if !ok {
			a, n, ok = st.envoyTo(toks, j)
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
			if n == 1 {
				ac = st.deputiesCode(toks, j, a.Phrase, ac)
			}
			if st.former(m.Start) || slices.Contains(st.up[m.End:j], "FORMER") {
				ac = "~ELI" // "former Gondor prosecutors", "Arnor's former envoy"
			}
			ac = countrySpeaker(a.Phrase, ac)
			m.End, m.Head = j+n, j+n-1
			// "Chilean lawmakers from the opposition" are Chile's opposition.
			if end := st.fromOpposition(m.End, ac); end > 0 {
				ac, m.End = "~OPP", end
			}
			m.Code = dict.Combine(code, ac)
			m.Agent = a.Phrase
			m.Person = st.onePerson(toks, a.Phrase, m.Start, m.Head)
			m.Capital = false
			m.plural = !m.Person && isPlural(toks[m.Head])
			st.titleNoun(toks, &m)
			st.organMember(toks, &m)
			st.titledName(toks, &m, "", poss && !d.AnyCase())
		}
	} else if hasOrgans(code) && j < len(w) {
		st.organ(toks, &m, j, poss)
	} else if j == m.End && j < len(w) && (st.up[j] == "PARTY" || st.up[j] == "MOVEMENT") && len(code) > 3 {
		// "Vetëvendosje party": the party's own name says what it is.
		m.End, m.Head = j+1, j
	}
	// "Secretary of State Ana Lind": a title the dictionaries list as
	// an actor, with the name of a person they do not know after it, is
	// that person.
	if m.Agent == "" && !poss && len(code) > 3 && st.titleEntry(&m) {
		m.Person = true
		st.unknownNameAfter(toks, &m)
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
		st.skip = m.End
		return Mention{}, false
	}
	// "visited Epstein in New York", "a deportee from Arizona in the
	// US": a city's name after "in", "at" or "near" that follows a
	// common or proper noun says where that is; the city does not act.
	// A noun that is an agent ("officials in Kabul") keeps its city.
	if !st.r.Local && m.Agent == "" && !poss && st.cityOrRegion(m) && st.nounPlace(toks, m.Start) {
		// The whole name is the place: "in New Orleans" leaves no
		// "Orleans" to read on its own.
		st.skip = m.End
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

// maxAgentModifiers is how many common nouns or adjectives may stand
// between a country's name and the agent they modify.
const maxAgentModifiers = 2

// modifiedAgent reads an agent of the dictionaries after at most most
// modifiers that start at token j, right after a country's name or
// adjective: "Albanian riot police", "the Russian state coal company",
// "Syrian civil war refugees" are that country's police, business and
// refugees. It returns the agent, its length in tokens and where it
// starts.
func (st *state) modifiedAgent(toks []model.Token, j, most int) (dict.Agent, int, int, bool) {
	for k := j; k < j+most && k+1 < len(toks) && isModifier(toks[k]); k++ {
		if a, n, ok := st.r.d.AgentEntry(st.up[k+1:]); ok {
			return a, n, k + 1, true
		}
	}
	return dict.Agent{}, 0, 0, false
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

// nonCountry lists actor-code prefixes that are not countries.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "MNC": true, "INT": true, "UNK": true,
	"NGM": true, "IMG": true, "UIS": true, "BUS": true, "CVL": true,
	"COP": true, "GOV": true, "MIL": true, "REB": true, "OPP": true,
	"MED": true, "JUD": true, "LEG": true, "EDU": true, "HLH": true,
	"AGR": true, "LAB": true, "REF": true, "ELI": true, "CRM": true,
	"SPY": true, "BUS~": true, "ENV": true, "HRI": true, "RAD": true,
	"MOD": true, "REL": true, "SET": true, "IGR": true, "WST": true,
	"EUR": true,
}

// territory reports a code of a country's territory with a code of its
// own ("DNKGRL" of Greenland, "USAPRI" of Puerto Rico): a country and a
// second group that is no CAMEO type. Its agents are the territory's
// ("Greenland's government" is DNKGRLGOV, as PETRARCH joins them), not
// its country's.
func territory(code string) bool {
	return len(code) == 6 && CountryOf(code) != "" && CountryOf(code[3:]) != ""
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

// agentEntry opens the entry of a mention coded by its agent phrase alone.
const agentEntry = "agent "

// ByAgent reports a mention coded by its agent phrase alone ("the army",
// a titled person the dictionaries do not list), no named actor's code
// taken before it. Its entry says so (AgentEntry), and a mention that
// stands for it (a pronoun, a description) carries that entry, so the
// entry is the one record of it.
func (m *Mention) ByAgent() bool { return AgentEntry(m.Entry) }

// AgentEntry reports whether an actor's entry, as the resolver writes it,
// says that an agent phrase alone coded it (Mention.ByAgent): for an
// actor taken from a mention, such as an event's attribution.
func AgentEntry(entry string) bool { return strings.HasPrefix(entry, agentEntry) }

// possessed reports a person named after a country's possessive
// ("Armenia's Ararat Mirzoyan", possessedPerson): its entry ends with
// possessedEntry, and an entry written after it ends otherwise (see
// afterPossessedPerson).
func (m *Mention) possessed() bool { return strings.HasSuffix(m.Entry, possessedEntry) }
