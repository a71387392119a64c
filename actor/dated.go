package actor

// Dated roles: which of an actor's roles held on the article's day.

import (
	"strings"
	"time"

	"github.com/casus-project/casus/dict"
)

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
// kind named before, so it never takes that one's country. one reports
// an agent that is a single person, a title (see lastAgentCountry).
func (st *state) bareCountry(code string, indefinite, one bool, i int) string {
	// "Brazil and Colombia called for dialogue between the government
	// and the opposition": a sentence that opens with a list of
	// countries names no one owner of a bare agent; the story's country,
	// led with the last sentence, is the likelier one.
	if st.curList && st.lead != "" && !st.r.Local {
		if c := st.lastAgentCountry(code, one); c != "" && !strings.Contains(code, "GOV") && !indefinite {
			return c
		}
		return st.lead
	}
	if st.cur != "" && strings.Contains(code, "GOV") {
		return st.cur
	}
	// "Sudan's army and the RSF met in Ankara. The army chief said...":
	// a bare agent of a kind named earlier with its country is that
	// country's, before the country that led the last sentence.
	if !strings.Contains(code, "GOV") && !indefinite {
		if c := st.lastAgentCountry(code, one); c != "" {
			return c
		}
		// "Armenian police detained protesters ... In Baku, a
		// spokesman said ... Opposition leader Arman Petrosyan called
		// for new elections": a country's opposition is one, its
		// leader of the protesters and parties named before with their
		// country, not of the country the last sentence led with.
		if one && oppositionAgent(code) && st.cur == "" {
			if c := st.lastOppositionCountry(); c != "" {
				return c
			}
		}
	}
	// "Protesters in Tbilisi clashed with riot police", "Pakistani
	// militants attacked a police station": an agent that acts, or is
	// acted on as an institution, is of the country its own sentence
	// names first; civilians and people, more often the victims of that
	// country, keep the country of the story.
	// "Uganda said police in Kenya arrested protesters": in what a
	// verb of saying reports, the country that clause names first.
	if st.reportCur != "" && i > st.reportAt && !st.r.Local && !civilianAgent(code) {
		return st.reportCur
	}
	if st.cur != "" && !st.r.Local && !civilianAgent(code) {
		return st.cur
	}
	// "ASUNCION - ... Brazil's state power company will invest ...
	// Senators accused the president of waste": a legislature's members,
	// named before any country of their sentence, are of the story's
	// dateline country where the article has named it, the politics the
	// story reports, not of the country the last sentence led with.
	// (Protesters there may be another country's: TestHomeBeforeLead.)
	if st.cur == "" && !st.r.Local && !indefinite && strings.Contains(code, "LEG") && st.homeNamed() {
		return st.home
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
	// "SKOPJE - Thousands of people marched through Skopje against
	// Bulgaria's demand ... Protesters burned a Bulgarian flag": before
	// any sentence has led with a country, an agent that opens its
	// sentence is of the story's dateline, where the article has named
	// that country, not of the last country named.
	if st.homeNamed() {
		return st.home
	}
	return st.country
}

// homeNamed reports that the story has a dateline country (home) and
// that a mention so far, not a pronoun, has named it.
func (st *state) homeNamed() bool {
	if st.home == "" {
		return false
	}
	for _, m := range st.history {
		if m.Country == st.home && m.Kind != Pronoun {
			return true
		}
	}
	return false
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
