package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeScope returns the place a sentence opens with ("Near Mosul, three
// strikes engaged ...", "In Syria, coalition forces conducted 15
// strikes"), in upper case, when the event's code is force (18-20) and
// the sentence counts strikes (countsStrikes), else "". A daily strike
// report gives each place a line of its own: force used there is a deed
// of its own, not the lead's told again, and the article keeps one event
// per place (eventKey). A news story that opens a paragraph with a place
// ("In Aleppo, Syrian troops attacked rebel positions on Monday") most
// often tells its lead's deed again, so without a count the place keeps
// nothing apart. Words, statements and other acts are the same deed
// wherever a sentence places them.
func placeScope(code, sentence string) string {
	if !force(code) {
		return ""
	}
	if p := frontedPlace(sentence); p != "" && countsStrikes(sentence) {
		return p
	}
	return strikePlace(sentence)
}

// countsStrikes reports whether a sentence counts strikes, as the lines
// of a strike report do: a number right before a noun of force
// (strikeNouns), or before "air" and that noun ("three strikes", "12 air
// strikes", "one strike"). An article counts nothing: a news paragraph
// that opens with a place and "launched an attack" tells its lead's deed
// again.
func countsStrikes(sentence string) bool {
	words := strings.Fields(strings.ToLower(sentence))
	for i, w := range words {
		if !strikeNouns[strings.TrimRight(w, ",.;:")] {
			continue
		}
		j := i - 1
		if j > 0 && words[j] == "air" {
			j--
		}
		if j >= 0 && countWord(words[j]) {
			return true
		}
	}
	return false
}

// countWord reports a lower-case word that counts: digits, a number word
// up to twenty, "several" or "multiple".
func countWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789,") == "" {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "several", "multiple":
		return true
	}
	return false
}

// strikeNouns are the nouns (lower case) of force whose place a phrase
// right after them names ("strikes in Syria").
var strikeNouns = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "attack": true, "attacks": true,
}

// strikePlace returns the place, upper-cased, that "in" or "near" names
// right after the first noun of force in a sentence ("Countries that have
// conducted strikes in Iraq include ..."), else "": the same countries'
// strikes in Syria, told in the next sentence, are others.
func strikePlace(sentence string) string {
	words := strings.Fields(sentence)
	for i := 0; i+2 < len(words); i++ {
		if !strikeNouns[strings.ToLower(words[i])] {
			continue
		}
		if !placePreps[strings.ToLower(words[i+1])] {
			return ""
		}
		var place []string
		for _, w := range words[i+2:] {
			w = strings.TrimRight(w, ",.;:")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(place) == 6 {
				break
			}
			place = append(place, strings.ToUpper(w))
		}
		return strings.Join(place, " ")
	}
	return ""
}

// placePreps open a place phrase at the head of a sentence.
var placePreps = map[string]bool{"in": true, "near": true, "around": true, "outside": true}

// placeJoiners are the lower-case words a place name may hold ("Dayr az
// Zawr", "Sidi el Barrani") or that join two places ("Syria and Iraq").
var placeJoiners = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "az": true, "ash": true, "de": true, "of": true, "and": true}

// frontedPlace returns the words of a place phrase a sentence opens with,
// upper-cased and joined by spaces, else "": a preposition of place
// ("In", "Near", "Around", "Outside"), after a list bullet and one
// opening adverb ("Additionally in Iraq,"), then up to six words, each
// capitalised or a joiner (placeJoiners), and a comma. A year or a time
// ("In 2015,", "In March,") is no place; nor is a phrase of lower-case
// words ("In response,").
func frontedPlace(sentence string) string {
	s := strings.TrimLeft(sentence, " \t.-*•·")
	words := strings.Fields(s)
	if len(words) > 0 && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(words[0], ",")), "ly") && len(words) > 1 && placePreps[strings.ToLower(words[1])] {
		words = words[1:]
	}
	if len(words) < 2 || !placePreps[strings.ToLower(words[0])] {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(words[1]); !unicode.IsUpper(r) {
		return ""
	}
	var place []string
	for _, w := range words[1:] {
		if len(place) == 6 {
			return ""
		}
		last := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !placeJoiners[w] {
			return ""
		}
		place = append(place, strings.ToUpper(w))
		if last {
			break
		}
	}
	if len(place) == 0 || monthOrDay(place[0]) {
		return ""
	}
	if !strings.HasSuffix(strings.Join(words[1:len(place)+1], " "), ",") {
		return ""
	}
	return strings.Join(place, " ")
}

// monthOrDay reports an upper-case word that names a month or a weekday,
// which opens a phrase of time, not of place ("In March,").
func monthOrDay(w string) bool {
	switch w {
	case "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
		"OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.", "AUG.",
		"SEPT.", "SEP.", "OCT.", "NOV.", "DEC.", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
		"FRIDAY", "SATURDAY", "SUNDAY":
		return true
	}
	return false
}
