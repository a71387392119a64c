package event

import (
	"strings"

	"github.com/casus-project/casus/model"
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
