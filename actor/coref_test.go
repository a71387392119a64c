package actor

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// resolvedLast resolves the sentences srcs (see sentence) with r and
// returns the mentions of the last one, spelled
// "text=CODE" and joined by "|".
func resolvedLast(t *testing.T, r *Resolver, srcs []string) string {
	t.Helper()
	text, sents, ents := document(srcs)
	ms := r.Resolve(sents, ents, day2022)
	if len(ms) != len(sents) {
		t.Fatalf("%d sentences back, want %d", len(ms), len(sents))
	}
	return strings.Join(spelled(text, ms[len(ms)-1]), "|")
}

// lastCase is a document's sentences and the mentions of its last
// sentence spelled as resolvedLast spells them.
type lastCase struct {
	name string
	srcs []string
	want string
}

// checkLast resolves each case's document with r and compares the
// mentions of its last sentence with the case's want.
func checkLast(t *testing.T, r *Resolver, tests []lastCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolvedLast(t, r, tt.srcs); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// resolvedLastGlued is resolvedLast on text written as glued writes it,
// with no space around a hyphen.
func resolvedLastGlued(t *testing.T, r *Resolver, srcs []string) string {
	t.Helper()
	_, sents, ents := document(srcs)
	text, sents, ents := glued(sents, ents)
	ms := r.Resolve(sents, ents, day2022)
	if len(ms) != len(sents) {
		t.Fatalf("%d sentences back, want %d", len(ms), len(sents))
	}
	return strings.Join(spelled(text, ms[len(ms)-1]), "|")
}

// TestSubjectAgain checks that "it" opening a sentence as its subject
// stands for the actor the last sentence opened with as its subject,
// not for the last actor that sentence named, and that it falls back to
// the last compatible mention where the last sentence opened otherwise.
func TestSubjectAgain(t *testing.T) {
	tests := []lastCase{
		{"it after a subject and an object",
			[]string{"Kenya closed/VERB its/PRON/PRP$ border/NOUN with/ADP Somalia ./PUNCT", "It/PRON accused/VERB Somalia of/ADP raids/NOUN"},
			"It=KEN|Somalia=SOM"},
		{"it after an adverbial and a subject",
			[]string{"On/ADP Monday/PROPN ,/PUNCT Chile 's/PART foreign/ADJ ministry summoned/VERB Peru 's/PART envoy/NOUN/NN", "It/PRON also/ADV accused/VERB Peru"},
			"It=CHLGOV|Peru=PER"},
		{"it after a subject of a plural noun falls back",
			[]string{"Chilean/ADJ jets/NOUN/NNS struck/VERB Peru", "It/PRON denied/VERB it/PRON"},
			"It=PER|it=PER"},
		{"it after a sentence opened by a preposition falls back",
			[]string{"According/VERB to/ADP Chile the/DET Peruvian/ADJ army/NOUN fired/VERB", "It/PRON denied/VERB it/PRON"},
			"It=PERMIL|it=PERMIL"},
		{"its opening a sentence",
			[]string{"Kenya closed/VERB its/PRON/PRP$ border/NOUN with/ADP Somalia ./PUNCT", "Its/PRON/PRP$ foreign/ADJ ministry/NOUN accused/VERB Somalia"},
			"Its=KEN|foreign ministry=KENGOV|Somalia=SOM"},
		{"its inside a sentence is the last compatible mention",
			[]string{"Kenya closed/VERB its/PRON/PRP$ border/NOUN with/ADP Somalia ./PUNCT", "Uganda/PROPN praised/VERB its/PRON/PRP$ army/NOUN"},
			"Uganda=UGA|its=UGA|army=UGAMIL"},
		{"they after a plural agent that opened the last sentence",
			[]string{"Vietnamese/ADJ officials/NOUN/NNS met/VERB Chinese/ADJ envoys/NOUN/NNS in/ADP {Hanoi}", "They/PRON accused/VERB China"},
			"They=VNMGOV|China=CHN"},
		{"it not opening its sentence's mentions",
			[]string{"Kenya criticised/VERB Somalia", "Uganda/PROPN said/VERB it/PRON would/AUX act/VERB"},
			"Uganda=UGA|it=UGA"},
		{"it after a sentence with no actor falls back",
			[]string{"Kenya criticised/VERB Somalia", "Talks/NOUN/NNS failed/VERB", "It/PRON left/VERB"},
			"It=SOM"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestDescriptionAgain checks descriptions of a country, a bloc or a
// group, with modifiers before their head or none: a country's that
// opens its sentence as its subject stands for the country the last
// sentence opened with; a modifier that names a country or makes it
// another one leaves the phrase alone; a city where an organisation
// sits, and a people's agent, are no organisation nor group.
func TestDescriptionAgain(t *testing.T) {
	tests := []lastCase{
		{"the country as the subject after a subject and an object",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "The/DET country/NOUN also/ADV asked/VERB Bolivia for/ADP help/NOUN"},
			"The country=PER|Bolivia=BOL"},
		{"the country as an object stays the last country",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "Bolivia/PROPN backed/VERB/VBD the/DET country/NOUN"},
			"Bolivia=BOL|the country=CHL"},
		{"the country an agent's verb acts on is another than the agent's",
			[]string{"Mali criticised/VERB France", "French/ADJ troops/NOUN/NNS left/VERB/VBD the/DET country/NOUN"},
			"French troops=FRAMIL|the country=MLI"},
		{"a region's word before the head",
			[]string{"Nigeria closed/VERB its/PRON/PRP$ border/NOUN with/ADP Niger", "The/DET West/PROPN African/ADJ nation/NOUN accused/VERB Niger"},
			"The West African nation=NGA|Niger=NER"},
		{"a noun before the head",
			[]string{"Sri/PROPN Lanka/PROPN asked/VERB India for/ADP fuel/NOUN", "The/DET island/NOUN nation/NOUN also/ADV asked/VERB China"},
			"The island nation=LKA|China=CHN"},
		{"another country is left alone",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "The/DET neighbouring/ADJ country/NOUN denied/VERB Peru 's/PART claim/NOUN"},
			"Peru=PER"},
		{"a country's own word says whose",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "The/DET Bolivian/ADJ nation/NOUN mourned/VERB"},
			"Bolivian=BOL"},
		{"a head with 'of' and a name is that name, not a reference",
			[]string{"Peru accused/VERB Bolivia of/ADP spying/NOUN", "Peru cut/VERB/VBD ties/NOUN with/ADP the/DET Republic/PROPN of/ADP Chile"},
			"Peru=PER|Chile=CHL"},
		{"a leader addresses his own nation, no other",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "Bolivia/PROPN addressed/VERB/VBD the/DET nation/NOUN"},
			"Bolivia=BOL"},
		{"the kingdom is a government",
			[]string{"Morocco signed/VERB a/DET deal/NOUN with/ADP Mauritania", "The/DET kingdom/NOUN also/ADV pledged/VERB aid/NOUN"},
			"The kingdom=MARGOV"},
		{"a city where an organisation sits is no antecedent",
			[]string{"NATO held/VERB talks/NOUN with/ADP Finland in/ADP {Brussels}", "The/DET alliance/NOUN praised/VERB Finland"},
			"The alliance=IGOWSTNAT|Finland=FIN"},
		{"a bloc of something is no organisation",
			[]string{"The/DET European/PROPN Union/PROPN met/VERB", "Israel expanded/VERB the/DET Ariel/PROPN settlement/NOUN bloc/NOUN"},
			"Israel=ISR|settlement=ISRCVL"},
		{"an organisation's name before the head",
			[]string{"The/DET European/PROPN Union/PROPN met/VERB", "The/DET 27/NUM -/PUNCT nation/NOUN bloc/NOUN criticised/VERB Israel"},
			"The 27 - nation bloc=IGOEUREEC|Israel=ISR"},
		{"a name the dictionaries know through the head is that name",
			[]string{"The/DET United/PROPN Nations/PROPN said/VERB that/SCONJ aid/NOUN fell/VERB", "The/DET U.N./PROPN refugee/NOUN agency/NOUN urged/VERB Peru to/PART act/VERB"},
			"U.N. refugee agency=IGOUNOREFHCR|Peru=PER"},
		{"the world body",
			[]string{"The/DET United/PROPN Nations/PROPN said/VERB that/SCONJ aid/NOUN fell/VERB", "The/DET world/NOUN body/NOUN urged/VERB Peru to/PART act/VERB"},
			"The world body=IGOUNO|Peru=PER"},
		{"a people's agent is no group",
			[]string{"Hamas/PROPN freed/VERB two/NUM British/ADJ aid/NOUN workers/NOUN/NNS", "The/DET group/NOUN asked/VERB Britain to/PART act/VERB"},
			"The group=PSEREBHMS|Britain=GBR"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// glued writes the tokens of sents with no space around a hyphen ("Aru-
// Bek"), as an article writes a hyphenated name, moving the entities
// with their tokens.
func glued(sents []model.Sentence, ents []model.Entity) (string, []model.Sentence, []model.Entity) {
	var b strings.Builder
	moved := map[int]int{} // old offset -> new, at every token's start and end
	for si := range sents {
		s := &sents[si]
		if si > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if i > 0 && t.Form != "-" && s.Tokens[i-1].Form != "-" {
				b.WriteByte(' ')
			}
			moved[t.Start] = b.Len()
			b.WriteString(t.Form)
			moved[t.End] = b.Len()
			t.Start, t.End = moved[t.Start], b.Len()
		}
		s.Start, s.End = start, b.Len()
	}
	for i := range ents {
		ents[i].Start, ents[i].End = moved[ents[i].Start], moved[ents[i].End]
	}
	return b.String(), sents, ents
}

// TestPersonNamedWithTitle checks that "he" stands for a titled person
// whose name the names model split at a hyphen ("Aru-Bek Zhanov", found
// as "Bek Zhanov") or gave after the title in commas: neither name is an
// unknown person after the title, which would keep "he" from it.
func TestPersonNamedWithTitle(t *testing.T) {
	tests := []struct {
		name string
		srcs []string
		want string
	}{
		{"a hyphenated first name after a title",
			[]string{"Kazakh/ADJ President/PROPN Aru/PROPN -/PUNCT [Bek Zhanov] spoke/VERB", "He/PRON promised/VERB aid/NOUN to/ADP Afghanistan"},
			"He=KAZGOV|Afghanistan=AFG"},
		{"a hyphenated first name the names model found as a person of its own",
			[]string{"Kazakh/ADJ President/PROPN [Aru] -/PUNCT [Bek Zhanov] spoke/VERB", "He/PRON promised/VERB aid/NOUN to/ADP Afghanistan"},
			"He=KAZGOV|Afghanistan=AFG"},
		{"a name set off by commas after a title",
			[]string{"Kazakhstan hosted/VERB talks/NOUN", "The/DET Taliban/PROPN 's/PART deputy/NOUN prime/NOUN minister/NOUN ,/PUNCT [Abdul Karim Noori] ,/PUNCT spoke/VERB", "He/PRON thanked/VERB Kazakhstan"},
			"He=AFGGOV|Kazakhstan=KAZ"},
		{"a surname before a generation",
			[]string{"Philippine/ADJ President/PROPN [Ramon Cruz Jr.] spoke/VERB", "Cruz accused/VERB China"},
			"Cruz=PHLGOV|China=CHN"},
		{"a middle name the person goes by",
			[]string{"Brazilian/ADJ President/PROPN [Carla Mendes de Quispe] spoke/VERB", "Mendes accused/VERB Chile"},
			"Mendes=BRAGOV|Chile=CHL"},
		{"a title inside a name is no name the person goes by",
			[]string{"Somali/ADJ President/PROPN [Hassan Sheikh Abdi] spoke/VERB", "Sheikh/PROPN accused/VERB Kenya"},
			"Kenya=KEN"},
		// The farmer set off after his name is that person
		// (onePerson), whom "he" then stands for; not the president.
		{"an unknown person after a title is still someone else",
			[]string{"Kazakh/ADJ President/PROPN Aru/PROPN -/PUNCT [Bek Zhanov] spoke/VERB", "[Luis Quispe] ,/PUNCT a/DET farmer/NOUN ,/PUNCT said/VERB he/PRON left/VERB"},
			"farmer=KAZAGR|he=KAZAGR"},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolvedLastGlued(t, r, tt.srcs); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestGroupsAndMembers checks "the group" after a group and an
// intergovernmental organisation named since, a group's member named
// after an unknown title ("Houthi negotiator ..."), whom "he" then
// stands for, "the coalition" or "Coalition forces" after a coalition a
// country leads or the dictionaries name, and the forces of a coalition
// named nowhere before amid news of the Islamic State.
func TestGroupsAndMembers(t *testing.T) {
	tests := []lastCase{
		{"the group is the armed group, not the organisation named since",
			[]string{"Al/PROPN Shabaab/PROPN attacked/VERB an/DET African/PROPN Union/PROPN base/NOUN", "The/DET group/NOUN has/AUX fought/VERB Somalia"},
			"The group=SOMREB|Somalia=SOM"},
		{"the group is an organisation when no other group was named",
			[]string{"Peru asked/VERB the/DET African/PROPN Union/PROPN for/ADP help/NOUN", "The/DET group/NOUN met/VERB Chile"},
			"The group=IGOAFR|Chile=CHL"},
		{"a group's member after an unknown title",
			[]string{"Yemen 's/PART Houthi/PROPN movement/NOUN freed/VERB prisoners/NOUN/NNS", "Houthi/PROPN negotiator/NOUN [Ali Saleh Qasem] spoke/VERB", "He/PRON accused/VERB Oman"},
			"He=YEMREB|Oman=OMN"},
		{"a country's man after an unknown title is no member",
			[]string{"Peru protested/VERB", "Kenyan/ADJ poet/NOUN [Ana Quispe] spoke/VERB", "He/PRON accused/VERB Oman"},
			"Oman=OMN"},
		{"the coalition a country leads",
			[]string{"The/DET Saudi/PROPN -/PUNCT led/VERB coalition/NOUN struck/VERB Sanaa/PROPN", "Oman criticised/VERB the/DET coalition/NOUN"},
			"Oman=OMN|the coalition=SAUMIL"},
		{"the coalition's forces",
			[]string{"The/DET Saudi/PROPN -/PUNCT led/VERB coalition/NOUN struck/VERB Sanaa/PROPN", "Coalition/PROPN forces/NOUN shelled/VERB Aden/PROPN"},
			"Coalition forces=SAUMIL|Aden=YEM"},
		{"a party coalition's members are no armed coalition",
			[]string{"The/DET Saudi/PROPN -/PUNCT led/VERB coalition/NOUN struck/VERB Sanaa/PROPN", "Coalition/PROPN partners/NOUN met/VERB Oman"},
			"Oman=OMN"},
		{"the coalition the dictionaries name",
			[]string{"The/DET counter/NOUN -/PUNCT ISIL/PROPN coalition/NOUN struck/VERB Mosul/PROPN", "Oman praised/VERB the/DET coalition/NOUN"},
			"Oman=OMN|the coalition=USAMIL"},
		{"the coalition after the task force of that coalition",
			[]string{"CJTF/PROPN -/PUNCT OIR/PROPN trained/VERB Kurdish/ADJ fighters/NOUN", "The/DET coalition/NOUN praised/VERB Oman"},
			"The coalition=USAMIL|Oman=OMN"},
		{"a coalition's forces never named before, amid news of the Islamic State",
			[]string{"Coalition/PROPN military/ADJ forces/NOUN struck/VERB ISIL/PROPN fighters/NOUN near/ADP Mosul/PROPN"},
			"Coalition military forces=USAMIL|ISIL fighters=IMGMUSISI|Mosul=IRQ"},
		{"a coalition's forces never named before, elsewhere",
			[]string{"Coalition/PROPN forces/NOUN shelled/VERB Aden/PROPN"},
			"forces=MIL|Aden=YEM"},
		{"a bare coalition amid news of the Islamic State may be a party coalition",
			[]string{"ISIL/PROPN attacked/VERB Mosul/PROPN", "Oman praised/VERB the/DET Coalition/PROPN"},
			"Oman=OMN"},
		{"an opposition coalition the dictionaries name is no armed coalition",
			[]string{"The/DET Syrian/PROPN National/PROPN Coalition/PROPN met/VERB in/ADP Doha/PROPN", "Oman praised/VERB the/DET coalition/NOUN"},
			"Oman=OMN"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestOrganisationAgain checks an organisation's name cut short to its
// capitalised head ("The Commission") further back than the last
// sentence, and an organisation's official named with a portfolio
// between the organisation and the title ("EU Budget Commissioner"),
// whom "she" then stands for.
func TestOrganisationAgain(t *testing.T) {
	tests := []struct {
		name string
		srcs []string
		want string
	}{
		{"a capitalised head two sentences on",
			[]string{"The/DET European/PROPN Commission/PROPN fined/VERB Poland", "Warsaw appealed/VERB", "The/DET Commission/PROPN froze/VERB funds/NOUN for/ADP Poland"},
			"The Commission=IGOEUREEC|Poland=POL"},
		{"a lower-case head two sentences on is no name",
			[]string{"The/DET European/PROPN Commission/PROPN fined/VERB Poland", "Warsaw appealed/VERB", "The/DET commission/NOUN froze/VERB funds/NOUN for/ADP Poland"},
			"Poland=POL"},
		{"a portfolio between the organisation and the title",
			[]string{"EU/PROPN Budget/PROPN Commissioner/PROPN [Ana Lind] visited/VERB {Budapest}", "She/PRON urged/VERB Hungary"},
			"She=IGOEUREEC|Hungary=HUN"},
		{"no person after the title",
			[]string{"EU/PROPN Budget/PROPN Commissioner/PROPN visited/VERB {Budapest}", "She/PRON urged/VERB Hungary"},
			"Hungary=HUN"},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolvedLastGlued(t, r, tt.srcs); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestInstitutionAgain checks that a bare "the ministry" or "the
// government" before any country of its sentence is the one of the same
// head named last with a country of its own, not the country the last
// sentence led with, and that a country earlier in its own sentence
// still decides.
func TestInstitutionAgain(t *testing.T) {
	tests := []lastCase{
		{"the ministry after another country's officials",
			[]string{"Peru 's/PART foreign/ADJ ministry/NOUN summoned/VERB Chile 's/PART ambassador/NOUN", "Chilean/ADJ officials/NOUN/NNS replied/VERB", "The/DET ministry/NOUN accused/VERB Chile"},
			"ministry=PERGOV|Chile=CHL"},
		{"the government after the other side spoke",
			[]string{"Kenya 's/PART government/NOUN protested/VERB", "Mogadishu accused/VERB Nairobi", "The/DET government/NOUN expelled/VERB Somalia 's/PART envoy/NOUN"},
			"government=KENGOV|Somalia 's envoy=SOMGOV"},
		{"a country before it in its own sentence decides",
			[]string{"Peru 's/PART foreign/ADJ ministry/NOUN summoned/VERB Chile 's/PART ambassador/NOUN", "Chilean/ADJ officials/NOUN/NNS said/VERB the/DET ministry/NOUN lied/VERB"},
			"Chilean officials=CHLGOV|ministry=CHLGOV"},
		{"a ministry named with its portfolio after of",
			[]string{"Ministry/PROPN of/ADP Foreign/PROPN Affairs/PROPN of/ADP Latvia", "Belarusian/ADJ officials/NOUN/NNS replied/VERB", "The/DET Ministry/PROPN of/ADP Foreign/PROPN Affairs/PROPN accused/VERB Belarus"},
			"Ministry of Foreign Affairs=LVAGOV|Belarus=BLR"},
		{"the ministry after a ministry named with its portfolio after of",
			[]string{"Ministry/PROPN of/ADP Foreign/PROPN Affairs/PROPN of/ADP Latvia", "Belarusian/ADJ officials/NOUN/NNS replied/VERB", "The/DET Ministry/PROPN accused/VERB Belarus"},
			"Ministry=LVAGOV|Belarus=BLR"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestSidesNotSpeakers checks that "both sides" that a list of the same
// sentence speaks of or to stands for the list named before, not for
// that list, and for no one where none was; and that a list that does
// not speak of the sides still stands for them.
func TestSidesNotSpeakers(t *testing.T) {
	tests := []lastCase{
		{"a list that says both sides",
			[]string{"Peru and/CCONJ Chile fought/VERB/VBD near/ADP the/DET border/NOUN", "Egypt and/CCONJ Qatar said/VERB/VBD both/DET sides/NOUN/NNS broke/VERB/VBD the/DET truce/NOUN"},
			"Egypt=EGY|Qatar=QAT|both sides=PER|both sides=CHL"},
		{"a list that urges both sides",
			[]string{"Peru and/CCONJ Chile fought/VERB/VBD near/ADP the/DET border/NOUN", "Egypt and/CCONJ Qatar urged/VERB/VBD both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Egypt=EGY|Qatar=QAT|both sides=PER|both sides=CHL"},
		{"a list that says both sides with no list before",
			[]string{"Fighting/NOUN resumed/VERB/VBD", "Egypt and/CCONJ Qatar said/VERB/VBD both/DET sides/NOUN/NNS broke/VERB/VBD the/DET truce/NOUN"},
			"Egypt=EGY|Qatar=QAT"},
		{"a list inside the sentence before a speaker stands",
			[]string{"Fighting/NOUN resumed/VERB/VBD", "Brazil ,/PUNCT which/PRON hosted/VERB/VBD Peru and/CCONJ Chile ,/PUNCT said/VERB/VBD both/DET sides/NOUN/NNS broke/VERB/VBD the/DET truce/NOUN"},
			"Brazil=BRA|Peru=PER|Chile=CHL|both sides=PER|both sides=CHL"},
		{"a list that does not speak of the sides stands",
			[]string{"Fighting/NOUN resumed/VERB/VBD", "Egypt and/CCONJ Qatar signed/VERB/VBD a/DET deal/NOUN under/ADP which/PRON both/DET sides/NOUN/NNS cut/VERB/VBD tariffs/NOUN/NNS"},
			"Egypt=EGY|Qatar=QAT|both sides=EGY|both sides=QAT"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestPairSides checks that "both sides" after the actor of its own
// sentence, with no list of two named in it or the last, stands for the
// two countries a pair phrase stood for a few sentences before; that a
// speaker of either country leaves the sides unread; and that a pair
// said too far back is not reached.
func TestPairSides(t *testing.T) {
	tests := []lastCase{
		{"a pair said three sentences before",
			[]string{"Peru and/CCONJ Chile met/VERB/VBD", "Both/DET governments/NOUN/NNS want/VERB/VBP talks/NOUN/NNS", "Fighting/NOUN resumed/VERB/VBD", "Oil/NOUN prices/NOUN/NNS rose/VERB/VBD", "Brazil urged/VERB/VBD both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Brazil=BRA|both sides=PER|both sides=CHL"},
		{"a speaker of one of the pair",
			[]string{"Peru and/CCONJ Chile met/VERB/VBD", "Both/DET governments/NOUN/NNS want/VERB/VBP talks/NOUN/NNS", "Fighting/NOUN resumed/VERB/VBD", "Oil/NOUN prices/NOUN/NNS rose/VERB/VBD", "Chile urged/VERB/VBD both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Chile=CHL"},
		{"a pair said too far back",
			[]string{"Peru and/CCONJ Chile met/VERB/VBD", "Both/DET governments/NOUN/NNS want/VERB/VBP talks/NOUN/NNS", "Fighting/NOUN resumed/VERB/VBD", "Oil/NOUN prices/NOUN/NNS rose/VERB/VBD", "Markets/NOUN/NNS fell/VERB/VBD", "Brazil urged/VERB/VBD both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Brazil=BRA"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestStoryPair checks that "both countries", "the two governments" and
// "the neighbours" with no list of two just before them stand for the
// two countries the article names most (its lede's counting more), not
// for the last two named, and never for the one who addresses them; that
// a list of bystanders in the sentence before gives way to them; and
// that a bare "the two" that acts stands for the two parties named last.
func TestStoryPair(t *testing.T) {
	tests := []lastCase{
		{"both countries after a third country named last",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "Chile denied/VERB it/PRON", "Brazil offered/VERB talks/NOUN/NNS", "Ecuador urged/VERB both/DET countries/NOUN/NNS to/PART talk/VERB"},
			"Ecuador=ECU|both countries=PER|both countries=CHL"},
		{"the two governments are not the one urging them",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "Ecuador 's/PART president/NOUN/NN urged/VERB the/DET two/NUM governments/NOUN/NNS to/PART talk/VERB"},
			"Ecuador 's president=ECUGOV|the two governments=PERGOV|the two governments=CHLGOV"},
		{"the two countries as a reported subject may be the speaker's",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "Brazil offered/VERB talks/NOUN/NNS", "Peru said/VERB the/DET two/NUM countries/NOUN/NNS would/AUX talk/VERB"},
			"Peru=PER|the two countries=PER|the two countries=CHL"},
		{"the lede's countries outweigh one named as often later",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "Bolivia backed/VERB Chile", "Bolivia criticised/VERB Peru", "Bolivia recalled/VERB envoys/NOUN/NNS", "Ecuador urged/VERB both/DET countries/NOUN/NNS to/PART talk/VERB"},
			"Ecuador=ECU|both countries=PER|both countries=CHL"},
		{"a list of bystanders gives way to the story's pair",
			[]string{"Vietnam accused/VERB China of/ADP ramming/VERB boats/NOUN/NNS", "China denied/VERB it/PRON", "Japan and/CCONJ Thailand raised/VERB complaints/NOUN/NNS", "Laos urged/VERB both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Laos=LAO|both sides=VNM|both sides=CHN"},
		{"a list of the story's parties stands",
			[]string{"Vietnam accused/VERB China of/ADP ramming/VERB boats/NOUN/NNS", "Japan and/CCONJ Thailand raised/VERB complaints/NOUN/NNS", "Japan accused/VERB Thailand", "Japan and/CCONJ Thailand held/VERB talks/NOUN/NNS", "Laos urged/VERB both/DET sides/NOUN/NNS to/PART talk/VERB"},
			"Laos=LAO|both sides=JPN|both sides=THA"},
		{"the neighbours are the story's pair",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "Brazil offered/VERB help/NOUN", "Ecuador hosted/VERB talks/NOUN/NNS between/ADP the/DET neighbours/NOUN/NNS"},
			"Ecuador=ECU|the neighbours=PER|the neighbours=CHL"},
		{"the two border services are the story pair's agents",
			[]string{"Peruvian/ADJ and/CCONJ Chilean/ADJ border/NOUN guards/NOUN/NNS exchanged/VERB fire/NOUN", "the/DET shooting/NOUN stopped/VERB", "the/DET two/NUM border/NOUN services/NOUN/NNS met/VERB"},
			"the two border services=PERMIL|the two border services=CHLMIL"},
		{"the two police forces after a third country named last",
			[]string{"Peru accused/VERB Chile of/ADP smuggling/VERB", "Bolivia backed/VERB Peru", "the/DET two/NUM police/NOUN forces/NOUN/NNS met/VERB"},
			"the two police forces=PERCOP|the two police forces=CHLCOP"},
		{"the neighbours with no countries named are no one",
			[]string{"the/DET neighbours/NOUN/NNS heard/VERB shots/NOUN/NNS"},
			""},
		{"the two after a list of two",
			[]string{"Peru and/CCONJ Chile held/VERB talks/NOUN/NNS", "the/DET two/NUM agreed/VERB/VBD to/PART meet/VERB"},
			"the two=PER|the two=CHL"},
		{"the two after two ministers, not their source",
			[]string{"Kuwait 's/PART foreign/ADJ minister/NOUN/NN spoke/VERB with/ADP Iraq 's/PART foreign/ADJ minister/NOUN/NN ,/PUNCT a/DET Kuwaiti/ADJ source/NOUN/NN said/VERB ,/PUNCT and/CCONJ the/DET two/NUM agreed/VERB/VBD to/PART meet/VERB"},
			"Kuwait 's foreign minister=KWTGOV|Iraq 's foreign minister=IRQGOV|Kuwaiti=KWT|the two=KWTGOV|the two=IRQGOV"},
		{"the two after two ministers and a source cited in the sentence before",
			[]string{"Kuwait 's/PART foreign/ADJ minister/NOUN/NN spoke/VERB with/ADP Iraq 's/PART foreign/ADJ minister/NOUN/NN ,/PUNCT a/DET Kuwaiti/ADJ source/NOUN/NN said/VERB", "the/DET two/NUM agreed/VERB/VBD to/PART meet/VERB"},
			"the two=KWTGOV|the two=IRQGOV"},
		{"the two warring parties are no bare the two",
			[]string{"Chile 's/PART army/NOUN shelled/VERB Peruvian/ADJ positions/NOUN/NNS", "Bolivia urged/VERB the/DET two/NUM warring/VERB/VBG parties/NOUN/NNS to/PART talk/VERB"},
			"Bolivia=BOL"},
		{"the two acted on are no one",
			[]string{"Peru and/CCONJ Chile held/VERB talks/NOUN/NNS", "the/DET two/NUM were/AUX praised/VERB"},
			""},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestTheirBodies checks that "their" before a government's ministries,
// delegations, negotiators or envoys, after a list of two countries,
// stands for each country's government, and that after one country's
// actor it is no pair: "their" is that actor, as before.
func TestTheirBodies(t *testing.T) {
	tests := []lastCase{
		{"their energy ministries after a list of two",
			[]string{"Peru and/CCONJ Chile agreed/VERB/VBD to/PART drill/VERB ,/PUNCT and/CCONJ their/PRON/PRP$ energy/NOUN ministries/NOUN/NNS met/VERB"},
			"Peru=PER|Chile=CHL|their energy ministries=PERGOV|their energy ministries=CHLGOV"},
		{"their delegations in the next sentence",
			[]string{"Peru and/CCONJ Chile restored/VERB ties/NOUN/NNS", "their/PRON/PRP$ delegations/NOUN/NNS met/VERB"},
			"their delegations=PERGOV|their delegations=CHLGOV"},
		{"their envoys after one country",
			[]string{"Peru recalled/VERB troops/NOUN/NNS", "their/PRON/PRP$ envoys/NOUN/NNS met/VERB"},
			"their=PERMIL|envoys=PERGOV"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestDescriptionInName checks that a description's head that a
// capitalised name word follows ("The State Department") is part of that
// name, not a country referred back to, while "The State" alone still is.
func TestDescriptionInName(t *testing.T) {
	tests := []lastCase{
		{"a name goes on after the head",
			[]string{"Cuba accused/VERB the/DET United/PROPN States/PROPN", "The/DET State/PROPN Department/PROPN rejected/VERB the/DET claim/NOUN"},
			"State Department=USAGOV"},
		{"the head alone",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "The/DET State/PROPN also/ADV asked/VERB Bolivia for/ADP help/NOUN"},
			"The State=PER|Bolivia=BOL"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestCountedList checks that "the four countries", "the five
// presidents" and the like stand for the list of as many named in the
// sentence before, a leader phrase for their governments, and for no one
// where no such list was named.
func TestCountedList(t *testing.T) {
	tests := []lastCase{
		{"the four countries after a list of four",
			[]string{"Peru ,/PUNCT Chile ,/PUNCT Bolivia and/CCONJ Ecuador signed/VERB a/DET pact/NOUN", "the/DET four/NUM countries/NOUN/NNS urged/VERB Brazil"},
			"the four countries=PER|the four countries=CHL|the four countries=BOL|the four countries=ECU|Brazil=BRA"},
		{"the four presidents are the governments of a list of four",
			[]string{"Peru ,/PUNCT Chile ,/PUNCT Bolivia and/CCONJ Ecuador signed/VERB a/DET pact/NOUN", "the/DET four/NUM presidents/NOUN/NNS urged/VERB Brazil"},
			"the four presidents=PERGOV|the four presidents=CHLGOV|the four presidents=BOLGOV|the four presidents=ECUGOV|Brazil=BRA"},
		{"four countries named apart are no list of four",
			[]string{"Peru ,/PUNCT Chile and/CCONJ Bolivia signed/VERB a/DET pact/NOUN", "Ecuador joined/VERB", "the/DET four/NUM countries/NOUN/NNS urged/VERB Brazil"},
			"Brazil=BRA"},
		{"a list of three is no four",
			[]string{"Peru ,/PUNCT Chile and/CCONJ Bolivia signed/VERB a/DET pact/NOUN", "the/DET four/NUM countries/NOUN/NNS urged/VERB Brazil"},
			"Brazil=BRA"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestListAgain checks that "they" opening its sentence as its subject
// stands for the list or pair that opened the last sentence, not for
// people named after it, and that it does not where the last sentence
// opened with one actor.
func TestListAgain(t *testing.T) {
	tests := []lastCase{
		{"they after a list that opened the last sentence",
			[]string{"Peru and/CCONJ Chile fought/VERB a/DET war/NOUN that/PRON drove/VERB Peruvian/ADJ villagers/NOUN/NNS from/ADP homes/NOUN/NNS", "They/PRON signed/VERB a/DET treaty/NOUN"},
			"They=PER|They=CHL"},
		{"they after a pair phrase that opened the last sentence",
			[]string{"Peru accused/VERB Chile of/ADP spying/VERB", "the/DET two/NUM countries/NOUN/NNS fought/VERB a/DET war/NOUN that/PRON drove/VERB Peruvian/ADJ villagers/NOUN/NNS from/ADP homes/NOUN/NNS", "They/PRON signed/VERB a/DET treaty/NOUN"},
			"They=PER|They=CHL"},
		{"they after one actor that opened the last sentence",
			[]string{"Peru drove/VERB Chilean/ADJ villagers/NOUN/NNS from/ADP homes/NOUN/NNS", "They/PRON returned/VERB"},
			"They=CHLCVL"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestObjectPronoun checks that "them" or "him" right after the verb of
// the subject that opens its sentence stands for someone named before,
// not for that subject nor for an actor of the subject's country; and
// that a subject inside the sentence is left as it was.
func TestObjectPronoun(t *testing.T) {
	tests := []lastCase{
		{"them after a country's verb",
			[]string{"Chile detained/VERB/VBD five/NUM Peruvian/ADJ fishermen/NOUN/NNS", "Chile released/VERB/VBD them/PRON/PRP"},
			"Chile=CHL|them=PERCVL"},
		{"them after an agent's verb and an auxiliary",
			[]string{"Chilean/ADJ police/NOUN/NNS detained/VERB/VBD five/NUM Peruvian/ADJ fishermen/NOUN/NNS", "The/DET police/NOUN/NNS have/AUX/VBP freed/VERB/VBN them/PRON/PRP"},
			"police=CHLCOP|them=PERCVL"},
		{"him after a government's verb",
			[]string{"Bolivia 's/PART president/NOUN visited/VERB/VBD Lima", "Peru 's/PART president/NOUN welcomed/VERB/VBD him/PRON/PRP"},
			"Peru 's president=PERGOV|him=BOLGOV"},
		{"her as an object after he",
			[]string{"Chilean/ADJ Foreign/PROPN Minister/PROPN Ana/PROPN Vidal/PROPN met/VERB/VBD Peru 's/PART president/NOUN", "He/PRON/PRP thanked/VERB/VBD her/PRON/PRP"},
			"He=CHLGOV|her=PERGOV"},
		{"her as a possessive is left to the search",
			[]string{"Chilean/ADJ Foreign/PROPN Minister/PROPN Ana/PROPN Vidal/PROPN met/VERB/VBD Peru 's/PART president/NOUN", "She/PRON/PRP thanked/VERB/VBD her/PRON/PRP$ staff/NOUN/NN"},
			"She=CHLGOV|her=CHLGOV"},
		// An actor of the subject's own country before it stands for
		// no one: the people acted on are likelier ones no dictionary
		// names.
		{"them after an actor of the subject's own country",
			[]string{"Chilean/ADJ police/NOUN/NNS said/VERB/VBD the/DET men/NOUN/NNS carried/VERB/VBD maps/NOUN/NNS", "A/DET Chilean/ADJ court/NOUN ordered/VERB/VBD them/PRON/PRP held/VERB/VBN"},
			"Chilean court=CHLJUD"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestBackerNoAntecedent checks that "its" after a backed group does not
// stand for the backer ("Ithilen said Freedonia-backed rebels attacked
// its soldiers" are Ithilen's soldiers), and still stands for a country
// named as an actor.
func TestBackerNoAntecedent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nITHILEN_ [ITH]\n", false)
	r := New(compiledWith(t, es, "REBELS [~REB]\nSOLDIERS [~MIL]\n"))
	tests := []struct {
		src  string
		want string
	}{
		{"Ithilen said/VERB Freedonia -/PUNCT backed/VERB rebels/NOUN/NNS attacked/VERB its/PRON/PRP$ soldiers/NOUN/NNS",
			"Ithilen=ITH|Freedonia=FRE|rebels=ITHREB|its=ITH|soldiers=ITHMIL"},
		{"Ithilen said/VERB Freedonia attacked/VERB its/PRON/PRP$ soldiers/NOUN/NNS",
			"Ithilen=ITH|Freedonia=FRE|its=FRE|soldiers=FREMIL"},
	}
	for _, tt := range tests {
		if got := resolvedLast(t, r, []string{tt.src}); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestTitleAgain checks that a bare title after "the" ("the Foreign
// Minister", "The Secretary") stands for the person named before with
// that title, of whichever country, and that it is left to the older
// rules where people of two countries held the title, or where the
// earlier title was a deputy's.
func TestTitleAgain(t *testing.T) {
	tests := []lastCase{
		{"the foreign minister is the one named, not the sentence's first country",
			[]string{"Kenyan/ADJ President [Ana Wanjiru] met/VERB Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Ruiz] in/ADP {Nairobi}",
				"The/DET President/PROPN thanked/VERB the/DET Foreign/PROPN Minister/PROPN"},
			"President=KENGOV|Foreign Minister=PERGOV"},
		{"a title no agent phrase holds",
			[]string{"Chilean/ADJ Secretary/PROPN of/ADP State/PROPN [Ana Lind] met/VERB Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Ruiz]",
				"The/DET Secretary/PROPN praised/VERB Peru"},
			"Secretary=CHLGOV|Peru=PER"},
		{"the minister after a minister and his counterpart",
			[]string{"Polish/ADJ Defence/PROPN Minister/PROPN [Jan Nowak] met/VERB his/PRON/PRP$ German/ADJ counterpart/NOUN [Karl Weber]",
				"The/DET Minister/PROPN thanked/VERB Germany"},
			"Minister=POLGOV|Germany=DEU"},
		{"the minister is not the last sentence's first country",
			[]string{"German/ADJ officials/NOUN/NNS met/VERB Polish/ADJ Defence/PROPN Minister/PROPN [Jan Nowak]",
				"The/DET Minister/PROPN thanked/VERB Germany"},
			"Minister=POLGOV|Germany=DEU"},
		{"a title two countries' people held is left alone",
			[]string{"Kenyan/ADJ President [Ana Wanjiru] met/VERB Peruvian/ADJ President [Elena Ruiz]",
				"Chile praised/VERB the/DET President/PROPN"},
			"Chile=CHL|President=CHLGOV"},
		{"a vice president's title is another office",
			[]string{"Kenyan/ADJ Vice/PROPN President [Ana Wanjiru] visited/VERB {Lima}",
				"Peru thanked/VERB the/DET President/PROPN"},
			"Peru=PER|President=PERGOV"},
		{"a hyphened title between an organisation and a name",
			[]string{"United/ADJ Nations/PROPN Secretary/PROPN -/PUNCT General/PROPN [Antonio Guterres] met/VERB Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Ruiz]",
				"The/DET Secretary/PROPN -/PUNCT General/PROPN urged/VERB Peru"},
			"Secretary - General=IGOUNO|Peru=PER"},
		{"a title of two words",
			[]string{"Peruvian/ADJ officials/NOUN/NNS met/VERB Chilean/ADJ Foreign/PROPN Secretary/PROPN [Ana Lind]",
				"The/DET Foreign/PROPN Secretary/PROPN thanked/VERB Peru"},
			"Foreign Secretary=CHLGOV|Peru=PER"},
		{"a bare title no one held takes no one's",
			[]string{"Kenya criticised/VERB Somalia",
				"The/DET Secretary/PROPN left/VERB"},
			""},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestOfficialSides checks that "the two sides" opening a sentence after
// one that named two officials of two countries stands for their
// governments, and that it stands for no one after officials of one
// country, or after other actors named apart.
func TestOfficialSides(t *testing.T) {
	tests := []lastCase{
		{"two officials who met",
			[]string{"Chilean/ADJ Foreign/PROPN Minister/PROPN [Ana Lind] met/VERB Peruvian/ADJ Defence/PROPN Minister/PROPN [Elena Ruiz]", "The/DET two/NUM sides/NOUN agreed/VERB"},
			"The two sides=CHLGOV|The two sides=PERGOV"},
		{"officials of one country",
			[]string{"Chilean/ADJ Foreign/PROPN Minister/PROPN [Ana Lind] met/VERB Chilean/ADJ Defence/PROPN Minister/PROPN [Elena Ruiz]", "The/DET two/NUM sides/NOUN agreed/VERB"},
			""},
		{"the leaders after two officials who met",
			[]string{"Chilean/ADJ President [Ana Lind] met/VERB Peruvian/ADJ Prime/PROPN Minister/PROPN [Elena Ruiz]", "The/DET leaders/NOUN/NNS agreed/VERB"},
			"The leaders=CHLGOV|The leaders=PERGOV"},
		{"the ministers after a minister and his counterpart",
			[]string{"Chilean/ADJ Defence/PROPN Minister/PROPN [Ana Lind] met/VERB his/PRON/PRP$ Peruvian/ADJ counterpart/NOUN", "The/DET ministers/NOUN/NNS agreed/VERB"},
			"The ministers=CHLGOV|The ministers=PERGOV"},
		{"the leaders of something are not bare",
			[]string{"Chilean/ADJ President [Ana Lind] met/VERB Peruvian/ADJ Prime/PROPN Minister/PROPN [Elena Ruiz]", "The/DET leaders/NOUN/NNS of/ADP the/DET unions/NOUN/NNS agreed/VERB"},
			""},
		{"forces named apart",
			[]string{"Chilean/ADJ troops/NOUN/NNS shelled/VERB Peruvian/ADJ soldiers/NOUN/NNS", "The/DET two/NUM sides/NOUN agreed/VERB"},
			""},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestExpletiveIt checks that an "it" that opens a clause about a clause
// ("It is a fact that", "It is important to", "It seems that") stands for
// no one, and that an "it" whose predicate speaks of a country ("It is
// ready to", "It is likely to", "It criticized") still stands for the
// country named before.
func TestExpletiveIt(t *testing.T) {
	before := "Chile/PROPN expelled/VERB a/DET diplomat/NOUN ./PUNCT"
	tests := []struct {
		name, src, want string
	}{
		{"a fact that", "It/PRON is/AUX also/ADV a/DET fact/NOUN that/SCONJ everybody/PRON blames/VERB Peru", "Peru=PER"},
		{"no secret that", "It/PRON is/AUX no/DET secret/NOUN that/SCONJ Peru/PROPN armed/VERB the/DET rebels/NOUN/NNS", "Peru=PER|rebels=PERREB"},
		{"important to", "It/PRON is/AUX important/ADJ to/PART watch/VERB Peru", "Peru=PER"},
		{"clear that", "It/PRON was/AUX clear/ADJ that/SCONJ Peru/PROPN had/AUX won/VERB", "Peru=PER"},
		{"seems that", "It/PRON seems/VERB that/SCONJ Peru/PROPN wants/VERB talks/NOUN/NNS", "Peru=PER"},
		{"likely that", "It/PRON is/AUX likely/ADJ that/SCONJ Peru/PROPN will/AUX protest/VERB", "Peru=PER"},
		{"ready to speaks of the country", "It/PRON is/AUX ready/ADJ to/PART sign/VERB a/DET deal/NOUN with/ADP Peru", "It=CHL|Peru=PER"},
		{"likely to speaks of the country", "It/PRON is/AUX likely/ADJ to/PART criticize/VERB Peru", "It=CHL|Peru=PER"},
		{"a deed of its own", "It/PRON also/ADV criticized/VERB Peru", "It=CHL|Peru=PER"},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolvedLast(t, r, []string{before, tt.src}); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTitledAgain checks that a titled person the dictionaries do not
// know, named again with the title ("Prince Holm" after "Danish Prince
// Rilian Holm"), is whose the first mention made him, not of the
// country the sentences between name last (where the first mention
// was left for fillCountry, both are placed alike, and so is a pronoun
// that stands for him); and that another person of the same surname is
// not.
func TestTitledAgain(t *testing.T) {
	first := "Danish/ADJ Prince/PROPN [Rilian Holm] spoke/VERB"
	between := "A/DET banker/NOUN died/VERB in/ADP a/DET Kenyan/ADJ prison/NOUN"
	unplaced := "Prince/PROPN [Rilian Holm] ,/PUNCT the/DET brother/NOUN of/ADP the/DET Danish/ADJ heir/NOUN ,/PUNCT spoke/VERB"
	tests := []lastCase{
		{"the surname after the title",
			[]string{first, between, "Prince/PROPN [Holm] met/VERB Chinese/ADJ officials/NOUN/NNS"},
			"Prince Holm=DNKGOV|Chinese officials=CHNGOV"},
		{"the whole name again",
			[]string{first, between, "Prince/PROPN [Rilian Holm] met/VERB Chinese/ADJ officials/NOUN/NNS"},
			"Prince Rilian Holm=DNKGOV|Chinese officials=CHNGOV"},
		{"another title keeps the person's country",
			[]string{"Norwegian/ADJ Trade/PROPN Minister/PROPN [Helga Voss] arrived/VERB in/ADP Kenya/PROPN", "In/ADP Nairobi/PROPN ,/PUNCT Minister/PROPN [Voss] met/VERB Kenyan/ADJ officials/NOUN/NNS"},
			"Nairobi=KEN|Minister Voss=NORGOV|Kenyan officials=KENGOV"},
		{"the title read as part of the name",
			[]string{"Norwegian/ADJ Trade/PROPN Minister/PROPN [Helga Voss] arrived/VERB in/ADP Kenya/PROPN", "In/ADP Nairobi/PROPN ,/PUNCT [Minister Voss] met/VERB Kenyan/ADJ officials/NOUN/NNS"},
			"Nairobi=KEN|Minister Voss=NORGOV|Kenyan officials=KENGOV"},
		{"a title and a surname of someone else",
			[]string{"Norwegian/ADJ Trade/PROPN Minister/PROPN [Helga Voss] arrived/VERB in/ADP Kenya/PROPN", "In/ADP Nairobi/PROPN ,/PUNCT [Minister Erik Voss] met/VERB Kenyan/ADJ officials/NOUN/NNS"},
			"Nairobi=KEN|Minister Erik Voss=KENGOV|Kenyan officials=KENGOV"},
		{"a pronoun after a first mention no country placed",
			[]string{unplaced, "Chinese/ADJ media/NOUN/NNS praised/VERB him/PRON"},
			"Chinese media=CHNMED|him=DNKGOV"},
		{"the name again after a first mention no country placed",
			[]string{unplaced, "Danish/ADJ media/NOUN/NNS praised/VERB him/PRON", between, "Prince/PROPN [Holm] met/VERB Chinese/ADJ officials/NOUN/NNS"},
			"Prince Holm=DNKGOV|Chinese officials=CHNGOV"},
		{"another given name is someone else",
			[]string{first, between, "Prince/PROPN [Erik Holm] met/VERB Chinese/ADJ officials/NOUN/NNS"},
			"Prince Erik Holm=KENGOV|Chinese officials=CHNGOV"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestHoldsTitle checks that a title is held only as whole words of a
// mention and not after a word that makes it a lesser office, wherever
// in the words it occurs, and however often.
func TestHoldsTitle(t *testing.T) {
	tests := []struct {
		words, title string
		want         bool
	}{
		{"PRESIDENT MARIA LOPEZ", "PRESIDENT", true},
		{"FOREIGN MINISTER JUAN PEREZ", "MINISTER", true},
		{"VICE PRESIDENT MARIA LOPEZ", "PRESIDENT", false},
		{"UN DEPUTY SECRETARY-GENERAL ANA SOTO", "SECRETARY-GENERAL", false},
		{"UN SECRETARY-GENERAL ANA SOTO", "SECRETARY-GENERAL", true},
		{"UN DEPUTY SECRETARY-GENERAL ANA SOTO", "GENERAL", false},
		// A partial match right before the title, within one word: the
		// title there is no whole word.
		{"SUBPRESIDENTPRESIDENT LOPEZ", "PRESIDENT", false},
		{"PRESIDENTS", "PRESIDENT", false},
		// A lesser office first, the bare title later in the words.
		{"DEPUTY MINISTER AND MINISTER JUAN PEREZ", "MINISTER", true},
		{"", "PRESIDENT", false},
		{"PRESIDENT", "", false},
	}
	for _, tt := range tests {
		if got := holdsTitle(tt.words, tt.title); got != tt.want {
			t.Errorf("holdsTitle(%q, %q) = %v, want %v", tt.words, tt.title, got, tt.want)
		}
	}
}

// TestTheySides checks that "they" opening the sentence after one that
// tells of a meeting between two single parties stands for both, each as
// its country's government where it is a government's person, and not
// where a side is plural, the pronoun does not open its sentence, or the
// sentence before told of no meeting.
func TestTheySides(t *testing.T) {
	r := New(dicts(t))
	checkLast(t, r, []lastCase{
		{"after two ministers met",
			[]string{"Peru 's/PART foreign/ADJ minister/NOUN met/VERB Chile 's/PART foreign/ADJ minister/NOUN in/ADP {Lima}", "They/PRON discussed/VERB trade/NOUN"},
			"They=PERGOV|They=CHLGOV"},
		{"after met with, past an adverb",
			[]string{"Peru 's/PART president/NOUN briefly/ADV met/VERB with/ADP the/DET Bolivian/ADJ president/NOUN", "They/PRON signed/VERB a/DET pact/NOUN"},
			"They=PERGOV|They=BOLGOV"},
		{"after held talks with",
			[]string{"Peru held/VERB direct/ADJ talks/NOUN with/ADP Chile", "They/PRON agreed/VERB to/PART meet/VERB again/ADV"},
			"They=PER|They=CHL"},
		{"after a quotation mark",
			[]string{"Peru 's/PART foreign/ADJ minister/NOUN met/VERB Chile 's/PART foreign/ADJ minister/NOUN", "\"/PUNCT They/PRON discussed/VERB trade/NOUN"},
			"They=PERGOV|They=CHLGOV"},
		{"after an official the text places only when it is read whole",
			[]string{"The/DET foreign/ADJ secretary/NOUN met/VERB the/DET Peruvian/ADJ foreign/ADJ minister/NOUN in/ADP {London}", "They/PRON discussed/VERB trade/NOUN"},
			"They=GBRGOV|They=PERGOV"},
		{"an official never placed leaves its side of no country, as the official itself is",
			[]string{"The/DET foreign/ADJ secretary/NOUN met/VERB the/DET Peruvian/ADJ foreign/ADJ minister/NOUN", "They/PRON discussed/VERB trade/NOUN"},
			"They=GOV|They=PERGOV"},
		{"not after a plural side",
			[]string{"Vietnamese/ADJ officials/NOUN/NNS met/VERB Chinese/ADJ envoys/NOUN/NNS", "They/PRON accused/VERB China"},
			"They=VNMGOV|China=CHN"},
		{"not after a sentence of no meeting",
			[]string{"Peru 's/PART foreign/ADJ minister/NOUN criticised/VERB Chile 's/PART foreign/ADJ minister/NOUN", "They/PRON discussed/VERB trade/NOUN"},
			""},
	})
}

// TestSayerPronoun checks that "he" or "she" opening what a verb of
// saying reports is the person who says it (sayer): after "and said" the
// person who opens the sentence, whom the joined verbs share, not the
// person the first verb acted on, named nearer; after "said" alone the
// person right before it.
func TestSayerPronoun(t *testing.T) {
	tests := []lastCase{
		{"and said he: the sentence's subject",
			[]string{"Peru 's/PART president/NOUN met/VERB/VBD Chile 's/PART foreign/ADJ minister/NOUN and/CCONJ said/VERB/VBD he/PRON/PRP would/AUX visit/VERB Bolivia"},
			"Peru 's president=PERGOV|Chile 's foreign minister=CHLGOV|he=PERGOV|Bolivia=BOL"},
		{"and said that she: the sentence's subject",
			[]string{"Chile 's/PART foreign/ADJ minister/NOUN thanked/VERB/VBD Peru 's/PART president/NOUN and/CCONJ said/VERB/VBD that/SCONJ she/PRON/PRP had/AUX invited/VERB/VBN Bolivia"},
			"Chile 's foreign minister=CHLGOV|Peru 's president=PERGOV|she=CHLGOV|Bolivia=BOL"},
		{"said he: the person right before",
			[]string{"Chile 's/PART foreign/ADJ minister/NOUN met/VERB/VBD Bolivia 's/PART president/NOUN ,/PUNCT and/CCONJ Peru 's/PART president/NOUN said/VERB/VBD he/PRON/PRP would/AUX visit/VERB Quito"},
			"Chile 's foreign minister=CHLGOV|Bolivia 's president=BOLGOV|Peru 's president=PERGOV|he=PERGOV|Quito=ECU"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestTitleOfName checks that a bare title right before a named person
// the dictionaries place, set off by a comma or by the office's
// portfolio, is that person's office, not an official of the country the
// story was on, and that a title with a verb before the name is not.
func TestTitleOfName(t *testing.T) {
	checkLast(t, New(dicts(t)), []lastCase{
		{"a title set off by commas",
			[]string{"Peru protested/VERB", "The/DET President/PROPN ,/PUNCT [Emmanuel Macron] ,/PUNCT condemned/VERB Chile"},
			"President=FRAGOV|Emmanuel Macron=FRAGOV|Chile=CHL"},
		{"a title and its portfolio",
			[]string{"Peru protested/VERB", "Minister/PROPN for/ADP the/DET Middle/PROPN East/PROPN [Emmanuel Macron] condemned/VERB Chile"},
			"Minister=FRAGOV|Emmanuel Macron=FRAGOV|Chile=CHL"},
		{"a title and its portfolio set off by a comma",
			[]string{"Peru protested/VERB", "Minister/PROPN for/ADP Europe/PROPN ,/PUNCT [Emmanuel Macron] said/VERB"},
			"Minister=FRAGOV|Emmanuel Macron=FRAGOV"},
		{"a title that meets the person is another",
			[]string{"Peru protested/VERB", "The/DET Minister/PROPN met/VERB [Emmanuel Macron]"},
			"Minister=PERGOV|Emmanuel Macron=FRAGOV"},
	})
}

// TestTheDepartment checks that "the Department" stands for the
// government department the article named last, a lower-case "the
// department" only for one named in this sentence or the last, and that
// a department named in full is itself.
func TestTheDepartment(t *testing.T) {
	checkLast(t, New(dicts(t)), []lastCase{
		{"the Department after the Department of State",
			[]string{"The/DET U.S./PROPN Department/PROPN of/ADP State/PROPN criticised/VERB Peru", "Chile protested/VERB", "Peru thanked/VERB Chile", "The/DET Department/PROPN also/ADV urged/VERB Ecuador"},
			"The Department=USAGOV|Ecuador=ECU"},
		{"the department in the next sentence",
			[]string{"The/DET State/PROPN Department/PROPN criticised/VERB Peru", "Peru rejected/VERB the/DET department/NOUN 's/PART report/NOUN"},
			"Peru=PER|the department=USAGOV"},
		{"a lower-case department further back is none",
			[]string{"The/DET State/PROPN Department/PROPN criticised/VERB Peru", "Chile protested/VERB", "Peru thanked/VERB Chile", "the/DET department/NOUN urged/VERB Ecuador"},
			"Ecuador=ECU"},
	})
}

// TestUnplacedTitle checks that a bare title named again after its first
// mention was left with no country stays with that mention, for
// fillCountry to place both alike, and does not take the country of the
// place its sentence opens in; a title first placed is read as before.
func TestUnplacedTitle(t *testing.T) {
	checkLast(t, New(dicts(t)), []lastCase{
		{"placed with the first mention",
			[]string{"The/DET Special/ADJ Envoy/PROPN will/AUX travel/VERB to/ADP Peru", "Chile and/CCONJ Peru signed/VERB", "Chile protested/VERB", "In/ADP {Lima} ,/PUNCT the/DET Special/ADJ Envoy/PROPN will/AUX meet/VERB Peru"},
			"Lima=PER|Special Envoy=CHLGOV|Peru=PER"},
		{"left unplaced with the first mention",
			[]string{"The/DET Special/ADJ Envoy/PROPN will/AUX travel/VERB to/ADP Peru", "In/ADP {Lima} ,/PUNCT the/DET Special/ADJ Envoy/PROPN will/AUX meet/VERB Peru"},
			"Lima=PER|Special Envoy=GOV|Peru=PER"},
		{"a title first placed is left to the rules before",
			[]string{"Chile protested/VERB", "The/DET Special/ADJ Envoy/PROPN spoke/VERB", "In/ADP {Lima} ,/PUNCT the/DET Special/ADJ Envoy/PROPN met/VERB Peru"},
			"Lima=PER|Special Envoy=CHLGOV|Peru=PER"},
	})
}

// TestQuoteSpeaker checks that "he" or "she" right after a quotation
// and before a verb of saying ('"...," she said') is not a person the
// quotation names but the speaker named before it, with straight or
// curly marks and with the quotation opened in the sentence before; and
// that a pronoun after no quotation is read as before.
func TestQuoteSpeaker(t *testing.T) {
	first := "[Marie Ndong] ,/PUNCT a/DET Gabonese/ADJ lawyer/NOUN ,/PUNCT criticized/VERB Cameroon"
	tests := []lastCase{
		{"straight marks",
			[]string{first, "\"/PUNCT Cameroonian/ADJ President/PROPN [Jean Mballa] ignored/VERB the/DET ruling/NOUN ,/PUNCT \"/PUNCT she/PRON said/VERB"},
			"Cameroonian President Jean Mballa=CMRGOV|she=GABJUD"},
		{"curly marks and the comma outside",
			[]string{first, "\u201c/PUNCT Cameroonian/ADJ President/PROPN [Jean Mballa] ignored/VERB the/DET ruling/NOUN \u201d/PUNCT ,/PUNCT she/PRON added/VERB"},
			"Cameroonian President Jean Mballa=CMRGOV|she=GABJUD"},
		{"a quotation opened in the sentence before",
			[]string{first, "\u201c/PUNCT The/DET law/NOUN is/AUX clear/ADJ ./PUNCT", "Cameroonian/ADJ President/PROPN [Jean Mballa] ignored/VERB the/DET ruling/NOUN ,/PUNCT \u201d/PUNCT she/PRON said/VERB"},
			"Cameroonian President Jean Mballa=CMRGOV|she=GABJUD"},
		{"no quotation",
			[]string{first, "Cameroonian/ADJ President/PROPN [Jean Mballa] said/VERB she/PRON lied/VERB"},
			"Cameroonian President Jean Mballa=CMRGOV|she=CMRGOV"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestDemonstrativeFighters checks that fighters named with "these" or
// "those" are the armed group or the fighters named before, however
// many sentences back, and that a bare "the terrorists" there is left to
// the rules before.
func TestDemonstrativeFighters(t *testing.T) {
	r := New(dicts(t))
	checkLast(t, r, []lastCase{
		{"these, two sentences after the rebels",
			[]string{"Shining/PROPN Path/PROPN rebels/NOUN/NNS attacked/VERB a/DET village/NOUN in/ADP Peru", "Markets/NOUN/NNS fell/VERB", "Peru condemned/VERB these/DET brutal/ADJ terrorists/NOUN/NNS"},
			"Peru=PER|terrorists=PERREB"},
		{"those, after an armed group of no country",
			[]string{"ISIL/PROPN seized/VERB the/DET town/NOUN", "Markets/NOUN/NNS fell/VERB", "Britain will/AUX fight/VERB those/DET terrorists/NOUN/NNS"},
			"Britain=GBR|terrorists=IMGMUSISI"},
		{"the, two sentences after the rebels",
			[]string{"Shining/PROPN Path/PROPN rebels/NOUN/NNS attacked/VERB a/DET village/NOUN in/ADP Peru", "Markets/NOUN/NNS fell/VERB", "Peru condemned/VERB the/DET brutal/ADJ terrorists/NOUN/NNS"},
			"Peru=PER|terrorists=PERUAF"},
	})
}

// TestSameAgentAgain checks that a bare "the army" named again is the
// one the story named so before, not the last force of another name,
// and that it is left to the country of the last force named where the
// story named no bare army before, where an army of another country was
// named since, or where the bare one lies beyond againReach sentences.
func TestSameAgentAgain(t *testing.T) {
	colombia := []string{"Colombian/ADJ troops/NOUN/NNS killed/VERB/VBD six/NUM rebels/NOUN/NNS ,/PUNCT the/DET army/NOUN said/VERB/VBD"}
	later := func(ss ...string) []string { return append(append([]string{}, colombia...), ss...) }
	urged := "Peru urged/VERB/VBD the/DET army/NOUN to/PART withdraw/VERB"
	tests := []lastCase{
		{"the army again after another country's troops",
			later("Venezuelan/ADJ troops/NOUN/NNS detained/VERB/VBD ten/NUM gunmen/NOUN/NNS", urged),
			"Peru=PER|army=COLMIL"},
		{"no bare army before: the last force named",
			[]string{"Bolivia 's/PART army/NOUN seized/VERB/VBD a/DET post/NOUN", "Chilean/ADJ troops/NOUN/NNS moved/VERB/VBD", urged},
			"Peru=PER|army=CHLMIL"},
		{"another country's army named since",
			later("Venezuela 's/PART army/NOUN detained/VERB/VBD ten/NUM gunmen/NOUN/NNS", urged),
			"Peru=PER|army=VENMIL"},
		{"the bare army beyond reach",
			later("Venezuelan/ADJ troops/NOUN/NNS detained/VERB/VBD ten/NUM gunmen/NOUN/NNS",
				"Talks/NOUN/NNS began/VERB/VBD", "Talks/NOUN/NNS went/VERB/VBD on/ADP", "Talks/NOUN/NNS ended/VERB/VBD",
				"Talks/NOUN/NNS resumed/VERB/VBD", "Talks/NOUN/NNS failed/VERB/VBD", urged),
			"Peru=PER|army=VENMIL"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestSeatBody checks that a state's ruling body named by the city it
// sits in ("the government in Kampala") is that city's country's, not
// the country the story led with, and so is an institution of it ("the
// foreign ministry in Kampala"), while persons of a government named
// where they are ("the ministers in Kampala") are not placed so.
func TestSeatBody(t *testing.T) {
	kenya := "Kenya 's/PART president/NOUN accused/VERB/VBD Uganda of/ADP arming/VERB rebels/NOUN/NNS"
	tests := []lastCase{
		{"the government in the capital",
			[]string{kenya, "The/DET government/NOUN in/ADP Kampala/PROPN denied/VERB/VBD the/DET charge/NOUN"},
			"government in Kampala=UGAGOV"},
		{"the junta in the capital",
			[]string{kenya, "The/DET junta/NOUN in/ADP Kampala/PROPN denied/VERB/VBD the/DET charge/NOUN"},
			"junta in Kampala=UGAGOV"},
		{"ministers where they are",
			[]string{kenya, "The/DET ministers/NOUN/NNS in/ADP Kampala/PROPN denied/VERB/VBD the/DET charge/NOUN"},
			"ministers=KENGOV|Kampala=UGA"},
		// An institution of the state sits in its capital too.
		{"the foreign ministry in the capital",
			[]string{kenya, "The/DET foreign/ADJ ministry/NOUN in/ADP Kampala/PROPN denied/VERB/VBD the/DET charge/NOUN"},
			"foreign ministry in Kampala=UGAGOV"},
		{"the cabinet in the capital",
			[]string{kenya, "The/DET cabinet/NOUN in/ADP Kampala/PROPN denied/VERB/VBD the/DET charge/NOUN"},
			"cabinet in Kampala=UGAGOV"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestCrewOf checks that fishermen whose own words name no country are
// the crew of the fishing boat of a country named before them in their
// sentence or the last, and that a tanker's crew, or crews after boats
// of two countries, are left to the country of the story.
func TestCrewOf(t *testing.T) {
	tests := []lastCase{
		{"fishermen after a country's fishing boats",
			[]string{"Chile 's/PART navy/NOUN seized/VERB/VBD two/NUM Peruvian/ADJ fishing/NOUN boats/NOUN/NNS and/CCONJ detained/VERB/VBD 14/NUM fishermen/NOUN/NNS"},
			"Chile 's navy=CHLMIL|Peruvian fishing boats=PERCVL|fishermen=PERCVL"},
		{"fishermen a sentence after the boats",
			[]string{"Chile 's/PART navy/NOUN seized/VERB/VBD two/NUM Peruvian/ADJ fishing/NOUN boats/NOUN/NNS", "The/DET navy/NOUN detained/VERB/VBD 14/NUM fishermen/NOUN/NNS"},
			"navy=CHLMIL|fishermen=PERCVL"},
		{"fishermen after a tanker",
			[]string{"Chile 's/PART navy/NOUN seized/VERB/VBD a/DET Peruvian/ADJ tanker/NOUN and/CCONJ detained/VERB/VBD 14/NUM fishermen/NOUN/NNS"},
			"Chile 's navy=CHLMIL|Peruvian tanker=PERBUS|fishermen=CHLCVL"},
		{"fishermen after boats of two countries",
			[]string{"Chile 's/PART navy/NOUN seized/VERB/VBD Peruvian/ADJ fishing/NOUN boats/NOUN/NNS and/CCONJ Bolivian/ADJ fishing/NOUN boats/NOUN/NNS and/CCONJ detained/VERB/VBD 14/NUM fishermen/NOUN/NNS"},
			"Chile 's navy=CHLMIL|Peruvian fishing boats=PERCVL|Bolivian fishing boats=BOLCVL|fishermen=CHLCVL"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestObjectNotOwnSubject checks that "them" as a verb's object is not
// that verb's subject nor a pronoun of one in its sentence, and that
// past such a mention it stands only for a group or a list, never for
// one actor named in the singular.
func TestObjectNotOwnSubject(t *testing.T) {
	tests := []lastCase{
		{"them after the subject of its verb",
			[]string{"Peru deported/VERB/VBD two/NUM Chilean/ADJ fishermen/NOUN/NNS after/SCONJ police/NOUN detained/VERB/VBD them/PRON/PRP"},
			"Peru=PER|Chilean fishermen=CHLCVL|police=PERCOP|them=CHLCVL"},
		{"them after a pronoun of one",
			[]string{"Peru detained/VERB/VBD three/NUM Chilean/ADJ fishermen/NOUN/NNS it/PRON/PRP said/VERB/VBD had/AUX crossed/VERB/VBN the/DET border/NOUN ,/PUNCT releasing/VERB/VBG them/PRON/PRP"},
			"Peru=PER|Chilean fishermen=CHLCVL|it=PER|them=CHLCVL"},
		{"a count of them after the subject of its verb",
			[]string{"Peru deported/VERB/VBD two/NUM Chilean/ADJ fishermen/NOUN/NNS after/SCONJ police/NOUN briefly/ADV/RB detained/VERB/VBD three/NUM of/ADP them/PRON/PRP"},
			"Peru=PER|Chilean fishermen=CHLCVL|police=PERCOP|them=CHLCVL"},
		{"past the subject, a place of the sentence is passed over",
			[]string{"Chilean/ADJ fishermen/NOUN/NNS protested/VERB/VBD outside/ADP the/DET Peruvian/ADJ embassy/NOUN on/ADP Monday/PROPN ,/PUNCT and/CCONJ police/NOUN briefly/ADV/RB detained/VERB/VBD three/NUM of/ADP them/PRON/PRP"},
			"Chilean fishermen=CHLCVL|Peruvian embassy=PERGOV|police=CHLCOP|them=CHLCVL"},
		{"them after the doer of a gerund",
			[]string{"Bolivian/ADJ rebels/NOUN/NNS attacked/VERB/VBD Peru", "Peru accused/VERB/VBD Chile of/ADP arming/VERB/VBG them/PRON/PRP"},
			"Peru=PER|Chile=CHL"},
		{"them after the antecedent of a relative subject",
			[]string{"Peru 's/PART police/NOUN fired/VERB/VBD at/ADP Chilean/ADJ smugglers/NOUN/NNS who/PRON/WP attacked/VERB/VBD them/PRON/PRP"},
			"Peru 's police=PERCOP|Chilean smugglers=CHLCRM"},
		{"no one actor in the singular past the subject",
			[]string{"Bolivia wants/VERB/VBZ them/PRON/PRP ,/PUNCT Peru wants/VERB/VBZ them/PRON/PRP"},
			"Bolivia=BOL|Peru=PER"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestNamedOrgDescriptionReach checks how far back a lower-case "the
// bank" or "the fund" reaches for the organisation named with that
// head: through a description that stood for it since, and up to
// orgReach sentences back, not past a country's own bank named since;
// "the court" and "the commission" still reach only the sentence
// before.
func TestNamedOrgDescriptionReach(t *testing.T) {
	tests := []lastCase{
		{"the bank two sentences after the bank was named",
			[]string{"the/DET World Bank lent/VERB Peru money/NOUN", "Chile 's/PART president/NOUN spoke/VERB", "Peru thanked/VERB the/DET bank/NOUN"},
			"Peru=PER|the bank=IGOWBK"},
		{"the bank through a description that stood for it",
			[]string{"the/DET World Bank lent/VERB Peru money/NOUN", "the/DET bank/NOUN said/VERB", "Chile spoke/VERB", "Bolivia spoke/VERB", "Peru thanked/VERB the/DET bank/NOUN"},
			"Peru=PER|the bank=IGOWBK"},
		{"the bank past the reach is no organisation",
			[]string{"the/DET World Bank lent/VERB Peru money/NOUN", "Chile spoke/VERB", "Bolivia spoke/VERB", "Ecuador spoke/VERB", "Peru thanked/VERB the/DET bank/NOUN"},
			"Peru=PER"},
		{"the bank after a country's own bank named since",
			[]string{"the/DET World Bank lent/VERB Peru money/NOUN", "Chile 's/PART central/ADJ bank/NOUN spoke/VERB", "Bolivia spoke/VERB", "Peru thanked/VERB the/DET bank/NOUN"},
			"Peru=PER"},
		{"the court two sentences after the court was named",
			[]string{"the/DET International Court of Justice ruled/VERB", "Chile spoke/VERB", "Peru thanked/VERB the/DET court/NOUN"},
			"Peru=PER|the court=PERJUD"},
		{"the commission two sentences after the commission was named",
			[]string{"the/DET European Commission fined/VERB Peru", "Chile spoke/VERB", "Peru thanked/VERB the/DET commission/NOUN"},
			"Peru=PER"},
	}
	checkLast(t, New(dicts(t)), tests)
}
