package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// TestNewFirm checks that a company the sentence introduces as a new one
// takes no country from the actor that acts on it or from the story, but
// only from a place the sentence puts it in or a word that makes it the
// story's; and that a company whose country is said, or one named before,
// keeps it.
func TestNewFirm(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "COMPANY [~BUS]\nFIRM [~BUS]\nBUSINESSMAN [~BUS]\nWORKER [~LAB]\nPOLICE [~COP]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"a company after the subject", []string{"Freedonia sanctioned/VERB a/DET company"}, "Freedonia=FRE|company=BUS"},
		{"a number of firms", []string{"Freedonia fined/VERB three/NUM firms/NOUN/NNS"}, "Freedonia=FRE|firms=BUS"},
		{"an adjective between", []string{"Freedonia fined/VERB a/DET small/ADJ firm"}, "Freedonia=FRE|firm=BUS"},
		{"bare plural after a verb", []string{"Freedonia blacklisted/VERB firms/NOUN/NNS that/PRON trade/VERB"}, "Freedonia=FRE|firms=BUS"},
		{"bare plural opening a sentence", []string{"Freedonia protested/VERB", "Firms/NOUN/NNS closed/VERB"}, "Firms=BUS"},
		{"a story's later sentence", []string{"Freedonia protested/VERB", "police raided/VERB a/DET firm"}, "police=FRECOP|firm=BUS"},
		{"a firm in a country", []string{"Freedonia fined/VERB a/DET firm in/ADP {Sylvania}"}, "Freedonia=FRE|firm in Sylvania=SYLBUS"},
		{"a place says whose", []string{"Freedonia fined/VERB a/DET firm based/VERB in/ADP {Sylvania}"}, "Freedonia=FRE|firm=SYLBUS|Sylvania=SYL"},
		{"a local firm is the story's", []string{"Freedonia fined/VERB a/DET local/ADJ firm"}, "Freedonia=FRE|firm=FREBUS"},
		{"a state-owned company is the story's", []string{"Freedonia fined/VERB a/DET state-owned/ADJ company"}, "Freedonia=FRE|company=FREBUS"},
		{"a demonym says whose", []string{"Freedonia fined/VERB a/DET Sylvanian/ADJ company"}, "Freedonia=FRE|Sylvanian company=SYLBUS"},
		{"the firm is the one named before", []string{"a/DET Sylvanian/ADJ firm sold/VERB arms/NOUN/NNS", "Freedonia fined/VERB the/DET firm"}, "Freedonia=FRE|firm=SYLBUS"},
		{"the firms with no antecedent stay the story's", []string{"Freedonia fined/VERB the/DET firms/NOUN/NNS"}, "Freedonia=FRE|firms=FREBUS"},
		{"a businessman is a person, not a company", []string{"Freedonia arrested/VERB a/DET businessman"}, "Freedonia=FRE|businessman=FREBUS"},
		{"bare workers are not companies", []string{"Freedonia paid/VERB workers/NOUN/NNS"}, "Freedonia=FRE|workers=FRELAB"},
	})
}

// TestReportedAgent checks that people who are no state's agents,
// opening what a speaker of one country says, are of the country of the
// place the reported clause puts them in, not the speaker's; with no
// place named, and for armed agents, the speaker's country stays.
func TestReportedAgent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n", false)
	d := compiledWith(t, es, "POLICE [~COP]\nARMY [~MIL]\nMINISTER [~GOV]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"police after said", []string{"Freedonia said/VERB police arrested/VERB people/NOUN/NNS in/ADP {Sylvania}"}, "Freedonia=FRE|police=SYLCOP|Sylvania=SYL"},
		{"police after said that", []string{"Freedonia said/VERB that/SCONJ the/DET police detained/VERB people/NOUN/NNS in/ADP {Sylvania}"}, "Freedonia=FRE|police=SYLCOP|Sylvania=SYL"},
		{"no place named", []string{"Freedonia said/VERB police arrested/VERB people/NOUN/NNS"}, "Freedonia=FRE|police=FRECOP"},
		{"an army stays the speaker's", []string{"Freedonia said/VERB the/DET army attacked/VERB rebels/NOUN/NNS in/ADP {Sylvania}"}, "Freedonia=FRE|army=FREMIL|Sylvania=SYL"},
		{"not after another verb", []string{"Freedonia trained/VERB police who/PRON patrol/VERB in/ADP {Sylvania}"}, "Freedonia=FRE|police=FRECOP|Sylvania=SYL"},
	})
}

// TestReportedClauseCountry checks that a bare agent inside what a verb
// of saying reports takes the country that clause names first, not the
// speaker's.
func TestReportedClauseCountry(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "POLICE [~COP]\nPROTESTER [~OPP]\nREBEL [~REB]\nTROOPS [~MIL]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"the reported clause's police", []string{"Freedonia said/VERB police in/ADP {Sylvania} arrested/VERB protesters/NOUN/NNS"}, "Freedonia=FRE|police in Sylvania=SYLCOP|protesters=SYLOPP"},
		{"the reported clause's troops", []string{"Freedonia said/VERB Sylvanian/ADJ troops/NOUN/NNS attacked/VERB rebels/NOUN/NNS"}, "Freedonia=FRE|Sylvanian troops=SYLMIL|rebels=SYLREB"},
	})
}

// TestDeputiesOfHouse checks that deputies beside a party or a
// legislative house are its members (LEG), and other deputies keep
// Phoenix's sheriff's deputy (~COP).
func TestDeputiesOfHouse(t *testing.T) {
	es, err := dict.ReadActors(strings.NewReader("FREEDONIA_ [FRE]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := compiledWith(t, es, "DEPUTY [~COP]\n")
	tests := []struct{ src, want string }{
		{"Freedonia deputies/NOUN/NNS of/ADP the/DET ruling/VERB party/NOUN walked/VERB out/ADP", "Freedonia deputies=FRELEG"},
		{"Freedonia deputies/NOUN/NNS in/ADP parliament/NOUN voted/VERB", "Freedonia deputies=FRELEG"},
		{"Freedonia deputies/NOUN/NNS arrested/VERB two/NUM men/NOUN", "Freedonia deputies=FRECOP"},
		{"a/DET Freedonia deputy/NOUN/NN of/ADP the/DET party/NOUN spoke/VERB", "Freedonia deputy=FRECOP"},
	}
	for _, tt := range tests {
		text, s, ents := sentence(tt.src)
		got := spelled(text, New(d).Resolve([]model.Sentence{s}, ents, day2022)[0])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, g, tt.want)
		}
	}
}

// TestFightersOfForcesAhead checks that non-state fighters of no known
// country take the country of the state's forces their sentence names
// after them, and that other agents, or fighters acting on civilians,
// do not.
func TestFightersOfForcesAhead(t *testing.T) {
	es := readActors(t, "ITHILEN_ [ITH]\n+ITHILENIAN_\nFREEDONIA_ [FRE]\n", false)
	r := New(compiledWith(t, es, "SEPARATISTS [~REB]\nSOLDIERS [~MIL]\nARMY [~MIL]\nCIVILIANS [~CVL]\nPROTESTERS [~OPP]\n"))
	tests := []struct {
		src  string
		want []string
	}{
		{"Separatists/NOUN/NNS attacked/VERB Ithilenian/ADJ soldiers/NOUN/NNS",
			[]string{"Separatists=ITHREB", "Ithilenian soldiers=ITHMIL"}},
		{"Separatists/NOUN/NNS attacked/VERB the/DET Ithilen army/NOUN",
			[]string{"Separatists=ITHREB", "Ithilen army=ITHMIL"}},
		{"Separatists/NOUN/NNS attacked/VERB Ithilenian/ADJ civilians/NOUN/NNS",
			[]string{"Separatists=REB", "Ithilenian civilians=ITHCVL"}},
		{"Protesters/NOUN/NNS attacked/VERB Ithilenian/ADJ soldiers/NOUN/NNS",
			[]string{"Protesters=OPP", "Ithilenian soldiers=ITHMIL"}},
		{"Separatists/NOUN/NNS fled/VERB ./PUNCT Ithilenian/ADJ soldiers/NOUN/NNS left/VERB",
			[]string{"Separatists=REB", "Ithilenian soldiers=ITHMIL"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestLeaderOf checks that "the leader(s) of" a country, or of a list of
// countries, are each country's government, and that leaders of
// anything else, or of a thing of the country, are not.
func TestLeaderOf(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nITHILEN_ [ITH]\nFREEDONIAN_ [FRE]\n", false)
	r := New(compiledWith(t, es, "OPPOSITION [~OPP]\nBUSINESS_GROUP [~BUS]\n"))
	tests := []struct {
		src  string
		want []string
	}{
		{"the/DET leader of/ADP Freedonia criticised/VERB Sylvania",
			[]string{"leader of Freedonia=FREGOV", "Sylvania=SYL"}},
		{"the/DET leaders/NOUN/NNS of/ADP Freedonia ,/PUNCT Sylvania and/CCONJ Ithilen met/VERB",
			[]string{"leaders of Freedonia=FREGOV", "Sylvania=SYLGOV", "Ithilen=ITHGOV"}},
		{"a/DET former/ADJ leader of/ADP Freedonia criticised/VERB Sylvania",
			[]string{"leader of Freedonia=FREELI", "Sylvania=SYL"}},
		// The leaders of a thing of the country, or of no country.
		{"the/DET leaders/NOUN/NNS of/ADP Freedonia 's/PART opposition criticised/VERB Sylvania",
			[]string{"Freedonia 's opposition=FREOPP", "Sylvania=SYL"}},
		{"leaders/NOUN/NNS of/ADP Freedonian/ADJ business/NOUN groups/NOUN/NNS criticised/VERB Sylvania",
			[]string{"Freedonian business groups=FREBUS", "Sylvania=SYL"}},
		{"the/DET leaders/NOUN/NNS of/ADP the/DET protest criticised/VERB Sylvania",
			[]string{"Sylvania=SYL"}},
		// No bare leader is a government.
		{"business/NOUN leaders/NOUN/NNS in/ADP Freedonia criticised/VERB Sylvania",
			[]string{"Freedonia=FRE", "Sylvania=SYL"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestDeputyOffice checks that the deputy of an office the dictionaries
// list as one country's government ("Secretary of State") is that
// government, as a later capitalised "The Deputy Secretary" is; that such
// a title after the holder of the full office alone stands for no one;
// and that a lower-case deputy stays a sheriff's deputy, unless a title
// no agent entry holds follows it ("deputy chairman").
func TestDeputyOffice(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []resolveCase{
		{"the deputy of a listed office, then the bare deputy title",
			[]string{"Deputy/PROPN Secretary/PROPN of/ADP State/PROPN [Dana Whitfield] met/VERB Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Gonzalez]", "The/DET Deputy/PROPN Secretary/PROPN praised/VERB Peru"},
			[]string{"Deputy Secretary of State Dana Whitfield=USAGOV", "Peruvian Foreign Minister Elena Gonzalez=PERGOV", "Deputy Secretary=USAGOV", "Peru=PER"}},
		{"the deputy's title is not the holder's",
			[]string{"Secretary/PROPN of/ADP State/PROPN [Dana Whitfield] met/VERB Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Gonzalez]", "The/DET Deputy/PROPN Secretary/PROPN praised/VERB Peru"},
			[]string{"Secretary of State Dana Whitfield=USAGOV", "Peruvian Foreign Minister Elena Gonzalez=PERGOV", "Peru=PER"}},
		{"a lower-case deputy is the police's",
			[]string{"Peru/PROPN said/VERB a/DET deputy/NOUN shot/VERB a/DET thief/NOUN"},
			[]string{"Peru=PER", "deputy=PERCOP", "thief=PERCRM"}},
		{"a lower-case deputy of a title no agent holds is no one's police",
			[]string{"Peru/PROPN protested/VERB", "the/DET party/NOUN 's/PART deputy/NOUN chairman/NOUN criticised/VERB Chile"},
			[]string{"Peru=PER", "Chile=CHL"}},
	}
	checkResolved(t, New(dicts(t)), day, tests)
}

// TestUsedMeans checks that aircraft or troops named as what a verb's
// subject uses ("using fighter and remotely piloted aircraft") are its
// means, no actor, while the same words as a subject (also after a
// clause of "using") or an object are agents.
func TestUsedMeans(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n", false)
	d := compiledWith(t, es, "AIRCRAFT [~MIL]\nFIGHTER [~UAF]\nTROOPS [~MIL]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"a list of aircraft used", []string{"Freedonia struck/VERB {Sylvania} using/VERB/VBG fighter/NOUN and/CCONJ remotely/ADV piloted/VERB/VBN aircraft/NOUN"}, "Freedonia=FRE|Sylvania=SYL"},
		{"troops used", []string{"Freedonia took/VERB the/DET town/NOUN using/VERB/VBG troops/NOUN/NNS"}, "Freedonia=FRE"},
		{"troops after a clause of using", []string{"Freedonia protested/VERB", "Using/VERB/VBG drones/NOUN/NNS ,/PUNCT troops/NOUN/NNS attacked/VERB/VBD {Sylvania}"}, "troops=FREMIL|Sylvania=SYL"},
		{"aircraft that act", []string{"Freedonia protested/VERB", "aircraft/NOUN struck/VERB {Sylvania}"}, "aircraft=FREMIL|Sylvania=SYL"},
		{"aircraft after another verb", []string{"{Sylvania} downed/VERB Freedonia 's/PART aircraft/NOUN"}, "Sylvania=SYL|Freedonia 's aircraft=FREMIL"},
	})
}

// TestPortfolioInName checks that a portfolio listed after a comma in a
// ministry's name ("Ministry of Trade, Industry and Energy") is no agent
// of its own, while an agent after a name with no comma list, or after
// a name that is no ministry's, still is.
func TestPortfolioInName(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\n+FREEDONIAN_\nITHILEN_ [ITH]\n", false)
	r := New(compiledWith(t, es, "MINISTRY_ [~GOV]\nINDUSTRY [~BUS]\nARMY [~MIL]\nFARMERS {} [~AGR]\n"))
	tests := []struct {
		src  string
		want []string
	}{
		{"Freedonia 's/PART Ministry/PROPN of/ADP Trade/PROPN ,/PUNCT Industry/PROPN and/CCONJ Energy/PROPN criticized/VERB Ithilen",
			[]string{"Freedonia 's Ministry=FREGOV", "Ithilen=ITH"}},
		{"Freedonia 's/PART Ministry/PROPN of/ADP Energy/PROPN ,/PUNCT Mines/PROPN ,/PUNCT Industry/PROPN and/CCONJ Trade/PROPN criticized/VERB Ithilen",
			[]string{"Freedonia 's Ministry=FREGOV", "Ithilen=ITH"}},
		// No comma: two actors.
		{"the/DET Freedonian/ADJ Ministry/PROPN of/ADP Defence/PROPN and/CCONJ Army/PROPN criticized/VERB Ithilen",
			[]string{"Freedonian Ministry=FREGOV", "Army=FREMIL", "Ithilen=ITH"}},
		// Not a ministry's name: the list is of actors.
		{"Freedonia 's/PART Bank/PROPN of/ADP Trade/PROPN ,/PUNCT Industry/PROPN and/CCONJ farmers/NOUN/NNS criticized/VERB Ithilen",
			[]string{"Freedonia=FRE", "Industry=FREBUS", "farmers=FREAGR", "Ithilen=ITH"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestOrganBeforeTitle checks that a government organ right before a
// person's title and name ("Foreign Office Minister Anna Rowe") is part
// of the title, not an actor of its own that takes the country in
// context, while a spokesperson's organ and an organ with no name after
// its title still are actors.
func TestOrganBeforeTitle(t *testing.T) {
	british := "The/DET British/ADJ government/NOUN sent/VERB aid/NOUN"
	tests := []lastCase{
		{"an office before a minister",
			[]string{british, "Foreign/PROPN Office/PROPN Minister/PROPN [Anna Rowe] visited/VERB Jordan/PROPN"},
			"Minister Anna Rowe=GBRGOV|Jordan=JOR"},
		{"a ministry before a minister",
			[]string{british, "Defence/PROPN Ministry/PROPN Minister/PROPN [Anna Rowe] visited/VERB Jordan/PROPN"},
			"Minister Anna Rowe=GBRGOV|Jordan=JOR"},
		{"a spokesman's ministry",
			[]string{"Foreign/PROPN Ministry/PROPN spokesman/NOUN [Li Wen] criticised/VERB Japan/PROPN"},
			"Foreign Ministry spokesman Li Wen=GOV|Japan=JPN"},
		{"a title with no name after it",
			[]string{british, "Foreign/PROPN Office/PROPN ministers/NOUN/NNS visited/VERB Jordan/PROPN"},
			"Foreign Office=GBRGOV|ministers=GBRGOV|Jordan=JOR"},
	}
	checkLast(t, New(dicts(t)), tests)
}
