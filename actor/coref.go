package actor

// Back-references: pronouns, descriptions ("the group", "the two
// countries"), pairs and list members resolved to actors named before.

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

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
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-recentMentions; h-- {
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

// sameGroup is the mention, in the current sentence or the last, of a
// plural group of the agent phrase whose own words gave it a country
// ("six Peruvian officials" for a later "the officials"), when every
// such mention there is of one country; nil otherwise: "Chilean
// officials met Peruvian officials. The officials agreed" names no one
// group.
func (st *state) sameGroup(phrase string) *Mention {
	var g *Mention
	for h := len(st.history) - 1; h >= 0 && h >= st.prevAt; h-- {
		m := &st.history[h]
		if m.Agent != phrase || m.Person || !m.plural || m.Country == "" || m.Antecedent != (model.Span{}) || m.Kind != Named {
			continue
		}
		if g != nil && g.Country != m.Country {
			return nil
		}
		if g == nil {
			g = m
		}
	}
	return g
}

// institutions are the head words (upper-case, singular) of the agent
// phrases of a country's government institutions that a story refers
// back to by the head alone ("the ministry", "the government").
var institutions = map[string]bool{
	"MINISTRY": true, "GOVERNMENT": true, "CABINET": true, "PRESIDENCY": true,
}

// seenAgent is the last mention of an agent phrase with a country (see
// state.agents) and the sentence that named it.
type seenAgent struct {
	m    Mention
	sent int
}

// againReach is how many sentences back a bare agent named again looks
// for the one named so before (sameAgentAgain).
const againReach = 5

// seeAgent keeps m in st.agents when it is one thing named by a bare
// agent phrase whose country the story gave ("the army" read as
// Colombia's): not a person, not a plural group, and not one an
// organisation owns. One named with its own country ("Venezuela's
// army") is another when it is of another country: the bare phrase
// kept before is then no longer sure, and is dropped.
func (st *state) seeAgent(m Mention) {
	if m.Agent == "" || m.Person || m.plural || m.Country == "" || m.Kind == Pronoun || m.owner != "" {
		return
	}
	if !m.bare {
		if h, ok := st.agents[m.Agent]; ok && h.m.Country != m.Country {
			delete(st.agents, m.Agent)
		}
		return
	}
	if st.agents == nil {
		st.agents = map[string]seenAgent{}
	}
	st.agents[m.Agent] = seenAgent{m, st.nsent}
}

// sameAgentAgain returns, for a bare definite agent m at i that is one
// thing, not a person nor a plural group ("the army", "the navy"), the
// last mention of the same agent phrase in the last againReach
// sentences, when that one was bare too (seeAgent): a story names its
// own force again as it named it ("Colombian troops killed rebels, the
// army said ... Venezuelan troops detained gunmen ... the U.N. urged
// the army"), and a later force of another name ("Venezuelan troops")
// is named with its country when it is meant. The agent phrase, the
// agent's code and its number are the same, so the two are things of
// one kind. A government's bodies go by their own rules (institutions,
// bareCountry) and are left to them.
func (st *state) sameAgentAgain(m *Mention, a dict.Agent, i int) (Mention, bool) {
	if i == 0 || st.up[i-1] != "THE" || m.Person || m.plural || st.r.Local || strings.Contains(a.Code, "GOV") || st.former(i) {
		return Mention{}, false
	}
	h, ok := st.agents[a.Phrase]
	if !ok || st.nsent-h.sent > againReach || h.m.Code != dict.Combine(h.m.Country, a.Code) {
		return Mention{}, false
	}
	return h.m, true
}

// seatBodies are the agent phrases (upper-case) of a state's ruling body
// as a whole, which a story names by the city it sits in ("the
// government in Kampala", "the regime in Damascus", "the junta in
// Niamey"): that city's country's, unlike the persons of a government,
// who may be anywhere ("ministers in Zurich").
var seatBodies = map[string]bool{
	"GOVERNMENT": true, "AUTHORITIES": true, "REGIME": true, "JUNTA": true, "ADMINISTRATION": true,
	"MILITARY GOVERNMENT": true,
}

// seated reports an agent phrase (upper-case) of a body of a state that
// sits in its own capital: a ruling body (seatBodies), or a government
// institution (institutions: "the foreign ministry in Dushanbe", "the
// cabinet in Kyiv"), which, unlike an embassy or an envoy, is not sent
// abroad.
func seated(phrase string) bool {
	return seatBodies[phrase] || institutions[headWord(phrase)]
}

// crewWords are the agent phrases (upper-case) of the people who work a
// boat; fishingBoats the head words (singular) of the fishing boats the
// dictionaries code as civilians (FISHING_BOAT, TRAWLER [~CVL]).
var (
	crewWords = map[string]bool{
		"FISHERMEN": true, "FISHERMAN": true, "FISHERS": true, "FISHER": true,
		"CREW": true, "CREWS": true, "CREWMEN": true, "SAILORS": true, "SAILOR": true,
	}
	fishingBoats = map[string]bool{"BOAT": true, "VESSEL": true, "CANOE": true, "SHIP": true, "TRAWLER": true}
)

// crewOf returns, for civilians who work a boat and whose own words
// name no country ("detained 23 fishermen"), the fishing boat of a
// country named in their sentence or the last ("seized two Senegalese
// fishing canoes and detained 23 fishermen"): a fishing boat's crew is
// of its country, and both are civilians. Only a fishing boat: a
// tanker's or a freighter's crew is of no flag's country (see
// travellerWords). It reports false where the two sentences name no
// such boat, or boats of two countries.
func (st *state) crewOf(a dict.Agent) (Mention, bool) {
	if a.Code != "~CVL" || !crewWords[a.Phrase] || st.r.Local {
		return Mention{}, false
	}
	var boat Mention
	for h := len(st.history) - 1; h >= st.prevAt; h-- {
		m := st.history[h]
		if m.Kind != Named || m.Country == "" || m.Code != dict.Combine(m.Country, "~CVL") || !fishingBoats[strings.TrimSuffix(headWord(m.Agent), "S")] {
			continue
		}
		if boat.Code != "" && boat.Country != m.Country {
			return Mention{}, false
		}
		boat = m
	}
	return boat, boat.Code != ""
}

// headWord is the last word of an agent phrase before any "of" that
// names what it is of ("MINISTRY" of "FOREIGN MINISTRY" and of "MINISTRY
// OF FOREIGN AFFAIRS").
func headWord(phrase string) string {
	phrase, _, _ = strings.Cut(phrase, " OF ")
	return phrase[strings.LastIndexByte(phrase, ' ')+1:]
}

// lastSameHead is the last of the last twelve mentions of an agent
// whose phrase ends in the same head word as phrase and whose own words
// gave it a country ("Peru's foreign ministry" for a later "the
// ministry"), or nil.
func (st *state) lastSameHead(phrase string) *Mention {
	return st.lastSameHeadWithin(phrase, recentMentions)
}

// recentMentions is how many mentions back a reference (a pronoun, a
// description, an agent named again) looks for what it stands for,
// unless it says otherwise: a few sentences' worth.
const recentMentions = 12

// lastSameHeadWithin is lastSameHead over the last n mentions.
func (st *state) lastSameHeadWithin(phrase string, n int) *Mention {
	head := headWord(phrase)
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-n; h-- {
		m := &st.history[h]
		if m.Kind == Named && m.Agent != "" && m.Country != "" && m.Antecedent == (model.Span{}) && headWord(m.Agent) == head {
			return m
		}
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
	if i < 2 || !possessiveUp(st.up[i-1]) || st.entAt[i-2] < 0 || st.ents[st.entAt[i-2]].Kind != model.Person {
		return false
	}
	for h := len(st.history) - 1; h >= st.curAt; h-- {
		if st.history[h].End == i-1 {
			return false
		}
	}
	return true
}

// lastAgentCountry is the country of the last mention of an agent of
// code with a country of its own ("Sudan's army" for a later "the
// army"), or "": not a traveller's ("a British tanker" is not a later
// "company"). For one person (a title: one), a plural group of people
// of the same code is no such mention: "Kenyan activists came to the
// trial of opposition leader Tundu Lissu" does not make the opposition
// leader Kenya's, though CAMEO codes both as opposition.
func (st *state) lastAgentCountry(code string, one bool) string {
	if code == "" {
		return ""
	}
	for h := len(st.history) - 1; h >= 0; h-- {
		m := st.history[h]
		if one && m.plural && !m.Person {
			continue
		}
		if m.Agent != "" && m.Country != "" && m.Antecedent == (model.Span{}) && m.Code == dict.Combine(m.Country, code) && travellerWord(m.Agent) == "" {
			return m.Country
		}
	}
	return ""
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
	w := headWord(phrase)
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

// titledAgain returns the person named before whom m, a titled person
// at token i that the dictionaries do not know ("Prince Rilian",
// "Minister Ellis"), names again: the last person whose name ends in
// the same words (the whole name again, or its surname after the full
// name), when that one was placed in a country or left for fillCountry
// to place (unplaced), which then places both alike. It is nil
// otherwise, for a former holder's title (another office), and in the
// peers' suites (Local), which code each sentence alone.
func (st *state) titledAgain(m *Mention, i int) *Mention {
	if st.r.Local || !titledName(m) || st.former(i) {
		return nil
	}
	ws := strings.Fields(m.Name)
	// A name the names model read with its title ("Minister Rowe" as one
	// person) ends in the person's words after the title's.
	for len(ws) > 1 {
		if _, n, ok := st.r.d.AgentEntry(ws[:1]); !ok || n != 1 {
			break
		}
		ws = ws[1:]
	}
	h, ok := st.surnames[surnameKey(ws[len(ws)-1])]
	if !ok || h >= len(st.history) {
		return nil
	}
	ant := &st.history[h]
	if !ant.Person || ant.Code == "" || ant.Country == "" && !unplaced(ant) {
		return nil
	}
	hs := strings.Fields(ant.Name)
	if len(hs) < len(ws) || !slices.Equal(hs[len(hs)-len(ws):], ws) {
		return nil
	}
	return ant
}

// unplacedTitle is the last mention of a person by the bare title phrase
// (an agent of no name, "Special Envoy") when that mention was left with
// no country (see unplaced), nil otherwise: the article named the
// official before any country, as a release names its own, and a later
// bare "the Special Envoy" is the same official.
func (st *state) unplacedTitle(phrase string) *Mention {
	for h := len(st.history) - 1; h >= 0; h-- {
		a := &st.history[h]
		if a.Agent != phrase || !a.Person || a.Kind != Agent || a.Name != phrase {
			continue
		}
		if unplaced(a) {
			return a
		}
		return nil
	}
	return nil
}

// lastTitled is the person the article last named in full with a title
// that holds the words of title ("Peruvian Foreign Minister Elena
// Gonzalez" for a later "the Foreign Minister", "Secretary of State
// Antony Blinken" for "the Secretary", "Polish Defence Minister Jan Nowak"
// for "the Minister"): a statement names its officials once and then by
// their title alone, and a bare title is theirs, not the government of
// whichever country its sentence names first. It is nil when no one was
// so named, or when people of two countries were ("President Ruto met
// President Samia ... The President"), which the title alone does not
// tell apart. A deputy's or former holder's title ("Vice President",
// "former Prime Minister") is another office.
func (st *state) lastTitled(title string) *Mention {
	var found *Mention
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-40; h-- {
		m := &st.history[h]
		if !m.Person || m.Kind != Named && !retitled(m) || m.Code == "" || !holdsTitle(m.words, title) && !holdsTitle(m.title, title) {
			continue
		}
		if found == nil {
			found = m
		} else if m.Country != found.Country || m.Country == "" && m.Code != found.Code {
			return nil
		}
	}
	return found
}

// retitled reports a bare title that lastTitled resolved to its holder
// ("the president" for President Ana Ruiz named before): news calls the
// holder by the title alone for the rest of the article, and each such
// mention keeps the holder near for the next one, however far back the
// holder was named in full.
func retitled(m *Mention) bool {
	return m.Kind == Agent && m.title != "" && m.Antecedent != (model.Span{})
}

// holdsTitle reports whether words, a named mention's upper-case words,
// hold title as whole words, not right after a word that makes it
// another office (see lesserOffice). Each place title occurs is judged
// within the whole of words: where one occurrence is no whole word,
// the search goes on past its first letter, and what stands before the
// next is read from words itself, not from what followed the last.
func holdsTitle(words, title string) bool {
	if title == "" {
		return false
	}
	for from := 0; from < len(words); {
		k := strings.Index(words[from:], title)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(title)
		whole := (k == 0 || words[k-1] == ' ') && (end == len(words) || words[end] == ' ')
		if whole && (k == 0 || !lesserOffice[headWord(strings.TrimSuffix(words[:k], " "))]) {
			return true
		}
		from = k + 1
	}
	return false
}

// lesserOffice are the words that, before a title, name another office
// than the bare title does ("Vice President", "former Prime Minister").
var lesserOffice = map[string]bool{
	"VICE": true, "DEPUTY": true, "FORMER": true, "EX-": true, "ASSISTANT": true, "UNDER": true,
}

// titleAgainWords reports whether the word at i follows "the", which
// titleAgain tests first: at1 tests it before calling titleAgain (see
// at1).
func (st *state) titleAgainWords(i int) bool {
	return !st.r.Local && i > 0 && st.up[i-1] == "THE"
}

// titleAgain resolves a capitalised title of up to three words after
// "the", which no agent phrase matched ("The Secretary thanked ...", "The
// Secretary-General urged ..."), to the person named before with that
// title (lastTitled). A title with a name after it is not bare.
func (st *state) titleAgain(toks []model.Token, i int) (Mention, bool) {
	if !st.titleAgainWords(i) {
		return Mention{}, false
	}
	end := i
	for end < len(toks) && end-i < 3 && (capitalised(toks[end].Form) || toks[end].Form == "-" && end > i) {
		end++
	}
	if end == i {
		return Mention{}, false
	}
	last := toks[end-1]
	if isPlural(last) || last.UPOS != "NOUN" && last.UPOS != "PROPN" || !titleWord(st.up[end-1]) {
		return Mention{}, false
	}
	if end < len(toks) && maybeName(toks[end]) && !isPunct(toks[end]) {
		return Mention{}, false
	}
	title := strings.Join(st.up[i:end], " ")
	h := st.lastTitled(title)
	if h == nil {
		return Mention{}, false
	}
	m := Mention{Start: i, End: end, Head: end - 1, Kind: Agent, Person: true, Agent: title}
	m.Code, m.Country, m.Name, m.owner = h.Code, h.Country, h.Name, h.owner
	m.Entry = "title " + title + "; " + h.Entry
	m.Antecedent, m.title = h.Span, title
	return m, true
}

// titleWord reports a person's title of one word, or one joined by a
// hyphen whose last part is one ("SECRETARY-GENERAL").
func titleWord(w string) bool {
	return personTitle(w) || personTitle(w[strings.LastIndexByte(w, '-')+1:])
}

// titleBefore returns the capitalised title tokens right before a named
// person at start that no mention covers (from lo on), up to three in
// all, hyphens counted: "SECRETARY - GENERAL" of "United Nations
// Secretary-General Antonio Guterres", where the organisation and the
// person are mentions of their own. A fourth token before them is left
// out, even a "Deputy" (lesserOffice). It is "" when there are none.
func (st *state) titleBefore(toks []model.Token, start, lo int) string {
	k := start
	for k > lo && start-k < 3 && (capitalised(toks[k-1].Form) || toks[k-1].Form == "-") {
		k--
	}
	if k == start || !titleWord(st.up[start-1]) || toks[k].Form == "-" {
		return ""
	}
	return strings.Join(st.up[k:start], " ")
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
	if m.Kind != Named || m.Person || m.Agent != "" || countryItself(&m) {
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

// memberTitles are the nouns (upper-case) of a post whose holder acts
// and speaks for the organisation it is held at: "Ana Quispe, a
// director at Amnesty International", "Luis Mamani, spokesman for the
// Red Cross".
var memberTitles = map[string]bool{
	"DIRECTOR": true, "SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true,
	"HEAD": true, "CHIEF": true, "CHAIRMAN": true, "CHAIRWOMAN": true, "CHAIRPERSON": true,
	"PRESIDENT": true, "SECRETARY-GENERAL": true, "DIRECTOR-GENERAL": true,
	"REPRESENTATIVE": true, "RESEARCHER": true, "COORDINATOR": true,
	"COMMISSIONER": true, "OFFICIAL": true,
}

// titledMember returns a person named before a comma and a post held at
// the organisation, party or group m that follows it ("Ana Quispe, a
// director at Amnesty International", "Luis Mamani, Research Director for
// the Andes at the MEK", "Ana Quispe, head of the Kuomintang") as a member
// of m, on the terms of memberOf: the dictionaries do not know the
// person, no mention in out covers the name, and m is no country. The
// post's words (at most twelve, no verb, comma or quotation mark, no
// other actor) must hold a noun of memberTitles, and no "former" or
// "ex-": a former director no longer speaks for the organisation. A
// company or news outlet (MNC, BUS, MED) is left alone: its staff speak
// of its business ("Jack Buser, director for games at Google"), which
// CAMEO codes no event of, far more often than for it in public affairs.
func (st *state) titledMember(toks []model.Token, m Mention, out []Mention) (Mention, bool) {
	if m.Kind != Named || m.Person || m.Agent != "" || countryItself(&m) || commercial(m.Code) {
		return Mention{}, false
	}
	j := m.Start - 1
	if j > 0 && st.up[j] == "THE" {
		j--
	}
	if j < 3 {
		return Mention{}, false
	}
	switch st.up[j] {
	case "AT", "OF", "FOR", "WITH":
	default:
		return Mention{}, false
	}
	lo := 0
	if len(out) > 0 {
		lo = out[len(out)-1].End
	}
	titled := false
	c := j - 1
	for ; c >= lo && c > j-13 && toks[c].Form != ","; c-- {
		switch {
		case toks[c].UPOS == "VERB" || toks[c].UPOS == "AUX" || strings.ContainsAny(toks[c].Form, "\"“”"):
			return Mention{}, false
		case st.up[c] == "FORMER" || strings.HasPrefix(st.up[c], "EX-"):
			return Mention{}, false
		case memberTitles[st.up[c]]:
			titled = true
		}
	}
	if !titled || c < lo+2 || toks[c].Form != "," || c == j-1 {
		return Mention{}, false
	}
	e := st.entAt[c-1]
	if e < 0 || st.ents[e].Kind != model.Person || st.ents[e].End != toks[c-1].End {
		return Mention{}, false
	}
	k := c - 1
	for k > lo && st.entAt[k-1] == e {
		k--
	}
	if c-k < 2 {
		return Mention{}, false
	}
	if _, _, n, ok := st.actor(st.up[k:c]); ok && n > 0 {
		return Mention{}, false
	}
	p := Mention{Start: k, End: c, Head: c - 1, Kind: Named, Person: true, Antecedent: m.Span}
	p.Actor = model.Actor{Code: m.Code, Name: strings.ToUpper(st.ents[e].Text), Country: m.Country, Entry: m.Entry + "; a member titled before it"}
	p.Span = model.Span{Start: toks[k].Start, End: toks[c-1].End}
	return p, true
}

// memberAfter returns a person the entities name right after a title
// noun that follows the named group or organisation m ("Houthi
// negotiator Abdulqader al-Murtada", "Hamas official Ana Quispe") as a
// member of m, on the terms of titledMember: the dictionaries know
// neither the title (an agent would have read it) nor the person, and m
// is no country, company or news outlet. The title is one or two
// nouns in lower case, the name two words or more.
func (st *state) memberAfter(toks []model.Token, m Mention) (Mention, bool) {
	if m.Kind != Named || m.Person || m.Agent != "" || m.backer || m.End >= len(toks) || countryItself(&m) || commercial(m.Code) {
		return Mention{}, false
	}
	if !strings.HasPrefix(m.Code, "IGO") && !strings.HasPrefix(m.Code, "NGO") && !groupCode(m.Code) {
		return Mention{}, false
	}
	j := m.End
	for j < len(toks) && j < m.End+2 && toks[j].UPOS == "NOUN" && toks[j].Form != "" && toks[j].Form[0] >= 'a' && toks[j].Form[0] <= 'z' {
		if _, _, ok := st.r.d.AgentEntry(st.up[j:]); ok {
			return Mention{}, false
		}
		j++
	}
	if j == m.End || j >= len(toks) {
		return Mention{}, false
	}
	en, ok := st.entity(j)
	if !ok || en.Kind != model.Person || en.Start != toks[j].Start {
		return Mention{}, false
	}
	k := j
	for k < len(toks) && st.entAt[k] == st.entAt[j] {
		k++
	}
	if k-j < 2 {
		return Mention{}, false
	}
	if _, _, n, ok := st.actor(st.up[j:k]); ok && n > 0 {
		return Mention{}, false
	}
	p := Mention{Start: j, End: k, Head: k - 1, Kind: Named, Person: true, Antecedent: m.Span}
	p.Actor = model.Actor{Code: m.Code, Name: strings.ToUpper(en.Text), Country: m.Country, Entry: m.Entry + "; a member titled before the name"}
	p.Span = model.Span{Start: toks[j].Start, End: toks[k-1].End}
	return p, true
}

// ledCoalition widens m, a country's name, over "-led coalition" after
// it ("the Saudi-led coalition"): the coalition's forces, the leading
// country's military, for which a later "the coalition" stands (see
// theCoalition). It reports whether it did.
func ledCoalition(toks []model.Token, up []string, m *Mention) bool {
	j := m.End
	if j+2 >= len(toks) || !dash(toks[j]) || up[j+1] != "LED" || up[j+2] != "COALITION" {
		return false
	}
	if !countryItself(m) {
		return false
	}
	m.Code = dict.Combine(m.Country, "~MIL")
	m.Agent = "COALITION"
	m.End, m.Head = j+3, j+2
	m.Entry += "; the coalition it leads"
	return true
}

// theCoalitionWords reports whether the words at i are "the coalition"
// or "coalition", one of which every case of theCoalition's switch
// starts with: at1 tests it before calling theCoalition (see at1).
func (st *state) theCoalitionWords(i int) bool {
	return st.up[i] == "COALITION" || st.up[i] == "THE" && i+1 < len(st.up) && st.up[i+1] == "COALITION"
}

// theCoalition resolves "the coalition" at i, or "coalition" before a
// word of its forces ("Coalition forces struck", "coalition aircraft"),
// to the last coalition a country was said to lead (see ledCoalition)
// or that the dictionaries name (armedCoalition); with none, the
// coalition's forces amid news of the Islamic State are the coalition
// against it (amidIslamicState). Else it reports false: a ruling or
// opposition coalition is the agent dictionary's.
func (st *state) theCoalition(i int) (Mention, bool) {
	if !st.theCoalitionWords(i) {
		return Mention{}, false
	}
	var start, head, end int
	forces := false
	switch {
	case st.up[i] == "THE" && i+1 < len(st.up) && st.up[i+1] == "COALITION":
		start, head, end = i, i+1, i+2
	case st.up[i] == "COALITION" && (i == 0 || st.up[i-1] != "THE") && i+1 < len(st.up) && coalitionForces[st.up[i+1]]:
		// "Coalition military forces": one mention, up to its head.
		start, head, end = i, i+1, i+2
		if st.up[i+1] == "MILITARY" && i+2 < len(st.up) && coalitionForces[st.up[i+2]] {
			head, end = i+2, i+3
		}
		forces = true
	default:
		return Mention{}, false
	}
	for h := len(st.history) - 1; h >= 0; h-- {
		if a := st.history[h]; a.Agent == "COALITION" && a.Kind == Named {
			m := Mention{Start: start, End: end, Head: head, Kind: Description, Antecedent: a.Span}
			m.Actor = model.Actor{Code: a.Code, Name: a.Name, Country: a.Country, Entry: a.Entry}
			return m, true
		}
	}
	// Only the coalition's forces: a bare "the Coalition" may be a
	// party coalition (Australia's Liberal and National parties) even
	// where the Islamic State is news.
	if !forces || !st.amidIslamicState(i) {
		return Mention{}, false
	}
	code, e, _, ok := st.actor(coalitionAgainstIslamicState)
	if !ok {
		return Mention{}, false
	}
	m := Mention{Start: start, End: end, Head: head, Kind: Description}
	m.Actor = model.Actor{Code: code, Name: e.Name, Country: CountryOf(code), Entry: e.String() + "; the coalition against the Islamic State"}
	return m, true
}

// armedCoalition marks m, a dictionary name, as an armed coalition that a
// later bare "the coalition" stands for (see theCoalition) when its entry
// is named as a coalition and coded as a country's military (the
// supplement's "counter-ISIL coalition", which the United States leads),
// not a coalition of parties or campaigners (an opposition, an NGO).
func armedCoalition(m *Mention, name string) {
	if m.Agent != "" || !strings.HasSuffix(name, " COALITION") || m.Country == "" || m.Code != m.Country+"MIL" {
		return
	}
	m.Agent = "COALITION"
}

// islamicState is the dictionaries' code for the Islamic State (ISIL,
// ISIS, Daesh), and coalitionAgainstIslamicState the words of the
// coalition that fights it, which the dictionaries code.
const islamicState = "IMGMUSISI"

var coalitionAgainstIslamicState = []string{"COUNTER", "-", "ISIL", "COALITION"}

// amidIslamicState reports whether the article so far, or the current
// sentence after token i, names the Islamic State: there a coalition
// that no earlier sentence named is the coalition against it, formed
// and led by the United States since 2014, which releases and reports
// on the war against the group call "the Coalition" from their first
// line ("Coalition forces conducted ten strikes against ISIL"). Another
// named coalition (ledCoalition) comes first, so "the Saudi-led
// coalition" stays Saudi Arabia's.
func (st *state) amidIslamicState(i int) bool {
	for _, a := range st.history {
		if a.Code == islamicState {
			return true
		}
	}
	for j := i + 1; j < len(st.up); j++ {
		if code, _, _, ok := st.actor(st.up[j:]); ok && code == islamicState {
			return true
		}
	}
	return false
}

// coalitionForces are the words (upper case) after "coalition" that
// make it the armed coalition's forces ("Coalition forces", "coalition
// warplanes"), not a party coalition.
var coalitionForces = map[string]bool{
	"FORCES": true, "FORCE": true, "TROOPS": true, "AIRCRAFT": true, "JETS": true, "WARPLANES": true,
	"MILITARY": true, "PLANES": true, "DRONES": true, "WARSHIPS": true, "SOLDIERS": true,
}

// commercial reports the code of a company or news outlet: a
// multinational (MNC...) or a country's business or media sector.
func commercial(code string) bool {
	if strings.HasPrefix(code, "MNC") {
		return true
	}
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "BUS", "MED":
			return true
		}
	}
	return false
}

// sharedAgent gives a people's adjective joined by "and" or "or" to
// another people's adjective with an agent in the plural that agent too
// ("the Peruvian and Chilean defence ministries": both are ministries,
// PERGOVMIL and CHLGOVMIL; "South Korean and US troops", a people's word
// of two names), and reports whether it did. A country's
// name before the other is left alone ("talks between Peru and Chilean
// rebels": Peru is no rebel). The tagger often reads a people's word as
// a name ("Kyrgyz and Tajik border guards", "Serbian and Kosovar
// police"): either may be tagged a name when its word is not its
// entry's own name ("Peru and Chilean police": Peru is PERU; "Iranian
// and Hamas fighters": Hamas is HAMAS, no people's word).
func sharedAgent(toks []model.Token, prev *Mention, m Mention) bool {
	if prev.Kind != Named || prev.Agent != "" || prev.Country == "" || prev.Code != prev.Country {
		return false
	}
	first, second := toks[prev.Start].UPOS, toks[m.Start].UPOS
	form := toks[prev.Start].Form
	switch n := prev.End - prev.Start; {
	case n == 2 && isName(toks[prev.Start]) && isName(toks[prev.Start+1]) &&
		!slices.Contains(strings.Fields(prev.Name), strings.ToUpper(toks[prev.Start+1].Form)):
		// "South Korean and US troops": a people's word of two names,
		// not the country's own two-word name, whose last word is one
		// of its entry's ("South Africa and Kenyan police").
		first, form = "PROPN", form+" "+toks[prev.Start+1].Form
	case n != 1:
		return false
	}
	switch {
	case first == "ADJ" && second == "ADJ":
	case (first == "ADJ" || first == "PROPN" && !strings.EqualFold(form, prev.Name)) &&
		(second == "ADJ" && prev.End-prev.Start == 2 || second == "PROPN" && !strings.EqualFold(toks[m.Start].Form, m.Name)):
	default:
		return false
	}
	// "Police" is plural whatever its tag ("Bosnian and Croatian
	// police").
	plural := m.plural || m.Head < len(toks) && strings.EqualFold(toks[m.Head].Form, "police")
	if m.Kind != Named || m.Agent == "" || !plural || m.Person ||
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

// appositivePerson makes one person's title set off by a comma right
// after a person the dictionaries name that person ("Issa Tchiroma
// Bakary, the former government minister who says he won", "Jimmy
// Cherizier, a former policeman known as Barbecue"): the title says what
// the person is or was, and is not another person of the country the
// story names, whom the pronouns after it would stand for. The words
// between the comma and the title are an article and modifiers, or
// mentions of its own (the "government" of "government minister").
func appositivePerson(toks []model.Token, m *Mention, out []Mention) {
	if m.Kind != Agent || m.plural || m.Start > len(toks) {
		return
	}
	o := len(out) - 1
	k := m.Start - 1
	for ; k >= 0; k-- {
		if o >= 0 && out[o].End == k+1 && out[o].Kind == Agent && !out[o].Person {
			k = out[o].Start
			o--
			continue
		}
		t := toks[k]
		if t.UPOS == "DET" || t.UPOS == "ADJ" || strings.EqualFold(t.Form, "former") {
			continue
		}
		break
	}
	if k < 1 || toks[k].Form != "," || o < 0 {
		return
	}
	p := out[o]
	if p.Kind != Named || !p.Person || p.End != k || p.Code == "" || p.Antecedent != (model.Span{}) {
		return
	}
	m.Code, m.Country, m.Antecedent = p.Code, p.Country, p.Span
	m.Entry = p.Entry + "; " + m.Entry
}

// expletiveIt reports an "it" at token i that stands for no one but a
// clause after it: "It is clear that ...", "It is also a fact that ...",
// "It is important to ...", "It seems that ...". Such an "it" is no actor (taking the last country named, it
// made "It is a fact that everybody blames Chile" an accusation by that
// country). Only a predicate that says something of a clause counts
// (extraposed): "It is ready to sign" and "It is concerned that" speak
// of a country, and "It is likely to veto" of one that will; "likely"
// and "certain" count only before "that". A passive of saying ("It is
// believed that ...") is left alone: the coder reads its "it" as the
// one who claims the deed.
func (st *state) expletiveIt(i int) bool {
	if i+3 >= len(st.up) {
		return false
	}
	k := i + 1
	for k < len(st.up) && k-i <= 4 && (expletiveAux[st.up[k]] || st.up[k] == "ALSO" || st.up[k] == "NOT" || st.up[k] == "NO" || st.up[k] == "ALREADY" || st.up[k] == "NOW") {
		k++
	}
	if k == i+1 || k+1 >= len(st.up) {
		return false
	}
	if seemWords[st.up[k-1]] {
		return st.up[k] == "THAT"
	}
	if st.up[k] == "A" || st.up[k] == "AN" || st.up[k] == "THE" {
		k++
	}
	if k+1 >= len(st.up) {
		return false
	}
	next := st.up[k+1]
	switch w := st.up[k]; {
	case thatOnly[w]:
		return next == "THAT" || next == "WHETHER"
	case extraposed[w]:
		return next == "THAT" || next == "TO" || next == "FOR" || next == "WHETHER" || next == "IF" || next == "HOW" || next == "WHY"
	}
	return false
}

// expletiveAux are the upper-case auxiliaries and copulas between an
// expletive "it" and its predicate.
var expletiveAux = map[string]bool{
	"IS": true, "WAS": true, "BE": true, "BEEN": true, "WILL": true, "WOULD": true, "MAY": true,
	"MIGHT": true, "COULD": true, "SHOULD": true, "MUST": true, "HAS": true, "HAD": true,
	"'S": true, "’S": true, "SEEMS": true, "SEEMED": true, "APPEARS": true, "APPEARED": true,
	"REMAINS": true, "REMAINED": true, "BECAME": true, "BECOMES": true,
}

// seemWords are the verbs of seeming that an expletive "it" opens with
// "that" right after them ("It seems that ...").
var seemWords = map[string]bool{"SEEMS": true, "SEEMED": true, "APPEARS": true, "APPEARED": true}

// extraposed are the upper-case adjectives and nouns that, after "it is"
// and before "that" or "to", say something of the clause that follows
// ("It is clear that", "It is a fact that", "It is important to").
var extraposed = map[string]bool{
	"CLEAR": true, "UNCLEAR": true, "OBVIOUS": true, "EVIDENT": true, "APPARENT": true,
	"TRUE": true, "POSSIBLE": true, "IMPOSSIBLE": true, "PROBABLE": true, "IMPROBABLE": true,
	"IMPORTANT": true, "NECESSARY": true, "UNNECESSARY": true, "ESSENTIAL": true, "VITAL": true,
	"CRUCIAL": true, "IMPERATIVE": true, "URGENT": true, "DIFFICULT": true, "HARD": true,
	"EASY": true, "INTERESTING": true, "SURPRISING": true, "STRANGE": true, "ODD": true,
	"SAD": true, "UNFORTUNATE": true, "REGRETTABLE": true, "UNACCEPTABLE": true, "INEVITABLE": true,
	"NOTEWORTHY": true, "IRONIC": true, "DOUBTFUL": true, "WORTH": true, "TIME": true,
	"FACT": true, "SHAME": true, "PITY": true, "TRUTH": true, "MYSTERY": true, "WONDER": true,
	"SECRET": true, "COINCIDENCE": true, "ACCIDENT": true, "SURPRISE": true, "MIRACLE": true,
	"POSSIBILITY": true,
}

// thatOnly are the upper-case adjectives that say something of a clause
// only before "that": before "to" they speak of the subject ("It is
// likely to veto").
var thatOnly = map[string]bool{"LIKELY": true, "UNLIKELY": true, "CERTAIN": true, "UNCERTAIN": true}

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
	if st.up[i] == "IT" && st.expletiveIt(i) {
		return Mention{}, false
	}
	if a, ok := st.subjectPerson(p); ok && st.unknownPersonsAfter(a, toks[i].Start) == 0 {
		return pronounOf(i, a), true
	}
	if a, ok := st.sayer(toks, i); ok {
		return pronounOf(i, a), true
	}
	it := func(a Mention) bool {
		return !a.Person && !a.plural && !a.place && (a.Kind != Agent || a.Country != "" || a.owner != "")
	}
	// "They" after a plural agent of known country ("Vietnamese
	// officials met Chinese envoys. They accused China").
	they := func(a Mention) bool {
		return !a.Person && a.plural && !a.place && (a.Country != "" || a.owner != "")
	}
	if st.up[i] == "THEY" {
		if a, ok := st.listAgain(toks, i); ok {
			return pronounOf(i, a), true
		}
	}
	var again func(Mention) bool
	n := 1
	switch st.up[i] {
	case "IT":
		again = it
	case "ITS":
		again, n = it, 0
	case "THEY":
		again = they
	}
	if again != nil {
		if a, ok := st.subjectAgain(toks, i, n, again); ok {
			return pronounOf(i, a), true
		}
	}
	// skipped is the country of the subject an object pronoun is not
	// (objectOf).
	fallback, skipped := -1, ""
	// passed reports a mention of the sentence the pronoun cannot
	// stand for passed over (ownSubject, singularPronounAt).
	passed := false
	quoted := -1
	if p.person && !p.plural {
		quoted = quoteSpoken(toks, st.up, i)
	}
	for h := len(st.history) - 1; h >= 0 && h >= len(st.history)-recentMentions; h-- {
		a := st.history[h]
		if a.Kind == Pronoun && a.Start > i {
			continue
		}
		if quoted >= 0 && h >= st.curAt && a.Start >= quoted && a.Start < i {
			continue // named in what the speaker said, not the speaker
		}
		if h >= st.curAt && relativeOn(toks, a, i) {
			continue
		}
		if h >= st.curAt && objectOf(toks, st.up[i], a, i) {
			skipped = CountryOf(a.Code)
			continue
		}
		if h >= st.curAt && (ownSubject(toks, st.up[i], a, i) || st.singularPronounAt(a, st.up[i])) {
			passed = true
			continue
		}
		if passed && p.plural && !a.plural && !a.conj && !a.listed {
			// Past them, "them" is a group named in the plural or a
			// list, not one actor named in the singular ("Al-Qaeda
			// wants them, Iran wants them"); one its sentence names
			// only where something happened ("protested outside the
			// Tanzanian High Commission, and Kenyan police detained
			// three of them") is passed over too.
			if h >= st.curAt && prepositionObject(toks, a.Start) {
				continue
			}
			return Mention{}, false
		}
		if p.person != a.Person && !(p.plural && !a.Person) {
			continue
		}
		if a.backer && !p.person {
			// "Ukraine said Kremlin-backed separatists attacked
			// its soldiers": who backs the separatists only
			// modifies them, and no pronoun stands for it.
			continue
		}
		if p.plural && a.Person {
			continue
		}
		if !p.person && !p.plural && a.plural {
			continue // "it" is not "the civilians"
		}
		if skipped != "" && CountryOf(a.Code) == skipped {
			// "Kosovo police said the two men carried maps. A
			// court in Pristina ordered them held": whom an actor
			// acts on, by its own country's actor before it, is
			// likelier people the dictionaries do not name.
			return Mention{}, false
		}
		if !p.person && !p.plural && (a.conj || a.listed || a.aside) {
			if h >= st.curAt && st.pairPhraseAt(h) {
				// "Chile, which brought the two sides to the talks,
				// said it would": a pair phrase of its own sentence
				// names the parties the actor before it acted on,
				// and "it" is that actor.
				continue
			}
			// "it" is not one of "Russia and China", nor who backed
			// what a comma set aside, and after them it stands for
			// the thing they acted on ("the resolution"), not for
			// an actor named before them.
			return Mention{}, false
		}
		if a.Kind == Agent && a.Country == "" && a.owner == "" && !strings.HasPrefix(a.Code, "IGO") && st.r.Unknown == "" && !namedUnplaced(&a) {
			continue // "officials" of no known country are no one to stand for
		}
		if p.plural && a.whereTo {
			// "smuggled to several countries -- Peru, Chile and
			// Bolivia. Many of them came back": the list is where
			// they went; "they" are people it does not name.
			return Mention{}, false
		}
		if a.place && p.plural {
			// "via Moscow and Paris. They caught me": no place, but
			// the list named before it ("Chile and Peru met in Lima.
			// They signed"); not a plural agent ("Protesters gathered
			// in Lima. They clashed with police" is no one).
			if b, ok := st.pluralBefore(toks, h, i); ok {
				return pronounOf(i, b), true
			}
			return Mention{}, false
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
		if p.plural && !a.plural && !a.conj {
			if b, ok := st.pluralBefore(toks, h, i); ok {
				return pronounOf(i, b), true
			}
		}
		return pronounOf(i, a), true
	}
	if fallback >= 0 {
		return pronounOf(i, st.history[fallback]), true
	}
	return Mention{}, false
}

// pairPhraseAt reports a history mention h that a pair phrase ("the two
// sides", "both governments") stands for: a description whose words the
// mention before or after it shares.
func (st *state) pairPhraseAt(h int) bool {
	a := st.history[h]
	if a.Kind != Description {
		return false
	}
	return h > 0 && st.history[h-1].Kind == Description && st.history[h-1].Span == a.Span ||
		h+1 < len(st.history) && st.history[h+1].Kind == Description && st.history[h+1].Span == a.Span
}

// sayer returns, for "he" or "she" at i that opens what a verb of
// saying reports ("said he would", "said that she had"), the person who
// says it: the person mention right before the verb ("the minister
// later said she"), or, where "and" joins the verb of saying to an
// earlier one ("Peru's president met Chile's foreign minister and said
// he would visit Bolivia"), the person who opens the sentence as its
// subject, whom the joined verbs share. The person the first verb acted
// on, named nearer the pronoun, says nothing there. It reports false
// where no person says it, so the search goes on as before.
func (st *state) sayer(toks []model.Token, i int) (Mention, bool) {
	if st.up[i] != "HE" && st.up[i] != "SHE" {
		return Mention{}, false
	}
	k := i - 1
	if k >= 0 && st.up[k] == "THAT" {
		k--
	}
	if k >= 1 && !reportWords[st.up[k]] {
		k = toldVerb(toks, st.up, k)
	}
	if k < 1 || !reportWords[st.up[k]] && !tellWords[st.up[k]] {
		return Mention{}, false
	}
	j := k - 1
	for j >= 0 && (toks[j].UPOS == "AUX" || toks[j].UPOS == "ADV") {
		j--
	}
	cur := st.history[st.curAt:]
	if j >= 0 && st.up[j] == "AND" {
		for _, a := range cur {
			if a.Start < i && a.Kind != Pronoun {
				if a.Person && opensClause(toks, a) {
					return a, true
				}
				break
			}
		}
		return Mention{}, false
	}
	for h := len(cur) - 1; h >= 0; h-- {
		if a := cur[h]; a.End == j+1 {
			return a, a.Person && a.Kind != Pronoun
		}
	}
	return Mention{}, false
}

// tellWords are the verbs of telling: the one who tells says what
// follows the hearer ("told reporters that he", "tells the paper he").
var tellWords = map[string]bool{"TELL": true, "TELLS": true, "TOLD": true, "TELLING": true}

// toldVerb returns, for the last word k of what a verb of telling was
// told to ("told the paper", "told reporters"), the index of that verb:
// a short run of nouns, names, determiners, adjectives and object
// pronouns back to one of tellWords. It returns -1 where none is there.
func toldVerb(toks []model.Token, up []string, k int) int {
	for n := 0; k >= 0 && n < 5; n, k = n+1, k-1 {
		switch toks[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PART":
		case "PRON":
			if up[k] != "HIM" && up[k] != "HER" && up[k] != "THEM" && up[k] != "US" && up[k] != "ME" {
				return -1
			}
		default:
			if n > 0 && tellWords[up[k]] {
				return k
			}
			return -1
		}
	}
	return -1
}

// namedUnplaced reports a titled person named ("Prince Rilian Holm")
// whom no country placed yet: a pronoun stands for him as for anyone
// named, and fillCountry places the pronoun with him, by his name.
func namedUnplaced(a *Mention) bool {
	return titledName(a) && unplaced(a)
}

// titledName reports a person's mention with a name other than its agent
// phrase ("Prince Rilian Holm", "Minister Ellis"): named, not only
// titled ("the Minister", whose Name is its Agent).
func titledName(m *Mention) bool {
	return m.Person && m.Name != "" && m.Name != m.Agent
}

// objectOf reports an object pronoun ("them", "him", upper-cased in up)
// at i that a verb alone, with its auxiliaries and adverbs, joins to the
// mention a that opens its sentence: "Chile released them" and "The
// minister has invited him" are not about Chile or the minister itself,
// which would say "themselves" or "himself". "Her" counts where the
// tagger read it as an object (PRP: "He thanked her"), not as a
// possessive (PRP$: "She thanked her staff" is her own staff). A
// subject inside the sentence ("Peru thanked Chile after the police
// released them") is left to the search as before: the actors before
// it are no safer a guess.
func objectOf(toks []model.Token, up string, a Mention, i int) bool {
	object := up == "THEM" || up == "HIM" || up == "HER" && toks[i].XPOS == "PRP"
	return object && a.End <= i && opensClause(toks, a) && verbBetween(toks, a.End, i)
}

// relativeOn reports a pronoun at i that is the subject of a relative
// clause on the mention a, its relative pronoun the object right after
// a's comma, or after the preposition there ("his counterpart, with
// whom he spoke", "the town, which it shelled"): the clause says what
// someone else did to a, which would otherwise say "who".
func relativeOn(toks []model.Token, a Mention, i int) bool {
	k := a.End
	if k >= i || toks[k].Form != "," {
		return false
	}
	k++
	if k < i && toks[k].UPOS == "ADP" {
		k++
	}
	if k+1 != i {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "whom", "which":
		return true
	}
	return false
}

// ownSubject reports, for an object pronoun at i ("them", "him"), a
// mention a of its sentence that is the subject of the verb the pronoun
// is the object of: only verbs, auxiliaries and adverbs stand between
// them, or a count of them ("police detained them", "police briefly
// detained three of them"). A pronoun that is a verb's object stands
// for another than the verb's subject ("Tanzania deported two activists
// after police detained them" detained the activists), which a
// reflexive would name ("themselves").
func ownSubject(toks []model.Token, up string, a Mention, i int) bool {
	object := up == "THEM" || up == "HIM" || up == "HER" && toks[i].XPOS == "PRP"
	if !object || a.End > i || a.Kind == Pronoun {
		return false
	}
	return verbBetween(toks, doerEnd(toks, a.End), partitiveStart(toks, i))
}

// doerEnd returns, for a mention ending at k, where the verb it does
// may begin: past a relative pronoun that stands for it ("smugglers who
// attacked them") or the "of" before a gerund it does ("accused Serbia
// of arming them"); else k.
func doerEnd(toks []model.Token, k int) int {
	if k+1 < len(toks) && (toks[k].XPOS == "WP" || toks[k].XPOS == "WDT") {
		return k + 1
	}
	if k+1 < len(toks) && strings.EqualFold(toks[k].Form, "of") && toks[k+1].XPOS == "VBG" {
		return k + 1
	}
	return k
}

// partitiveStart returns, for a pronoun at i after a count of it ("three
// of them", "some of them", "all of them"), the index where the count
// begins; else i.
func partitiveStart(toks []model.Token, i int) int {
	if i >= 2 && strings.EqualFold(toks[i-1].Form, "of") {
		switch toks[i-2].UPOS {
		case "NUM", "DET", "PRON", "ADJ":
			return i - 2
		}
	}
	return i
}

// prepositionObject reports a mention starting at token k whose phrase a
// preposition governs: an adposition before it, past determiners and
// adjectives ("outside the Tanzanian High Commission", "for Hungary").
func prepositionObject(toks []model.Token, k int) bool {
	k--
	for k >= 0 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ") {
		k--
	}
	return k >= 0 && toks[k].UPOS == "ADP"
}

// singularPronounAt reports, for "they" or "them", a mention a of the
// current sentence that is a pronoun of one ("Serbia detained three
// officers it said had crossed the line, releasing them"): "it" and
// "them" in one sentence stand for different things, whatever "it"
// stood for. "Their", which news uses of a country's government, is
// left to the search.
func (st *state) singularPronounAt(a Mention, up string) bool {
	if up != "THEY" && up != "THEM" || a.Kind != Pronoun || a.Start >= len(st.up) {
		return false
	}
	p, ok := pronouns[st.up[a.Start]]
	return ok && !p.plural
}

// opensClause reports a mention m that opens its sentence as its first
// clause's subject: no verb nor auxiliary before it, and no preposition
// right before it ("On Monday, Peru said" is Peru's; "According to
// Peru, Chile" and "In Lima, Chile" are not Peru's nor Lima's), and
// no place nor a word that only modifies the noun after it ("Israeli
// jets struck": the jets, not Israel, are the subject).
func opensClause(toks []model.Token, m Mention) bool {
	if m.place || m.Start >= len(toks) || m.End < len(toks) && toks[m.End].UPOS == "NOUN" {
		return false
	}
	for k := 0; k < m.Start; k++ {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return false
		}
	}
	k := m.Start - 1
	if k >= 0 && toks[k].UPOS == "DET" {
		k--
	}
	return k < 0 || toks[k].UPOS != "ADP" && toks[k].UPOS != "SCONJ"
}

// subjectAgain returns, for a reference of n words at i that opens its
// sentence's mentions as the subject of its verb ("It accused", "The
// country also asked"), or for a possessive (n 0) that opens the
// sentence ("Its foreign ministry said"), the mention that opened the
// last sentence as its subject
// (see opensClause), when ok accepts it: a story goes on about the
// actor its last sentence began with, not about the last one it named
// ("Kenya closed its border with Somalia. It accused Somalia" is
// Kenya's). It reports false where the last sentence named no actor
// or did not open with one, and ok decides nothing then.
func (st *state) subjectAgain(toks []model.Token, i, n int, ok func(Mention) bool) (Mention, bool) {
	if st.curAt != len(st.history) || st.prevAt >= st.curAt {
		return Mention{}, false
	}
	// "Its foreign ministry accused": a possessive that opens the
	// sentence is the subject's owner; any other reference must be
	// the subject itself.
	if n == 0 {
		for k := 0; k < i; k++ {
			if !isPunct(toks[k]) {
				return Mention{}, false
			}
		}
	} else if !subjectAt(toks, i+n) {
		return Mention{}, false
	}
	a := st.history[st.prevAt]
	if !a.opens || a.Code == "" || a.conj || a.listed || a.aside || a.backer || !ok(a) {
		return Mention{}, false
	}
	return a, true
}

// listAgain returns, for "they" at i that opens its sentence as the
// subject of its verb, the last member of the list of actors that opened
// the last sentence as its subject ("Peru and Chile fought a war that
// drove Peruvian villagers from their homes. They signed a treaty", "The
// two countries fought ..."), for pronounList to spread over the list:
// a story goes on about the parties its last sentence began with, not
// about people named after them. It reports false where the last
// sentence opened otherwise, or with a list of no two actors with codes.
func (st *state) listAgain(toks []model.Token, i int) (Mention, bool) {
	if st.curAt != len(st.history) || st.prevAt >= st.curAt || !subjectAt(toks, i+1) {
		return Mention{}, false
	}
	a := st.history[st.prevAt]
	if !a.opens || !a.listed || a.conj || a.aside || a.backer || a.Person || a.place || a.Code == "" {
		return Mention{}, false
	}
	h := st.prevAt
	for h+1 < st.curAt && st.history[h+1].conj {
		h++
		if m := st.history[h]; m.Person || m.place || m.Code == "" {
			return Mention{}, false
		}
	}
	if h == st.prevAt {
		return Mention{}, false
	}
	return st.history[h], true
}

// pluralBefore returns, for "they" at i whose latest compatible mention,
// history[h], is one actor named in the singular, the last member of
// the latest list before it in this sentence or the last ("The United
// States and Britain imposed sanctions on Russia. They also met", the
// list, not Russia), as "they" agrees in number with what it stands
// for. Only a list's later members count: an agent named by a plural
// noun alone is passed over ("Protesters marched to the parliament in
// Lima. They clashed with police" is still the parliament). Persons,
// places and agents of no known country are not among them. Only a
// "they" that opens its sentence's mentions looks back so.
func (st *state) pluralBefore(toks []model.Token, h, i int) (Mention, bool) {
	if st.up[i] != "THEY" || st.curAt != len(st.history) {
		// Only a "they" that opens its sentence's mentions, going on
		// about what the last one named: "urged Chile to assist them"
		// may be Chile's own, and "their" is often a country's.
		return Mention{}, false
	}
	for k := h - 1; k >= st.prevAt && k >= 0; k-- {
		b := st.history[k]
		if !b.conj || b.Person || b.place || b.whereTo || b.Code == "" {
			continue
		}
		if b.Kind == Agent && b.Country == "" && b.owner == "" && !strings.HasPrefix(b.Code, "IGO") && st.r.Unknown == "" {
			continue
		}
		if st.peopleAfter(toks, b, i) || st.unknownPersonsAfter(b, toks[i].Start) > 1 {
			return Mention{}, false
		}
		return b, true
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
		if m.Kind == Pronoun && m.Span != a.Antecedent || m.Person || m.place || m.Code == "" || seen[m.Code] {
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
		// A person a title before it named ("The Taliban's deputy
		// prime minister, Abdul Ghani Baradar") is known by the
		// surname it left (see appositive and addSurname).
		known := st.knownSurname(e.Text)
		for _, h := range st.history {
			if known || h.Span.Start < e.End && h.Span.End > e.Start {
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

// knownSurname reports whether the last word of a person's name, text,
// is a surname the article gave earlier (addSurname): the word after
// the last space, or, where the tokens split a hyphenated surname ("Al-Khulaifi"
// is "Al", "-", "Khulaifi"), the part after its last hyphen, which
// addSurname keeps as the name's last token. ("Qatar's foreign minister,
// Mohammed Al-Khulaifi, said he had": he is the minister so named.)
func (st *state) knownSurname(text string) bool {
	w := strings.ToUpper(text[strings.LastIndexByte(text, ' ')+1:])
	if st.hasSurname(surnameKey(w)) {
		return true
	}
	h := strings.LastIndexByte(w, '-')
	return h >= 0 && h+1 < len(w) && st.hasSurname(surnameKey(w[h+1:]))
}

func pronounOf(i int, a Mention) Mention {
	m := Mention{Start: i, End: i + 1, Head: i, Kind: Pronoun, Person: a.Person, Antecedent: a.Span, dated: a.dated}
	m.Actor = model.Actor{Code: a.Code, Name: a.Name, Country: a.Country, Entry: a.Entry}
	return m
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
	// world is the United Nations: "the world body".
	world
)

// descriptions are keyed by their upper-case head nouns.
var descriptions = map[string]description{
	"GROUP": group, "ORGANISATION": group, "ORGANIZATION": group, "MOVEMENT": group,
	"MILITIA": group, "FACTION": group,
	"COUNTRY": country, "NATION": country, "STATE": country,
	"KINGDOM": country, "REPUBLIC": country,
	"BLOC": igo, "ALLIANCE": igo, "AGENCY": igo, "COUNCIL": igo, "WATCHDOG": igo,
	"CROWD": crowd, "CROWDS": crowd, "MOB": crowd,
}

// otherWords are the upper-case words that, before a description's head,
// make it another one than any named before ("the neighbouring country",
// "a member state", "the first nation to"): such a phrase is left alone.
var otherWords = map[string]bool{
	"OTHER": true, "ANOTHER": true, "NEIGHBOURING": true, "NEIGHBORING": true, "NEIGHBOUR": true,
	"NEIGHBOR": true, "FOREIGN": true, "HOST": true, "MEMBER": true, "HOME": true, "NEW": true,
	"FIRST": true, "SECOND": true, "THIRD": true, "LAST": true, "ONLY": true, "NEXT": true,
	"RIVAL": true, "ENEMY": true, "WESTERN": true, "ARAB": true, "MUSLIM": true, "ISLAMIC": true,
	"SOVEREIGN": true, "INDEPENDENT": true, "PALESTINIAN": true, "JEWISH": true,
}

// modifiedDescription returns the head of a description at i whose head
// noun comes after up to three modifiers ("the island nation", "the
// West African nation", "the oil-rich kingdom", "the 27-nation bloc",
// "the U.N. nuclear watchdog", "the world body"), the description's kind
// and ok. A modifier that names a country ("the Iranian nation"), or
// one of otherWords, makes it none: a country's own word says whose it
// is, and "the neighbouring country" is another. A group's or crowd's
// modifiers say what kind it is ("the terrorist group"), which agent
// reads; they are left to it.
func (st *state) modifiedDescription(toks []model.Token, i int) (int, description, bool) {
	if st.up[i] != "THE" {
		return 0, 0, false
	}
	if i+2 < len(toks) && st.up[i+1] == "WORLD" && st.up[i+2] == "BODY" {
		return i + 2, world, true
	}
	nouns, org := false, false
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		k := j - 1
		t := toks[k]
		switch {
		case otherWords[st.up[k]] || t.XPOS == "JJS" || t.XPOS == "RBS":
			return 0, 0, false
		case t.UPOS == "ADJ" || t.UPOS == "NUM" || t.Form == "-" || st.up[k] == "NATION" || st.up[k] == "MEMBER":
		case t.UPOS == "PROPN" || t.UPOS == "NOUN":
			// A noun or name says where a country is ("the island
			// nation", "the Gulf state"), but of a bloc or a group
			// what it is of ("the settlement bloc"), unless it is an
			// organisation's name ("the U.N. nuclear watchdog").
			nouns = true
		default:
			return 0, 0, false
		}
		code, _, n, ok := st.actor(st.up[k:j])
		if ok && n > 0 && CountryOf(code) != "" {
			return 0, 0, false
		}
		if ok && n > 0 && strings.HasPrefix(code, "IGO") {
			org = true
		}
		if j+1 < len(toks) && toks[j+1].UPOS == "NOUN" {
			continue // "the 27-nation bloc": a modifier still
		}
		if d, ok := descriptions[st.up[j]]; ok && toks[j].UPOS == "NOUN" {
			if d == group || d == crowd {
				// "the terrorist group" is the agent it says, and is
				// left to agent (see appositiveGroup).
				return 0, 0, false
			}
			if nouns && !org && d != country {
				return 0, 0, false
			}
			return j, d, true
		}
	}
	return 0, 0, false
}

// description resolves "the group", "the country", "the bloc" to the
// last compatible mention.
func (st *state) description(toks []model.Token, i int, d description) (Mention, bool) {
	return st.describedAt(toks, i, i+1, d)
}

// describedAt resolves the description of kind d that runs from token i
// to its head at j to the last compatible mention; a country's that
// opens its sentence as its subject ("The country also asked") to the
// one that opened the last sentence so, if that is a country (see
// subjectAgain).
func (st *state) describedAt(toks []model.Token, i, j int, d description) (Mention, bool) {
	// "the state budget", "the country director": a noun after the
	// word is what the phrase names, and "state" or "country" only
	// says which kind.
	if d == country && j+1 < len(toks) && toks[j+1].UPOS == "NOUN" {
		return Mention{}, false
	}
	if d == country {
		bare := func(a Mention) bool { return len(a.Code) == 3 && a.Country == a.Code && a.Agent == "" && !a.Person }
		if a, ok := st.subjectAgain(toks, i, j+1-i, bare); ok {
			return st.described(i, j, a), true
		}
	}
	// "French troops left the country": the object of a verb is
	// another country than its subject's.
	subject := ""
	if h := len(st.history) - 1; d == country && h >= st.curAt && verbBetween(toks, st.history[h].End, i) {
		subject = st.history[h].Country
		// "Bush addressed the nation": some verbs' country is their
		// subject's own, which a description after them does not name
		// again; no other country is meant.
		if ownCountryVerb(toks, i) {
			return Mention{}, false
		}
	}
	for h := len(st.history) - 1; h >= 0; h-- {
		a := st.history[h]
		if a.Person {
			continue
		}
		ok := false
		switch d {
		case country:
			ok = len(a.Code) == 3 && a.Country == a.Code && a.Agent == "" && a.Country != subject
			// "Washington invaded the country": the object of a
			// verb is another country than its subject.
			if ok && h >= st.curAt && verbBetween(toks, a.End, i) {
				ok = false
			}
		case igo:
			ok = strings.HasPrefix(a.Code, "IGO") && a.Kind == Named && !a.place
			// "The Constitutional Council declared ... asked the
			// council to order a recount": a state's body named by an
			// agent of the same head noun is the one meant.
			ok = ok || (a.Kind == Agent || a.Kind == Named) && a.Country != "" && !a.plural && strings.Contains(a.Agent, " ") && headWord(a.Agent) == st.up[j]
		case world:
			ok = strings.HasPrefix(a.Code, "IGOUNO") && a.Kind == Named && !a.place
		case crowd:
			ok = (strings.Contains(a.Agent, "PROTEST") || strings.Contains(a.Agent, "DEMONSTRAT"))
		case group:
			// A people's agent ("British aid workers") is no group;
			// an intergovernmental organisation only when no other
			// group was named (see groupBefore).
			ok = namedGroup(a) && (groupKind(a.Code) || strings.Contains(a.Code, "IGO") && !st.groupBefore(h))
		}
		if !ok {
			continue
		}
		return st.described(i, j, a), true
	}
	return Mention{}, false
}

// described is the description from token i to its head at j resolved
// to a. A country's head that the agent dictionary codes is that
// country's agent ("the kingdom" is its government, as Phoenix's
// KINGDOM [~GOV] codes it).
func (st *state) described(i, j int, a Mention) Mention {
	m := describes(i, j+1, a, a.Code, a.Country)
	if countryItself(&a) {
		if ag, n, ok := st.r.d.AgentEntry(st.up[j : j+1]); ok && n == 1 && ag.Code != "" {
			m.Code = dict.Combine(a.Country, ag.Code)
			m.Entry += "; agent " + ag.Phrase
		}
	}
	return m
}

// groupBefore reports a named armed, opposition or non-governmental
// group or party before history[h]: "the group" stands for it rather
// than for an intergovernmental organisation named since ("Al Shabaab
// attacked an African Union base ... The group has fought").
func (st *state) groupBefore(h int) bool {
	for k := h - 1; k >= 0; k-- {
		a := st.history[k]
		if !a.Person && namedGroup(a) && groupKind(a.Code) {
			return true
		}
	}
	return false
}

// namedGroup reports a named mention coded with a type of its own (not a
// people's agent: "British aid workers"), which "the group" may stand
// for when its type is a group's (groupKind) or an organisation's.
func namedGroup(a Mention) bool {
	return len(a.Code) > 3 && a.Kind == Named && (a.Agent == "" || a.owner != "")
}

// groupKind reports a code of an armed, opposition or non-governmental
// group or a party: what "the group" names before an intergovernmental
// organisation.
func groupKind(code string) bool {
	for _, t := range [...]string{"REB", "OPP", "NGO", "PTY"} {
		if strings.Contains(code, t) {
			return true
		}
	}
	return false
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

// ownCountryVerb reports whether the verb right before token i (an
// adverb may stand between) is one whose object country is its
// subject's own: a leader addresses, leads or governs the nation.
func ownCountryVerb(toks []model.Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].XPOS == "RB" {
		k--
	}
	return k >= 0 && strings.HasPrefix(toks[k].XPOS, "VB") &&
		(ownCountryVerbs[strings.ToLower(toks[k].Lemma)] || ownCountryVerbs[strings.ToLower(toks[k].Form)])
}

// ownCountryVerbs are the lemmas and past forms (lower-case) of
// ownCountryVerb's verbs.
var ownCountryVerbs = map[string]bool{
	"address": true, "addressed": true, "lead": true, "led": true, "govern": true, "governed": true,
	"rule": true, "ruled": true, "serve": true, "served": true, "unite": true, "united": true,
	"reassure": true, "reassured": true, "rebuild": true, "rebuilt": true,
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

// namedOrgDescriptionWords reports whether the word at i is "the" with a
// word after it, which namedOrgDescription tests first: at1 tests it
// before calling namedOrgDescription (see at1).
func (st *state) namedOrgDescriptionWords(i int) bool {
	return st.up[i] == "THE" && i+1 < len(st.up)
}

// orgReach is how many sentences before its own a lower-case "the
// fund" or "the bank" looks back for the organisation it names (see
// namedOrgDescription).
const orgReach = 3

// lenderHeads are the head nouns (upper-case) of the names of lenders
// ("the World Bank", "the International Monetary Fund"), which a story
// of a loan or grant names once and then as "the bank" or "the fund" a
// few sentences on; a lower-case "the commission" or "the parliament"
// that far on is as likely the country's own.
var lenderHeads = map[string]bool{"BANK": true, "FUND": true}

// sentStart indexes history where the sentence back sentences before
// the current one began (0 for the current one), or 0 when the article
// has fewer.
func (st *state) sentStart(back int) int {
	if k := len(st.sentAt) - 1 - back; k >= 0 {
		return st.sentAt[k]
	}
	return 0
}

// namedOrgDescription resolves "the fund", "the bank" at i to the last
// international or non-governmental organisation named with that head
// noun in this sentence or the last, or to a description that stood
// for it there. A lender (lenderHeads) is reached orgReach sentences
// back ("The World Bank approved ... the bank said ... the President
// thanked the bank"), each description that stood for it keeping it
// near. A bank of no such name, or one placed ("the bank of Kenya"),
// stays the agent it is, and so does one after a country's own bank
// named since (ownHead). A capitalised head ("The Commission has since
// frozen ...") is a name cut short, and reaches the organisation
// wherever the article named it; so do "the judges" (see benchWords):
// a story names its court once, in the lede, and its bench paragraphs
// later ("In a 10-5 ruling, the judges found ..."), where the last
// country named is no court's.
func (st *state) namedOrgDescription(i int) (Mention, bool) {
	if st.up[i] != "THE" || i+1 >= len(st.up) {
		return Mention{}, false
	}
	head, bench := st.up[i+1], benchWords[st.up[i+1]]
	if !orgHeads[head] && !bench {
		return Mention{}, false
	}
	// "the court in Nairobi", "the bank of Kenya": another one.
	if i+2 < len(st.up) && (st.up[i+2] == "IN" || st.up[i+2] == "OF") {
		return Mention{}, false
	}
	reach := st.prevAt
	if lenderHeads[head] {
		reach = st.sentStart(orgReach)
	}
	wide := bench || capitalised(st.words[i+1])
	return st.describedBack(i, true, func(h int, a *Mention) (ok, stop bool) {
		if !wide && h < reach {
			return false, true
		}
		if bench && h < st.prevAt && otherCourt(*a) {
			// "The ICJ ruled ... a court in Lima jailed them ... the
			// judges said": the judges of the court named last.
			return false, true
		}
		if !bench && h < st.prevAt && ownHead(*a, head) {
			// "The IMF lent ... Kenya's central bank said ... the
			// bank": that country's bank.
			return false, true
		}
		if a.Kind != Named && (a.Kind != Description || a.words == "") || !(strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO")) {
			return false, false
		}
		if bench {
			return benchOf(*a), false
		}
		return slices.Contains(strings.Fields(a.Name), head) || slices.Contains(strings.Fields(a.words), head), false
	})
}

// ownHead reports a mention of a country's actor named with the head
// noun head in its own words or agent phrase ("Kenya's central bank",
// "the Kenyan parliament"): a later bare "the bank" or "the parliament"
// is that one, not an organisation named before it.
func ownHead(a Mention, head string) bool {
	if CountryOf(a.Code) == "" || a.Kind == Description || a.Kind == Pronoun {
		return false
	}
	return slices.Contains(strings.Fields(a.words), head) || slices.Contains(strings.Fields(a.Agent), head)
}

// describedBack resolves the description at i, "the" and a head noun
// ("the fund", "the Department"), to the latest mention of the history
// that fits, looking back to the sentence before this one, or, for a
// capitalised head (a name cut short: "The Commission") or when wide,
// to the article's start. fits may stop the search with no mention.
// The description keeps the words of the name it stands for, so that
// the same description later stands for it again.
func (st *state) describedBack(i int, wide bool, fits func(h int, a *Mention) (ok, stop bool)) (Mention, bool) {
	from := st.prevAt
	if wide || capitalised(st.words[i+1]) {
		from = 0
	}
	for h := len(st.history) - 1; h >= 0 && h >= from; h-- {
		a := st.history[h]
		ok, stop := fits(h, &a)
		if stop {
			break
		}
		if ok {
			m := describes(i, i+2, a, a.Code, a.Country)
			m.words = a.words
			return m, true
		}
	}
	return Mention{}, false
}

// theDepartmentWords reports whether the words at i are "the
// department", which theDepartment tests first: at1 tests it before
// calling theDepartment (see at1).
func (st *state) theDepartmentWords(i int) bool {
	return !st.r.Local && st.up[i] == "THE" && i+1 < len(st.up) && st.up[i+1] == "DEPARTMENT"
}

// theDepartment resolves "the Department" at i to the government
// department the article named last ("the U.S. Department of State ...
// The Department also urged", "the State Department ... the
// department's envoy"): a release names its department once and then by
// its head noun, as "the ministry" stands for the ministry named before.
// A lower-case "the department" reaches only this sentence and the last;
// "the Department of Energy" is another department, named.
func (st *state) theDepartment(i int) (Mention, bool) {
	if !st.theDepartmentWords(i) {
		return Mention{}, false
	}
	if i+2 < len(st.up) && (st.up[i+2] == "OF" || st.up[i+2] == "FOR") {
		return Mention{}, false
	}
	return st.describedBack(i, false, func(_ int, a *Mention) (ok, stop bool) {
		return a.Kind == Named && !a.Person && govCode(a.Code) && slices.Contains(strings.Fields(a.words), "DEPARTMENT"), false
	})
}

// courtHeads are the head nouns (upper-case) of courts' names.
var courtHeads = map[string]bool{"COURT": true, "TRIBUNAL": true}

// benchWords are the nouns (upper-case) that, after "the", stand for the
// bench of the court the article named ("The International Court of
// Justice ruled ... the judges found"). "The judge" alone is one judge,
// seldom an international court's.
var benchWords = map[string]bool{"JUDGES": true, "JUSTICES": true}

// benchOf reports a named organisation that is a court, whose judges
// "the judges" are.
func benchOf(a Mention) bool {
	for _, w := range append(strings.Fields(a.Name), strings.Fields(a.words)...) {
		if courtHeads[w] {
			return true
		}
	}
	return false
}

// otherCourt reports a mention of a country's court or judge ("a court
// in Lima", "a Chilean judge"), after which "the judges" are that
// court's, not an international court's named before it.
func otherCourt(a Mention) bool {
	return CountryOf(a.Code) != "" && strings.Contains(a.Code[3:], "JUD")
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

// speaksFor gives a bare spokesperson the actor of the named mention
// or bare organ right before it, whose spokesperson it is ("Iran's
// foreign ministry spokesman", "the Kremlin spokesman", "a foreign
// ministry spokeswoman", "the army spokesman"): Phoenix codes a bare
// spokesperson as media, and without this the mention would be resolved
// through the last country named instead.
func speaksFor(m *Mention, prev Mention) {
	organ := prev.Kind == Agent && !prev.Person
	if prev.Kind != Named && !organ || prev.End != m.Start || prev.Code == "" || !strings.Contains(m.Agent, "SPOKES") {
		return
	}
	if organ && prev.Country == "" && prev.owner == "" {
		// "A ministry spokesman in Lima": an organ of no country yet
		// is that of the spokesperson's place.
		if m.Country == "" || m.Code != m.Country+"MED" || CountryOf(prev.Code) != "" || len(prev.Code) != 3 {
			return
		}
		m.Actor.Code = m.Country + prev.Code
		m.Entry = prev.Entry + "; " + m.Entry
		m.Antecedent = prev.Span
		return
	}
	if m.Kind != Agent {
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
// ... hosted the two leaders", else of the last list of two countries,
// else of the story's two countries), or militaries (the militaries of the
// last two countries: "China ... the United States ... communication
// channels between the two militaries"). Presidents, premiers and
// ministers (also "the two foreign ministers", see officeModifiers) and
// heads of state or government are leaders; delegations are the
// governments of the two countries of this sentence or the last
// ("Delegations from Peru and Chile met. Both delegations ..."), and
// allies, powers and superpowers those countries ("Japan and the United
// States held drills. The two allies ..."). "Both sides", "the two sides"
// and "both parties" are not among them: they stand only for a list of two actors
// in this sentence or the last ("Kenya and Somalia held talks ... The two
// sides accused each other"), keeping their codes, and only where they
// are no sides of a thing nor a where (storySides); sides named apart are
// as often a speaker's own as the story's.
var pairNouns = map[string]string{
	"COUNTRIES": "country", "NATIONS": "country", "STATES": "country",
	"NEIGHBOURS": "country", "NEIGHBORS": "country",
	"GOVERNMENTS": "government", "GENERALS": "armed", "COMMANDERS": "armed",
	"LEADERS": "leaders", "MILITARIES": "military", "ARMIES": "military",
	"PRESIDENTS": "leaders", "PREMIERS": "leaders", "MINISTERS": "leaders",
	"DELEGATIONS": "delegation", "MEN": "persons", "WOMEN": "persons",
	"ALLIES": "power", "POWERS": "power", "SUPERPOWERS": "power",
	"REPUBLICS": "country", "SECRETARIES": "leaders",
}

// namedPair reports how many words at i say "both men", "the two
// women" or the like in news mode, else 0. They stand for two persons
// named before ("King and Weeks were abducted ... Both men claimed"),
// not for a country's people, and are no actor of their own unless pair
// resolved them, before, to persons of known countries ("Peru's Quispe
// and Bolivia's Mamani met. The two men agreed").
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
	if os := st.pairOffices(toks, i); len(os) > 0 {
		return os
	}
	if as := st.pairAgents(toks, i); len(as) > 0 {
		return as
	}
	if ls := st.officialsAgain(toks, i); len(ls) > 0 {
		return ls
	}
	n, want := 0, 2
	switch {
	case i+2 < len(toks) && st.up[i] == "THE" && st.up[i+1] == "TWO" && toks[i+2].UPOS != "NOUN" && actsAt(toks, i+2) && !st.r.Local:
		// "The two agreed": the two parties named last.
		return st.theTwo(i)
	case i+1 < len(toks) && st.up[i] == "THE" && (st.up[i+1] == "NEIGHBOURS" || st.up[i+1] == "NEIGHBORS") && !st.r.Local:
		// "Talks between the neighbours": the two countries, as "the
		// two neighbours" are.
		n = 2
	case i+2 < len(toks) && st.up[i] == "THE" && st.up[i+1] == "TWO":
		n = 3
	case i+2 < len(toks) && st.up[i] == "THE" && st.up[i+1] == "THREE":
		n, want = 3, 3
	case i+2 < len(toks) && st.up[i] == "THE" && listCounts[st.up[i+1]] > 0:
		// "The five presidents": only the list of five named just
		// before (see namedList).
		n, want = 3, listCounts[st.up[i+1]]
	case i+1 < len(toks) && st.up[i] == "BOTH":
		n = 2
	case i+2 < len(toks) && st.up[i] == "ALL" && st.up[i+1] == "THE" && sidesWords[st.up[i+2]] && subjectAt(toks, i+3):
		// "All the parties agreed": every member of the last list
		// (want 0). Appeals to them ("urged all parties") are the
		// coder's to resolve.
		n, want = 3, 0
	case i+1 < len(toks) && st.up[i] == "ALL" && sidesWords[st.up[i+1]] && subjectAt(toks, i+2):
		// "All sides agreed".
		n, want = 2, 0
	default:
		return nil
	}
	if officeModifiers[st.up[i+n-1]] && i+n < len(toks) && st.up[i+n] != "GOVERNMENTS" && officeNouns[st.up[i+n]] {
		// "The two foreign ministers", "both prime ministers".
		n++
	}
	n += st.pairModifiers(toks, i+n-1)
	kind, ok := pairNouns[st.up[i+n-1]]
	if st.up[i+n-1] == "HEADS" && i+n+1 < len(toks) && st.up[i+n] == "OF" && (st.up[i+n+1] == "STATE" || st.up[i+n+1] == "GOVERNMENT") {
		// "The two heads of state".
		kind, ok, n = "leaders", true, n+2
	}
	agent, phrase := "", ""
	if !ok && want == 2 {
		// "The two border services", "both police forces": each
		// country's agent.
		if ag, an := st.pairInstitution(toks, i+n-1); an > 0 {
			agent, phrase = ag.Code, ag.Phrase
			kind, ok, n = "agent", true, n+an-1
		}
	}
	if !ok {
		if !sidesWords[st.up[i+n-1]] || !st.storySides(toks, i, n) {
			return nil
		}
		kind = "sides"
	}
	as := func(a Mention) (Mention, bool) {
		code := a.Code
		switch kind {
		case "country", "government", "military", "delegation", "power":
			code = CountryOf(a.Code)
			if code == "" || (kind == "delegation" || kind == "power") && (a.Kind == Pronoun || a.place) {
				return Mention{}, false
			}
			switch kind {
			case "government", "delegation":
				code += "GOV"
			case "military":
				code += "MIL"
			}
		case "agent":
			code = CountryOf(a.Code)
			if code == "" || a.Kind == Pronoun || a.place || a.Code != code {
				return Mention{}, false
			}
			code = dict.Combine(code, agent)
		case "sides":
			if a.Kind == Pronoun || a.place || a.Code == "" {
				return Mention{}, false
			}
		case "persons":
			// "The two men": persons of a list, each with a country.
			if a.Kind == Pronoun || a.place || !a.Person || CountryOf(a.Code) == "" {
				return Mention{}, false
			}
		case "armed":
			if a.Kind == Pronoun || a.place || !armedAgent(a.Code) {
				return Mention{}, false
			}
		case "leaders":
			// Only a government's people: two of one country's
			// politicians ("Biden and Trump") are no pair of countries.
			if c := CountryOf(a.Code); c == "" || a.Kind == Pronoun || a.place || !govCode(a.Code) {
				return Mention{}, false
			}
			code = CountryOf(a.Code) + "GOV"
		}
		m := Mention{Start: i, End: i + n, Head: i + n - 1, Kind: Description, Antecedent: a.Span, Person: kind == "armed"}
		m.Actor = model.Actor{Code: code, Name: a.Name, Country: CountryOf(code), Entry: a.Entry}
		if kind == "agent" {
			m.Agent, m.plural = phrase, true
		}
		return m, true
	}
	if want > 3 {
		return st.namedList(i, n, want, kind, as)
	}
	// The last list of as many as it counts in this sentence or the last
	// ("Egypt, Jordan and Qatar called on Israel. The three countries
	// ..."), else the last ones named.
	found := st.lastList(want, as)
	if kind == "sides" && st.speakersOf(toks, i, found) {
		// "Egypt and Qatar said both sides had broken the truce":
		// the sides are not who speaks of them, but the list named
		// before, if any.
		found = st.listBefore(st.curAt, want, as)
	}
	if found != nil {
		if kind == "country" || kind == "government" || kind == "sides" {
			found = st.outweigh(toks, i, n, kind, found, as)
		}
		if kind == "leaders" {
			st.leaders = found
		}
		st.keepPair(kind, found)
		return found
	}
	if kind == "sides" || want == 0 {
		// Sides named apart may be anyone's ("Chilean troops shelled
		// Peruvian positions, a monitor said"), but for two officials.
		if kind == "sides" && want == 2 && st.curAt == len(st.history) {
			return st.officialSides(i, n)
		}
		if kind == "sides" && want == 2 {
			return st.pairSides(i, n)
		}
		return nil
	}
	if found := st.pairAgain(kind, want, as, countryLeaders(i, n)); found != nil {
		if kind == "leaders" {
			st.leaders = found
		}
		st.keepPair(kind, found)
		return found
	}
	if kind == "country" || kind == "government" {
		if found := st.storyPair(st.salienceAt(toks, i, n), as); found != nil {
			st.keepPair(kind, found)
			return found
		}
	}
	if kind == "agent" {
		// "Kyrgyz and Tajik border guards exchanged fire ... The two
		// border services met": each of the story's two countries'
		// agent, whatever the country was first named with.
		agentOf := func(a Mention) (Mention, bool) {
			a.Actor.Code = CountryOf(a.Code)
			return as(a)
		}
		if found := st.storyPair(st.salienceAt(toks, i, n), agentOf); found != nil {
			st.keepPair(kind, found)
			return found
		}
	}
	// The last ones named: generals and leaders only of this sentence
	// or the last.
	stop := 0
	if kind == "armed" || kind == "leaders" || kind == "delegation" || kind == "persons" || kind == "power" || kind == "agent" {
		stop = st.prevAt
	}
	found = nil
	seen := map[string]bool{}
	for h := len(st.history) - 1; h >= stop && len(found) < want; h-- {
		m, ok := as(st.history[h])
		if !ok || seen[m.Code] {
			continue
		}
		seen[m.Code] = true
		found = append(found, m)
	}
	if len(found) < want && kind == "leaders" {
		// No government's people named: the leaders of the list of
		// two countries named last, in this sentence or the last
		// ("Kyrgyzstan and Tajikistan held talks. The two presidents
		// met").
		if found = st.lastList(want, countryLeaders(i, n)); found != nil {
			st.leaders = found
			st.keepPair(kind, found)
			return found
		}
		// Nor any list of two: the governments of the story's two
		// countries ("Serbia and Kosovo traded accusations ... The
		// EU's envoy spoke to both leaders").
		if found = st.storyPair(st.salienceAt(toks, i, n), governmentOf(i, n)); found != nil {
			st.leaders = found
			st.keepPair(kind, found)
			return found
		}
	}
	if len(found) < want {
		return nil
	}
	if kind == "persons" {
		// Persons named apart ("Xi hosted Macron. The two men
		// signed") only of as many countries.
		cs := map[string]bool{}
		for _, m := range found {
			cs[CountryOf(m.Code)] = true
		}
		if len(cs) < want {
			return nil
		}
	}
	// In the order they were named.
	slices.Reverse(found)
	if kind == "leaders" {
		st.leaders = found
	}
	st.keepPair(kind, found)
	return found
}

// officialSides resolves "the two sides" of n words at i, opening the
// mentions of its sentence, to the governments of the two officials of
// two countries the last sentence named ("Secretary of State Ana Lind met
// Peruvian Foreign Minister Elena Ruiz. The two sides agreed ..."): a
// readout's sides are the officials who met. It returns nil when the last
// sentence named officials of one country or of more than two, or named
// any other actor, whose side is no one's to guess, or named them in a
// list ("A and B met"), which the rules for lists and for "the two
// leaders" read.
func (st *state) officialSides(i, n int) []Mention {
	var found []Mention
	for _, a := range st.history[st.prevAt:st.curAt] {
		c := CountryOf(a.Code)
		if a.place && !a.Person || a.Kind == Pronoun {
			continue // "in Washington": where they met; "his counterpart"
		}
		if !a.Person || c == "" || !govCode(a.Code) || a.conj || a.listed {
			return nil
		}
		if len(found) > 0 && found[len(found)-1].Country == c {
			continue
		}
		if len(found) == 2 {
			return nil
		}
		m := describes(i, i+n, a, c+"GOV", c)
		found = append(found, m)
	}
	if len(found) != 2 || found[0].Country == found[1].Country {
		return nil
	}
	return found
}

// sidesReach is how many sentences back the pair phrase is that "both
// sides" with no list before it stands for (pairSides).
const sidesReach = 3

// pairSides resolves "both sides" of n words at i, after an actor of its
// own sentence and with no list of two named in it or the last, to the
// two countries a pair phrase ("both governments", "the two countries")
// stood for up to sidesReach sentences before: "Both governments have
// said those talks will go on. ... ASEAN's secretary-general called on
// both sides to exercise restraint" are the two countries. A speaker of
// either country is not calling on its own side, and the sides stay
// unread; so they do where no such pair was said.
func (st *state) pairSides(i, n int) []Mention {
	if st.r.Local || len(st.pairs) != 2 || st.nsent-st.pairAt > sidesReach || st.curAt == len(st.history) {
		return nil
	}
	var found []Mention
	for _, p := range st.pairs {
		c := CountryOf(p.Code)
		if c == "" {
			return nil
		}
		for _, a := range st.history[st.curAt:] {
			if a.Country == c {
				return nil
			}
		}
		found = append(found, describes(i, i+n, p, c, c))
	}
	if found[0].Code == found[1].Code {
		return nil
	}
	return found
}

// officialsAgain resolves a bare "the leaders", "the ministers" or "the
// foreign ministers" at i, opening the mentions of its sentence, to the
// governments of the two officials of two countries the last sentence
// named (officialSides): "Prime Minister A held talks with Kenyan
// President B. The leaders signed agreements". Leaders of something
// ("the leaders of the bloc") are not bare.
func (st *state) officialsAgain(toks []model.Token, i int) []Mention {
	if st.r.Local || st.up[i] != "THE" || st.curAt != len(st.history) {
		return nil
	}
	n := 1
	if i+2 < len(toks) && officeModifiers[st.up[i+1]] {
		n++
	}
	if i+n >= len(toks) || pairNouns[st.up[i+n]] != "leaders" || toks[i+n].UPOS != "NOUN" && toks[i+n].UPOS != "PROPN" {
		return nil
	}
	if k := i + n + 1; k < len(toks) {
		switch st.up[k] {
		case "OF", "FROM", "IN", "AT":
			return nil
		}
	}
	ls := st.officialSides(i, n+1)
	if ls != nil {
		st.leaders = ls
	}
	return ls
}

// listCounts are the numbers of the pair phrases of more than three
// ("the five countries"), which stand only for a list of as many.
var listCounts = map[string]int{"FOUR": 4, "FIVE": 5, "SIX": 6}

// namedList resolves a pair phrase of n words at i that counts want
// actors, more than three ("the four countries", "the five
// presidents"), to the members of the list of as many named in this
// sentence or the last ("The leaders of Peru, Chile, Bolivia and Ecuador
// met. The four presidents agreed"), as as makes them; a country's bare
// name in the list is its government for leaders, as for "the two
// leaders". It returns nil where there is no such list: unlike two,
// as many actors named apart are seldom the ones counted.
func (st *state) namedList(i, n, want int, kind string, as func(Mention) (Mention, bool)) []Mention {
	if kind != "country" && kind != "government" && kind != "leaders" {
		return nil
	}
	if kind == "leaders" {
		bare := countryLeaders(i, n)
		lead := as
		as = func(a Mention) (Mention, bool) {
			if m, ok := lead(a); ok {
				return m, true
			}
			return bare(a)
		}
	}
	found := st.lastList(want, as)
	if found != nil && kind == "leaders" {
		st.leaders = found
	}
	return found
}

// theTwo resolves a bare "the two" at i, a subject ("the two agreed to
// keep talking"), to the two parties named last: the members of the last
// list of two in this sentence or the last, or else the last two actors
// of different countries named there ("Kuwait's foreign minister spoke
// with his Iraqi counterpart, and the two agreed"), each with its own
// code; one the sentence cites is none (see Mention.cited). A person's
// government stands for the person, as "the two leaders" do. It returns
// nil where there are no such two.
func (st *state) theTwo(i int) []Mention {
	as := func(a Mention) (Mention, bool) {
		if a.Kind == Pronoun {
			return Mention{}, false
		}
		s, ok := side(a)
		if !ok {
			return Mention{}, false
		}
		m := describes(i, i+2, a, s.Code, s.Country)
		return m, true
	}
	if found := st.lastList(2, as); found != nil && CountryOf(found[0].Code) != CountryOf(found[1].Code) {
		return found
	}
	var found []Mention
	for h := len(st.history) - 1; h >= st.prevAt && len(found) < 2; h-- {
		if st.history[h].cited {
			continue
		}
		m, ok := as(st.history[h])
		if !ok || len(found) == 1 && CountryOf(found[0].Code) == m.Country {
			continue
		}
		found = append(found, m)
	}
	if len(found) < 2 {
		return nil
	}
	slices.Reverse(found)
	return found
}

// trailingSpeaker reports a mention m of the current sentence set off
// by a comma before a verb of saying (", a Kuwaiti source said,"): whom
// the sentence cites, not a party to what it reports.
func (st *state) trailingSpeaker(toks []model.Token, m Mention) bool {
	k := m.Start - 1
	if k >= 0 && toks[k].UPOS == "DET" {
		k--
	}
	j := m.End
	for j < len(toks) && j < m.End+2 && toks[j].UPOS == "NOUN" {
		j++ // "a Kuwaiti source": the people's word names the actor
	}
	return k >= 0 && toks[k].Form == "," && j < len(toks) && reportWords[st.up[j]]
}

// lastList returns what as makes of the members of the last list of
// want mentions (of two or more when want is 0) in this sentence or
// the last, when it makes as many distinct actors of them; else nil.
func (st *state) lastList(want int, as func(Mention) (Mention, bool)) []Mention {
	return st.listBefore(len(st.history), want, as)
}

// listBefore is lastList over the mentions before history index end.
func (st *state) listBefore(end, want int, as func(Mention) (Mention, bool)) []Mention {
	for h := end - 1; h >= 0 && h >= st.prevAt; h-- {
		k := h
		for k > 0 && st.history[k].conj {
			k--
		}
		if h-k+1 == want || want == 0 && h > k {
			var found []Mention
			seen := map[string]bool{}
			for _, a := range st.history[k : h+1] {
				if m, ok := as(a); ok && !seen[m.Code] {
					seen[m.Code] = true
					found = append(found, m)
				}
			}
			if len(found) == want || want == 0 && len(found) == h-k+1 {
				return found
			}
		}
		h = k
	}
	return nil
}

// pairAgain returns the countries that a pair phrase of this sentence
// or the last stood for (st.pairs), as a pair phrase of kind: "Russia
// keeps bases in both countries. The two former Soviet republics
// fought a war" are the same two, even where other countries were named
// between. Leaders are those countries' governments. It returns nil
// where no such pair was said, or for sides, persons and armed groups,
// which are no pair of countries.
func (st *state) pairAgain(kind string, want int, as, leaders func(Mention) (Mention, bool)) []Mention {
	if want != 2 || len(st.pairs) != 2 || st.nsent-st.pairAt > 1 {
		return nil
	}
	switch kind {
	case "country", "government", "military", "delegation", "power", "agent":
	case "leaders":
		as = leaders
	default:
		return nil
	}
	var found []Mention
	for _, p := range st.pairs {
		c := CountryOf(p.Code)
		if c == "" {
			return nil
		}
		p.Actor.Code, p.Kind = c, Description
		m, ok := as(p)
		if !ok {
			return nil
		}
		found = append(found, m)
	}
	if found[0].Code == found[1].Code {
		return nil
	}
	return found
}

// salience counts the mentions of each country the article has named
// before the pair phrase at i, and keeps the first of each: how much a
// story is about a country. The countries of the article's lede (see
// state.ledeAt) count twice more: it names the story's parties ("The
// court awarded Belize the islands claimed by Guatemala", not Britain,
// Belize's former ruler, named as often later). A country named only as
// a place does not count, nor the country of the current sentence's
// subject when the pair phrase is an object after its verb: the one who
// urges "the two neighbours" is neither of them.
type salience struct {
	count map[string]int
	first map[string]int // index in history of the first mention
	order []string       // most mentioned first, then first named
}

// salienceAt counts the countries named before the pair phrase of n
// words at i (see salience).
func (st *state) salienceAt(toks []model.Token, i, n int) salience {
	skip := ""
	if st.curAt < len(st.history) && !subjectAt(toks, i+n) {
		if s := st.history[st.curAt]; s.End <= i && opensClause(toks, s) && verbBefore(toks, s.End, i) {
			skip = CountryOf(s.Code)
		}
	}
	sl := salience{count: map[string]int{}, first: map[string]int{}}
	for h, m := range st.history {
		c := CountryOf(m.Code)
		if c == "" || c == skip || m.place {
			continue
		}
		if sl.count[c] == 0 {
			sl.order = append(sl.order, c)
			sl.first[c] = h
		}
		sl.count[c]++
	}
	for _, c := range countrySet(st.history[st.ledeAt:st.ledeEnd]) {
		if sl.count[c] > 0 {
			sl.count[c] += 2
		}
	}
	slices.SortStableFunc(sl.order, func(x, y string) int { return sl.count[y] - sl.count[x] })
	return sl
}

// countrySet returns the countries of ms, each once, in the order first
// named; a country named only as a place is none.
func countrySet(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if c := CountryOf(m.Code); c != "" && !m.place && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// countries counts the countries of ms (see countrySet).
func countries(ms []Mention) int {
	return len(countrySet(ms))
}

// storyPair returns what as makes of the two countries the article has
// named most often before the pair phrase at i (of those named first
// where as many times; see salience), in the order they were first
// named: the two parties of the story, which "both countries" or "the
// two governments" stand for when no list of two was named just before
// ("Peru accused Chile ... Brazil offered to host talks. The OAS called
// on both countries" are Peru and Chile, not Brazil). It returns nil
// where fewer than two countries are left or as makes nothing of one.
func (st *state) storyPair(sl salience, as func(Mention) (Mention, bool)) []Mention {
	if len(sl.order) < 2 {
		return nil
	}
	top := []string{sl.order[0], sl.order[1]}
	if sl.first[top[0]] > sl.first[top[1]] {
		top[0], top[1] = top[1], top[0]
	}
	out := make([]Mention, 0, 2)
	for _, c := range top {
		m, ok := as(st.history[sl.first[c]])
		if !ok {
			return nil
		}
		out = append(out, m)
	}
	if out[0].Code == out[1].Code {
		return nil
	}
	return out
}

// outweigh returns, for a list of two that a pair phrase at i resolved
// to in the sentence before it, the story's pair (see storyPair) in its
// place when the article has named each of the pair more often than
// either member of the list: "Vietnam accused China ... Japan and the
// Philippines have raised similar complaints. ASEAN called on both
// sides" are Vietnam and China, the list is of bystanders. A list of
// the current sentence, or of actors of no country, stands; so does
// one whose members the story names as often as its pair.
func (st *state) outweigh(toks []model.Token, i, n int, kind string, found []Mention, as func(Mention) (Mention, bool)) []Mention {
	if len(found) != 2 {
		return found
	}
	for _, m := range found {
		if CountryOf(m.Code) == "" || st.namedHere(m.Antecedent) {
			return found
		}
	}
	sl := st.salienceAt(toks, i, n)
	if len(sl.order) < 2 {
		return found
	}
	weakest := sl.count[sl.order[1]]
	for _, m := range found {
		if sl.count[CountryOf(m.Code)] >= weakest {
			return found
		}
	}
	sp := st.storyPair(sl, func(a Mention) (Mention, bool) {
		m, ok := as(a)
		if ok && kind == "sides" {
			// A side is the country, not the agent it was first
			// named by ("Chinese coast guard ships").
			m.Code = CountryOf(m.Code)
		}
		return m, ok
	})
	if sp == nil {
		return found
	}
	return sp
}

// speakersOf reports that found, what a sides phrase at i resolved
// to, is a list of this sentence that opens it as its subject, before
// the phrase, and whose verb speaks of or to the sides: a verb of saying
// between them ("Egypt and Qatar said both sides had broken the truce")
// or a verb whose object the phrase is ("Egypt and Qatar urged both
// sides to talk"). Who speaks of the sides would say "we" or "each
// other" of themselves. A list inside the sentence ("Togo, which
// brokered talks between the neighbours, said both sides") is left
// alone.
func (st *state) speakersOf(toks []model.Token, i int, found []Mention) bool {
	if len(found) == 0 || i >= len(toks) {
		return false
	}
	start, end := toks[i].Start, 0
	for _, m := range found {
		if !st.namedHere(m.Antecedent) || m.Antecedent.End > toks[i].Start {
			return false
		}
		start, end = min(start, m.Antecedent.Start), max(end, m.Antecedent.End)
	}
	k := 0
	for ; k < i && toks[k].End <= start; k++ {
		if toks[k].UPOS != "DET" && !isPunct(toks[k]) {
			return false // not the sentence's subject
		}
	}
	for k < i && toks[k].Start < end {
		k++
	}
	if verbBetween(toks, k, i) {
		return true
	}
	for ; k < i; k++ {
		if reportWords[st.up[k]] {
			return true
		}
	}
	return false
}

// namedHere reports a mention of the current sentence at span.
func (st *state) namedHere(span model.Span) bool {
	for _, m := range st.history[st.curAt:] {
		if m.Span == span {
			return true
		}
	}
	return false
}

// verbBefore reports a verb among the tokens from lo to hi.
func verbBefore(toks []model.Token, lo, hi int) bool {
	for k := lo; k < hi && k < len(toks); k++ {
		if toks[k].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// governmentOf returns a function that makes of a mention of a country's
// actor, not a pronoun nor a place, that country's government as a
// description of n words at i: the leaders of a country the story names
// by any of its actors.
func governmentOf(i, n int) func(Mention) (Mention, bool) {
	return func(a Mention) (Mention, bool) {
		c := CountryOf(a.Code)
		if c == "" || a.Kind == Pronoun || a.place {
			return Mention{}, false
		}
		return describes(i, i+n, a, c+"GOV", c), true
	}
}

// countryLeaders makes a country's bare name in a list the government
// that "the two leaders" (n words at i) stands for: its leaders are
// its government's people. A pronoun, a place or an agent is none.
func countryLeaders(i, n int) func(Mention) (Mention, bool) {
	return func(a Mention) (Mention, bool) {
		c := CountryOf(a.Code)
		if c == "" || a.Code != c || a.Kind == Pronoun || a.place || a.Person {
			return Mention{}, false
		}
		m := describes(i, i+n, a, c+"GOV", c)
		return m, true
	}
}

// pairModifiers returns how many words from p, up to three, modify the
// pair noun after them ("the two former Soviet republics", "both
// nuclear-armed neighbours"): lower-case adjectives and participles for
// any pair noun, capitalised ones only before a noun of countries, since
// "both Peruvian ministers" are one country's two. It returns 0 where no
// pair noun follows them.
func (st *state) pairModifiers(toks []model.Token, p int) int {
	if _, ok := pairNouns[st.up[p]]; ok {
		return 0
	}
	capital := false
	k := p
	for ; k < len(toks) && k < p+3; k++ {
		t := toks[k]
		if t.UPOS != "ADJ" && t.UPOS != "PROPN" && !isParticiple(t) {
			break
		}
		capital = capital || isName(t)
	}
	if k == p || k >= len(toks) {
		return 0
	}
	kind, ok := pairNouns[st.up[k]]
	if !ok || capital && kind != "country" {
		return 0
	}
	return k - p
}

// pairInstitutions are the plural nouns (upper-case) of a state's
// bodies that, ending an agent after "the two" or "both", stand for
// each country's body ("the two border services", "both police
// forces", "the two coast guards"), not for two of its people ("the
// two soldiers", "both border guards" are one side's).
var pairInstitutions = map[string]bool{
	"SERVICES": true, "FORCES": true, "MINISTRIES": true, "AGENCIES": true, "NAVIES": true,
	"COAST GUARDS": true,
}

// pairInstitution returns the agent at p and its length when its last
// word is a pairInstitutions noun and its code a role after the
// country's ("~MIL"), else a zero Agent and 0.
func (st *state) pairInstitution(toks []model.Token, p int) (dict.Agent, int) {
	a, n, ok := st.r.d.AgentEntry(st.up[p:])
	if !ok || !strings.HasPrefix(a.Code, "~") || !isPlural(toks[p+n-1]) ||
		!pairInstitutions[st.up[p+n-1]] && !pairInstitutions[strings.Join(st.up[max(p, p+n-2):p+n], " ")] {
		return dict.Agent{}, 0
	}
	return a, n
}

// subjectAt reports a verb at k, after adverbs: what ends before k is
// its subject ("all sides agreed", "all sides have now agreed").
func subjectAt(toks []model.Token, k int) bool {
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k < len(toks) && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX")
}

// actsAt reports a verb at k, after adverbs and auxiliaries, of which
// what ends before k is the acting subject ("the two agreed", "the two
// have since met"); none of them a form of "be": "the two were
// released" are the ones acted on, and may be anyone's.
func actsAt(toks []model.Token, k int) bool {
	aux := false
	for k < len(toks) && (toks[k].UPOS == "ADV" || toks[k].UPOS == "AUX") {
		if toks[k].UPOS == "AUX" && copulas[strings.ToLower(toks[k].Form)] {
			return false
		}
		aux = aux || toks[k].UPOS == "AUX"
		k++
	}
	if k >= len(toks) || toks[k].UPOS != "VERB" || k+1 < len(toks) && toks[k+1].UPOS == "NOUN" {
		// "The two warring parties": a participle before a noun.
		return false
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return aux
}

// sidesWords are the nouns (upper-case) that, after "both" or "the two",
// name the two sides of the story ("both sides", "the two parties").
var sidesWords = map[string]bool{"SIDES": true, "PARTIES": true}

// sideWhere are the prepositions before "both sides" or "the two sides"
// that make it a where or a whence ("protesters on both sides", "shelling
// from both sides") rather than the parties; "on" right after a verb is
// its particle ("called on both sides").
var sideWhere = map[string]bool{
	"ON": true, "FROM": true, "ACROSS": true, "ALONG": true, "BETWEEN": true,
	"IN": true, "AT": true, "AMONG": true, "WITHIN": true,
}

// storySides reports "both sides" or "the two sides" (n words at i) that
// stand for the two parties of the story: not sides of something ("both
// sides of the aisle") nor a where ("fighting on both sides").
func (st *state) storySides(toks []model.Token, i, n int) bool {
	if j := i + n; j < len(toks) && (st.sidesOf(toks, j) || toks[j].UPOS == "NOUN") {
		return false
	}
	if i > 0 && sideWhere[st.up[i-1]] && (st.up[i-1] != "ON" || i < 2 || !strings.HasPrefix(toks[i-2].XPOS, "VB")) {
		return false
	}
	return true
}

// sidesOf reports an "of" at j after "sides" or "side" that names what
// they are sides of ("both sides of the border"), not the deed of an
// accusation ("accused both sides of violating the truce").
func (st *state) sidesOf(toks []model.Token, j int) bool {
	return j < len(toks) && st.up[j] == "OF" && (j+1 >= len(toks) || toks[j+1].XPOS != "VBG")
}

// keepPair records the two countries or governments a pair phrase of
// kind stood for (see state.pairs); the armed forces of "the two
// generals" or "the two militaries" are no pair of governments.
func (st *state) keepPair(kind string, found []Mention) {
	if kind == "armed" || kind == "military" || kind == "agent" || kind == "sides" || kind == "persons" || len(found) != 2 {
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

// otherSideWords reports whether the words at i are "the other side",
// which otherSide tests first: sentence tests it before calling
// otherSide (see at1).
func (st *state) otherSideWords(i int) bool {
	return i+2 < len(st.up) && st.up[i] == "THE" && st.up[i+1] == "OTHER" && st.up[i+2] == "SIDE"
}

// otherSide resolves "the other side" at i (not "the other side of ...")
// to the one of a pair of sides that this sentence has not named before
// it: the pair is the list of two actors of different countries named
// last in this sentence or the last ("Armenia and Azerbaijan held talks
// ... Armenia accused the other side" is AZE). It returns false where
// there is no such pair, or this sentence names neither or both sides.
func (st *state) otherSide(toks []model.Token, i int) (Mention, bool) {
	if !st.otherSideWords(i) {
		return Mention{}, false
	}
	if st.sidesOf(toks, i+3) {
		return Mention{}, false
	}
	// The last list of exactly two actors of different countries.
	k, h := -1, len(st.history)-1
	for ; h >= st.prevAt; h-- {
		k = h
		for k > 0 && st.history[k].conj {
			k--
		}
		if h-k+1 == 2 && !(k > 0 && st.history[k-1].listed && st.history[k].conj) {
			break
		}
		h = k
	}
	if h < st.prevAt || k < st.prevAt {
		return Mention{}, false
	}
	pair := st.history[k : h+1]
	var cs [2]string
	for j, a := range pair {
		cs[j] = CountryOf(a.Code)
		if a.Kind == Pronoun || a.place || cs[j] == "" {
			return Mention{}, false
		}
	}
	if cs[0] == cs[1] {
		return Mention{}, false
	}
	// The side this sentence named apart from the list.
	named := -1
	for j := max(st.curAt, 0); j < len(st.history); j++ {
		if j >= k && j <= h {
			continue
		}
		c := CountryOf(st.history[j].Code)
		for s := range cs {
			if c != cs[s] {
				continue
			}
			if named >= 0 && named != s {
				return Mention{}, false
			}
			named = s
		}
	}
	if named < 0 {
		return Mention{}, false
	}
	a := pair[1-named]
	m := describes(i, i+3, a, a.Code, CountryOf(a.Code))
	return m, true
}

// pairOffices resolves "the leaders of the two countries" (their
// presidents, foreign ministers, governments) at i to the governments of
// the countries that "the two countries" or "both nations" there stands
// for (see pair), at all these tokens; nil where it is no such phrase or
// the pair is not of countries ("the heads of both delegations" are
// already governments).
func (st *state) pairOffices(toks []model.Token, i int) []Mention {
	// The "of" comes at most five words on (the article, three
	// modifiers, the office): pair tries every word, and most have no
	// "of" that near, which spares them the look-ups below.
	if !slices.Contains(st.up[min(i+1, len(st.up)):min(i+6, len(st.up))], "OF") {
		return nil
	}
	j := i
	if j < len(toks) && st.up[j] == "THE" {
		j++
	}
	for j < len(toks) && j <= i+3 && officeModifiers[st.up[j]] {
		j++
	}
	heads := j < len(toks) && (st.up[j] == "HEADS" || st.up[j] == "CHIEFS")
	if j+2 >= len(toks) || !officeNouns[st.up[j]] && !heads || st.up[j+1] != "OF" {
		return nil
	}
	ps := st.pair(toks, j+2)
	widen := func(m *Mention) { m.Start, m.Head = i, j }
	out, ok := governments(ps, widen)
	if !ok && heads && len(ps) > 0 && ps[0].Agent != "" {
		// "The heads of the two border services": the heads of each
		// country's body act for it.
		out, ok = slices.Clone(ps), true
		for k := range out {
			widen(&out[k])
		}
	}
	if !ok {
		return nil
	}
	return out
}

// pairAgents resolves a plural agent of the countries that "the two
// countries" or "both nations" stands for (see pair): "officials from
// both countries", "the militaries of the two nations", "border guards
// of both countries" are each country's agents, one mention each, at
// all these tokens; nil where it is no such phrase or the pair is not
// of countries.
func (st *state) pairAgents(toks []model.Token, i int) []Mention {
	j := i
	if j < len(toks) && st.up[j] == "THE" {
		j++
	}
	if j >= len(toks) || toks[j].UPOS != "NOUN" {
		return nil
	}
	a, n, ok := st.r.d.AgentEntry(st.up[j:])
	if !ok || j+n+1 >= len(toks) || !isPlural(toks[j+n-1]) || st.up[j+n] != "OF" && st.up[j+n] != "FROM" {
		return nil
	}
	ps := st.pair(toks, j+n+1)
	if len(ps) == 0 {
		return nil
	}
	out := make([]Mention, 0, len(ps))
	for _, p := range ps {
		c := CountryOf(p.Code)
		if c == "" || p.Code != c {
			return nil
		}
		m := p
		m.Start, m.Head, m.Agent, m.plural = i, j+n-1, a.Phrase, true
		m.Actor.Code = dict.Combine(c, a.Code)
		out = append(out, m)
	}
	return out
}

// officesAfter extends the countries ps that pair resolved to the
// governments of their offices after a possessive ("the two nations'
// leaders", "both countries' foreign ministers"), at those tokens too;
// else it returns ps as they are.
func (st *state) officesAfter(toks []model.Token, ps []Mention) []Mention {
	k := ps[0].End
	if k >= len(toks) {
		return ps
	}
	switch st.up[k] {
	case "'S", "’S", "'", "’":
	default:
		return ps
	}
	k++
	for k < len(toks) && officeModifiers[st.up[k]] {
		k++
	}
	if k >= len(toks) || !officeNouns[st.up[k]] {
		return ps
	}
	out, ok := governments(ps, func(m *Mention) { m.End, m.Head = k+1, k })
	if !ok {
		return ps
	}
	return out
}

// governments turns the bare countries ps into their governments, each
// span widened by widen to the office words; ok is false, and out nil, if
// any of ps is not a bare country.
func governments(ps []Mention, widen func(*Mention)) (out []Mention, ok bool) {
	out = make([]Mention, 0, len(ps))
	for _, p := range ps {
		c := CountryOf(p.Code)
		if c == "" || p.Code != c {
			return nil, false
		}
		m := p
		widen(&m)
		m.Actor.Code = c + "GOV"
		out = append(out, m)
	}
	return out, true
}

// quoteSpoken returns, for "he" or "she" at i that says who spoke the
// quotation closed right before it ('"Bongo has ignored the courts,"
// she said'), the token where that quotation opens in the sentence, or
// 0 when it opened in a sentence before; -1 when i is no such speaker.
// The speaker is not a person the quotation names: news puts the
// speaker before the quotation, or names it in the sentence before.
func quoteSpoken(toks []model.Token, up []string, i int) int {
	if i < 2 || i+1 >= len(toks) || !reportWords[up[i+1]] {
		return -1
	}
	k := i - 1
	if toks[k].Form == "," {
		k-- // '”, she said'
	}
	if !closingQuote(toks[k].Form) {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if doubleQuote(toks[j].Form) {
			return j
		}
	}
	return 0
}

// closingQuote reports a double quotation mark that may close a
// quotation: a straight one, a right curly one or a closing pair of
// apostrophes.
func closingQuote(f string) bool { return f == "\"" || f == "\u201d" || f == "''" }

// doubleQuote reports any double quotation mark.
func doubleQuote(f string) bool { return closingQuote(f) || f == "\u201c" || f == "``" }

// describes is a description from token start to end, its head the last
// token, that stands for the antecedent a with the given code and
// country, keeping a's name and dictionary entry.
func describes(start, end int, a Mention, code, country string) Mention {
	m := Mention{Start: start, End: end, Head: end - 1, Kind: Description, Antecedent: a.Span}
	m.Actor = model.Actor{Code: code, Name: a.Name, Country: country, Entry: a.Entry}
	return m
}
