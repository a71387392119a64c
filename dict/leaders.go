package dict

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Leader tables, by file name, as Build finds them in ../shared/data.
const (
	WikidataHeadsFile = "wikidata_heads_2026.csv"
	FactbookFile      = "factbook_executives_2026-01.csv"
)

// Leader is one head of state or government in office for a time.
type Leader struct {
	Name    string // upper-case words, diacritics removed
	Country string // CAMEO country code
	Office  string // "Prime Minister of Albania"
	Start   Day    // first day in office (1 January when only the year is known)
	End     Day    // first day out of office; zero while in office
	// Approx reports that Start is only known to the year.
	Approx bool
	Source string // the table(s) it came from
}

// LeaderNote records a decision taken while adding leaders, for the build
// log.
type LeaderNote struct {
	Leader Leader
	Note   string
}

// countryCodes maps normalised country names to CAMEO country codes.
type countryCodes map[string]string

// readCountryCodes reads GDELT's CAMEO.country.txt (CODE<TAB>LABEL).
func readCountryCodes(r io.Reader) (countryCodes, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	m := countryCodes{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("country codes: %w", err)
		}
		if len(rec) < 2 || len(rec[0]) != 3 || rec[0] == "CODE" {
			continue
		}
		m[countryKey(rec[1])] = rec[0]
	}
	// Names the leader tables spell differently from CAMEO.country.txt.
	for name, code := range map[string]string{
		"brunei": "BRN", "colombia": "COL", "eswatini": "SWZ", "federated states of micronesia": "FSM",
		"kingdom of denmark": "DNK", "kingdom of the netherlands": "NLD", "kosovo": "KSV", // Phoenix's code (KOSOVO_ [KSV])
		"north macedonia": "MKD", "palestine": "PSE", "people's republic of china": "CHN",
		"republic of the congo": "COG", "congo (brazzaville)": "COG", "drc": "COD", "sao tome and principe": "STP",
		"the bahamas": "BHS", "the gambia": "GMB", "timor-leste": "TMP", "cabo verde": "CPV",
		"cote d'ivoire": "CIV", "burma": "MMR", "czechia": "CZE", "macau": "MAC",
		"holy see (vatican city)": "VAT", "saint kitts and nevis": "KNA", "the dominican": "DOM",
	} {
		m[name] = code
	}
	return m, nil
}

// countryKey folds a country name for comparison.
func countryKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ToLower(foldASCII(s))), " "))
}

// foldASCII removes diacritics (via key) but keeps case information
// lost; callers lower-case as needed.
func foldASCII(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = key(w)
	}
	return strings.Join(f, " ")
}

var qidRE = regexp.MustCompile(`^Q[0-9]+$`)

// readWikidataHeads reads wikidata_heads_2026.csv: countryid, country,
// position, positionLabel, officeholder, officeholderLabel, start_year,
// end_year. Rows without a start year, or that ended before minYear, are
// left out (and reported in notes); a row with a bare QID as label comes
// out without a name (reported too), for its country.
func readWikidataHeads(r io.Reader, cc countryCodes, minYear int) ([]Leader, []LeaderNote, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	var out []Leader
	var notes []LeaderNote
	head := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", WikidataHeadsFile, err)
		}
		if head {
			head = false
			continue
		}
		if len(rec) < 8 {
			continue
		}
		l := Leader{Name: foldASCII(rec[5]), Office: rec[3], Source: WikidataHeadsFile, Approx: true}
		code, ok := cc[countryKey(rec[1])]
		if !ok {
			notes = append(notes, LeaderNote{l, "country " + rec[1] + " has no CAMEO code; skipped"})
			continue
		}
		l.Country = code
		if qidRE.MatchString(rec[5]) {
			// Kept nameless: its country is still a sovereign state
			// whose Factbook people mergeLeaders takes.
			notes = append(notes, LeaderNote{l, "no English label; skipped (the Factbook may name them)"})
			l.Name = ""
			out = append(out, l)
			continue
		}
		sy, err := strconv.Atoi(rec[6])
		if err != nil || sy < 1900 || sy > 2100 {
			notes = append(notes, LeaderNote{l, "no usable start year; skipped"})
			continue
		}
		l.Start = Day(sy*10000 + 101)
		if rec[7] != "" {
			ey, err := strconv.Atoi(rec[7])
			if err != nil || ey < sy {
				notes = append(notes, LeaderNote{l, "bad end year; skipped"})
				continue
			}
			if ey < minYear {
				continue
			}
			l.End = Day((ey+1)*10000 + 101)
		}
		out = append(out, l)
	}
	return out, notes, nil
}

// factbookPerson is one office-holder named in the Factbook.
type factbookPerson struct {
	Given, Surname string // upper case, folded
	Since          Day
	Text           string
	// Represented marks a head of state represented in the country by
	// someone else (a monarch of several realms, a co-prince).
	Represented bool
}

var sinceRE = regexp.MustCompile(`\(since (?:(\d{1,2}) ([A-Za-z]+) )?(\d{4})\b`)

// titleWords are the words of office titles that come before names in
// the Factbook.
var titleWords = map[string]bool{
	"SIR": true, "JR.": true, "JR": true, "SR.": true, // honorifics and suffixes: not names
	"PRESIDENT": true, "PRIME": true, "MINISTER": true, "KING": true, "QUEEN": true, "EMIR": true, "AMIR": true,
	"SULTAN": true, "CHANCELLOR": true, "SUPREME": true, "LEADER": true, "PREMIER": true, "CHAIRMAN": true,
	"CHAIRWOMAN": true, "CHIEF": true, "EXECUTIVE": true, "GOVERNOR": true, "GENERAL": true, "HEAD": true,
	"STATE": true, "GOVERNMENT": true, "CROWN": true, "PRINCE": true, "PRINCESS": true, "GRAND": true,
	"DUKE": true, "CO-PRINCE": true, "CAPTAIN": true, "CAPTAINS": true, "REGENT": true, "INTERIM": true,
	"TRANSITIONAL": true, "ACTING": true, "FEDERAL": true, "COUNCIL": true, "VICE": true, "POPE": true,
	"EMPEROR": true, "OF": true, "THE": true, "AND": true, "CHAIR": true, "PRESIDENTIAL": true, "DEPUTY": true,
	"FIRST": true, "SECRETARY": true, "PARTY": true, "COMMUNIST": true, "MONARCH": true, "SOVEREIGN": true,
	"MILITARY": true, "JUNTA": true, "COLONEL": true, "LIEUTENANT": true, "BRIGADIER": true, "MAJOR": true,
	"GEN.": true, "COL.": true, "LT.": true, "ADMIRAL": true, "MARSHAL": true, "CAPT.": true, "GEN": true,
}

// readFactbook reads factbook_executives_2026-01.csv and returns the
// people named with a "(since ...)" date, by CAMEO country code.
func readFactbook(r io.Reader, cc countryCodes) (map[string][]factbookPerson, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	out := map[string][]factbookPerson{}
	head := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", FactbookFile, err)
		}
		if head {
			head = false
			continue
		}
		if len(rec) < 5 {
			continue
		}
		code, ok := cc[countryKey(rec[2])]
		if !ok {
			continue
		}
		for _, field := range rec[3:5] {
			rep := strings.Contains(strings.ToLower(field), "represented by") || strings.Contains(strings.ToLower(field), "co-prince")
			for _, seg := range splitOutside(field, ';') {
				seg = strings.TrimSpace(seg)
				if strings.HasPrefix(strings.ToLower(seg), "represented by") {
					continue
				}
				if p, ok := parseFactbookPerson(seg); ok {
					p.Represented = rep
					out[code] = append(out[code], p)
				}
			}
		}
	}
	return out, nil
}

// parseFactbookPerson reads "Prime Minister Edi RAMA (since 10 September
// 2013)": the given names are the capitalised words before the upper-case
// surname that are not title words.
func parseFactbookPerson(seg string) (factbookPerson, bool) {
	m := sinceRE.FindStringSubmatchIndex(seg)
	if m == nil {
		return factbookPerson{}, false
	}
	y, _ := strconv.Atoi(seg[m[6]:m[7]])
	since := Day(y*10000 + 101)
	if m[2] >= 0 {
		d, _ := strconv.Atoi(seg[m[2]:m[3]])
		t, err := time.Parse("January", seg[m[4]:m[5]])
		if err != nil {
			return factbookPerson{}, false
		}
		since = Day(y*10000 + int(t.Month())*100 + d)
	}
	ws := strings.Fields(seg[:m[0]])
	// The surname: the last run of upper-case words (RAMA, AL THANI). A
	// second, maternal surname after it in ordinary case ("Gustavo
	// Francisco PETRO Urrego") is left out, as news names the person
	// ("Gustavo Petro"); a name written surname first ("XI Jinping")
	// has no given names before the upper-case word and stays unread.
	end := len(ws)
	trail := 0
	for trail < 2 && end-trail-1 >= 1 && !isUpperWord(ws[end-trail-1]) && isCapitalised(ws[end-trail-1]) && !titleWords[strings.ToUpper(ws[end-trail-1])] {
		trail++
	}
	if trail > 0 && isUpperWord(ws[end-trail-1]) {
		end -= trail
	}
	start := end
	for start > 0 && isUpperWord(ws[start-1]) {
		start--
	}
	if start == end {
		return factbookPerson{}, false
	}
	g := start
	for g > 0 {
		w := ws[g-1]
		if titleWords[strings.ToUpper(w)] || isUpperWord(w) || w == "" || !isCapitalised(w) {
			break
		}
		g--
	}
	if end < len(ws) && g == start {
		// No given names before the upper-case word: a name written
		// surname first ("XI Jinping"), unread as before.
		return factbookPerson{}, false
	}
	p := factbookPerson{
		Given:   foldASCII(strings.Join(ws[g:start], " ")),
		Surname: foldASCII(strings.Join(ws[start:end], " ")),
		Since:   since,
		Text:    seg,
	}
	return p, p.Surname != ""
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2 || (letters == 1 && len(w) == 1 && false)
}

func isCapitalised(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80)
}

// mergeLeaders refines Wikidata's years with the Factbook's days, ends a
// term where the next holder of the office begins, drops open terms the
// Factbook of January 2026 contradicts, and adds Factbook people Wikidata
// has no label for.
func mergeLeaders(wd []Leader, fb map[string][]factbookPerson) ([]Leader, []LeaderNote) {
	var notes []LeaderNote
	// Only states Wikidata lists (sovereign states) take Factbook people;
	// dependencies name their sovereign's head of state.
	sovereign := map[string]bool{}
	for _, l := range wd {
		sovereign[l.Country] = true
	}
	used := map[*factbookPerson]bool{}
	// Person names appearing for several countries (a monarch of many
	// realms) are not coded as any one government.
	seen := map[string]map[string]bool{}
	for c, ps := range fb {
		if !sovereign[c] {
			continue
		}
		for _, p := range ps {
			if p.Represented {
				continue
			}
			k := p.Given + " " + p.Surname
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			seen[k][c] = true
		}
	}
	var out []Leader
	for _, l := range wd {
		if l.Name == "" {
			continue // an office without a label: only its country counts
		}
		var match *factbookPerson
		ps := fb[l.Country]
		for i := range ps {
			if sameSurname(l.Name, ps[i].Surname) {
				match = &ps[i]
				break
			}
		}
		if match != nil {
			used[match] = true
			if y := int(match.Since) / 10000; y >= int(l.Start)/10000-1 && y <= int(l.Start)/10000+1 {
				l.Start = match.Since
				l.Approx = false
				l.Source = WikidataHeadsFile + "; start from " + FactbookFile
			}
		} else if l.End == 0 && len(ps) > 0 && l.Start < 20250101 {
			notes = append(notes, LeaderNote{l, "open term not confirmed by the Factbook of January 2026; skipped"})
			continue
		}
		out = append(out, l)
	}
	// End a term where the next holder of the same office starts, when
	// that falls in the term's last year.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Office != out[j].Office {
			return out[i].Office < out[j].Office
		}
		return out[i].Start < out[j].Start
	})
	for i := range out {
		if out[i].End == 0 || i+1 >= len(out) || out[i+1].Office != out[i].Office {
			continue
		}
		if next := out[i+1].Start; next/10000 == out[i].End/10000-1 && next > out[i].Start {
			out[i].End = next
		}
	}
	codes := make([]string, 0, len(fb))
	for c := range fb {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		if !sovereign[c] {
			continue
		}
		for i := range fb[c] {
			p := &fb[c][i]
			if used[p] || p.Given == "" || p.Represented {
				continue
			}
			name := p.Given + " " + p.Surname
			l := Leader{Name: name, Country: c, Office: p.Text, Start: p.Since, Source: FactbookFile}
			if len(seen[name]) > 1 {
				notes = append(notes, LeaderNote{l, "named for several countries; skipped"})
				continue
			}
			if dup := findLeader(out, name, c); dup {
				continue
			}
			out = append(out, l)
		}
	}
	// A term Wikidata ends only by the year ends on the day the Factbook's
	// holder of the same office took it that year (Ivan Duque, President
	// of Colombia to 2022, until Gustavo Petro, President since 7 August
	// 2022).
	for i := range out {
		t := &out[i]
		if t.Source != WikidataHeadsFile || t.End == 0 || int(t.End)%10000 != 101 {
			continue
		}
		title, _, ok := strings.Cut(t.Office, " of ")
		if !ok || title == "" {
			continue
		}
		for _, n := range out {
			if n.Source == FactbookFile && n.Country == t.Country && n.Start > t.Start && n.Start < t.End &&
				int(n.Start)/10000 == int(t.End)/10000-1 && strings.HasPrefix(strings.ToLower(n.Office), strings.ToLower(title)+" ") {
				notes = append(notes, LeaderNote{*t, fmt.Sprintf("term ended on %s, when %s took the office", n.Start, n.Name)})
				t.End = n.Start
				break
			}
		}
	}
	return out, notes
}

func findLeader(ls []Leader, name, country string) bool {
	for _, l := range ls {
		if l.Name == name && l.Country == country {
			return true
		}
	}
	return false
}

// splitOutside splits s at sep where it is not inside parentheses.
func splitOutside(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// sameSurname reports whether a word of the Factbook surname (four
// letters or more, hyphenated parts counted apart) is a word of name:
// "PEDRO SANCHEZ" and "SANCHEZ PEREZ-CASTEJON", "DENIS SASSOU-NGUESSO"
// and "SASSOU-NGUESSO".
func sameSurname(name, surname string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' })
	}
	nw := split(name)
	for _, w := range split(surname) {
		if len(w) < 3 {
			continue
		}
		for _, x := range nw {
			if x == w || len(w) >= 6 && len(x) >= 6 && editDistance(x, w) <= 2 {
				return true
			}
		}
	}
	return false
}

// editDistance is the Levenshtein distance of two ASCII words, used to
// let transliterations meet (KHACHATRYAN, KHACHATURYAN).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// addLeaders adds leaders' government roles to entries: to the entry
// already holding the leader's name, before its undated fallback roles
// (so existing dated roles keep precedence), or to a new entry with an
// undated ELI (elite) fallback. A role already covered by the same code
// is not added; an overlap with a different dated code is added after
// the existing one and noted. It returns the entries, the number of new
// entries and new roles, and notes.
func addLeaders(entries []*Entry, leaders []Leader) ([]*Entry, int, int, []LeaderNote) {
	byName := map[string]*Entry{}
	for _, e := range entries {
		byName[e.Name] = e
		for _, s := range e.Synonyms {
			byName[s] = e
		}
	}
	var notes []LeaderNote
	newEntries, newRoles := 0, 0
	for _, l := range leaders {
		if l.Name == "" || l.Country == "" {
			continue
		}
		role := Role{Code: l.Country + "GOV", Start: l.Start, End: l.End, Source: l.Source}
		e := byName[l.Name]
		if e == nil {
			e = &Entry{Name: l.Name, Source: l.Source, Roles: []Role{{Code: l.Country + "ELI", Source: l.Source}}}
			if ws := strings.Fields(l.Name); len(ws) > 2 {
				short := ws[0] + " " + ws[len(ws)-1]
				if byName[short] == nil {
					e.Synonyms = append(e.Synonyms, short)
					byName[short] = e
				}
			}
			entries = append(entries, e)
			byName[l.Name] = e
			newEntries++
		}
		for _, v := range append(surnameVariants(l.Name), nameVariants(l.Name)...) {
			if byName[v] == nil {
				e.Synonyms = append(e.Synonyms, v)
				byName[v] = e
			}
		}
		if c, ok := e.Code(role.Start); ok && c == role.Code {
			if rc, ok2 := datedCode(e, role.Start); ok2 && rc == c {
				continue // already known
			}
		}
		at := len(e.Roles)
		for i, r := range e.Roles {
			if !r.Dated() {
				at = i
				break
			}
		}
		if rc, ok := datedCode(e, role.Start); ok && rc != role.Code {
			// An open-ended role in the same country that began before
			// the office is the dictionaries' snapshot of an earlier
			// post (Mark Carney, [CANGOVBUS >080201] as governor of the
			// Bank of Canada, prime minister since 2025-03-14): the
			// office, dated by the tables, comes first. A role in
			// another country (Charles III of the United Kingdom, then
			// of the Bahamas) is kept first.
			if i := openRoleAt(e, role.Start); i >= 0 && len(rc) >= 3 && rc[:3] == l.Country {
				at = i
				notes = append(notes, LeaderNote{l, fmt.Sprintf("existing entry %s codes %s on %s with an open-ended role from %s; %s added before it", e, rc, role.Start, e.Roles[i].Start, role.Code)})
			} else {
				notes = append(notes, LeaderNote{l, fmt.Sprintf("existing entry %s codes %s on %s; kept first, %s added after it", e, rc, role.Start, role.Code)})
			}
		}
		e.Roles = append(e.Roles[:at], append([]Role{role}, e.Roles[at:]...)...)
		newRoles++
	}
	return entries, newEntries, newRoles, notes
}

// surnameVariants returns name (and its first-and-last short form when it
// has more words) with the last word's final Y, YY, IY, YI or I written
// in each of the other ways, for a surname of six letters or more that
// ends in SK or TSK before it ("VOLODYMYR ZELENSKYY" is also written
// "VOLODYMYR ZELENSKY"); nil for any other name.
func surnameVariants(name string) []string {
	// The spellings of a Slavic surname's final vowel that English text
	// uses interchangeably, longest first.
	translitEndings := [...]string{"YY", "IY", "YI", "Y", "I"}
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return nil
	}
	last := ws[len(ws)-1]
	stem, end := "", ""
	for _, x := range translitEndings {
		if strings.HasSuffix(last, x) {
			stem, end = strings.TrimSuffix(last, x), x
			break
		}
	}
	if end == "" || len(last) < 6 || !strings.HasSuffix(stem, "SK") {
		return nil
	}
	heads := []string{strings.Join(ws[:len(ws)-1], " ")}
	if len(ws) > 2 {
		heads = append(heads, ws[0])
	}
	var out []string
	for _, h := range heads {
		for _, x := range translitEndings {
			if x != end || h != heads[0] {
				out = append(out, h+" "+stem+x)
			}
		}
	}
	return out
}

// openRoleAt returns the index of e's first dated role that covers d,
// when that role has no end and began before d; -1 otherwise.
func openRoleAt(e *Entry, d Day) int {
	for i, r := range e.Roles {
		if r.Dated() && r.Covers(d) {
			if r.End == 0 && r.Start != 0 && r.Start < d {
				return i
			}
			return -1
		}
	}
	return -1
}

// nameVariants returns the spellings of a leader's name that differ only
// in a hyphen, as the tables and the press write East Asian given names
// ("KIM JONG-UN" is also "Kim Jong Un"; "LEE JAE MYUNG" is also "Lee
// Jae-myung"): the name with its hyphens as spaces, and a name of three
// words or more without one with its last two words hyphenated.
func nameVariants(name string) []string {
	if strings.Contains(name, "-") {
		return []string{strings.Join(strings.Fields(strings.ReplaceAll(name, "-", " ")), " ")}
	}
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return nil
	}
	return []string{strings.Join(ws[:len(ws)-2], " ") + " " + ws[len(ws)-2] + "-" + ws[len(ws)-1]}
}

// datedCode is Entry.Code restricted to dated roles.
func datedCode(e *Entry, d Day) (string, bool) {
	for _, r := range e.Roles {
		if r.Dated() && r.Covers(d) {
			return r.Code, true
		}
	}
	return "", false
}
