package actor

import "testing"

// TestWhereToList checks that a plural "they" or "them" does not stand
// for a list the last sentence named only as where people went, through
// or among (after "through", or spelling out "to several countries" with
// a dash or "such as"), while a list that is a subject, or that received
// something ("sent letters to Chile and Bolivia"), is still its antecedent.
func TestWhereToList(t *testing.T) {
	tests := []lastCase{
		{"a dash spells out where they were sent",
			[]string{"The/DET students/NOUN/NNS were/AUX sent/VERB to/ADP several/ADJ countries/NOUN/NNS --/PUNCT Peru ,/PUNCT Chile and/CCONJ Bolivia", "Many/ADJ of/ADP them/PRON later/ADV criticised/VERB Ecuador"},
			"Ecuador=ECU"},
		{"such as spells out where they moved",
			[]string{"Workers/NOUN/NNS moved/VERB to/ADP neighbouring/ADJ states/NOUN/NNS such/ADJ as/ADP Chile and/CCONJ Bolivia", "They/PRON later/ADV criticised/VERB Peru"},
			"Peru=PER"},
		{"a colon spells out where they came from",
			[]string{"The/DET recruits/NOUN/NNS came/VERB from/ADP three/NUM countries/NOUN/NNS :/PUNCT Chile ,/PUNCT Bolivia and/CCONJ Paraguay", "They/PRON praised/VERB Peru"},
			"Peru=PER"},
		// located already makes a list after "across" places; the
		// case stays, and "through", which only destinationList
		// reads, is the one that fails without it.
		{"travelled across a list",
			[]string{"The/DET refugees/NOUN/NNS travelled/VERB across/ADP Peru and/CCONJ Chile", "They/PRON asked/VERB Argentina for/ADP asylum/NOUN"},
			"Argentina=ARG"},
		{"travelled through a list",
			[]string{"The/DET refugees/NOUN/NNS travelled/VERB through/ADP Peru and/CCONJ Chile", "They/PRON asked/VERB Argentina for/ADP asylum/NOUN"},
			"Argentina=ARG"},
		// pluralBefore passes over such a list for the one actor named
		// after it.
		{"a list passed through before one actor",
			[]string{"Smugglers/NOUN/NNS moved/VERB the/DET cargo/NOUN through/ADP Peru and/CCONJ Chile ,/PUNCT but/CCONJ Ecuador seized/VERB it/PRON", "They/PRON thanked/VERB Argentina"},
			"They=ECU|Argentina=ARG"},
		{"a list that is the subject",
			[]string{"Peru ,/PUNCT Chile and/CCONJ Bolivia met/VERB in/ADP {Lima}", "They/PRON agreed/VERB to/PART help/VERB Ecuador"},
			"They=PER|They=CHL|They=BOL|Ecuador=ECU"},
		{"a list that received letters",
			[]string{"Peru sent/VERB letters/NOUN/NNS to/ADP Chile and/CCONJ Bolivia", "They/PRON rejected/VERB the/DET proposal/NOUN"},
			"They=CHL|They=BOL"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestMovedTo checks that a plural "they" after people of no named
// country went to or came from a list does not stand for the list, while
// an actor that moved something there, or a list written to, still is.
func TestMovedTo(t *testing.T) {
	tests := []lastCase{
		{"orphans sent to a list",
			[]string{"The/DET orphans/NOUN/NNS were/AUX sent/VERB to/ADP Peru and/CCONJ Chile", "Years/NOUN/NNS later/ADV ,/PUNCT many/ADJ of/ADP them/PRON criticised/VERB Ecuador"},
			"Ecuador=ECU"},
		{"workers who fled back from a list",
			[]string{"Hundreds/NOUN/NNS of/ADP workers/NOUN/NNS fled/VERB back/ADV from/ADP Chile and/CCONJ Bolivia", "They/PRON accused/VERB Peru of/ADP abuse/NOUN"},
			"Peru=PER"},
		// The tagger's lemma lets every tense count.
		{"migrants who flee to a list, present tense",
			[]string{"Many/ADJ migrants/NOUN/NNS flee/VERB/VBP/flee to/ADP Chile and/CCONJ Bolivia", "They/PRON asked/VERB Peru for/ADP help/NOUN"},
			"Peru=PER"},
		{"a crowd that flees to a list",
			[]string{"A/DET crowd/NOUN of/ADP refugees/NOUN/NNS often/ADV flees/VERB/VBZ/flee to/ADP Chile and/CCONJ Bolivia", "They/PRON thanked/VERB Peru"},
			"Peru=PER"},
		{"workers who move to a list",
			[]string{"Thousands/NOUN/NNS of/ADP workers/NOUN/NNS move/VERB/VBP/move to/ADP Chile and/CCONJ Bolivia", "They/PRON criticised/VERB Ecuador"},
			"Ecuador=ECU"},
		{"students who travel from a list",
			[]string{"The/DET students/NOUN/NNS travel/VERB/VBP/travel from/ADP Chile and/CCONJ Bolivia", "They/PRON praised/VERB Peru"},
			"Peru=PER"},
		{"people who write to a list, present tense",
			[]string{"The/DET students/NOUN/NNS write/VERB/VBP/write to/ADP Chile and/CCONJ Bolivia", "They/PRON replied/VERB"},
			"They=CHL|They=BOL"},
		{"a country sends troops to a list",
			[]string{"Peru sends/VERB/VBZ/send troops/NOUN/NNS to/ADP Chile and/CCONJ Bolivia", "They/PRON protested/VERB"},
			"They=CHL|They=BOL"},
		{"a country sent troops to a list",
			[]string{"Peru sent/VERB troops/NOUN/NNS to/ADP Chile and/CCONJ Bolivia", "They/PRON protested/VERB"},
			"They=CHL|They=BOL"},
		{"people wrote to a list",
			[]string{"The/DET students/NOUN/NNS wrote/VERB to/ADP Chile and/CCONJ Bolivia", "They/PRON replied/VERB"},
			"They=CHL|They=BOL"},
	}
	checkLast(t, New(dicts(t)), tests)
}
