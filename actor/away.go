package actor

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// This file holds the countries a titled person the dictionaries do not
// place is seen to go to or to meet, which fillCountry does not give
// them: a government's release announces its own officials' travel
// ("Special Envoy Ana Lind will travel to Peru and Chile") and meetings
// ("The Prime Minister and President Lula discussed trade") without
// naming their country, while the countries they go to and the leaders
// they meet are named, often more than their own.

// travelWords are the verb forms (upper-case) by which a person goes to
// the country named after them ("will travel to Peru", "visited Chile").
var travelWords = map[string]bool{
	"TRAVEL": true, "TRAVELS": true, "TRAVELED": true, "TRAVELLED": true, "TRAVELING": true, "TRAVELLING": true,
	"VISIT": true, "VISITS": true, "VISITED": true, "VISITING": true,
}

// returnWords are the verb forms (upper-case) by which an envoy goes back
// to the country of the post ("the ambassador is returning to Syria");
// anyone else returns as often home.
var returnWords = map[string]bool{
	"RETURN": true, "RETURNS": true, "RETURNED": true, "RETURNING": true,
}

// destinations returns the countries that the person of mention k of
// sentence s (ms its mentions) goes to by a verb of its own clause
// ("Envoy Ana Lind has finished her talks and will travel to Peru and to
// Chile next week": PER and CHL). Between the person and the verb there
// is no verb of saying nor a relative word, so the verb is the person's
// own, not what someone they speak of or a person they describe does;
// the countries are those named right after it, joined by "and", commas
// and "to", up to the next verb or a word that leaves the list ("from
// Bolivia", "with Chilean officials").
func destinations(s *model.Sentence, ms []Mention, k int) []string {
	m := ms[k]
	toks := s.Tokens
	if m.End > len(toks) || toks[m.Start].XPOS == "PRP$" {
		// A possessive ("his talks") is no subject.
		return nil
	}
	for v := m.End; v < len(toks); v++ {
		w := strings.ToUpper(toks[v].Form)
		if reportWords[w] || clauseEnd(w) || w == "WHO" || w == "WHICH" || w == "THAT" {
			return nil
		}
		if toks[v].UPOS != "VERB" && toks[v].UPOS != "NOUN" && toks[v].UPOS != "PROPN" {
			continue
		}
		if !travelWords[w] && !(returnWords[w] && diplomatic(m.Agent)) {
			continue
		}
		return countriesAfter(toks, ms, v+1)
	}
	return nil
}

// clauseEnd reports a token (upper-case) that ends the clause a subject
// governs.
func clauseEnd(w string) bool {
	return w == ";" || w == ":" || w == "." || w == "?" || w == "!"
}

// countriesAfter returns the countries of the mentions of ms named from
// token i on, after a verb of travel: "to Peru", "Peru and Chile",
// "to Lima, Peru, on Monday and to Chile", up to a verb, the clause's end
// or a preposition other than "to" and "in" ("from Bolivia", "with its
// president").
func countriesAfter(toks []model.Token, ms []Mention, i int) []string {
	var out []string
	for j := i; j < len(toks); j++ {
		w := strings.ToUpper(toks[j].Form)
		if clauseEnd(w) || toks[j].UPOS == "VERB" || toks[j].UPOS == "AUX" || toks[j].UPOS == "PRON" ||
			toks[j].UPOS == "ADP" && w != "TO" && w != "IN" || toks[j].UPOS == "SCONJ" {
			break
		}
		h := holdingMention(ms, j)
		if h < 0 {
			continue
		}
		n := ms[h]
		if n.Country == "" || n.Kind == Pronoun || n.Person || n.Agent != "" {
			break
		}
		out = append(out, n.Country)
		j = n.End - 1
	}
	return out
}

// holdingMention returns the index of the mention of ms that holds token
// j, -1 for none.
func holdingMention(ms []Mention, j int) int {
	for h, m := range ms {
		if m.Start <= j && j < m.End {
			return h
		}
	}
	return -1
}

// meetWords are the verb forms (upper-case) by which two people named as
// one subject meet ("The Prime Minister and President Lula met").
var meetWords = map[string]bool{
	"MET": true, "MEET": true, "DISCUSSED": true, "DISCUSS": true, "TALKED": true,
	"HELD": true, "HOLD": true, "SPOKE": true, "SIGNED": true,
}

// meetsWith returns the country of the leader named by name right after
// the person of mention k of s, joined to them by "and" as the subject of
// a verb of meeting ("The Prime Minister and President Lula discussed
// trade"): two people who meet are two sides, not one country's. It is
// "" when there is none.
func meetsWith(s *model.Sentence, ms []Mention, k int) string {
	if k+1 >= len(ms) {
		return ""
	}
	m, n := ms[k], ms[k+1]
	toks := s.Tokens
	if n.Kind != Named || !n.Person || n.Country == "" || n.Start != m.End+1 || n.End >= len(toks) || toks[m.End].UPOS != "CCONJ" || !strings.EqualFold(toks[m.End].Form, "and") {
		return ""
	}
	v := n.End
	for v < len(toks) && (toks[v].UPOS == "ADV" || toks[v].UPOS == "AUX") {
		v++
	}
	if v >= len(toks) || !meetWords[strings.ToUpper(toks[v].Form)] {
		return ""
	}
	return n.Country
}
