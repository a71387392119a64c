package actor

import (
	"strings"
	"testing"
)

// TestOfficialReHome checks that a titled official the text gives no
// country, who took the country the story was last on, is of the
// story's home when a mention of the official acts on that country by
// name (see reHomeOfficials), with every mention of the official; and
// that the official keeps the country with no home, when the country is
// only what the official reports, or when the deed is another's, on
// another country or on the country's agents.
func TestOfficialReHome(t *testing.T) {
	r := New(dicts(t))
	seized := "Chilean/ADJ coast/NOUN guards/NOUN seized/VERB Peruvian/ADJ trawlers/NOUN"
	for _, tt := range []struct {
		name  string
		sents []string
		home  string
		want  string // the mentions after the first sentence
	}{
		{"a second verb joined by and", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] said/VERB the/DET seizure/NOUN was/AUX illegal/ADJ and/CCONJ called/VERB on/ADP Chile to/PART act/VERB",
			"She/PRON added/VERB that/SCONJ talks/NOUN were/AUX possible/ADJ"},
			"PER", "Foreign Minister Ana Lind=PERGOV|Chile=CHL / She=PERGOV"},
		{"the verb right after", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] urged/VERB Chile to/PART act/VERB"},
			"PER", "Foreign Minister Ana Lind=PERGOV|Chile=CHL"},
		{"a pronoun's deed moves the official", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] spoke/VERB on/ADP Monday",
			"She/PRON accused/VERB Chile of/ADP piracy/NOUN"},
			"PER", "Foreign Minister Ana Lind=PERGOV / She=PERGOV|Chile=CHL"},
		{"no home", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] urged/VERB Chile to/PART act/VERB"},
			"", "Foreign Minister Ana Lind=CHLGOV|Chile=CHL"},
		{"home is the country acted on", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] urged/VERB Chile to/PART act/VERB"},
			"CHL", "Foreign Minister Ana Lind=CHLGOV|Chile=CHL"},
		{"another country acted on", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] said/VERB the/DET seizure/NOUN was/AUX lawful/ADJ and/CCONJ urged/VERB Bolivia to/PART act/VERB"},
			"PER", "Foreign Minister Ana Lind=CHLGOV|Bolivia=BOL"},
		// What she reports of her country is no deed on it.
		{"the country reported", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] said/VERB Chile would/AUX act/VERB"},
			"PER", "Foreign Minister Ana Lind=CHLGOV|Chile=CHL"},
		// A verb of saying after "and" reports, as one right after her.
		{"the country reported after and", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] spoke/VERB and/CCONJ said/VERB Chile would/AUX act/VERB"},
			"PER", "Foreign Minister Ana Lind=CHLGOV|Chile=CHL"},
		// Her own country's agents are not the country itself.
		{"an agent of the country acted on", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] praised/VERB Chilean/ADJ police/NOUN"},
			"PER", "Foreign Minister Ana Lind=CHLGOV|Chilean police=CHLCOP"},
		// The verb after "and" has a subject of its own: the
		// marines, not the minister, struck Chile.
		{"another's deed", []string{seized,
			"Foreign/ADJ Minister [Ana Lind] said/VERB marines/NOUN landed/VERB and/CCONJ they/PRON struck/VERB Chile"},
			"PER", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			ms := r.ResolveHome(sents, ents, day2022, nil, tt.home)
			var got []string
			for _, m := range ms[1:] {
				got = append(got, strings.Join(spelled(text, m), "|"))
			}
			g := strings.Join(got, " / ")
			if tt.want == "" {
				if strings.Contains(g, "Ana Lind=PERGOV") {
					t.Errorf("%q (home %q): %q, want the minister not PERGOV", tt.sents, tt.home, g)
				}
				return
			}
			if g != tt.want {
				t.Errorf("%q (home %q): %q, want %q", tt.sents, tt.home, g, tt.want)
			}
		})
	}
}

// TestHomeBeforeLead checks that, before any sentence has led with a
// country, a bare agent that opens its sentence is of the story's
// dateline country where the article has named it, not of the last
// country named (see homeNamed); and that it is not where there is no
// home, the article has not named home, or a sentence led with a
// country before.
func TestHomeBeforeLead(t *testing.T) {
	r := New(dicts(t))
	marched := "Thousands/NOUN of/ADP people/NOUN marched/VERB through/ADP Lima against/ADP Chile 's/PART demand/NOUN"
	burned := "Protesters/NOUN burned/VERB a/DET flag/NOUN"
	for _, tt := range []struct {
		name  string
		sents []string
		home  string
		want  string // the last sentence's mentions
	}{
		{"home named in the lede", []string{marched, burned}, "PER", "Protesters=PEROPP"},
		{"no home", []string{marched, burned}, "", "Protesters=CHLOPP"},
		{"home not named", []string{
			"Thousands/NOUN of/ADP people/NOUN marched/VERB through/ADP Santiago against/ADP Bolivia 's/PART demand/NOUN", burned},
			"PER", "Protesters=BOLOPP"},
		{"a sentence led with a country", []string{
			"Chile rejected/VERB Peru 's/PART demand/NOUN", burned},
			"PER", "Protesters=CHLOPP"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			ms := r.ResolveHome(sents, ents, day2022, nil, tt.home)
			if g := strings.Join(spelled(text, ms[len(ms)-1]), "|"); g != tt.want {
				t.Errorf("%q (home %q): %q, want %q", tt.sents, tt.home, g, tt.want)
			}
		})
	}
}
