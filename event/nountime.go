package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// timedDeedNouns (upper-case lemmas) name deeds of a time of their own
// besides eventNoun's: a time before them dates them, not the verb that
// names them ("condemned the 1990s conflict", "criticised the March 2020
// fighting", "recalled last year's coup").
var timedDeedNouns = map[string]bool{
	"WAR": true, "CLASH": true, "CONFLICT": true, "FIGHTING": true, "MASSACRE": true,
	"GENOCIDE": true, "COUP": true, "UPRISING": true, "CRISIS": true,
}

// fightsNoun reports a verb at v of waging or fighting, whose object (a
// war, a conflict) is its own deed, so that a time before that object
// dates the verb: "Peru and Bolivia fought the 1990s war". "FOUGHT" is
// read as a word: the lemmatizer gives "fink" for it.
func fightsNoun(toks []model.Token, v int) bool {
	switch strings.ToUpper(toks[v].Lemma) {
	case "FIGHT", "WAGE":
		return true
	}
	return strings.EqualFold(toks[v].Form, "fought")
}

// bareYear returns a year written alone before the noun at k, among the
// words [lo, k) of its phrase ("the 2008 war between Russia and
// Georgia"), as a time expression of that year, which package when does
// not read there (a bare number may be anything but a year). The year
// must be 1800 or later ("an 1859 boundary treaty") and not after the
// article's.
func (a *article) bareYear(toks []model.Token, lo, k int) (when.Expression, bool) {
	for j := lo; j < k; j++ {
		t := toks[j]
		if t.XPOS != "CD" || len(t.Form) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.Form)
		if err != nil || y < 1800 || !a.ref.IsZero() && y > a.ref.Year() {
			continue
		}
		from := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		return when.Expression{
			Span: model.Span{Start: t.Start, End: t.End}, Text: t.Form,
			From: from, To: from.AddDate(1, 0, -1), Precision: when.Year,
			Reason: "year (" + t.Form + ") before the noun",
		}, true
	}
	return when.Expression{}, false
}
