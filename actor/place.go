package actor

// Places: capitals, cities and regions as actors or as where an actor is,
// and venues.

import (
	"strings"

	"github.com/casus-project/casus/model"
)

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
	return ok && en.Kind == model.Location && countryItself(&m) &&
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

// placeAhead returns the country of the first place the words from token
// i on name after "in" ("rallied in Nairobi", "in the Netherlands"), a
// country or a city the dictionaries code as one that the names model
// calls a place, before any punctuation; else "". A territory's place
// gives the territory's code ("DNKGRL" for Nuuk), which an agent joins
// (DNKGRLCVL) though its country stays the state's (CountryOf).
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
		// "in northern Nigeria", "in far western Chad", "in rural
		// Kenya" read as "in Nigeria": a compass word before the name
		// is no place.
		for j+1 < len(st.up) && (compass[st.up[j]] || beforePlace[st.up[j]]) {
			j++
		}
		code, e, _, ok := st.actor(st.up[j:])
		if !ok {
			if c, _ := st.gazetteerPlace(j); c != "" {
				return c
			}
			continue
		}
		if code == "---" {
			continue
		}
		if en, ok := st.entity(j); ok && en.Kind == model.Location {
			if c := st.dated(code, &e); isCountryCode(c) || territory(c) {
				return c
			}
		}
	}
	return ""
}

// gazetteerPlace returns the country code of a place the dictionaries do
// not know that begins at token j ("Tiraspol"), as Resolver.Places finds
// it, and the tokens that name it: only for a name the names model calls
// a place and that begins there, and only when the whole name is the
// gazetteer's (not "Reading" of "Reading Football Club"), in a story
// that has named a country or has a dateline, whose country is
// preferred; else "" and 0.
func (st *state) gazetteerPlace(j int) (string, int) {
	// A story that has named no country, and has no dateline, is
	// likelier local news than a foreign one ("In Springfield, police
	// said"): a town's name alone does not make its people a state's.
	if st.r.Places == nil || j >= len(st.words) || st.country == "" && st.home == "" {
		return "", 0
	}
	en, ok := st.entity(j)
	if !ok || en.Kind != model.Location || (j > 0 && st.entAt[j-1] == st.entAt[j]) {
		return "", 0
	}
	k := j
	for k < len(st.entAt) && st.entAt[k] == st.entAt[j] {
		k++
	}
	hint := st.country
	if hint == "" {
		hint = st.home
	}
	c, n := st.r.Places(st.words[j:k], hint)
	if n != k-j || !(isCountryCode(c) || territory(c)) {
		return "", 0
	}
	return c, n
}

// openingPlace reads a sentence that opens with "In" and a place before
// its first comma ("In Tiraspol, separatist leader Vadim Krasnoselsky
// said", "In the Senegalese fishing town of Kafountine, relatives of
// the detained men blocked the road"): it returns the country of that
// place, a country or city the dictionaries code or, failing them, one
// the names model finds and the gazetteer knows (gazetteer is then
// true), and the token after the comma. The people the sentence goes on
// to name are where it says (see placedAgent). It returns "" when the
// opening names no place, names other actors or the places of two
// countries, or has a verb or a number ("In 2020", "In a statement
// issued on Monday").
func (st *state) openingPlace(toks []model.Token) (country string, end int, gazetteer bool) {
	if len(toks) < 4 || st.up[0] != "IN" {
		return "", 0, false
	}
	for k := 1; k < len(toks) && k <= 12; {
		if st.words[k] == "," {
			if country == "" {
				return "", 0, false
			}
			return country, k + 1, gazetteer
		}
		if u := toks[k].UPOS; u == "VERB" || u == "AUX" || u == "NUM" || u == "PRON" || isPunct(toks[k]) {
			return "", 0, false
		}
		c, n, gaz := "", 0, false
		if code, e, m, ok := st.actor(st.up[k:]); ok && code != "---" {
			c, n = st.dated(code, &e), m
			if !isCountryCode(c) && !territory(c) {
				return "", 0, false
			}
		} else if g, m := st.gazetteerPlace(k); g != "" {
			c, n, gaz = g, m, true
		}
		switch {
		case c != "":
			if country != "" && country != c {
				return "", 0, false
			}
			country, gazetteer = c, gazetteer || gaz
			k += n
		case toks[k].Form == strings.ToLower(toks[k].Form):
			k++
		case st.entAt[k] >= 0 && st.ents[st.entAt[k]].Kind == model.Location:
			// A place no one knows ("the town of Kafountine").
			k++
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// beforePlace are the upper-case words besides compass that may stand
// between "in" and a place's name (placeAhead).
var beforePlace = map[string]bool{
	"NORTH-EASTERN": true, "NORTH-WESTERN": true, "SOUTH-EASTERN": true, "SOUTH-WESTERN": true,
	"FAR": true, "RURAL": true, "NEIGHBOURING": true, "NEIGHBORING": true,
}

// backedWords are the upper-case participles that, after a name and a
// hyphen, make the name a backer of what follows ("Iranian-backed").
var backedWords = map[string]bool{
	"BACKED": true, "LED": true, "BASED": true, "FUNDED": true, "SPONSORED": true,
	"SUPPORTED": true, "ALLIED": true, "ALIGNED": true, "ARMED": true, "TRAINED": true,
	"CONTROLLED": true, "HELD": true, "RUN": true, "OWNED": true, "AFFILIATED": true,
	"DOMINATED": true, "INSPIRED": true, "FINANCED": true, "BROKERED": true,
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
	if !m.Capital || m.Kind != Named || !countryItself(m) || m.place {
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
	if m.Kind != Named || m.Agent != "" || !(m.Capital || countryItself(&m) || st.seat(m)) {
		return false
	}
	k := m.Start - 1
	if k > 0 && st.up[k] == "THE" {
		k--
	}
	if k < 0 {
		return false
	}
	if passagePreps[st.up[k]] {
		return true
	}
	switch st.up[k] {
	case "IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "AROUND":
		return true
	}
	return false
}

// passagePreps are the upper-case prepositions of passage ("across",
// "via", "throughout"): a name right after one is where something went
// or spread, never a party to it. located reads them for a country's or
// capital's name; destinationList reads them, with "into" and "through",
// for any mention.
var passagePreps = map[string]bool{"ACROSS": true, "VIA": true, "THROUGHOUT": true}

// seat reports an organisation's name that the entities give as a
// place, a city that stands for the organisation seated there
// ("Brussels" for the EU): "talks in Brussels" name where, not who.
func (st *state) seat(m Mention) bool {
	en, ok := st.entity(m.Start)
	return ok && en.Kind == model.Location && strings.HasPrefix(m.Code, "IGO")
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

// europeListedWords reports whether the word at i is "Europe", which
// europeListed tests first: at1 tests it before calling europeListed
// (see at1).
func (st *state) europeListedWords(toks []model.Token, i int) bool {
	return st.up[i] == "EUROPE" && toks[i].Form == "Europe"
}

// europeListed matches "Europe" at i listed with two countries or more
// ("trade partners including Europe, Japan and Canada"): among states it
// is the European Union (IGOEUREEC), not the continent, which no actor
// code names. Anywhere else, and paired with one country only ("the U.S.
// and Europe are improving their defence"), it is a place or a region
// and no actor.
func (st *state) europeListed(toks []model.Token, i int) (Mention, bool) {
	if !st.europeListedWords(toks, i) {
		return Mention{}, false
	}
	n := 0
	// Countries listed before it, each ending right before a separator.
	pos := i
	for h := len(st.history) - 1; h >= st.curAt && h >= 0; h-- {
		k := listSeparator(st.up, pos)
		if k < 0 || st.history[h].End != k || st.history[h].Kind != Named || !isCountryCode(st.history[h].Code) {
			break
		}
		n++
		pos = st.history[h].Start
	}
	// Countries listed after it.
	for j := i + 1; j < len(toks); {
		k := j
		for k < len(toks) && k < j+2 && (st.up[k] == "," || st.up[k] == "AND" || st.up[k] == "OR") {
			k++
		}
		if k == j || k >= len(toks) {
			break
		}
		code, _, w, ok := st.actor(st.up[k:])
		if !ok || !isCountryCode(code) {
			break
		}
		n++
		j = k + w
	}
	if n < 2 {
		return Mention{}, false
	}
	m := Mention{Start: i, End: i + 1, Head: i, Kind: Named}
	m.Code, m.Name, m.Entry = "IGOEUREEC", "EUROPEAN UNION", "Europe listed with countries: the European Union"
	return m, true
}

// listSeparator returns, for a list member starting at token pos, the
// token after the member before it: pos less the separator (",", "and",
// "or", ", and"); -1 when none stands before pos.
func listSeparator(up []string, pos int) int {
	k := pos
	for k > 0 && k > pos-2 && (up[k-1] == "," || up[k-1] == "AND" || up[k-1] == "OR") {
		k--
	}
	if k == pos {
		return -1
	}
	return k
}

// countryItself reports a mention of a country itself ("Peru", PER),
// with no sector after its code: not one of its agents or people.
func countryItself(m *Mention) bool {
	return len(m.Code) == 3 && m.Code == m.Country
}

// isCountryCode reports a code that is a country itself ("JPN"), with no
// sector after it.
func isCountryCode(code string) bool {
	return len(code) == 3 && CountryOf(code) == code
}

// predicateDemonym reports a lone demonym said of someone after a form
// of "be" ("I'm Peruvian", "he is Chilean", "being an American"): it
// tells what someone is, names no actor, and a country read from it
// would act for a private writer or speaker.
func predicateDemonym(toks []model.Token, m Mention) bool {
	if m.End-m.Start != 1 || len(m.Code) != 3 || m.Start == 0 {
		return false
	}
	if m.End < len(toks) {
		switch toks[m.End].UPOS {
		case "NOUN", "PROPN", "ADJ":
			return false // "is Peruvian police", "is a Chilean company"
		}
	}
	j := m.Start - 1
	// "being an American": a person called by the demonym, which the
	// tagger may take for a noun; a bare noun after "is" ("the buyer is
	// China") names a country.
	article := strings.EqualFold(toks[j].Form, "a") || strings.EqualFold(toks[j].Form, "an")
	if article {
		j--
	}
	switch toks[m.Start].UPOS {
	case "ADJ":
	case "PROPN", "NOUN":
		if !article {
			return false
		}
	default:
		return false
	}
	return j >= 0 && isBe(toks[j])
}

// personsOrigin reports a country named as where a person comes from,
// after "from" and a form of "be" whose subject is a personal pronoun
// ("i am from mexico", "he is originally from Chile"): it tells who the
// person is and names no actor, as a predicate demonym does.
func personsOrigin(toks []model.Token, m Mention) bool {
	if !countryItself(&m) {
		return false
	}
	j := m.Start - 1
	if j < 0 || !strings.EqualFold(toks[j].Form, "from") {
		return false
	}
	j--
	if j >= 0 && toks[j].UPOS == "ADV" {
		j-- // "originally", "also"
	}
	if j < 1 || !isBe(toks[j]) {
		return false
	}
	return personalPronouns[strings.ToLower(toks[j-1].Form)]
}

// personalPronouns are the lower-case subject pronouns of persons.
var personalPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "you": true, "they": true}

// isBe reports a form of "be", by its lemma or, untagged, its form.
func isBe(t model.Token) bool {
	if strings.EqualFold(t.Lemma, "be") {
		return true
	}
	switch strings.ToLower(t.Form) {
	case "am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re":
		return true
	case "'s":
		return t.UPOS == "AUX"
	}
	return false
}

// destinationList reports, for a mention that starts at i, one that a
// sentence names only as where things went, through or among: right
// after "into", "across", "via", "through" or "throughout", or after a
// dash, a colon or "such as" that spells out a plural noun of such a
// preposition or of "to", "from" or "in" ("were sent to several
// countries -- Peru, Chile", "from neighbouring states such as Peru").
// A list so named is no party to what the next sentence says of
// "they"; after "to" or "from" alone it may be ("wrote to Peru and
// Chile. They replied"), so those count only with the spelled-out noun.
func destinationList(toks []model.Token, up []string, i int) bool {
	k := i - 1
	if k >= 0 && up[k] == "THE" {
		k--
	}
	if k < 0 {
		return false
	}
	if passagePreps[up[k]] {
		return true
	}
	switch up[k] {
	case "INTO", "THROUGH":
		return true
	case "--", "\u2014", ":":
		k--
	case "AS":
		if k == 0 || up[k-1] != "SUCH" {
			return false
		}
		k -= 2
	default:
		return false
	}
	if k < 0 || toks[k].UPOS != "NOUN" || !strings.HasSuffix(up[k], "S") {
		return false
	}
	for k >= 0 && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "DET" || toks[k].UPOS == "NUM") {
		k--
	}
	if k < 0 {
		return false
	}
	switch up[k] {
	case "TO", "INTO", "FROM", "IN", "ACROSS", "THROUGHOUT", "AMONG":
		return true
	}
	return false
}

// goneVerbs are the lemmas (upper-case) of verbs for people who move or
// are moved to or from a place, so that every tense counts ("flee",
// "flees", "fled"), and their past forms for a token the tagger left
// without a lemma.
var goneVerbs = map[string]bool{
	"FLEE": true, "MOVE": true, "TRAVEL": true, "SEND": true, "TAKE": true,
	"SMUGGLE": true, "TRAFFIC": true, "DEPORT": true, "MIGRATE": true,
	"EMIGRATE": true, "FLY": true, "TRANSPORT": true, "RELOCATE": true,
	"RESETTLE": true, "EVACUATE": true, "ESCAPE": true, "GO": true,
	"COME": true, "RETURN": true, "BRING": true,
	"FLED": true, "MOVED": true, "TRAVELLED": true, "TRAVELED": true,
	"SENT": true, "TAKEN": true, "SMUGGLED": true, "TRAFFICKED": true, "DEPORTED": true,
	"MIGRATED": true, "EMIGRATED": true, "FLOWN": true, "TRANSPORTED": true,
	"RELOCATED": true, "RESETTLED": true, "EVACUATED": true, "ESCAPED": true, "WENT": true,
	"CAME": true, "RETURNED": true, "BROUGHT": true,
}

// movedTo reports, for a mention that starts at i, a place that people
// of no named country, the subject of its clause, went to or came from
// ("The orphans were sent to Peru and Chile", "Thousands of migrants
// fled to Chile"): a verb of moving right before "to", "from", "into"
// or "in" and the mention, and before the verb a plural noun and no
// mention but agents of no known country (out). "They" in the next
// sentence is those people, not the places; where an actor moves
// something ("Peru sent troops to Bolivia") or a verb of another kind
// takes the list ("wrote to Peru and Chile"), the list stays a party.
func movedTo(toks []model.Token, up []string, i int, out []Mention) bool {
	k := i - 1
	if k >= 0 && up[k] == "THE" {
		k--
	}
	if k < 1 {
		return false
	}
	switch up[k] {
	case "TO", "FROM", "INTO", "IN":
	default:
		return false
	}
	k--
	for k > 0 && toks[k].UPOS == "ADV" {
		k--
	}
	if toks[k].UPOS != "VERB" || !goneVerbs[strings.ToUpper(toks[k].Lemma)] && !goneVerbs[up[k]] {
		return false
	}
	for _, m := range out {
		if m.Start < k && (m.Kind != Agent || m.Country != "" || m.owner != "") {
			return false
		}
	}
	for j := 0; j < k; j++ {
		if toks[j].UPOS == "NOUN" && (toks[j].XPOS == "NNS" || strings.HasSuffix(up[j], "S")) {
			return true
		}
	}
	return false
}

// cityWords reports a name of several words that the dictionaries code
// as a country but that names a city of it ("Kuala Lumpur", "Addis
// Ababa", "New Delhi", "St. Petersburg"): every word is capitalised and
// none is a word of the country's own name, unlike "South Korea", nor an
// abbreviation ("U.S.") but "St.", Saint, which begins cities' names
// ("St. John's"); and it is no other name of a whole country ("Great
// Britain", "Ivory Coast").
func (st *state) cityWords(toks []model.Token, m Mention, country string) bool {
	for i := m.Start; i < m.End; i++ {
		w, f := st.up[i], toks[i].Form
		if strings.Contains(country, w) || countryHeads[w] || isPlural(toks[i]) || abbreviation(f) && f != "St." {
			return false
		}
		if !capitalised(f) && (i == m.Start || !cityParticles[f]) {
			return false
		}
	}
	return true
}

// cityParticles are the lower-case words inside a city's name ("Dar es
// Salaam", "Rio de Janeiro").
var cityParticles = map[string]bool{"es": true, "de": true, "do": true, "da": true, "al": true, "el": true, "la": true}

// countryHeads are upper-case words of a whole country's other names,
// which no city's name has ("Great Britain", "the Ivory Coast").
var countryHeads = map[string]bool{
	"BRITAIN": true, "COAST": true, "REPUBLIC": true, "KINGDOM": true, "STATES": true,
	"EMIRATES": true, "ISLANDS": true, "UNION": true, "FEDERATION": true,
}
