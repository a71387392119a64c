package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
)

// TestTitledUnknownPerson checks that a person the dictionaries do not
// know, named right after a title that says whose the person is, is one
// mention with the title, and that a later surname is that person: after
// a title noun or rank that follows an agent, after the titles of
// legislators, judges and negotiators, after an organisation's official,
// and after a country's envoy to an organisation.
func TestTitledUnknownPerson(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"a title noun after an agent", []string{"Peru 's/PART central/ADJ bank/NOUN chief/NOUN [Rita Campos] criticized/VERB Chile", "[Campos] praised/VERB Bolivia"},
			[]string{"Peru 's central bank chief Rita Campos=PERGOVBUS", "Chile=CHL", "Campos=PERGOVBUS", "Bolivia=BOL"}},
		{"a title noun without a name is the agent's member", []string{"Peru 's/PART central/ADJ bank/NOUN chief/NOUN criticized/VERB Chile"},
			[]string{"Peru 's central bank chief=PERGOVBUS", "Chile=CHL"}},
		{"a rank between title and name", []string{"Peruvian/ADJ army/NOUN chief/NOUN General [Jorge Salas] criticized/VERB Chile", "[Salas] praised/VERB Bolivia"},
			[]string{"Peruvian army chief General Jorge Salas=PERMIL", "Chile=CHL", "Salas=PERMIL", "Bolivia=BOL"}},
		{"a lawmaker's name", []string{"Peruvian/ADJ lawmaker/NOUN [Rosa Quispe] criticized/VERB Chile", "[Quispe] praised/VERB Bolivia"},
			[]string{"Peruvian lawmaker Rosa Quispe=PERLEG", "Chile=CHL", "Quispe=PERLEG", "Bolivia=BOL"}},
		{"plural lawmakers are no person", []string{"Peruvian/ADJ lawmakers/NOUN/NNS criticized/VERB Chile"},
			[]string{"Peruvian lawmakers=PERLEG", "Chile=CHL"}},
		{"an armed group's official", []string{"Hamas official/NOUN [Osama Hamdan] criticized/VERB Israel", "[Hamdan] praised/VERB Qatar"},
			[]string{"Hamas official Osama Hamdan=PSEREBHMS", "Israel=ISR", "Hamdan=PSEREBHMS", "Qatar=QAT"}},
		{"an organisation's official the dictionaries know is himself", []string{"NATO official/NOUN [Mark Rutte] criticized/VERB Russia"},
			[]string{"NATO official=IGOWSTNAT", "Mark Rutte=IGOWSTNAT", "Russia=RUS"}},
		{"an organisation's capitalised title before a name", []string{"European/ADJ Council/PROPN President/PROPN [Ana Lind] criticized/VERB Russia", "[Lind] praised/VERB Chile"},
			[]string{"European Council President Ana Lind=IGOEUREEC", "Russia=RUS", "Lind=IGOEUREEC", "Chile=CHL"}},
		{"Europe is no country for the agents after it", []string{"European/ADJ politicians/NOUN/NNS met/VERB", "officials/NOUN/NNS criticized/VERB Chile"},
			[]string{"European politicians=EUR", "officials=GOV", "Chile=CHL"}},
		{"a name before an envoy's title and post", []string{"[Ana Lind] ,/PUNCT Peru 's/PART ambassador/NOUN to/ADP Chile ,/PUNCT criticized/VERB Bolivia", "[Lind] praised/VERB Ecuador"},
			[]string{"Peru 's ambassador to=PERGOV", "Chile=CHL", "Bolivia=BOL", "Lind=PERGOV", "Ecuador=ECU"}},
		{"a name after an envoy's title and post", []string{"Peru 's/PART ambassador/NOUN to/ADP Chile ,/PUNCT [Ana Lind] ,/PUNCT criticized/VERB Bolivia", "[Lind] praised/VERB Ecuador"},
			[]string{"Peru 's ambassador to=PERGOV", "Chile=CHL", "Bolivia=BOL", "Lind=PERGOV", "Ecuador=ECU"}},
		{"a title the dictionaries list as an actor, with a name", []string{"Secretary/PROPN of/ADP State/PROPN [Ana Lind] criticized/VERB Bolivia", "[Lind] praised/VERB Ecuador"},
			[]string{"Secretary of State Ana Lind=USAGOV", "Bolivia=BOL", "Lind=USAGOV", "Ecuador=ECU"}},
		{"a title the dictionaries list as an actor, without a name", []string{"Secretary/PROPN of/ADP State/PROPN criticized/VERB Bolivia"},
			[]string{"Secretary of State=USAGOV", "Bolivia=BOL"}},
		{"a title of the form office of portfolio after a country", []string{"U.S./PROPN Secretary/PROPN of/ADP State/PROPN [Ana Lind] criticized/VERB Bolivia", "[Lind] praised/VERB Ecuador"},
			[]string{"U.S. Secretary of State Ana Lind=USAGOV", "Bolivia=BOL", "Lind=USAGOV", "Ecuador=ECU"}},
		{"a country's envoy to an organisation", []string{"Russia 's/PART UN ambassador/NOUN [Ivan Petrov] criticized/VERB Ukraine", "[Petrov] praised/VERB Qatar"},
			[]string{"Russia 's UN ambassador Ivan Petrov=RUSGOV", "Ukraine=UKR", "Petrov=RUSGOV", "Qatar=QAT"}},
		{"a country's envoy that the dictionaries list with the organisation", []string{"the/DET Iranian/ADJ U.N. envoy/NOUN criticized/VERB Israel"},
			[]string{"Iranian U.N. envoy=IRNGOV", "Israel=ISR"}},
		{"the organisation's own envoy", []string{"the/DET UN envoy/NOUN criticized/VERB Israel"},
			[]string{"UN envoy=IGOUNO", "Israel=ISR"}},
		{"a country and an organisation's agency are two", []string{"Peru and/CCONJ the/DET UN ambassador/NOUN met/VERB"},
			[]string{"Peru=PER", "UN ambassador=IGOUNO"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}

// TestNamesake checks that a name the dictionaries know only as a head of
// state or government, written after the title of a lesser office with no
// country, is another person of that name, whom the story's dateline
// places; a head's title, a bare name, or a name the dictionaries know in
// its own right keeps the entry's country.
func TestNamesake(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nRUFUS_FIREFLY_ [FREGOV >20190101]\nHUGO_HACKENBUSH_ [FREGOV >20190101]\n", false)
	for _, e := range es {
		if e.Name == "RUFUS FIREFLY" {
			for i := range e.Roles {
				e.Roles[i].Source = dict.WikidataHeadsFile
			}
		}
	}
	d := compiledWith(t, es, "DEFENCE_MINISTER [~GOVMIL]\nPRESIDENT [~GOV]\nSPOKESMAN [~GOV]\n")
	r := New(d)
	for _, tt := range []struct {
		src  string
		want string
	}{
		{"Defence/NOUN Minister [Rufus Firefly] spoke/VERB", "Defence Minister Rufus Firefly=SYLGOVMIL"},
		{"Spokesman/NOUN [Rufus Firefly] spoke/VERB", "Spokesman Rufus Firefly=SYLGOV"},
		{"President [Rufus Firefly] spoke/VERB", "President Rufus Firefly=FREGOV"},
		{"[Rufus Firefly] spoke/VERB", "Rufus Firefly=FREGOV"},
		{"Defence/NOUN Minister [Hugo Hackenbush] spoke/VERB", "Defence Minister Hugo Hackenbush=FREGOV"},
	} {
		text, sents, ents := document([]string{tt.src})
		ms := r.ResolveHome(sents, ents, day2022, nil, "SYL")
		if g := strings.Join(spelled(text, ms[0]), "|"); g != tt.want {
			t.Errorf("%q: %q, want %q", tt.src, g, tt.want)
		}
	}
}

// TestHeadedOffice checks that a relative clause of heading after a
// named person ("Ana Lind, who now heads the senate,") gives the person
// the office it names, and that a past tense, an office that is no
// organ of the state, or a clause of another verb leaves the person's
// own code.
func TestHeadedOffice(t *testing.T) {
	es := readActors(t, "ANA_LIND_ [FREELI]\nFREEDONIA_ [FRE]\nITHILEN_ [ITH]\n", false)
	r := New(compiledWith(t, es, "SENATE [~LEG]\nARMY [~MIL]\nPARLIAMENT [~LEG]\nUNIVERSITY [~EDU]\n"))
	tests := []struct {
		src  string
		want []string
	}{
		{"[Ana Lind] ,/PUNCT who/PRON now/ADV heads/VERB the/DET senate/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FRELEG", "senate=FRELEG", "Ithilen=ITH"}},
		{"[Ana Lind] ,/PUNCT who/PRON commands/VERB the/DET army/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FREMIL", "army=FREMIL", "Ithilen=ITH"}},
		{"[Ana Lind] ,/PUNCT who/PRON presides/VERB over/ADP the/DET parliament/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FRELEG", "parliament=FRELEG", "Ithilen=ITH"}},
		// The past says what she was, not what she is.
		{"[Ana Lind] ,/PUNCT who/PRON led/VERB the/DET army/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FREELI", "army=FREMIL", "Ithilen=ITH"}},
		// A university is no office of the state.
		{"[Ana Lind] ,/PUNCT who/PRON heads/VERB the/DET university/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FREELI", "university=FREEDU", "Ithilen=ITH"}},
		{"[Ana Lind] ,/PUNCT who/PRON visited/VERB the/DET senate/NOUN ,/PUNCT accused/VERB Ithilen",
			[]string{"Ana Lind=FREELI", "senate=FRELEG", "Ithilen=ITH"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestOrganMember checks that a rank's title right after an organ's
// name is a member of that organ, not an agent read on its own, and
// that a title that begins a longer noun phrase is left alone.
func TestOrganMember(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nFREEDONIAN_ [FRE]\nITHILEN_ [ITH]\n", false)
	r := New(compiledWith(t, es, "POLICE {} [~COP]\nARMY [~MIL]\nCOMMANDER [~MIL]\nCHIEF [~GOV]\nOFFICIAL [~GOV]\n"))
	tests := []struct {
		src  string
		want []string
	}{
		{"Ithilen sanctioned/VERB a/DET Freedonian/ADJ police/NOUN commander/NOUN",
			[]string{"Ithilen=ITH", "Freedonian police commander=FRECOP"}},
		{"Ithilen sanctioned/VERB four/NUM Freedonian/ADJ police/NOUN commanders/NOUN/NNS",
			[]string{"Ithilen=ITH", "Freedonian police commanders=FRECOP"}},
		{"Ithilen sanctioned/VERB Freedonia 's/PART police/NOUN chief/NOUN",
			[]string{"Ithilen=ITH", "Freedonia 's police chief=FRECOP"}},
		{"Ithilen sanctioned/VERB Freedonian/ADJ army/NOUN officials/NOUN/NNS",
			[]string{"Ithilen=ITH", "Freedonian army officials=FREMIL"}},
		// The title modifies a noun after it: no member.
		{"Ithilen raided/VERB a/DET Freedonian/ADJ police/NOUN head/NOUN office/NOUN",
			[]string{"Ithilen=ITH", "Freedonian police=FRECOP"}},
		{"Ithilen sanctioned/VERB a/DET Freedonian/ADJ police/NOUN head/NOUN",
			[]string{"Ithilen=ITH", "Freedonian police head=FRECOP"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestCountryAfterName checks that a titled person with no country of
// their own, written with "of" and a country after the name, is that
// country's (and so is the surname later), not of the country the
// sentence names first; a thing of the country after "of" places no one.
func TestCountryAfterName(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"a minister of a country met by another's president",
			[]string{"Peruvian/ADJ President/PROPN [Jorge Salas] met/VERB Foreign/PROPN Minister/PROPN [Ana Kovac] of/ADP Croatia", "[Kovac] praised/VERB Chile"},
			[]string{"Peruvian President Jorge Salas=PERGOV", "Foreign Minister Ana Kovac of Croatia=HRVGOV", "Kovac=HRVGOV", "Chile=CHL"}},
		{"the minister first, the other official after",
			[]string{"Foreign/PROPN Minister/PROPN [Ana Kovac] of/ADP Croatia met/VERB Peruvian/ADJ President/PROPN [Jorge Salas]"},
			[]string{"Foreign Minister Ana Kovac of Croatia=HRVGOV", "Peruvian President Jorge Salas=PERGOV"}},
		{"a former minister of a country",
			[]string{"Peru criticized/VERB former/ADJ Foreign/PROPN Minister/PROPN [Ana Kovac] of/ADP Croatia"},
			[]string{"Peru=PER", "Foreign Minister Ana Kovac of Croatia=HRVELI"}},
		{"a thing of the country is not whose the person is",
			[]string{"Peruvian/ADJ President/PROPN [Jorge Salas] met/VERB Foreign/PROPN Minister/PROPN [Ana Kovac] of/ADP Croatia 's/PART party/NOUN"},
			[]string{"Peruvian President Jorge Salas=PERGOV", "Foreign Minister Ana Kovac=PERGOV", "Croatia=HRV"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}

// TestPlacedTitle checks that a country named after a sentence-opening
// "In", before a title and the surname of a person named earlier, is
// where that person acts, not whose the person is; with no such name the
// country still says whose its agent is.
func TestPlacedTitle(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"the person named before acts in the country",
			[]string{"Peru 's/PART foreign/ADJ minister/NOUN [Ana Lind] visited/VERB Chile", "In/ADP Chile Minister/PROPN [Lind] met/VERB Bolivia"},
			[]string{"Peru 's foreign minister Ana Lind=PERGOV", "Chile=CHL", "Minister Lind=PERGOV", "Bolivia=BOL"}},
		{"an agent with no name stays the country's",
			[]string{"Peru 's/PART foreign/ADJ minister/NOUN [Ana Lind] visited/VERB Chile", "In/ADP Chile police/NOUN criticized/VERB Bolivia"},
			[]string{"Peru 's foreign minister Ana Lind=PERGOV", "Chile=CHL", "Chile police=CHLCOP", "Bolivia=BOL"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}

// TestNamedByOccupation checks that a person the dictionaries do not
// know, named right after a singular noun of what the person is
// ("opposition activist Carlos Mendez", "Kenyan lawyer Ann Wanjiru"), is
// one mention with that noun, and that a later surname or pronoun is
// that person, also where "opposition" before the noun joins the two,
// and where the noun is set off by a comma after the name ("Paul
// Essono, a Cameroonian journalist,"); and that the noun without a name,
// or in the plural, stays the agent.
func TestNamedByOccupation(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"an activist's surname", []string{"Venezuelan/ADJ activist/NOUN [Carlos Mendez] criticized/VERB Colombia", "[Mendez] praised/VERB Brazil"},
			[]string{"Venezuelan activist Carlos Mendez=VENOPP", "Colombia=COL", "Mendez=VENOPP", "Brazil=BRA"}},
		{"a lawyer's surname after words between", []string{"Kenyan/ADJ human/ADJ rights/NOUN/NNS lawyer/NOUN [Ann Wanjiru] sued/VERB Uganda", "Ugandan/ADJ police/NOUN detained/VERB [Wanjiru]"},
			[]string{"Kenyan human rights lawyer Ann Wanjiru=KENJUD", "Uganda=UGA", "Ugandan police=UGACOP", "Wanjiru=KENJUD"}},
		{"a journalist's pronoun", []string{"Chilean/ADJ journalist/NOUN [Pablo Rojas] criticized/VERB Peru", "He/PRON praised/VERB Bolivia"},
			[]string{"Chilean journalist Pablo Rojas=CHLMED", "Peru=PER", "He=CHLMED", "Bolivia=BOL"}},
		{"an opposition politician's surname", []string{"Nigerian/ADJ police/NOUN arrested/VERB opposition/NOUN politician/NOUN [Musa Bello]", "[Bello] accused/VERB Niger"},
			[]string{"Nigerian police=NGACOP", "opposition politician Musa Bello=NGAOPP", "Bello=NGAOPP", "Niger=NER"}},
		{"a journalist set off after the name", []string{"[Paul Essono] ,/PUNCT a/DET Cameroonian/ADJ journalist/NOUN ,/PUNCT accused/VERB Gabon", "He/PRON urged/VERB Nigeria"},
			[]string{"Cameroonian journalist=CMRMED", "Gabon=GAB", "He=CMRMED", "Nigeria=NGA"}},
		{"a lawyer set off after the name, then the surname", []string{"[Marie Ndong] ,/PUNCT the/DET Gabonese/ADJ lawyer/NOUN ,/PUNCT criticized/VERB Cameroon", "Cameroonian/ADJ police/NOUN detained/VERB [Ndong]"},
			[]string{"Gabonese lawyer=GABJUD", "Cameroon=CMR", "Cameroonian police=CMRCOP", "Ndong=GABJUD"}},
		{"no name after the noun", []string{"A/DET Kenyan/ADJ lawyer/NOUN sued/VERB Uganda"},
			[]string{"Kenyan lawyer=KENJUD", "Uganda=UGA"}},
		{"the plural is no person", []string{"Kenyan/ADJ lawyers/NOUN/NNS sued/VERB Uganda"},
			[]string{"Kenyan lawyers=KENJUD", "Uganda=UGA"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}

// TestForeignSenate checks that a bare "Senate" in a story on another
// country than the United States is that country's legislature, and the
// United States Congress in a story that has named the United States.
func TestForeignSenate(t *testing.T) {
	tests := []lastCase{
		{"the Senate of the story's country",
			[]string{"Peru accused/VERB Chile of/ADP spying/NOUN", "The/DET Senate/PROPN criticised/VERB Chile"},
			"Senate=PERLEG|Chile=CHL"},
		{"the Senate in a story on the United States",
			[]string{"The/DET United/PROPN States/PROPN accused/VERB Chile of/ADP spying/NOUN", "The/DET Senate/PROPN criticised/VERB Chile"},
			"Senate=USAGOVLEG|Chile=CHL"},
	}
	checkLast(t, New(dicts(t)), tests)
}
