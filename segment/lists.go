package segment

import "strings"

// The lists below were compiled by looking at UD English EWT train
// (tokens that keep their period, hyphenated words that stay whole, words
// that start sentences) and completed by hand with abbreviations common in
// news (titles, months, US states, company suffixes). They are read-only.

// abbrevKind classifies a word that keeps its period.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevTitle precedes a name or number and never ends a sentence:
	// "Gen.", "Dr.", "Sept." (before a day), "No." (before a number).
	abbrevTitle
	// abbrevEnd may end a sentence: "Inc.", "U.S.", "etc.", "p.m.".
	abbrevEnd
)

// abbrevs maps an abbreviation without its period, as written, to its kind.
var abbrevs = func() map[string]abbrevKind {
	m := make(map[string]abbrevKind)
	for _, w := range strings.Fields(titleAbbrevs) {
		m[w] = abbrevTitle
	}
	for _, w := range strings.Fields(endAbbrevs) {
		m[w] = abbrevEnd
	}
	return m
}()

const titleAbbrevs = `
Mr Mrs Ms Messrs Mme Mmes Dr Drs Prof Profs Gen Gens Col Lt Sgt Capt Cpl Pvt Maj Adm Cmdr Cdr Brig Gov Govs
Sen Sens Rep Reps Rev Fr Msgr Sra Srta Pres Supt Hon Amb Atty Insp Det Supt Cmdr Comdr Ald Mgr Gov
St Ste Mt Ft Pt
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
vs v cf viz approx c ca e.g i.e eg ie Fig fig Figs figs Eq Eqs Ch Sec Art Vol vol Vols pp Pp Ref ref Nr
`

const endAbbrevs = `
Inc Corp Co Cos Ltd Bros Plc PLC Pty Assn Assoc Dept Univ Inst Intl Natl Gov't Jr Jnr Sr Snr Esq
etc al Mon Tue Tues Wed Thu Thur Thurs Fri Sat
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr
Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wisc Wyo Ont Que Alta Sask
Ave Rd Hwy Blvd Sq Str Apt
mins hrs yrs Attn Arrv dept est incl esp misc min max tel Tel ext Ext
`

// numberAbbrevs keep their period only before a number: "No. 5".
func numberAbbrev(w string) bool {
	switch w {
	case "No", "no", "Nos", "nos", "Nr", "nr", "Pt", "Ch", "Art", "Sec", "Fig", "fig", "Vol", "vol", "pp":
		return true
	}
	return false
}

// hyphenPrefix reports whether part (lower or title case) is a prefix that
// stays attached to the rest of its word: non-profit, e-mail, mid-July.
func hyphenPrefix(part string) bool {
	var buf [6]byte
	if len(part) > len(buf) {
		return false
	}
	for i := 0; i < len(part); i++ {
		c := part[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(part)]) {
	case "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex",
		"sub", "semi", "cross", "neo", "psycho", "socio", "counter", "intra", "inter", "micro",
		"macro", "un", "de", "bi", "tri", "extra", "ultra", "mega", "mini", "meta", "trans",
		"pan", "para", "quasi", "super", "hyper", "infra", "auto", "agro", "geo", "euro":
		return true
	}
	return false
}

// starters holds common words that often begin a sentence, in lower case.
// An abbreviation that may end a sentence ends one when the next word is
// one of these, capitalised.
var starters = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(starterWords) {
		m[w] = true
	}
	return m
}()

const starterWords = `
the it we they if this you he she in thanks please my there a an but and what do as so when that how
also thank after however no let can at for on here is these all by yes then now to not our well are
with just your any some even from have since many should their his although will according once
another while maybe first where did very anyway both or see does sorry because would most
unfortunately hey more why never everything be everyone finally those over its last who other could
before again which her perhaps actually otherwise during has recently had sometimes only under despite
almost whether unless instead each usually was thus until every within yet whatever given must either
upon without nothing today certainly further indeed though none neither anyone i meanwhile earlier
later still among officials police one two three four five six several most such were last next
mr mrs ms dr
`

// abbrevAt returns the kind of the word w when a period follows it;
// digitNext reports whether a number follows the period after a space.
func abbrevAt(w string, digitNext bool) abbrevKind {
	if numberAbbrev(w) {
		if digitNext {
			return abbrevTitle
		}
		return notAbbrev
	}
	if k := abbrevs[w]; k != notAbbrev {
		return k
	}
	if k := abbrevs[titleCase(w)]; k != notAbbrev && len(w) > 1 {
		return k // GEN., INC.
	}
	if len(w) == 1 {
		if 'A' <= w[0] && w[0] <= 'Z' {
			return abbrevEnd // an initial
		}
		return notAbbrev
	}
	// Letters with inner periods: U.S, a.m, e.g, Ph.D.
	if strings.IndexByte(w, '.') < 0 {
		return notAbbrev
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if n == 0 {
				return notAbbrev
			}
			n = 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			n++
			if n > 3 {
				return notAbbrev
			}
		default:
			return notAbbrev
		}
	}
	return abbrevEnd
}

// titleCase returns an all-capital ASCII word with all but its first letter
// in lower case ("GEN" -> "Gen"), or "" for any other word.
func titleCase(w string) string {
	if len(w) < 2 || len(w) > 8 {
		return ""
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return ""
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// lowStarters are lower-case words that begin sentences in careless
// writing; a lower-case word after a period ends the sentence only if it is
// one of these.
var lowStarters = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`i i'm i've i'll i'd you we they he she it the this that there what why how
	just plus also please let thanks thank anyway btw`) {
		m[w] = true
	}
	return m
}()
