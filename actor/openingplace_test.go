package actor

import "testing"

// townCountries is a gazetteer of two towns no actor dictionary lists,
// for Resolver.Places.
// "Tarvo" is a town of Peru and of Bolivia, Peru's the larger.
func townCountries(words []string, hint string) (string, int) {
	switch words[0] {
	case "Zorvala":
		return "PER", 1
	case "Quellpo":
		return "BOL", 1
	case "Ilvik":
		return "DNKGRL", 1
	case "Tarvo":
		if hint == "BOL" {
			return "BOL", 1
		}
		return "PER", 1
	}
	return "", 0
}

// TestOpeningPlace checks that people named after the place a sentence
// opens with ("In Zorvala, ...") are that place's country's, whether the
// dictionaries know the place or only a gazetteer (Resolver.Places)
// does, rather than the country the last sentence led with; that a
// place only a gazetteer knows, named after "in" behind the people,
// places them too; and that an opening that is no place is left alone.
func TestOpeningPlace(t *testing.T) {
	r := New(dicts(t))
	r.Places = townCountries
	tests := []lastCase{
		{"a town only the gazetteer knows",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "In/ADP {Zorvala} ,/PUNCT rebel/NOUN leaders/NOUN/NNS said/VERB they/PRON would/AUX fight/VERB"},
			"rebel leaders=PERREB|they=PERREB"},
		{"a government after a town only the gazetteer knows",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "In/ADP {Quellpo} ,/PUNCT the/DET government/NOUN said/VERB"},
			"government=BOLGOV"},
		{"civilians in a town of a people the dictionaries know",
			[]string{"Chile accused/VERB Peru of/ADP spying/NOUN", "In/ADP the/DET Peruvian/ADJ port/NOUN town/NOUN of/ADP {Vexomar} ,/PUNCT residents/NOUN/NNS blocked/VERB a/DET road/NOUN"},
			"Peruvian=PER|residents=PERCVL"},
		{"a town only the gazetteer knows after in",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "Protesters/NOUN/NNS rallied/VERB in/ADP {Zorvala}"},
			"Protesters=PEROPP"},
		{"protesters another country's troops detain in the town",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "In/ADP {Zorvala} ,/PUNCT Chilean/ADJ troops/NOUN/NNS detained/VERB protesters/NOUN/NNS"},
			"Chilean troops=CHLMIL|protesters=PEROPP"},
		{"a town of two countries in a story on one of them",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "Farmers/NOUN/NNS rallied/VERB in/ADP {Tarvo}"},
			"Farmers=BOLAGR"},
		{"a town in a story that names no country",
			[]string{"The/DET mayor/NOUN resigned/VERB", "In/ADP {Zorvala} ,/PUNCT rebel/NOUN leaders/NOUN/NNS said/VERB they/PRON would/AUX fight/VERB"},
			"rebel leaders=REB"},
		{"an opening that is no place",
			[]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "In/ADP a/DET statement/NOUN ,/PUNCT rebel/NOUN leaders/NOUN/NNS said/VERB they/PRON would/AUX fight/VERB"},
			"rebel leaders=CHLREB|they=CHLREB"},
	}
	checkLast(t, r, tests)
}

// TestTerritoryPlace checks that people placed in a territory's town
// take the territory's code and keep its state as their country, as a
// mention of the territory's own name does.
func TestTerritoryPlace(t *testing.T) {
	r := New(dicts(t))
	r.Places = townCountries
	text, sents, ents := document([]string{"Chile accused/VERB Bolivia of/ADP theft/NOUN", "Protesters/NOUN/NNS rallied/VERB in/ADP {Ilvik}"})
	ms := r.Resolve(sents, ents, day2022)
	last := ms[len(ms)-1]
	if len(last) != 1 || last[0].Code != "DNKGRLOPP" || last[0].Country != "DNK" {
		t.Fatalf("got %q %+v, want one DNKGRLOPP of DNK", spelled(text, last), last)
	}
}
