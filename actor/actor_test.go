package actor

import (
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// spelled writes each of ms as its text and code, "Peru=PER".
func spelled(text string, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, text[m.Span.Start:m.Span.End]+"="+m.Code)
	}
	return out
}

// checkSpelled resolves the sentence src (see sentence) on 2022's day and
// reports an error unless its mentions, spelled, are want.
func checkSpelled(t *testing.T, r *Resolver, src string, want []string) {
	t.Helper()
	text, s, ents := sentence(src)
	ms := r.Resolve([]model.Sentence{s}, ents, day2022)
	if got := spelled(text, ms[0]); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%q: got %q, want %q", src, got, want)
	}
}

// resolverOf returns a Resolver over the actor dictionary src alone.
func resolverOf(t *testing.T, src string) *Resolver {
	t.Helper()
	es, err := dict.ReadActors(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Compile(dict.Sources{Actors: es})
	if err != nil {
		t.Fatal(err)
	}
	return New(d)
}

// compiledWith compiles the actor entries es with the agent dictionary
// written in agents.
func compiledWith(t *testing.T, es []*dict.Entry, agents string) *dict.Dicts {
	t.Helper()
	ags, err := dict.ReadAgents(strings.NewReader(agents))
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Compile(dict.Sources{Actors: es, Agents: ags})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readActors reads the entries of an actor dictionary written in src,
// as TABARI's when stems is set.
func readActors(t *testing.T, src string, stems bool) []*dict.Entry {
	t.Helper()
	ar := dict.NewActorReader(strings.NewReader(src))
	ar.Stems = stems
	var es []*dict.Entry
	for {
		e, err := ar.Next()
		if err == io.EOF {
			return es
		}
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
}

func dicts(t testing.TB) *dict.Dicts {
	t.Helper()
	d, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sentence builds a tagged sentence from "Form/UPOS", "Form/UPOS/XPOS"
// or "Form/UPOS/XPOS/lemma" words separated by spaces (a word without a tag is PROPN when
// capitalised, else NOUN); a
// name in [brackets] is a PERSON entity, in {braces} a LOCATION. It
// returns the text, the sentence and the entities.
func sentence(src string) (string, model.Sentence, []model.Entity) {
	var b strings.Builder
	var s model.Sentence
	var ents []model.Entity
	entStart, kind := -1, ""
	for _, w := range strings.Fields(src) {
		open := ""
		if strings.HasPrefix(w, "[") || strings.HasPrefix(w, "{") {
			open, w = w[:1], w[1:]
		}
		closeKind := ""
		if strings.HasSuffix(w, "]") {
			closeKind, w = model.Person, w[:len(w)-1]
		} else if strings.HasSuffix(w, "}") {
			closeKind, w = model.Location, w[:len(w)-1]
		}
		form, tag, _ := strings.Cut(w, "/")
		tag, xpos, _ := strings.Cut(tag, "/")
		xpos, lemma, _ := strings.Cut(xpos, "/")
		if form == "" {
			continue
		}
		if tag == "" {
			tag = "NOUN"
			if form[0] >= 'A' && form[0] <= 'Z' {
				tag = "PROPN"
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(form)
		if open != "" || entStart < 0 {
			entStart = start
		}
		s.Tokens = append(s.Tokens, model.Token{Span: model.Span{Start: start, End: b.Len()}, Form: form, UPOS: tag, XPOS: xpos, Lemma: lemma, Head: -1})
		if closeKind != "" {
			kind = closeKind
			ents = append(ents, model.Entity{Span: model.Span{Start: entStart, End: b.Len()}, Kind: kind})
		}
	}
	text := b.String()
	for i := range ents {
		ents[i].Text = text[ents[i].Start:ents[i].End]
	}
	s.Span = model.Span{Start: 0, End: len(text)}
	return text, s, ents
}

var day2022 = time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC)

func TestResolve(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		// want lists "text=CODE" for each mention of the last sentence.
		want []string
	}{
		{"country", []string{"Albania/PROPN expelled/VERB diplomats"}, []string{"Albania=ALB", "diplomats=ALBGOV"}},
		{"demonym and agent", []string{"Iranian/ADJ diplomats left/VERB"}, []string{"Iranian diplomats=IRNGOV"}},
		{"possessive agent", []string{"Iran 's/PART foreign/ADJ ministry condemned/VERB it/PRON"}, []string{"Iran 's foreign ministry=IRNGOV", "it=IRNGOV"}},
		{"modifier before agent", []string{"Albanian/ADJ riot/NOUN police sealed/VERB it/PRON"}, []string{"Albanian riot police=ALBCOP", "it=ALBCOP"}},
		{"title and name", []string{"Albanian/ADJ Prime Minister [Edi Rama] spoke/VERB"}, []string{"Albanian Prime Minister Edi Rama=ALBGOV"}},
		// A commissioner after an organisation led the last sentence.
		{"a commissioner after the commission is the organisation's", []string{"Chile protested/VERB", "the/DET European/PROPN Commission/PROPN offered/VERB a/DET loan/NOUN", "Commissioner [Ana Lind] spoke/VERB"}, []string{"Commissioner Ana Lind=IGOEUREEC"}},
		{"a commissioner after a country is the country's", []string{"Chile protested/VERB", "Peru offered/VERB a/DET loan/NOUN", "Commissioner [Ana Lind] spoke/VERB"}, []string{"Commissioner Ana Lind=PERGOV"}},
		{"a minister after the commission is a country's", []string{"Chile protested/VERB", "the/DET European/PROPN Commission/PROPN offered/VERB a/DET loan/NOUN", "Minister [Ana Lind] spoke/VERB"}, []string{"Minister Ana Lind=CHLGOV"}},
		// Members of the opposition (see fromOpposition).
		{"lawmakers from the opposition are the opposition", []string{"Chilean/ADJ lawmakers/NOUN from/ADP the/DET opposition/NOUN spoke/VERB"}, []string{"Chilean lawmakers from the opposition=CHLOPP"}},
		{"bare lawmakers of the opposition take the story's country", []string{"Peru protested/VERB", "lawmakers/NOUN of/ADP the/DET opposition/NOUN spoke/VERB"}, []string{"lawmakers of the opposition=PEROPP"}},
		{"lawmakers from the ruling party stay lawmakers", []string{"Chilean/ADJ lawmakers/NOUN from/ADP the/DET ruling/ADJ party/NOUN spoke/VERB"}, []string{"Chilean lawmakers=CHLLEG", "ruling party=CHLGOV"}},
		{"soldiers beside the opposition stay soldiers", []string{"Chilean/ADJ soldiers/NOUN from/ADP the/DET opposition/NOUN spoke/VERB"}, []string{"Chilean soldiers=CHLMIL", "opposition=CHLOPP"}},
		// Rulers the supplement adds beside Phoenix's KING.
		{"an emir is his state's government", []string{"the/DET Emir/PROPN of/ADP Kuwait thanked/VERB Peru"}, []string{"Emir of Kuwait=KWTGOV", "Peru=PER"}},
		{"a sultan after a possessive", []string{"Oman 's/PART sultan/NOUN thanked/VERB Peru"}, []string{"Oman 's sultan=OMNGOV", "Peru=PER"}},
		// A territory with a code of its own (see territory).
		{"a territory's government is the territory's", []string{"Greenland 's/PART government/NOUN protested/VERB"}, []string{"Greenland 's government=DNKGRLGOV"}},
		{"a territory's name before an agent", []string{"the/DET Puerto/PROPN Rico/PROPN governor/NOUN spoke/VERB"}, []string{"Puerto Rico governor=USAPRIGOV"}},
		{"a territory's title and name", []string{"Greenland 's/PART Prime Minister [Ana Berg] spoke/VERB"}, []string{"Greenland 's Prime Minister Ana Berg=DNKGRLGOV"}},
		{"a territory's demonym", []string{"Greenlandic/ADJ police/NOUN spoke/VERB"}, []string{"Greenlandic police=DNKGRLCOP"}},
		{"opposition title over a stale role", []string{"Opposition/NOUN leader/NOUN [Sali Berisha] spoke/VERB"}, []string{"Opposition leader Sali Berisha=ALBOPP"}},
		{"surname later", []string{"[Edi Rama] spoke/VERB", "Rama said/VERB he/PRON left/VERB"}, []string{"Rama=ALBGOV", "he=ALBGOV"}},
		// A demonym said of someone after "be" names no actor (see
		// predicateDemonym).
		{"a demonym after be", []string{"I/PRON 'm/AUX Peruvian/ADJ and/CCONJ I/PRON am/AUX going/VERB to/ADP Chile"}, []string{"Chile=CHL"}},
		{"a demonym after being a", []string{"being/AUX an/DET American/ADJ helps/VERB in/ADP Chile"}, []string{"Chile=CHL"}},
		{"a demonym before a noun after be", []string{"they/PRON are/AUX Peruvian/ADJ soldiers/NOUN"}, []string{"Peruvian soldiers=PERMIL"}},
		// So does a country a person is said to come from (see
		// personsOrigin), but not what else comes from a country.
		{"a person's country after be from", []string{"I/PRON am/AUX from/ADP Chile and/CCONJ I/PRON am/AUX going/VERB to/ADP Peru"}, []string{"Peru=PER"}},
		{"a person's country after be from and an adverb", []string{"he/PRON is/AUX originally/ADV from/ADP Bolivia ,/PUNCT visiting/VERB Peru"}, []string{"Peru=PER"}},
		{"a proposal from a country", []string{"the/DET proposal/NOUN is/AUX from/ADP Chile"}, []string{"Chile=CHL"}},
		{"a surname in another transliteration", []string{"Ukrainian/ADJ President [Olena Hrytsenskyy] spoke/VERB", "Hrytsenskiy said/VERB"}, []string{"Hrytsenskiy=UKRGOV"}},
		{"a two-letter family name", []string{"Chinese/ADJ President [Xi Jinping] spoke/VERB", "Xi left/VERB"}, []string{"Xi=CHNGOV"}},
		{"a two-letter family name that is an English word", []string{"Chinese/ADJ President [Oh Jinping] spoke/VERB", "Oh/PROPN ,/PUNCT Peru won/VERB"}, []string{"Peru=PER"}},
		{"a two-letter family name needs a name's tag", []string{"Chinese/ADJ President [Ba Jinping] spoke/VERB", "Ba/INTJ ,/PUNCT Peru won/VERB"}, []string{"Peru=PER"}},
		{"a short surname is not folded", []string{"Ukrainian/ADJ President [Olena Koski] spoke/VERB", "Kosky said/VERB"}, nil},
		// A name described by a title after it (see describedBefore).
		{"a name a title after it describes is the titled person", []string{"[Luis Mamani] ,/PUNCT the/DET Chilean/ADJ envoy/NOUN/NN to/ADP Peru ,/PUNCT spoke/VERB", "Mamani left/VERB"}, []string{"Mamani=CHLGOV"}},
		{"a name described by a bare title past modifiers", []string{"Chile protested/VERB", "[Luis Mamani] ,/PUNCT a/DET former/ADJ senior/ADJ envoy/NOUN/NN ,/PUNCT spoke/VERB", "Mamani left/VERB"}, []string{"Mamani=CHLGOV"}},
		{"a name in a list before a title is not described by it", []string{"Chile protested/VERB", "[Luis Mamani] ,/PUNCT [Ana Quispe] and/CCONJ the/DET Peruvian/ADJ envoy/NOUN/NN spoke/VERB", "Mamani left/VERB"}, nil},
		// An organisation's or group's officials (see organ).
		{"an organisation's officials are its own", []string{"EU/PROPN officials/NOUN/NNS met/VERB"}, []string{"EU officials=IGOEUREEC"}},
		{"an armed group's envoy is the group's, not its country's government", []string{"Peru protested/VERB", "a/DET Hamas/PROPN envoy/NOUN/NN spoke/VERB"}, []string{"Hamas envoy=PSEREBHMS"}},
		// "Europe" among countries is the European Union (see europeListed).
		{"Europe listed before countries is the EU", []string{"partners/NOUN including/VERB Europe/PROPN ,/PUNCT Japan/PROPN and/CCONJ Canada/PROPN"}, []string{"Europe=IGOEUREEC", "Japan=JPN", "Canada=CAN"}},
		{"Europe listed after countries is the EU", []string{"Chile/PROPN ,/PUNCT Peru/PROPN and/CCONJ Europe/PROPN signed/VERB"}, []string{"Chile=CHL", "Peru=PER", "Europe=IGOEUREEC"}},
		{"Europe paired with one country is no actor", []string{"Chile/PROPN and/CCONJ Europe/PROPN signed/VERB"}, []string{"Chile=CHL"}},
		{"Europe as a place is no actor", []string{"many/ADJ died/VERB in/ADP Europe/PROPN"}, nil},
		{"Europe listed with a region is no actor", []string{"exports/NOUN to/ADP Europe/PROPN and/CCONJ Asia/PROPN rose/VERB"}, nil},
		// A country's leader (see named).
		{"a country's leader is its government", []string{"the/DET Chilean/ADJ leader/NOUN/NN spoke/VERB"}, []string{"Chilean leader=CHLGOV"}},
		{"a country's supreme leader is its government", []string{"Peru 's/PART supreme/ADJ leader/NOUN/NN spoke/VERB"}, []string{"Peru 's supreme leader=PERGOV"}},
		{"a defence minister is the government, as any minister is", []string{"Peru 's/PART defence/NOUN minister/NOUN/NN spoke/VERB"}, []string{"Peru 's defence minister=PERGOV"}},
		{"a ministry of defence is the government, as any ministry is", []string{"the/DET Chilean/ADJ Ministry/PROPN of/ADP Defence/PROPN protested/VERB"}, []string{"Chilean Ministry of Defence=CHLGOV"}},
		{"fishermen are civilians", []string{"twelve/NUM Peruvian/ADJ fishermen/NOUN/NNS were/AUX detained/VERB"}, []string{"Peruvian fishermen=PERCVL"}},
		{"a health ministry is the government, as any ministry is", []string{"Chile 's/PART health/NOUN ministry/NOUN/NN protested/VERB"}, []string{"Chile 's health ministry=CHLGOV"}},
		{"an agriculture minister is the government", []string{"the/DET Bolivian/ADJ agriculture/NOUN minister/NOUN/NN spoke/VERB"}, []string{"Bolivian agriculture minister=BOLGOV"}},
		{"trade officials are the government", []string{"Chinese/ADJ trade/NOUN officials/NOUN/NNS arrived/VERB"}, []string{"Chinese trade officials=CHNGOV"}},
		{"state media keep their sector", []string{"Chinese/ADJ state/NOUN media/NOUN/NNS reported/VERB"}, []string{"Chinese state media=CHNGOVMED"}},
		{"gendarmes are police", []string{"four/NUM Malian/ADJ gendarmes/NOUN/NNS were/AUX detained/VERB"}, []string{"Malian gendarmes=MLICOP"}},
		{"patrol boats are the military", []string{"Chilean/ADJ patrol/NOUN boats/NOUN/NNS detained/VERB fishermen/NOUN/NNS"}, []string{"Chilean patrol boats=CHLMIL", "fishermen=CHLCVL"}},
		{"customs officers are the government", []string{"Chilean/ADJ customs/NOUN officers/NOUN/NNS protested/VERB"}, []string{"Chilean customs officers=CHLGOV"}},
		{"a customs agency is the government", []string{"Peru 's/PART customs/NOUN agency/NOUN/NN protested/VERB"}, []string{"Peru 's customs agency=PERGOV"}},
		{"an officer named by rank beside the office is the office", []string{"Peru 's/PART leader/NOUN ,/PUNCT Colonel/PROPN [Juan Ortiz] ,/PUNCT accused/VERB Chile"},
			[]string{"Peru 's leader=PERGOV", "Colonel Juan Ortiz=PERGOV", "Chile=CHL"}},
		{"an officer named by rank before the office is the office", []string{"Captain/PROPN [Rosa Vargas] ,/PUNCT Bolivia 's/PART president/NOUN ,/PUNCT spoke/VERB"},
			[]string{"Captain Rosa Vargas=BOLGOV", "Bolivia 's president=BOLGOV"}},
		{"an officer named by rank alone stays military", []string{"Chile protested/VERB", "Colonel/PROPN [Juan Ortiz] spoke/VERB"},
			[]string{"Colonel Juan Ortiz=CHLMIL"}},
		{"lorry drivers are civilians", []string{"Zambian/ADJ lorry/NOUN drivers/NOUN/NNS blocked/VERB the/DET road/NOUN"}, []string{"Zambian lorry drivers=ZMBCVL"}},
		{"a military government is the government", []string{"Chile 's/PART military/ADJ government/NOUN expelled/VERB the/DET envoy/NOUN"}, []string{"Chile 's military government=CHLGOV", "envoy=CHLGOV"}},
		{"a country's opposition leader is no government", []string{"the/DET Chilean/ADJ opposition/NOUN leader/NOUN/NN spoke/VERB"}, []string{"Chilean opposition leader=CHLOPP"}},
		// "He" as a family name (see at1).
		{"He before a person's name is no pronoun", []string{"Peruvian/ADJ President [Ana Quispe] protested/VERB", "He/PRON [Jianxiong] spoke/VERB"}, nil},
		{"He before a verb is the pronoun", []string{"Peruvian/ADJ President [Ana Quispe] protested/VERB", "He/PRON spoke/VERB"}, []string{"He=PERGOV"}},
		// A counterpart (see counterpart).
		{"a counterpart is of the possessor's type", []string{"Chile 's/PART police/NOUN chief met/VERB his/PRON/PRP$ Peruvian/ADJ counterpart/NOUN/NN"}, []string{"Chile 's police chief=CHLCOP", "his=CHLCOP", "Peruvian counterpart=PERCOP"}},
		{"counterparts with no possessor are a government's and no one person", []string{"Chilean/ADJ ministers/NOUN/NNS met/VERB Peruvian/ADJ counterparts/NOUN/NNS and/CCONJ they/PRON left/VERB"}, []string{"Chilean ministers=CHLGOV", "Peruvian counterparts=PERGOV", "they=PERGOV"}},
		{"a company's counterpart is a company", []string{"Chilean/ADJ companies/NOUN/NNS and/CCONJ their/PRON/PRP$ Peruvian/ADJ counterparts/NOUN/NNS"}, []string{"Chilean companies=CHLBUS", "their=CHLBUS", "Peruvian counterparts=PERBUS"}},
		{"a country's possessive and counterpart are no counterpart", []string{"Peru 's/PART counterpart/NOUN/NN spoke/VERB"}, []string{"Peru=PER"}},
		// A person's staff (see staffOf).
		{"an aide to a leader is the leader's", []string{"Chilean/ADJ President [Ana Quispe] spoke/VERB", "a/DET top/ADJ aide/NOUN/NN to/ADP Quispe said/VERB"}, []string{"aide to Quispe=CHLGOV"}},
		{"advisers to a leader are the leader's and no one person", []string{"Chilean/ADJ President [Ana Quispe] spoke/VERB", "advisers/NOUN/NNS to/ADP Quispe left/VERB and/CCONJ they/PRON spoke/VERB"}, []string{"advisers to Quispe=CHLGOV", "they=CHLGOV"}},
		{"a letter to a leader is no staff", []string{"Chilean/ADJ President [Ana Quispe] spoke/VERB", "a/DET letter/NOUN/NN to/ADP Quispe said/VERB"}, []string{"Quispe=CHLGOV"}},
		{"an aide to a country is no person's staff", []string{"an/DET aide/NOUN/NN to/ADP Peru left/VERB"}, []string{"Peru=PER"}},
		{"a known name that only begins a longer person's name is not that person", []string{"a/DET spokesman/NOUN [Nasser Kanaani] spoke/VERB"}, []string{"spokesman Nasser Kanaani=MED"}},
		{"a known name that is the whole person's name", []string{"[Nasser] spoke/VERB"}, []string{"Nasser=EGY"}},
		{"a known name inside a longer person's name is not that person", []string{"gunmen/NOUN/NNS killed/VERB [Sheikh Abdullah Rawi]"}, []string{"gunmen=UAF"}},
		{"a city's whole name after a noun and in is where, and its last word no country", []string{"Peru protested/VERB", "a/DET riot/NOUN in/ADP {New Orleans} ended/VERB"}, nil},
		{"a country's name after New is another place", []string{"Peru protested/VERB", "she/PRON moved/VERB to/ADP {New England}"}, nil},
		{"a country's name after New is another place, also in Asia", []string{"Peru protested/VERB", "she/PRON moved/VERB to/ADP {New Guinea}"}, nil},
		{"a country's name that ends a person's name is the person's family name", []string{"a/DET Peruvian/ADJ lawmaker/NOUN ,/PUNCT [Omar Nasser] ,/PUNCT accused/VERB Chile"}, []string{"Peruvian lawmaker=PERLEG", "Chile=CHL"}},
		{"a country's unknown person is its government", []string{"Chile hosted/VERB Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani]"},
			[]string{"Chile=CHL", "Peru 's Ana Quispe=PERGOV", "Bolivia 's Luis Mamani=BOLGOV"}},
		{"a country's person whose first name the dictionaries know", []string{"Chile hosted/VERB Peru 's/PART [Nasser Quispe]"}, []string{"Chile=CHL", "Peru 's Nasser Quispe=PERGOV"}},
		{"a country's possession that is no person", []string{"Chile hosted/VERB Peru 's/PART {Cusco}"}, []string{"Chile=CHL", "Peru=PER"}},
		{"agent of country", []string{"the/DET police of/ADP Kosovo fired/VERB"}, []string{"police of Kosovo=KSVCOP"}},
		{"a possessive person with no role today lends the agent no country", []string{"Iran criticised/VERB Israel", "[Saddam Hussein] 's/PART army invaded/VERB Kuwait"},
			[]string{"army=MIL", "Kuwait=KWT"}},
		{"a possessive person unknown to the dictionaries", []string{"Iran criticised/VERB Israel", "[Ana Quispe] 's/PART fighters attacked/VERB Kuwait"},
			[]string{"fighters=UAF", "Kuwait=KWT"}},
		{"a possessive person with a role today", []string{"Iran criticised/VERB Israel", "[Vladimir Putin] 's/PART army invaded/VERB Kuwait"},
			[]string{"Vladimir Putin=RUSGOV", "army=RUSMIL", "Kuwait=KWT"}},
		{"a government named by its leader's name is the leader's", []string{"Iran criticised/VERB Israel", "Kuwait said/VERB the/DET [Vladimir Putin] government/NOUN lied/VERB"},
			[]string{"Kuwait=KWT", "Vladimir Putin=RUSGOV", "government=RUSGOV"}},
		{"a government named by its leader's surname is the leader's", []string{"[Vladimir Putin] spoke/VERB", "Kuwait criticised/VERB the/DET [Putin] administration/NOUN"},
			[]string{"Kuwait=KWT", "Putin=RUSGOV", "administration=RUSGOV"}},
		{"an unknown person's company keeps the story's country", []string{"Iran criticised/VERB Israel", "[Ana Quispe] 's/PART company sued/VERB Kuwait"},
			[]string{"company=IRNBUS", "Kuwait=KWT"}},
		{"bare agent takes the last country", []string{"Kosovo held/VERB elections", "the/DET police arrested/VERB protesters"}, []string{"police=KSVCOP", "protesters=KSVOPP"}},
		{"the government of the sentence's own country", []string{"Iran expelled/VERB diplomats", "Albanian/ADJ opposition/NOUN leaders criticised/VERB the/DET government"},
			[]string{"Albanian opposition leaders=ALBOPP", "government=ALBGOV"}},
		{"a bare agent after a list of countries is of the story's country", []string{"Peru arrested/VERB opposition/NOUN leaders/NOUN/NNS", "Chile and/CCONJ Bolivia urged/VERB the/DET government/NOUN and/CCONJ the/DET opposition/NOUN to/PART talk/VERB"},
			[]string{"Chile=CHL", "Bolivia=BOL", "government=PERGOV"}},
		{"a bare agent after one country is that country's", []string{"Peru arrested/VERB opposition/NOUN leaders/NOUN/NNS", "Chile urged/VERB the/DET government/NOUN to/PART talk/VERB"},
			[]string{"Chile=CHL", "government=CHLGOV"}},
		{"a bare government takes the last sentence's country when its own names none", []string{"Iran expelled/VERB diplomats", "the/DET government said/VERB Albania lied/VERB"},
			[]string{"government=IRNGOV", "Albania=ALB"}},
		{"a bare agent is of the country whose agent of that kind was named last", []string{"Peru 's/PART army and/CCONJ rebels met/VERB in/ADP Lima", "Chile hosted/VERB talks", "the/DET army attacked/VERB"},
			[]string{"army=PERMIL"}},
		{"a bare agent of another kind takes the last country", []string{"Peru 's/PART army met/VERB in/ADP Chile", "Chile held/VERB talks", "the/DET police arrested/VERB"},
			[]string{"police=CHLCOP"}},
		{"in the first sentence a bare agent takes the country the sentence led with", []string{"Peru 's/PART government met/VERB rebels for/ADP talks/NOUN held/VERB in/ADP {Santiago} after/ADP an/DET attack killed/VERB soldiers"},
			[]string{"Peru 's government=PERGOV", "rebels=PERREB", "Santiago=CHL", "soldiers=PERMIL"}},
		{"envoys in a city are not that country's", []string{"Peru protested/VERB", "diplomats in/ADP {Santiago} said/VERB"},
			[]string{"diplomats=PERGOV", "Santiago=CHL"}},
		{"envoys in a country named are its", []string{"Peru protested/VERB", "diplomats in/ADP Chile said/VERB"},
			[]string{"diplomats in Chile=CHLGOV"}},
		{"a bare ambassador is of the country whose envoy was named last", []string{"Peru summoned/VERB the/DET Chilean/ADJ ambassador/NOUN/NN", "the/DET ambassador/NOUN/NN rejected/VERB the/DET protest/NOUN"},
			[]string{"ambassador=CHLGOV"}},
		{"a bare embassy is of the country whose diplomats were named last", []string{"Chilean/ADJ diplomats/NOUN/NNS left/VERB Peru", "Peruvian/ADJ protesters/NOUN/NNS attacked/VERB the/DET embassy/NOUN/NN"},
			[]string{"Peruvian protesters=PEROPP", "embassy=CHLGOV"}},
		{"police in a country are its police", []string{"Peru protested/VERB", "police in/ADP Chile said/VERB"},
			[]string{"police in Chile=CHLCOP"}},
		{"the bare opposition takes the last country", []string{"Venezuela held/VERB elections", "the/DET opposition/NOUN protested/VERB"}, []string{"opposition=VENOPP"}},
		{"a country's forces are its military", []string{"Peruvian/ADJ forces/NOUN fired/VERB"}, []string{"Peruvian forces=PERMIL"}},
		{"the two countries", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM countries fought/VERB"}, []string{"the two countries=PER", "the two countries=CHL"}},
		{"both governments", []string{"Peru and/CCONJ Chile signed/VERB", "both/DET governments agreed/VERB"}, []string{"both governments=PERGOV", "both governments=CHLGOV"}},
		{"allied forces after NATO are NATO's", []string{"NATO held/VERB drills/NOUN", "Russia warned/VERB allied/ADJ ships/NOUN/NNS"}, []string{"Russia=RUS", "allied ships=IGOWSTNAT"}},
		{"allied forces with no NATO before are not NATO's", []string{"Peru held/VERB drills/NOUN", "Russia warned/VERB allied/ADJ ships/NOUN/NNS"}, []string{"Russia=RUS"}},
		{"allied before another noun is no alliance", []string{"NATO held/VERB drills/NOUN", "Russia warned/VERB allied/ADJ territory/NOUN/NN"}, []string{"Russia=RUS"}},
		{"the two militaries", []string{"Peru and/CCONJ Chile signed/VERB", "the/DET two/NUM militaries/NOUN/NNS met/VERB"}, []string{"the two militaries=PERMIL", "the two militaries=CHLMIL"}},
		{"both armies", []string{"Peru met/VERB Chile", "both/DET armies/NOUN/NNS withdrew/VERB"}, []string{"both armies=PERMIL", "both armies=CHLMIL"}},
		{"their ministers after the two countries are the pair's governments", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM countries quarrelled/VERB", "their/PRON/PRP$ foreign/ADJ ministers/NOUN/NNS met/VERB"},
			[]string{"their foreign ministers=PERGOV", "their foreign ministers=CHLGOV"}},
		{"their leaders after a list of two countries named last", []string{"trade/NOUN between/ADP Peru and/CCONJ Chile fell/VERB", "their/PRON/PRP$ leaders/NOUN/NNS met/VERB"},
			[]string{"their leaders=PERGOV", "their leaders=CHLGOV"}},
		{"their ministers after a list with a third country after it are no pair", []string{"Peru and/CCONJ Chile thanked/VERB Bolivia", "their/PRON/PRP$ ministers/NOUN/NNS met/VERB"},
			[]string{"their=BOL", "ministers=BOLGOV"}},
		{"their ministers two sentences after the pair are no pair", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM countries quarrelled/VERB", "talks/NOUN went/VERB on/ADV", "their/PRON/PRP$ ministers/NOUN/NNS met/VERB"},
			[]string{"their=CHL", "ministers=CHLGOV"}},
		{"the two leaders are the governments of the two named last", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "Chile hosted/VERB the/DET two/NUM leaders"},
			[]string{"Chile=CHL", "the two leaders=PERGOV", "the two leaders=BOLGOV"}},
		{"the two presidents are the governments of the two named last", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "the/DET two/NUM presidents/NOUN/NNS agreed/VERB"},
			[]string{"the two presidents=PERGOV", "the two presidents=BOLGOV"}},
		{"both foreign ministers read past the office's modifier", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "both/DET foreign/ADJ ministers/NOUN/NNS signed/VERB"},
			[]string{"both foreign ministers=PERGOV", "both foreign ministers=BOLGOV"}},
		{"the two heads of state are leaders", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "the/DET two/NUM heads/NOUN/NNS of/ADP state/NOUN agreed/VERB"},
			[]string{"the two heads of state=PERGOV", "the two heads of state=BOLGOV"}},
		{"the two heads of a thing are no leaders", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "the/DET two/NUM heads/NOUN/NNS of/ADP agencies/NOUN agreed/VERB"},
			nil},
		{"the leaders of the two countries are their governments", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET leaders/NOUN/NNS of/ADP the/DET two/NUM countries/NOUN/NNS met/VERB"},
			[]string{"the leaders of the two countries=PERGOV", "the leaders of the two countries=CHLGOV"}},
		{"the two nations' foreign ministers are their governments", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM nations/NOUN/NNS '/PUNCT foreign/ADJ ministers/NOUN/NNS met/VERB"},
			[]string{"the two nations ' foreign ministers=PERGOV", "the two nations ' foreign ministers=CHLGOV"}},
		{"the two countries' capitals are the countries", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM countries/NOUN/NNS '/PUNCT capitals/NOUN/NNS met/VERB"},
			[]string{"the two countries=PER", "the two countries=CHL"}},
		{"the leaders of the two militaries are no governments", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET leaders/NOUN/NNS of/ADP the/DET two/NUM militaries/NOUN/NNS met/VERB"},
			[]string{"the two militaries=PERMIL", "the two militaries=CHLMIL"}},
		{"the two allies are the countries of the list named last", []string{"Peru and/CCONJ Chile held/VERB drills/NOUN", "the/DET two/NUM allies/NOUN/NNS warned/VERB Bolivia"},
			[]string{"the two allies=PER", "the two allies=CHL", "Bolivia=BOL"}},
		{"the two powers two sentences after the countries are no pair", []string{"Peru and/CCONJ Chile held/VERB drills/NOUN", "talks/NOUN went/VERB on/ADV", "the/DET two/NUM powers/NOUN/NNS met/VERB"},
			nil},
		{"the two ministers of one country are no pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Peru 's/PART [Luis Mamani] met/VERB", "the/DET two/NUM ministers/NOUN/NNS agreed/VERB"},
			[]string{"ministers=PERGOV"}},
		{"both delegations are the governments of the two countries named last", []string{"envoys/NOUN/NNS from/ADP Peru and/CCONJ Chile met/VERB", "both/DET delegations/NOUN/NNS agreed/VERB"},
			[]string{"both delegations=PERGOV", "both delegations=CHLGOV"}},
		{"both delegations two sentences after the countries are no pair", []string{"envoys/NOUN/NNS from/ADP Peru and/CCONJ Chile met/VERB", "talks/NOUN went/VERB on/ADV", "both/DET delegations/NOUN/NNS agreed/VERB"},
			nil},
		{"both leaders where no leader nor list was named are the story's governments", []string{"Peru accused/VERB Chile", "Chile denied/VERB the/DET charge/NOUN", "Brazil called/VERB both/DET leaders/NOUN/NNS"},
			[]string{"Brazil=BRA", "both leaders=PERGOV", "both leaders=CHLGOV"}},
		{"both leaders in a story of one country are no one", []string{"Peru 's/PART police arrested/VERB protesters/NOUN/NNS", "Brazil called/VERB both/DET leaders/NOUN/NNS"},
			[]string{"Brazil=BRA"}},
		{"the leaders after the two leaders are the same pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "Chile hosted/VERB the/DET two/NUM leaders", "Chile protested/VERB", "the/DET leaders will/AUX meet/VERB again/ADV"},
			[]string{"the leaders=PERGOV", "the leaders=BOLGOV"}},
		{"the leaders with no two leaders before are no pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "the/DET leaders will/AUX meet/VERB again/ADV"},
			nil},
		{"the leaders of a country are not the pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "Chile hosted/VERB the/DET two/NUM leaders", "the/DET leaders of/ADP Chile met/VERB"},
			[]string{"leaders of Chile=CHLGOV"}},
		{"the two leaders of one country are no pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Peru 's/PART [Luis Mamani] met/VERB", "Chile hosted/VERB the/DET two/NUM leaders"},
			[]string{"Chile=CHL"}},
		{"the two leaders named before the last sentence are the story's pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "talks/NOUN went/VERB on/ADV", "Chile hosted/VERB the/DET two/NUM leaders"},
			[]string{"Chile=CHL", "the two leaders=PERGOV", "the two leaders=BOLGOV"}},
		{"both generals are the two forces of the last list", []string{"fighting/NOUN between/ADP Peru 's/PART army and/CCONJ the/DET rebels went/VERB on/ADV", "Chile ,/PUNCT meeting/VERB/VBG in/ADP {Lima} ,/PUNCT urged/VERB both/DET generals to/PART stop/VERB"},
			[]string{"Chile=CHL", "Lima=PER", "both generals=PERMIL", "both generals=PERREB"}},
		{"both generals are the two forces named last", []string{"Peru 's/PART army attacked/VERB the/DET rebels", "Chile urged/VERB both/DET generals to/PART stop/VERB"},
			[]string{"Chile=CHL", "both generals=PERMIL", "both generals=PERREB"}},
		{"both generals with one force named in two sentences are a bare agent", []string{"Peru 's/PART army fought/VERB", "Chile urged/VERB both/DET generals to/PART stop/VERB"},
			[]string{"Chile=CHL", "generals=PERMIL"}},
		{"a city before a common noun is where, not who", []string{"Chile protested/VERB", "a/DET {Arequipa} family/NOUN medicine/NOUN doctor/NOUN spoke/VERB"}, []string{"doctor=CHLHLH"}},
		{"a city before an agent is that country's agent", []string{"Chile protested/VERB", "{Arequipa} police/NOUN spoke/VERB"}, []string{"Arequipa police=PERCOP"}},
		{"a city after no determiner before a verb tagged as a noun acts", []string{"Chile asked/VERB that/SCONJ {Arequipa} resume/NOUN talks"}, []string{"Chile=CHL", "Arequipa=PER"}},
		{"a people's name tagged as a place is no city", []string{"The/DET {Peruvian} cyclist/NOUN beat/VERB Chile"}, []string{"Peruvian=PER", "Chile=CHL"}},
		{"a city that acts is its country", []string{"Chile protested/VERB", "{Arequipa} rejected/VERB it/PRON"}, []string{"Arequipa=PER", "it=PER"}},
		{"a city after in after a person is where", []string{"Chile/PROPN visited/VERB [Juan] in/ADP {Arequipa}"}, []string{"Chile=CHL"}},
		{"a city after in the after a common noun is where", []string{"Chile/PROPN visited/VERB a/DET farm/NOUN at/ADP the/DET {Arequipa}"}, []string{"Chile=CHL"}},
		{"a city after in after a verb is kept", []string{"Chile/PROPN protested/VERB in/ADP {Arequipa}"}, []string{"Chile=CHL", "Arequipa=PER"}},
		{"a city after in after an agent is kept", []string{"Chile/PROPN met/VERB officials/NOUN in/ADP {Arequipa}"}, []string{"Chile=CHL", "officials=CHLGOV", "Arequipa=PER"}},
		{"a city after in after a month is kept", []string{"Chile/PROPN left/VERB a/DET meeting/NOUN last/ADJ February/PROPN in/ADP {Arequipa}"}, []string{"Chile=CHL", "Arequipa=PER"}},
		{"they is no place of a route", []string{"Chile/PROPN sent/VERB me/PRON via/ADP {Lima} and/CCONJ {Arequipa}", "They/PRON caught/VERB me/PRON in/ADP Bolivia/PROPN"}, []string{"Bolivia=BOL"}},
		{"they is no place named after in", []string{"Chile/PROPN protested/VERB", "firms/NOUN operate/VERB in/ADP Peru/PROPN", "They/PRON struggled/VERB"}, nil},
		{"they is a list that acts", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "They/PRON agreed/VERB"}, []string{"They=CHL", "They=PER"}},
		{"them is the list before it", []string{"Chile/PROPN met/VERB Peru/PROPN ,/PUNCT Bolivia/PROPN and/CCONJ Ecuador/PROPN ,/PUNCT threatening/VERB them/PRON"}, []string{"Chile=CHL", "Peru=PER", "Bolivia=BOL", "Ecuador=ECU", "them=PER", "them=BOL", "them=ECU"}},
		{"they are the people named after the actor", []string{"Peruvian/ADJ lawmakers/NOUN met/VERB other/ADJ leaders/NOUN who/PRON said/VERB they/PRON agreed/VERB"}, []string{"Peruvian lawmakers=PERLEG"}},
		{"they after an actor with no people between", []string{"Peruvian/ADJ lawmakers/NOUN said/VERB they/PRON agreed/VERB"}, []string{"Peruvian lawmakers=PERLEG", "they=PERLEG"}},
		// A "they" opening its sentence agrees in number: the list
		// named last, not a lone actor or a place after it (see
		// pluralBefore).
		{"they is the list before the lone actor it acted on", []string{"Chile/PROPN and/CCONJ Peru/PROPN sanctioned/VERB Bolivia/PROPN", "They/PRON met/VERB"}, []string{"They=CHL", "They=PER"}},
		{"they is the list before the place it met in", []string{"Ecuador/PROPN and/CCONJ Colombia/PROPN met/VERB in/ADP {Quito}", "They/PRON signed/VERB"}, []string{"They=ECU", "They=COL"}},
		{"they after they is the list again", []string{"Ecuador/PROPN and/CCONJ Colombia/PROPN met/VERB in/ADP {Quito}", "They/PRON signed/VERB", "They/PRON left/VERB"}, []string{"They=ECU", "They=COL"}},
		{"they after the sentence's own lone actor is that actor", []string{"Chile/PROPN and/CCONJ Peru/PROPN sanctioned/VERB Bolivia/PROPN", "Bolivia/PROPN said/VERB they/PRON left/VERB"}, []string{"Bolivia=BOL", "they=BOL"}},
		{"them after its sentence's own actor is no list named before", []string{"Chile/PROPN and/CCONJ Peru/PROPN sanctioned/VERB Bolivia/PROPN", "Ecuador/PROPN urged/VERB them/PRON"}, []string{"Ecuador=ECU", "them=ECU"}},
		{"they is no list two sentences back", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "Bolivia/PROPN protested/VERB", "They/PRON left/VERB"}, []string{"They=BOL"}},
		// A plural agent of "the two countries" (see pairAgents).
		{"officials from both countries are each one's government", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "officials/NOUN/NNS from/ADP both/DET countries/NOUN/NNS signed/VERB"},
			[]string{"officials from both countries=CHLGOV", "officials from both countries=PERGOV"}},
		{"the militaries of the two nations are each one's", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "the/DET militaries/NOUN/NNS of/ADP the/DET two/NUM nations/NOUN/NNS agreed/VERB"},
			[]string{"the militaries of the two nations=CHLMIL", "the militaries of the two nations=PERMIL"}},
		{"border guards of both countries are each one's", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "border/NOUN guards/NOUN/NNS of/ADP both/DET countries/NOUN/NNS clashed/VERB"},
			[]string{"border guards of both countries=CHLMIL", "border guards of both countries=PERMIL"}},
		{"they after the two countries is the pair", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET two/NUM countries/NOUN/NNS fought/VERB a/DET war/NOUN", "They/PRON signed/VERB a/DET treaty/NOUN"},
			[]string{"They=CHL", "They=PER"}},
		{"they after both governments is the pair's governments", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "Bolivia/PROPN urged/VERB both/DET governments/NOUN/NNS to/PART talk/VERB", "They/PRON agreed/VERB"},
			[]string{"They=CHLGOV", "They=PERGOV"}},
		// A plural agent of or from a country is the next listed one's
		// too (see agentOfList).
		{"officials from a list of two are both governments", []string{"officials/NOUN/NNS from/ADP Peru/PROPN and/CCONJ Chile/PROPN met/VERB"},
			[]string{"officials from Peru=PERGOV", "Chile=CHLGOV"}},
		{"the presidents of a list of three are all governments", []string{"the/DET presidents/NOUN/NNS of/ADP Peru/PROPN ,/PUNCT Chile/PROPN and/CCONJ Bolivia/PROPN met/VERB"},
			[]string{"presidents of Peru=PERGOV", "Chile=CHLGOV", "Bolivia=BOLGOV"}},
		{"one president of a country is not the next one's", []string{"the/DET president/NOUN/NN of/ADP Peru/PROPN and/CCONJ Chile/PROPN met/VERB"},
			[]string{"president of Peru=PERGOV", "Chile=CHL"}},
		{"a listed country's own agent stays", []string{"officials/NOUN/NNS from/ADP Peru/PROPN and/CCONJ Chilean/ADJ rebels/NOUN/NNS met/VERB"},
			[]string{"officials from Peru=PERGOV", "Chilean rebels=CHLREB"}},
		{"they after officials from a list are both governments", []string{"officials/NOUN/NNS from/ADP Peru/PROPN and/CCONJ Chile/PROPN met/VERB", "They/PRON agreed/VERB"},
			[]string{"They=PERGOV", "They=CHLGOV"}},
		// "The two presidents", "the two former Soviet republics", "the
		// two police forces" (see pair).
		{"the two presidents are the governments of a list of two countries", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET two/NUM presidents/NOUN/NNS met/VERB"},
			[]string{"the two presidents=CHLGOV", "the two presidents=PERGOV"}},
		{"the two leaders are the list's, not a mediator's named after it", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB with/ADP Bolivian/ADJ mediators/NOUN/NNS", "the/DET two/NUM leaders/NOUN/NNS agreed/VERB"},
			[]string{"the two leaders=CHLGOV", "the two leaders=PERGOV"}},
		{"the two presidents after countries named apart are the story's pair", []string{"Chile/PROPN sanctioned/VERB Peru/PROPN", "the/DET two/NUM presidents/NOUN/NNS met/VERB"},
			[]string{"the two presidents=CHLGOV", "the two presidents=PERGOV"}},
		{"the two presidents two sentences after the list are the story's pair", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "talks/NOUN/NNS went/VERB on/ADV", "the/DET two/NUM presidents/NOUN/NNS met/VERB"},
			[]string{"the two presidents=CHLGOV", "the two presidents=PERGOV"}},
		{"adjectives between the two and countries", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET two/NUM former/ADJ Andean/ADJ republics/NOUN/NNS fought/VERB"},
			[]string{"the two former Andean republics=CHL", "the two former Andean republics=PER"}},
		{"a people's adjective between both and ministers names one country's", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "both/DET Peruvian/ADJ ministers/NOUN/NNS resigned/VERB"},
			[]string{"Peruvian ministers=PERGOV"}},
		{"the two police forces are each country's police", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET two/NUM police/NOUN forces/NOUN/NNS met/VERB"},
			[]string{"the two police forces=CHLCOP", "the two police forces=PERCOP"}},
		{"the two soldiers are no pair of countries", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET two/NUM soldiers/NOUN/NNS died/VERB"},
			[]string{"soldiers=CHLMIL"}},
		{"the heads of the two coast guards are each country's", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET heads/NOUN/NNS of/ADP the/DET two/NUM coast/NOUN guards/NOUN/NNS met/VERB"},
			[]string{"the heads of the two coast guards=CHLMIL", "the heads of the two coast guards=PERMIL"}},
		{"foreign secretaries of the two countries are each one's government", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "foreign/ADJ secretaries/NOUN/NNS of/ADP the/DET two/NUM countries/NOUN/NNS met/VERB"},
			[]string{"foreign secretaries of the two countries=CHLGOV", "foreign secretaries of the two countries=PERGOV"}},
		{"three office words between the and ministers of the two countries", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "the/DET foreign/ADJ trade/NOUN energy/NOUN ministers/NOUN/NNS of/ADP the/DET two/NUM countries/NOUN/NNS met/VERB"},
			[]string{"the foreign trade energy ministers of the two countries=CHLGOV", "the foreign trade energy ministers of the two countries=PERGOV"}},
		{"the two neighbours are the pair both countries stood for before", []string{"Chile/PROPN and/CCONJ Peru/PROPN held/VERB talks/NOUN/NNS", "Bolivia/PROPN has/VERB embassies/NOUN/NNS in/ADP both/DET countries/NOUN/NNS", "the/DET two/NUM neighbours/NOUN/NNS fought/VERB"},
			[]string{"the two neighbours=CHL", "the two neighbours=PER"}},
		{"one agent of both countries is no pair of agents", []string{"Chile/PROPN and/CCONJ Peru/PROPN met/VERB", "the/DET envoy/NOUN/NN of/ADP both/DET countries/NOUN/NNS spoke/VERB"},
			[]string{"envoy=CHLGOV", "both countries=CHL", "both countries=PER"}},
		{"they is one actor after a lone one", []string{"Chile/PROPN criticised/VERB Peru/PROPN", "They/PRON agreed/VERB"}, []string{"They=PER"}},
		{"both men are the persons named before", []string{"[Juan] and/CCONJ [Pedro] were/AUX abducted/VERB in/ADP Peru/PROPN", "Both/DET men/NOUN asked/VERB Peru/PROPN"}, []string{"Peru=PER"}},
		{"the two women are the persons named before", []string{"Peru/PROPN freed/VERB [Ana] and/CCONJ [Rosa]", "The/DET two/NUM women/NOUN thanked/VERB Peru/PROPN"}, []string{"Peru=PER"}},
		{"the two men are a list of two persons of different countries", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "the/DET two/NUM men/NOUN/NNS agreed/VERB"},
			[]string{"the two men=PERGOV", "the two men=BOLGOV"}},
		{"both men of one country are no pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Peru 's/PART [Luis Mamani] met/VERB", "both/DET men/NOUN/NNS agreed/VERB"},
			nil},
		{"the two men after a list of countries are no persons", []string{"Peru and/CCONJ Chile signed/VERB a/DET treaty", "the/DET two/NUM men/NOUN/NNS agreed/VERB"},
			nil},
		{"the two men are two persons of different countries named apart", []string{"Peru 's/PART [Ana Quispe] hosted/VERB Bolivia 's/PART [Luis Mamani]", "the/DET two/NUM men/NOUN/NNS agreed/VERB"},
			[]string{"the two men=PERGOV", "the two men=BOLGOV"}},
		{"the two men named apart of one country are no pair", []string{"Peruvian/ADJ President [Ana Quispe] hosted/VERB the/DET Peruvian/ADJ opposition/NOUN leader/NOUN/NN [Luis Mamani]", "the/DET two/NUM men/NOUN/NNS agreed/VERB"},
			nil},
		{"the two men two sentences after the list are no pair", []string{"Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART [Luis Mamani] met/VERB", "talks/NOUN went/VERB on/ADV", "the/DET two/NUM men/NOUN/NNS agreed/VERB"},
			nil},
		{"two men without the are a country's people", []string{"Peru/PROPN protested/VERB", "two/NUM men/NOUN were/AUX killed/VERB"}, []string{"men=PERCVL"}},
		{"a name with a party and state in brackets is a member of Congress", []string{"Evo/PROPN Morales/PROPN (/PUNCT D/PROPN -/PUNCT NY/PROPN )/PUNCT spoke/VERB"}, []string{"Evo Morales=USALEG"}},
		{"a name with other words in brackets keeps its entry", []string{"Evo/PROPN Morales/PROPN (/PUNCT Bolivia/PROPN )/PUNCT spoke/VERB"}, []string{"Evo Morales=BOLGOV", "Bolivia=BOL"}},
		{"a name after a country's possessive after in is a place", []string{"fighting/NOUN in/ADP southern/ADJ Peru/PROPN 's/PART [Cerro Alto] ended/VERB"}, []string{"Peru=PER"}},
		{"a name after a country's possessive is its official", []string{"fighting/NOUN ended/VERB as/SCONJ Peru/PROPN 's/PART [Cerro Alto] arrived/VERB"}, []string{"Peru 's Cerro Alto=PERGOV"}},
		{"a city based agent is no actor", []string{"Chile/PROPN sued/VERB an/DET {Arequipa} -/PUNCT based/VERB agent/NOUN"}, []string{"Chile=CHL"}},
		{"a country based analyst is no actor", []string{"Chile/PROPN quoted/VERB Peru/PROPN -/PUNCT based/VERB analysts/NOUN"}, []string{"Chile=CHL"}},
		{"a city based business keeps its city", []string{"Chile/PROPN sued/VERB a/DET {Arequipa} -/PUNCT based/VERB crypto/NOUN exchange/NOUN"}, []string{"Chile=CHL", "Arequipa=PER"}},
		{"a city based agent of the dictionaries keeps its city", []string{"an/DET {Arequipa} -/PUNCT based/VERB company/NOUN sued/VERB"}, []string{"Arequipa=PER", "company=PERBUS"}},
		{"a group's run ministry is the group's", []string{"the/DET Hamas -/PUNCT run/VERB/VBN health/NOUN ministry/NOUN accused/VERB Israel"}, []string{"Hamas - run health ministry=PSEREBHMS", "Israel=ISR"}},
		{"a group's controlled ministry is the group's", []string{"the/DET Houthi -/PUNCT controlled/VERB/VBN foreign/ADJ ministry/NOUN accused/VERB Israel"}, []string{"Houthi - controlled foreign ministry=YEMREB", "Israel=ISR"}},
		{"a group that holds a place stays itself, not the place", []string{"Israel struck/VERB the/DET Houthi -/PUNCT controlled/VERB/VBN port/NOUN"}, []string{"Israel=ISR", "Houthi=YEMREB"}},
		{"a backer stays a backer", []string{"Iranian -/PUNCT backed/VERB/VBN militias/NOUN attacked/VERB Israel"}, []string{"Iranian=IRN", "militias=UAF", "Israel=ISR"}},
		{"a country after in after a noun is kept", []string{"Chile/PROPN visited/VERB a/DET farm/NOUN in/ADP Peru/PROPN"}, []string{"Chile=CHL", "Peru=PER"}},
		{"a headline's short demonym", []string{"Pak/PROPN cleric/NOUN warns/VERB India"}, []string{"Pak cleric=PAKREL", "India=IND"}},
		{"a person whose name begins as the short demonym", []string{"[Pak Chol-su] warns/VERB India"}, []string{"India=IND"}},
		{"India's Congress is a party", []string{"India held/VERB elections", "the/DET Congress demanded/VERB answers/NOUN"}, []string{"Congress=INDOPP"}},
		{"another country's Congress is its legislature", []string{"Peru held/VERB elections", "the/DET Congress demanded/VERB answers/NOUN"}, []string{"Congress=PERLEG"}},
		{"an organisation that names where a gathering met", []string{"At/ADP the/DET recent/ADJ United Nations Climate Action Summit ,/PUNCT Peru pledged/VERB aid/NOUN"}, []string{"Peru=PER"}},
		{"a lower-case gathering after an organisation", []string{"during/ADP the/DET NATO summit/NOUN ,/PUNCT Peru pledged/VERB aid/NOUN"}, []string{"Peru=PER"}},
		{"an organisation whose gathering acts", []string{"the/DET NATO summit/NOUN urged/VERB Peru"}, []string{"NATO=IGOWSTNAT", "Peru=PER"}},
		{"an organisation at a place acts", []string{"At/ADP the/DET talks/NOUN ,/PUNCT NATO urged/VERB Peru"}, []string{"NATO=IGOWSTNAT", "Peru=PER"}},
		{"it is none of a list", []string{"Peru and/CCONJ Chile voted/VERB against/ADP it/PRON"}, []string{"Peru=PER", "Chile=CHL"}},
		{"it does not reach past a list", []string{"Iran met/VERB Bolivia", "Peru and/CCONJ Chile abstained/VERB", "It/PRON called/VERB on/ADP Iran"}, []string{"Iran=IRN"}},
		{"it is not who backs what a comma sets aside", []string{"Bolivia ,/PUNCT backed/VERB/VBN by/ADP Venezuela ,/PUNCT rejected/VERB it/PRON"}, []string{"Bolivia=BOL", "Venezuela=VEN"}},
		{"it is the agent of a passive that is no aside", []string{"the/DET plan was/AUX backed/VERB/VBN by/ADP Venezuela", "It/PRON said/VERB so/ADV"}, []string{"It=VEN"}},
		{"it is the one actor before a list's sentence", []string{"Peru protested/VERB", "It/PRON thanked/VERB Chile and/CCONJ Bolivia"}, []string{"It=PER", "Chile=CHL", "Bolivia=BOL"}},
		{"an agent of more than one word that modifies a noun", []string{"Turkey bombed/VERB Kurdish/ADJ militant/ADJ bases/NOUN"},
			[]string{"Turkey=TUR", "Kurdish militant=TURREB"}},
		{"a one-word agent read as an adjective is not one", []string{"Peru held/VERB military/ADJ exercises/NOUN"}, []string{"Peru=PER"}},
		{"an agent of an organisation", []string{"Iran met/VERB the/DET board/NOUN of/ADP governors/NOUN of/ADP the/DET International Atomic Energy Agency"},
			[]string{"Iran=IRN", "governors of the International Atomic Energy Agency=IGOUNOIAE"}},
		{"fighters of an armed group", []string{"Israel 's/PART army attacked/VERB fighters/NOUN of/ADP Hamas"},
			[]string{"Israel 's army=ISRMIL", "fighters of Hamas=PSEREBHMS"}},
		{"an agent of something that is no organisation", []string{"Peru protested/VERB", "officials/NOUN of/ADP the/DET central/ADJ bank left/VERB"},
			[]string{"officials=PERGOV", "central bank=PERGOVBUS"}},
		{"a city's possessive names no government's person", []string{"Peru protested/VERB", "{Lima} 's/PART [Ana Quispe] avenue/NOUN closed/VERB"},
			[]string{"Lima=PER"}},
		{"a capital naming a region is a place, not its government", []string{"Russia 's/PART President [Ana Petrova] protested/VERB drills/NOUN close/ADV to/ADP the/DET {Kaliningrad} region/NOUN , and/CCONJ said/VERB {Moscow} would/AUX respond/VERB"},
			[]string{"Russia 's President Ana Petrova=RUSGOV", "Kaliningrad=RUS", "Moscow=RUSGOV"}},
		{"a title that is the surname of a person named before is that person", []string{"[Kevin King] and/CCONJ [Tim Weeks] were/AUX seized/VERB in/ADP Peru", "King and/CCONJ Weeks were/AUX freed/VERB"},
			nil},
		{"a title before a name is still a title", []string{"Peru 's/PART envoy [Kevin King] spoke/VERB", "King [Ana] visited/VERB Chile"},
			[]string{"King Ana=PERGOV", "Chile=CHL"}},
		{"a surname after another given name is another person", []string{"Albanian/ADJ Prime Minister [Edi Rama] spoke/VERB", "[Linda Rama] left/VERB"},
			nil},
		{"a surname after a courtesy title is the person", []string{"Albanian/ADJ Prime Minister [Edi Rama] spoke/VERB", "[Mr. Rama] left/VERB"},
			[]string{"Rama=ALBGOV"}},
		{"a pronoun after a person no mention resolved is not an actor named before", []string{"Albanian/ADJ Prime Minister [Edi Rama] met/VERB [Ana Quispe]", "he/PRON left/VERB"},
			nil},
		{"a pronoun after a person a mention resolved is that actor", []string{"[Ana Quispe] met/VERB Albanian/ADJ Prime Minister [Edi Rama]", "he/PRON left/VERB"},
			[]string{"he=ALBGOV"}},
		{"they after two persons no mention resolved is no actor named before", []string{"Peru 's/PART lawmakers met/VERB [Ana Quispe] and/CCONJ [Luis Mamani]", "they/PRON left/VERB"},
			nil},
		{"they after one person no mention resolved is still the group named before", []string{"Peru 's/PART lawmakers met/VERB [Ana Quispe]", "they/PRON left/VERB"},
			[]string{"they=PERLEG"}},
		{"a Western diplomat speaks for the West", []string{"Iran enriched/VERB uranium/NOUN", "a/DET Western/ADJ diplomat said/VERB"}, []string{"Western diplomat=WST"}},
		{"a deputy of the title after it", []string{"Russia protested/VERB", "Deputy/PROPN Foreign/PROPN Minister/PROPN [Ivan Petrov] spoke/VERB"},
			[]string{"Deputy Foreign Minister Ivan Petrov=RUSGOV"}},
		{"a deputy of the actor after it", []string{"deputy/NOUN U.S./PROPN ambassador/NOUN [John Smith] spoke/VERB"},
			[]string{"U.S. ambassador John Smith=USAGOV"}},
		{"a bare deputy is still Phoenix's", []string{"Peru protested/VERB", "the/DET deputy/NOUN arrested/VERB"},
			[]string{"deputy=PERCOP"}},
		{"a country's name that begins a longer name is not the country", []string{"[Chad Wolf] met/VERB {Israel Adesanya} and/CCONJ {Tehran Times} editors/NOUN"},
			nil},
		{"a country's name before an agent or City still is", []string{"{Mexico City} hosted/VERB {Kosovo Police} and/CCONJ {Chad}"},
			[]string{"Mexico City=MEX", "Kosovo Police=KSVCOP", "Chad=TCD"}},
		{"a capital opening an official's reported clause is the government", []string{"Ukraine 's/PART President [Ana Koval] said/VERB {Kyiv} was/AUX ready/ADJ but/CCONJ {Moscow} refused/VERB"},
			[]string{"Ukraine 's President Ana Koval=UKRGOV", "Kyiv=UKRGOV", "Moscow=RUS"}},
		{"a capital that opens the clause through that", []string{"Russia 's/PART President [Ivan Petrov] warned/VERB that/SCONJ {Moscow} would/AUX respond/VERB"},
			[]string{"Russia 's President Ivan Petrov=RUSGOV", "Moscow=RUSGOV"}},
		{"a city further in the clause stays a place", []string{"Congo 's/PART President [Ana Mbeki] said/VERB rebels/NOUN seized/VERB {Kinshasa} ./PUNCT"},
			[]string{"Congo 's President Ana Mbeki=CODGOV", "rebels=CODREB", "Kinshasa=COD"}},
		{"an armed group's fighters are the group's", []string{"Hezbollah fighters/NOUN attacked/VERB Israeli/ADJ troops/NOUN"},
			[]string{"Hezbollah fighters=LBNREB", "Israeli troops=ISRMIL"}},
		{"a two-letter name is an acronym in capitals", []string{"Us/PRON and/CCONJ the/DET UN met/VERB the/DET US in/ADP Un/PROPN"},
			[]string{"UN=IGOUNO", "US=USA"}},
		{"a function word is an acronym only in capitals", []string{"Who/PRON praised/VERB Peru ?/PUNCT the/DET WHO/PROPN did/VERB"},
			[]string{"Peru=PER", "WHO=IGOUNOHLHWHO"}},
		{"an acronym tagged as the pronoun it spells", []string{"The/DET WHO/PRON praised/VERB Peru"},
			[]string{"WHO=IGOUNOHLHWHO", "Peru=PER"}},
		{"a transnational armed group's unit is the group's, and so is the next bare one", []string{"Iraq reported/VERB", "a/DET strike/NOUN hit/VERB an/DET ISIL tactical/ADJ unit/NOUN and/CCONJ a/DET fighting/NOUN position/NOUN"},
			[]string{"ISIL tactical unit=IMGMUSISI", "fighting position=IMGMUSISI"}},
		{"a surname that begins another person's name is not that person", []string{"Albanian/ADJ Prime Minister [Edi Rama] spoke/VERB", "[Rama Yade] replied/VERB"},
			nil},
		{"a family name first, with the person's own name again", []string{"Peru 's/PART opposition/NOUN leader/NOUN [Hou Yuih] spoke/VERB", "later/ADV [Hou Yuih] said/VERB"},
			[]string{"Hou Yuih=PEROPP"}},
		{"the regime is the government last called one", []string{"Syria 's/PART regime/NOUN bombed/VERB Aleppo", "the/DET UK/PROPN condemned/VERB the/DET regime/NOUN"},
			[]string{"UK=GBR", "regime=SYRGOV"}},
		{"a bare regime does not make the next one", []string{"the/DET UK/PROPN condemned/VERB the/DET regime/NOUN", "Syria 's/PART ally/NOUN backed/VERB the/DET regime/NOUN"},
			[]string{"Syria=SYR", "regime=SYRGOV"}},
		{"a regime no one was called before is the sentence's own", []string{"the/DET UK/PROPN condemned/VERB the/DET regime/NOUN"},
			[]string{"UK=GBR", "regime=GBRGOV"}},
		{"a bare institution's agent is of its own sentence's first country", []string{"Peru held/VERB talks/NOUN", "protesters in/ADP {Quito} clashed/VERB with/ADP riot/ADJ police/NOUN"},
			[]string{"protesters in Quito=ECUOPP", "riot police=ECUCOP"}},
		{"bare civilians keep the country of the story", []string{"Peru held/VERB talks/NOUN", "Chile 's/PART army killed/VERB civilians/NOUN"},
			[]string{"Chile 's army=CHLMIL", "civilians=PERCVL"}},
		{"a longer name after the article wins", []string{"The/DET US Treasury Department imposed/VERB sanctions/NOUN"},
			[]string{"US Treasury Department=USAGOV"}},
		{"an abbreviation before a longer name is still the country", []string{"{U.S. Treasury} officials/NOUN left/VERB"},
			[]string{"U.S.=USA", "officials=USAGOV"}},
		{"people in a part of a country are the country's", []string{"Israel bombed/VERB", "strikes/NOUN killed/VERB people/NOUN in/ADP southern/ADJ Lebanon"},
			[]string{"people in southern Lebanon=LBNCVL"}},
		{"a capitalised part of a name is the name's", []string{"people/NOUN in/ADP South Sudan fled/VERB"},
			[]string{"people in South Sudan=SSDCVL"}},
		{"a governor governs the city the sentence names before", []string{"Peru met/VERB", "Chilean/ADJ troops/NOUN shelled/VERB {Lima} ,/PUNCT governor/NOUN [Ana Quispe] said/VERB"},
			[]string{"Chilean troops=CHLMIL", "Lima=PER", "governor Ana Quispe=PERGOV"}},
		{"the three countries of the last list", []string{"Egypt ,/PUNCT Jordan and/CCONJ Qatar called/VERB on/ADP Israel", "the/DET three/NUM countries urged/VERB"},
			[]string{"the three countries=EGY", "the three countries=JOR", "the three countries=QAT"}},
		{"the two countries of a list before the one named after it", []string{"Peru and/CCONJ Chile accused/VERB Bolivia", "the/DET two/NUM countries protested/VERB"},
			[]string{"the two countries=PER", "the two countries=CHL"}},
		{"a backer's name names no country for the sentence", []string{"Syria 's/PART army retreated/VERB", "Turkish/ADJ -/PUNCT backed/VERB fighters/NOUN attacked/VERB"},
			[]string{"Turkish=TUR", "fighters=SYRUAF"}},
		{"nor for the article's first sentence", []string{"Turkish/ADJ -/PUNCT dominated/VERB fighters/NOUN attacked/VERB"},
			[]string{"Turkish=TUR", "fighters=UAF"}},
		{"no agent inside a phrase that codes nothing", []string{"Egypt urged/VERB the/DET international/ADJ community/NOUN to/PART act/VERB"},
			[]string{"Egypt=EGY"}},
		{"no agent at the start of a longer phrase that codes nothing", []string{"Israel approved/VERB homes/NOUN", "France opposed/VERB settlement/NOUN building/NOUN and/CCONJ settlement/NOUN talks/NOUN"},
			[]string{"France=FRA"}},
		{"the agent alone still is one", []string{"Israel approved/VERB homes/NOUN", "France visited/VERB the/DET settlement/NOUN"},
			[]string{"France=FRA", "settlement=ISRCVL"}},
		{"former office-holders are elites", []string{"Peru protested/VERB", "former/ADJ officials/NOUN/NNS and/CCONJ Chile 's/PART former/ADJ envoy/NOUN met/VERB former/ADJ Bolivian/ADJ prosecutors/NOUN/NNS"},
			[]string{"officials=PERELI", "Chile 's former envoy=CHLELI", "Bolivian prosecutors=BOLELI"}},
		{"agents in a government's seat are that government's", []string{"Peru protested/VERB", "former/ADJ officials/NOUN/NNS in/ADP the/DET White House met/VERB"},
			[]string{"officials in the White House=USAGOVELI"}},
		{"a people in the plural the dictionaries list in the singular", []string{"the/DET Ukrainians/PROPN/NNPS and/CCONJ Germans/PROPN/NNPS met/VERB Saints/PROPN/NNPS in/ADP the/DET Americas/PROPN/NNPS"},
			[]string{"Ukrainians=UKR", "Germans=DEU"}},
		{"the fund is the organisation named with it", []string{"the/DET International Monetary Fund lent/VERB Peru money/NOUN", "the/DET fund/NOUN said/VERB"},
			[]string{"the fund=IGOBUSIMF"}},
		{"a placed court is another", []string{"the/DET International Criminal Court ruled/VERB", "the/DET court/NOUN in/ADP Lima appealed/VERB"},
			[]string{"the court in Lima=PERJUD"}},
		{"the judges are the court named before", []string{"the/DET International Court of Justice ruled/VERB", "the/DET judges/NOUN/NNS rejected/VERB Chile 's/PART claim/NOUN"},
			[]string{"the judges=IGOUNOJUDICJ", "Chile=CHL"}},
		{"the judges of a court named paragraphs back", []string{"the/DET International Court of Justice ruled/VERB", "Peru protested/VERB", "Chile welcomed/VERB it/PRON", "Bolivia spoke/VERB", "the/DET judges/NOUN/NNS rejected/VERB Chile 's/PART claim/NOUN"},
			[]string{"the judges=IGOUNOJUDICJ", "Chile=CHL"}},
		{"the judges of a court named between are that court's", []string{"the/DET International Court of Justice ruled/VERB", "Peru protested/VERB", "a/DET court/NOUN in/ADP Lima jailed/VERB activists/NOUN", "Bolivia spoke/VERB", "the/DET judges/NOUN/NNS said/VERB"},
			[]string{"judges=PERJUD"}},
		{"the judge alone is no court's bench", []string{"the/DET International Court of Justice ruled/VERB", "the/DET judge/NOUN said/VERB"},
			[]string{"judge=JUD"}},
		{"the two countries need two", []string{"Peru signed/VERB", "the/DET two/NUM countries fought/VERB"}, nil},
		{"alias of armed group", []string{"the/DET MEK and/CCONJ the/DET PMOI"}, []string{"MEK=IRNREBPMD", "PMOI=IRNREBPMD"}},
		{"group description", []string{"Albania hosts/VERB the/DET MEK", "Iran condemned/VERB the/DET group"}, []string{"Iran=IRN", "the group=IRNREBPMD"}},
		{"country description", []string{"Iran 's/PART leaders", "the/DET country protested/VERB"}, []string{"the country=IRN"}},
		{"the state budget is no country", []string{"Iran protested/VERB", "the/DET state budget/NOUN/NN boosted/VERB/VBD spending/NOUN/NN"}, nil},
		{"the country's own noun after a possessive is still the country", []string{"Iran protested/VERB", "the/DET country 's/PART budget/NOUN/NN grew/VERB/VBD"}, []string{"the country=IRN"}},
		{"the country a country's verb acts on is another", []string{"Iran protested/VERB", "Chile invaded/VERB/VBD the/DET country"}, []string{"Chile=CHL", "the country=IRN"}},
		{"the country a country has long backed is another", []string{"Iran protested/VERB", "Chile has/AUX/VBZ long/ADV/RB backed/VERB/VBN the/DET country"}, []string{"Chile=CHL", "the country=IRN"}},
		{"the country a country is, is itself", []string{"Iran protested/VERB", "Chile is/AUX/VBZ the/DET country that/PRON lost/VERB"}, []string{"Chile=CHL", "the country=CHL"}},
		{"the country after a clause's verb and its own object", []string{"Iran protested/VERB", "Chile said/VERB/VBD that/SCONJ the/DET country lost/VERB"}, []string{"Chile=CHL", "the country=CHL"}},
		{"compound", []string{"the/DET European Union ,/PUNCT Canada ,/PUNCT the/DET United States and/CCONJ Japan"},
			[]string{"European Union=IGOEUREEC", "Canada=CAN", "United States=USA", "Japan=JPN"}},
		{"capital", []string{"{Tehran} protested/VERB"}, []string{"Tehran=IRN"}},
		{"organisation", []string{"NATO and/CCONJ the/DET White House"}, []string{"NATO=IGOWSTNAT", "White House=USAGOV"}},
		{"spokesman of the ministry before it", []string{"Israel accused/VERB Iran", "Iran 's/PART foreign/ADJ ministry spokesman denied/VERB it/PRON"},
			[]string{"Iran 's foreign ministry=IRNGOV", "spokesman=IRNGOV", "it=IRNGOV"}},
		{"spokesman of an organisation, named", []string{"Russia protested/VERB", "NATO spokeswoman [Jane Doe] replied/VERB"},
			[]string{"NATO=IGOWSTNAT", "spokeswoman Jane Doe=IGOWSTNAT"}},
		{"a spokesman apart from the mention before it is not its spokesman", []string{"Iran said/VERB a/DET spokesman lied/VERB"},
			[]string{"Iran=IRN", "spokesman=IRNMED"}},
		{"the bloc is the organisation named before", []string{"the/DET European Union met/VERB", "Hungary urged/VERB the/DET bloc"},
			[]string{"Hungary=HUN", "the bloc=IGOEUREEC"}},
		{"the council is the last organisation, not a country", []string{"NATO met/VERB", "Japan asked/VERB the/DET council"},
			[]string{"Japan=JPN", "the council=IGOWSTNAT"}},
		{"no organisation before the bloc", []string{"Hungary urged/VERB the/DET bloc"}, []string{"Hungary=HUN"}},
		{"lower-case words are not names", []string{"the/DET washington/NOUN state/NOUN"}, nil},
		{"modifiers joined by and after a possessive", []string{"Chile 's/PART new/ADJ and/CCONJ young/ADJ minister spoke/VERB"}, []string{"Chile 's new and young minister=CHLGOV"}},
		{"participles among the modifiers after a possessive", []string{"Cuba hosted/VERB talks", "the/DET ELN is/AUX Peru 's/PART largest/ADJ remaining/VERB/VBG rebel/NOUN group"},
			[]string{"ELN=COLREB", "Peru 's largest remaining rebel group=PERREB"}},
		{"a title after a possessive says whose the person is", []string{"Peru 's/PART foreign/ADJ minister Edi Rama spoke/VERB"}, []string{"Peru 's foreign minister Edi Rama=PERGOV"}},
		{"the opposition party is the opposition", []string{"Peru held/VERB elections", "the/DET opposition/NOUN Democratic Party said/VERB"},
			[]string{"opposition Democratic Party=PEROPP"}},
		{"the opposition party of a country is its opposition", []string{"the/DET opposition/NOUN Democratic Party of/ADP Kosovo said/VERB"},
			[]string{"opposition Democratic Party of Kosovo=KSVOPP"}},
		{"a party named with the word party", []string{"Kosovo held/VERB elections", "Vetëvendosje party/NOUN won/VERB"}, []string{"Vetëvendosje party=KSVGOV"}},
		{"a party alone is a party", []string{"Peru held/VERB elections", "the/DET Democratic Party said/VERB"},
			[]string{"Democratic Party=PERPTY"}},
		// Peoples (see ethnicAgent).
		{"Serb protesters in another country are its Serbs", []string{"Kosovo held/VERB elections", "Serb protesters/NOUN/NNS threw/VERB stones"},
			[]string{"Serb protesters=KSVSRB"}},
		{"Serb gunmen are the Serbs' armed men, not the host country's community", []string{"Kosovo held/VERB elections", "Serb gunmen/NOUN/NNS attacked/VERB Kosovo police"},
			[]string{"Serb gunmen=SRBUAF", "Kosovo police=KSVCOP"}},
		{"Serbs in Serbia are Serbia", []string{"Serbia held/VERB elections", "most/ADJ Serbs/NOUN/NNS voted/VERB"}, []string{"Serbs=SRB"}},
		{"Serbian is the state's", []string{"Kosovo held/VERB elections", "Serbian/ADJ police arrested/VERB them/PRON"}, []string{"Serbian police=SRBCOP", "them=SRBCOP"}},
		{"ethnic Albanian mayors are the country's", []string{"Kosovo held/VERB elections", "ethnic/ADJ Albanian/ADJ mayors/NOUN/NNS resigned/VERB"},
			[]string{"mayors=KSVGOV"}},
		// Officials of organisations and groups (see organ).
		{"a group's commander is the group's", []string{"the/DET MEK 's/PART commander said/VERB"}, []string{"MEK 's commander=IRNREBPMD"}},
		{"an organisation's official is the organisation's", []string{"the/DET EU 's/PART enlargement/NOUN commissioner said/VERB he/PRON would/AUX go/VERB"},
			[]string{"EU 's enlargement commissioner=IGOEUREEC", "he=IGOEUREEC"}},
		{"an organisation's organ named after it is the organisation's", []string{"the/DET AU Peace and/CCONJ Security Council met/VERB"}, []string{"AU Peace and Security Council=IGOAFR"}},
		{"an organisation's organ after its possessive is the organisation's", []string{"the/DET AU 's/PART Peace and/CCONJ Security Council met/VERB"}, []string{"AU 's Peace and Security Council=IGOAFR"}},
		{"the organ needs its noun", []string{"the/DET AU met/VERB Peru"}, []string{"AU=IGOAFR", "Peru=PER"}},
		{"a person of a party is the party's", []string{"[Hou Yu-ih] of/ADP the/DET Kuomintang conceded/VERB"}, []string{"Hou Yu-ih=TWNOPP", "Kuomintang=TWNOPP"}},
		{"and is remembered by surname", []string{"[Ana Quispe] of/ADP the/DET MEK spoke/VERB", "Quispe said/VERB"}, []string{"Quispe=IRNREBPMD"}},
		{"a person of a country is left to the country's rules", []string{"[Ana Quispe] of/ADP Peru spoke/VERB"}, []string{"Peru=PER"}},
		// A post held at an organisation after a comma (see titledMember).
		{"a person set off by a post at an organisation is its member", []string{"[Ana Quispe] ,/PUNCT a/DET director/NOUN at/ADP the/DET MEK ,/PUNCT spoke/VERB"},
			[]string{"Ana Quispe=IRNREBPMD", "MEK=IRNREBPMD"}},
		{"the post may name a region before the organisation", []string{"Peru spoke/VERB", "said/VERB [Ana Quispe] ,/PUNCT Research/PROPN and/CCONJ Advocacy/PROPN Director/PROPN for/ADP the/DET region/NOUN at/ADP the/DET MEK"},
			[]string{"Ana Quispe=IRNREBPMD", "MEK=IRNREBPMD"}},
		{"and the member is remembered by surname", []string{"[Ana Quispe] ,/PUNCT head/NOUN of/ADP the/DET MEK ,/PUNCT spoke/VERB", "Quispe said/VERB"}, []string{"Quispe=IRNREBPMD"}},
		{"a former holder of the post is no member", []string{"[Ana Quispe] ,/PUNCT a/DET former/ADJ director/NOUN at/ADP the/DET MEK ,/PUNCT spoke/VERB"},
			[]string{"MEK=IRNREBPMD"}},
		{"words with no post make no member", []string{"[Ana Quispe] ,/PUNCT a/DET friend/NOUN of/ADP the/DET MEK ,/PUNCT spoke/VERB"},
			[]string{"MEK=IRNREBPMD"}},
		{"a clause between the name and the organisation makes no member", []string{"[Ana Quispe] ,/PUNCT who/PRON was/AUX director/NOUN at/ADP the/DET MEK ,/PUNCT spoke/VERB"},
			[]string{"MEK=IRNREBPMD"}},
		{"a post at a company makes no member", []string{"[Ana Quispe] ,/PUNCT director/NOUN for/ADP games/NOUN/NNS at/ADP Google/PROPN ,/PUNCT spoke/VERB"},
			[]string{"Google=MNCUSAMED"}},
		{"a post at a country is left to the country's rules", []string{"[Ana Quispe] ,/PUNCT a/DET director/NOUN at/ADP Peru ,/PUNCT spoke/VERB"},
			[]string{"Peru=PER"}},
		// Names in apposition (see appositive).
		{"a name set off by commas after a title is that person's", []string{"Peru 's/PART foreign/ADJ minister ,/PUNCT [Ana Quispe] ,/PUNCT spoke/VERB", "Chile replied/VERB", "Quispe said/VERB"},
			[]string{"Quispe=PERGOV"}},
		{"a name set off after the office the title is held in is that person's", []string{"Peru 's/PART deputy/ADJ minister/NOUN at/ADP the/DET foreign/ADJ ministry/NOUN ,/PUNCT [Ana Quispe] ,/PUNCT spoke/VERB", "Chile replied/VERB", "Quispe said/VERB"},
			[]string{"Quispe=PERGOV"}},
		{"a name after a comma that ends no apposition is not the title's", []string{"Peru 's/PART foreign/ADJ minister spoke/VERB to/ADP Chile ,/PUNCT [Ana Quispe] said/VERB", "Quispe said/VERB"},
			nil},
		{"a titled name before a comma is followed by a list, not an apposition", []string{"Peru 's/PART foreign/ADJ minister [Luis Mamani] ,/PUNCT [Ana Quispe] ,/PUNCT and/CCONJ Chile met/VERB", "Quispe said/VERB"},
			nil},
		{"a name of one word set off by commas after a title is that person's", []string{"Peru 's/PART foreign/ADJ minister ,/PUNCT [Quispe] ,/PUNCT spoke/VERB", "Chile replied/VERB", "Quispe said/VERB"},
			[]string{"Quispe=PERGOV"}},
		{"and no second mention in its own sentence", []string{"Chile 's/PART foreign/ADJ minister met/VERB her/PRON Peruvian/ADJ counterpart/NOUN ,/PUNCT [Quispe] ,/PUNCT on/ADP Monday"},
			[]string{"Chile 's foreign minister=CHLGOV", "her=CHLGOV", "Peruvian counterpart=PERGOV"}},
		{"nor of a longer name whose surname follows a particle", []string{"Chile 's/PART foreign/ADJ minister met/VERB her/PRON Peruvian/ADJ counterpart/NOUN ,/PUNCT [Ibrahim al-/X Quispe] ,/PUNCT on/ADP Monday"},
			[]string{"Chile 's foreign minister=CHLGOV", "her=CHLGOV", "Peruvian counterpart=PERGOV"}},
		{"a name of one word after a comma that ends no apposition is not the title's", []string{"Peru 's/PART foreign/ADJ minister spoke/VERB to/ADP Chile ,/PUNCT [Quispe] said/VERB", "Quispe said/VERB"},
			nil},
		// A title is one person (see lastAgentCountry).
		{"a title is not of a plural group of its code named before", []string{"Peru deported/VERB Chilean/ADJ activists/NOUN/NNS who/PRON came/VERB to/ADP the/DET trial/NOUN of/ADP opposition/NOUN leader/NOUN [Ana Quispe]"},
			[]string{"Peru=PER", "Chilean activists=CHLOPP", "opposition leader Ana Quispe=PEROPP"}},
		{"a plural group is of the group named before", []string{"Peru deported/VERB Chilean/ADJ activists/NOUN/NNS", "the/DET activists/NOUN/NNS protested/VERB"},
			[]string{"activists=CHLOPP"}},
		{"a title passes over a plural group to the one person of its code named before it", []string{"the/DET Bolivian/ADJ opposition/NOUN leader/NOUN [Rosa Mamani] spoke/VERB", "Peru deported/VERB Chilean/ADJ activists/NOUN/NNS", "opposition/NOUN leader/NOUN [Ana Quispe] said/VERB"},
			[]string{"opposition leader Ana Quispe=BOLOPP"}},
		// The same group again (see sameGroup).
		{"a definite plural agent is the group named so before", []string{"Chile sanctioned/VERB six/NUM Peruvian/ADJ officials/NOUN/NNS", "the/DET foreign/ADJ ministry/NOUN said/VERB the/DET officials/NOUN/NNS lied/VERB"},
			[]string{"foreign ministry=CHLGOV", "officials=PERGOV"}},
		{"groups of two countries name no one group", []string{"Chilean/ADJ officials/NOUN/NNS met/VERB Peruvian/ADJ officials/NOUN/NNS", "the/DET foreign/ADJ ministry/NOUN said/VERB the/DET officials/NOUN/NNS lied/VERB"},
			[]string{"foreign ministry=CHLGOV", "officials=CHLGOV"}},
		{"a plural agent with no article is another group", []string{"Chile sanctioned/VERB six/NUM Peruvian/ADJ officials/NOUN/NNS", "the/DET foreign/ADJ ministry/NOUN said/VERB officials/NOUN/NNS lied/VERB"},
			[]string{"foreign ministry=CHLGOV", "officials=CHLGOV"}},
		// Family names written first (see addSurname).
		{"a family name written first", []string{"Chile 's/PART [Wei Ming-hao] spoke/VERB", "Peru met/VERB Wei"}, []string{"Peru=PER", "Wei=CHLGOV"}},
		{"a first name does not replace a surname", []string{"Albanian/ADJ Prime Minister [Edi Rama] spoke/VERB", "Chile 's/PART [Rama Quispe] replied/VERB", "Rama said/VERB"},
			[]string{"Rama=ALBGOV"}},
		// Spokespeople (see agent).
		{"a spokesman opening a sentence speaks for the actor that led the last", []string{"the/DET MEK denied/VERB the/DET charge", "a/DET spokesman said/VERB"},
			[]string{"spokesman=IRNREBPMD"}},
		// A country's spokesperson (see countrySpeaker).
		{"a country's adjective before a spokesman is its government's", []string{"a/DET Chilean/ADJ spokesman/NOUN denied/VERB the/DET report/NOUN"},
			[]string{"Chilean spokesman=CHLGOV"}},
		{"a country's possessive before a spokeswoman is its government's", []string{"Peru protested/VERB", "Bolivia 's/PART spokeswoman/NOUN replied/VERB"},
			[]string{"Bolivia 's spokeswoman=BOLGOV"}},
		{"a country's journalists stay its media", []string{"Chilean/ADJ journalists/NOUN/NNS protested/VERB"},
			[]string{"Chilean journalists=CHLMED"}},
		{"a spokesman after a bare country speaks for its government", []string{"Peru denied/VERB it/PRON", "a/DET spokeswoman said/VERB"},
			[]string{"spokeswoman=PERGOV"}},
		{"a spokesman speaks for no civilians that led the last sentence", []string{"Peruvian/ADJ citizens/NOUN/NNS protested/VERB", "a/DET spokesman said/VERB"},
			[]string{"spokesman=PERMED"}},
		{"a named spokeswoman speaks for the actor that leads her sentence", []string{"Chile met/VERB Peru", "Peru 's/PART foreign/ADJ ministry summoned/VERB envoys of/ADP Chile and/CCONJ Bolivia over/ADP what/PRON spokeswoman [Ana Quispe] called/VERB lies"},
			[]string{"Peru 's foreign ministry=PERGOV", "envoys of Chile=CHLGOV", "Bolivia=BOL", "spokeswoman Ana Quispe=PERGOV"}},
		{"a named spokeswoman is remembered by her surname", []string{"Peru 's/PART foreign/ADJ ministry summoned/VERB envoys of/ADP Chile over/ADP what/PRON spokeswoman [Ana Quispe] called/VERB lies", "Quispe said/VERB"},
			[]string{"Quispe=PERGOV"}},
		{"a ministry spokesman is the government's, not the media's", []string{"a/DET ministry/NOUN spokesman/NOUN in/ADP {Lima} accused/VERB Chile/PROPN"},
			[]string{"ministry=GOV", "spokesman in Lima=PERGOV", "Chile=CHL"}},
		{"a ministry spokeswoman speaks for the actor that led the last sentence", []string{"Chile/PROPN protested/VERB", "a/DET foreign/ADJ ministry/NOUN spokeswoman/NOUN said/VERB"},
			[]string{"foreign ministry=CHLGOV", "spokeswoman=CHLGOV"}},
		{"an army spokesman is the army's", []string{"Peru/PROPN denied/VERB it/PRON", "an/DET army/NOUN spokesman/NOUN said/VERB"},
			[]string{"army=PERMIL", "spokesman=PERMIL"}},
		{"a workers' union is labour", []string{"the/DET steelworkers/NOUN '/PART union/NOUN in/ADP Brazil/PROPN protested/VERB"},
			[]string{"steelworkers ' union in Brazil=BRALAB"}},
		{"a teachers' union is labour", []string{"Kenya/PROPN 's/PART teachers/NOUN union/NOUN protested/VERB"},
			[]string{"Kenya 's teachers union=KENLAB"}},
		{"a spokesperson for an organisation is its", []string{"Peru 's/PART foreign/ADJ ministry protested/VERB", "a/DET spokesperson for/ADP the/DET Chilean/ADJ foreign/ADJ ministry said/VERB"},
			[]string{"spokesperson for the Chilean foreign ministry=CHLGOV"}},
		{"a pronoun does not stand for an agent of no country", []string{"officials/NOUN/NNS met/VERB", "they/PRON said/VERB"}, nil},
		{"an official's own capital in the words reported is the government", []string{"Peru 's/PART foreign/ADJ minister said/VERB {Lima} was/AUX ready/ADJ but/CCONJ {Santiago} refused/VERB"},
			[]string{"Peru 's foreign minister=PERGOV", "Lima=PERGOV", "Santiago=CHL"}},
		{"a capital with no official of its own before it is the country", []string{"{Lima} was/AUX ready/ADJ"}, []string{"Lima=PER"}},
		// Possessive pronouns before an agent (see possessor).
		{"its fighters are the group's", []string{"the/DET MEK denied/VERB it/PRON", "it/PRON said/VERB its/PRON fighters/NOUN/NNS withdrew/VERB"},
			[]string{"it=IRNREBPMD", "its=IRNREBPMD", "fighters=IRNREBPMD"}},
		{"its troops are the country's military", []string{"Peru 's/PART defence/NOUN ministry said/VERB its/PRON troops/NOUN/NNS withdrew/VERB"},
			[]string{"Peru 's defence ministry=PERGOV", "its=PERGOV", "troops=PERMIL"}},
		{"troops a possessive owns leave the country from which they are withdrawn", []string{"Peru withdrew/VERB its/PRON/PRP$ troops/NOUN/NNS from/ADP Bolivia"},
			[]string{"Peru=PER", "its=PER", "troops from Bolivia=BOL"}},
		{"troops from a country with no possessive are its military", []string{"troops/NOUN/NNS from/ADP Bolivia arrived/VERB"}, []string{"troops from Bolivia=BOLMIL"}},
		{"their troops are the organisation's", []string{"NATO met/VERB", "they/PRON moved/VERB their/PRON troops/NOUN/NNS"},
			[]string{"they=IGOWSTNAT", "their=IGOWSTNAT", "troops=IGOWSTNAT"}},
		// Number agreement.
		{"it is not a plural agent", []string{"the/DET MEK attacked/VERB Peruvian/ADJ civilians/NOUN/NNS", "it/PRON denied/VERB it/PRON"},
			[]string{"it=IRNREBPMD", "it=IRNREBPMD"}},
		{"they may be a plural agent", []string{"the/DET MEK attacked/VERB Peruvian/ADJ civilians/NOUN/NNS", "they/PRON fled/VERB"},
			[]string{"they=PERCVL"}},
		{"the crowd is the protesters named before", []string{"Kosovo held/VERB elections", "Serb protesters/NOUN/NNS threw/VERB stones at/ADP the/DET police", "the/DET police dispersed/VERB the/DET crowd"},
			[]string{"police=KSVCOP", "the crowd=KSVSRB"}},
		{"the protesters are the people's protesters named before", []string{"Kosovo held/VERB elections", "Serb protesters/NOUN/NNS threw/VERB stones", "the/DET protesters/NOUN/NNS fled/VERB"},
			[]string{"protesters=KSVSRB"}},
		{"the police are the country's when named with it alone", []string{"Kosovo police arrived/VERB", "Serbia protested/VERB", "the/DET police left/VERB"},
			[]string{"police=KSVCOP"}},
		{"no protesters, no crowd", []string{"Kosovo police arrived/VERB", "the/DET police dispersed/VERB the/DET crowd"}, []string{"police=KSVCOP"}},
		{"a country's officials are its government, and they are not one person", []string{"Grossi met/VERB Iranian/ADJ officials/NOUN/NNS", "they/PRON said/VERB"},
			[]string{"they=IRNGOV"}},
		{"a minister is one person", []string{"Grossi met/VERB the/DET Iranian/ADJ minister", "he/PRON said/VERB"},
			[]string{"he=IRNGOV"}},
		{"it is not the place named after in", []string{"Peru 's/PART army ,/PUNCT based/VERB/VBN in/ADP Chile ,/PUNCT said/VERB it/PRON left/VERB"},
			[]string{"Peru 's army=PERMIL", "Chile=CHL", "it=PERMIL"}},
		{"it is the place when nothing else is", []string{"talks/NOUN began/VERB in/ADP Chile", "it/PRON protested/VERB"}, []string{"it=CHL"}},
		// Civilians keep their type (see Resolver.CiviliansAsCountry).
		{"civilians are their country's civilians", []string{"Peru 's/PART army attacked/VERB Chilean/ADJ civilians/NOUN/NNS"}, []string{"Peru 's army=PERMIL", "Chilean civilians=CHLCVL"}},
		{"the country is not a civilian", []string{"Peru held/VERB talks", "Chilean/ADJ civilians/NOUN/NNS fled/VERB", "the/DET country protested/VERB"}, []string{"the country=PER"}},
		// An organisation's troops and organs (see organ).
		{"an organisation's troops, then the bare troops", []string{"NATO peacekeepers/NOUN/NNS were/AUX hurt/VERB when/ADV Serbian/ADJ protesters/NOUN/NNS attacked/VERB troops/NOUN/NNS"},
			[]string{"NATO peacekeepers=IGOWSTNAT", "Serbian protesters=SRBOPP", "troops=IGOWSTNAT"}},
		{"soldiers after an organisation's base are the organisation's", []string{"Chile hosted/VERB talks/NOUN", "rebels/NOUN/NNS attacked/VERB an/DET AU base/NOUN near/ADP {Lima} ,/PUNCT killing/VERB four/NUM soldiers/NOUN/NNS"},
			[]string{"rebels=CHLREB", "AU base=IGOAFR", "soldiers=IGOAFR"}},
		{"two sentences on, the bare army is a country's again", []string{"NATO troops/NOUN/NNS arrived/VERB", "Peru protested/VERB", "Chile met/VERB", "the/DET army attacked/VERB"},
			[]string{"army=CHLMIL"}},
		{"an organisation's organ the dictionaries lack", []string{"NATO 's/PART KFOR mission/NOUN urged/VERB restraint/NOUN"},
			[]string{"NATO 's KFOR mission=IGOWSTNAT"}},
		// A bare group set off after a named one (see appositiveGroup).
		{"a bare group set off after a named group is that group", []string{"Peru hosted/VERB members/NOUN/NNS of/ADP Hamas/PROPN ,/PUNCT the/DET terrorist/ADJ group/NOUN responsible/ADJ for/ADP attacks/NOUN/NNS"},
			[]string{"Peru=PER", "Hamas=PSEREBHMS", "terrorist group=PSEREBHMS"}},
		{"a bare group after a named group and its abbreviation in brackets", []string{"Peru hosted/VERB members/NOUN/NNS of/ADP the/DET Islamic/PROPN Resistance/PROPN Movement/PROPN (/PUNCT Hamas/PROPN )/PUNCT ,/PUNCT a/DET terrorist/ADJ group/NOUN"},
			[]string{"Peru=PER", "Islamic Resistance Movement=PSEREBHMS", "Hamas=PSEREBHMS", "terrorist group=PSEREBHMS"}},
		{"a bare group joined to a named group is another", []string{"Peru hosted/VERB members/NOUN/NNS of/ADP Hamas/PROPN and/CCONJ the/DET terrorist/ADJ group/NOUN"},
			[]string{"Peru=PER", "Hamas=PSEREBHMS", "terrorist group=PERUAF"}},
		{"a bare agent that is no group set off after a named one is not that one", []string{"Peru hosted/VERB members/NOUN/NNS of/ADP Hamas/PROPN ,/PUNCT the/DET police/NOUN and/CCONJ the/DET army/NOUN"},
			[]string{"Peru=PER", "Hamas=PSEREBHMS", "police=PERCOP", "army=PERMIL"}},
		// "He" opening a sentence (see subjectPerson).
		{"he opening a sentence is the last sentence's subject", []string{"Peruvian/ADJ President [Ana Quispe] met/VERB Chilean/ADJ President [Luis Mamani]", "Quispe told/VERB Mamani that/SCONJ talks/NOUN/NNS failed/VERB", "He/PRON left/VERB"},
			[]string{"He=PERGOV"}},
		{"he after another mention is the last person named", []string{"Peruvian/ADJ President [Ana Quispe] met/VERB Chilean/ADJ President [Luis Mamani]", "Quispe told/VERB Mamani that/SCONJ talks/NOUN/NNS failed/VERB", "Peru said/VERB he/PRON left/VERB"},
			[]string{"Peru=PER", "he=CHLGOV"}},
		// Two peoples' adjectives sharing one agent (see sharedAgent).
		{"two peoples' adjectives share the plural agent after them", []string{"the/DET Peruvian/ADJ and/CCONJ Chilean/ADJ foreign/ADJ ministers/NOUN/NNS met/VERB"},
			[]string{"Peruvian=PERGOV", "Chilean foreign ministers=CHLGOV"}},
		{"a country's name shares no agent", []string{"Peru/PROPN and/CCONJ Chilean/ADJ rebels/NOUN/NNS fought/VERB"},
			[]string{"Peru=PER", "Chilean rebels=CHLREB"}},
		{"peoples' words tagged as names share the agent", []string{"Kyrgyz/PROPN and/CCONJ Tajik/PROPN border/NOUN guards/NOUN/NNS clashed/VERB"},
			[]string{"Kyrgyz=KGZMIL", "Tajik border guards=TJKMIL"}},
		{"a people's word of two names shares the agent", []string{"South/PROPN Korean/PROPN and/CCONJ Chilean/ADJ troops/NOUN/NNS held/VERB drills/NOUN"},
			[]string{"South Korean=KORMIL", "Chilean troops=CHLMIL"}},
		{"a country's two-word name shares no agent", []string{"South/PROPN Africa/PROPN and/CCONJ Chilean/ADJ police/NOUN/NNS met/VERB"},
			[]string{"South Africa=ZAF", "Chilean police=CHLCOP"}},
		{"an adjective shares the agent of a people's word tagged as a name", []string{"Serbian/ADJ and/CCONJ Kosovar/PROPN police/NOUN/NNS met/VERB"},
			[]string{"Serbian=SRBCOP", "Kosovar police=KSVCOP"}},
		{"police tagged singular are shared", []string{"Peruvian/ADJ and/CCONJ Chilean/ADJ police/NOUN/NN met/VERB"},
			[]string{"Peruvian=PERCOP", "Chilean police=CHLCOP"}},
		{"a country's name tagged as a name shares no agent", []string{"Peru/PROPN and/CCONJ Chile/PROPN police/NOUN/NNS met/VERB"},
			[]string{"Peru=PER", "Chile police=CHLCOP"}},
		{"an armed group's name gives no agent to a people's word", []string{"Iranian/ADJ and/CCONJ Hamas/PROPN fighters/NOUN/NNS met/VERB"},
			[]string{"Iranian=IRN", "Hamas fighters=PSEREBHMS"}},
		{"a people's word tagged as a name gives no agent to an armed group", []string{"Syrian/PROPN and/CCONJ Hezbollah/PROPN fighters/NOUN/NNS fought/VERB"},
			[]string{"Syrian=SYR", "Hezbollah fighters=LBNREB"}},
		{"an adjective shares no agent that is one person", []string{"the/DET Peruvian/ADJ and/CCONJ Chilean/ADJ foreign/ADJ minister/NOUN/NN met/VERB"},
			[]string{"Peruvian=PER", "Chilean foreign minister=CHLGOV"}},
		// A title that is an agent and a noun (see titledAgent).
		{"an agent's title before a name set off by commas", []string{"Peru protested/VERB", "the/DET chief/ADJ government/NOUN mediator/NOUN/NN ,/PUNCT [Ana Quispe] ,/PUNCT said/VERB"},
			[]string{"government mediator=PERGOV"}},
		{"the surname of an agent's titled person", []string{"Peru protested/VERB", "the/DET chief/ADJ government/NOUN mediator/NOUN/NN ,/PUNCT [Ana Quispe] ,/PUNCT said/VERB", "Quispe left/VERB"},
			[]string{"Quispe=PERGOV"}},
		{"an agent and a noun with no name after them", []string{"Peru protested/VERB", "the/DET government/NOUN plan/NOUN/NN ,/PUNCT which/PRON failed/VERB"},
			[]string{"government=PERGOV"}},
		{"an agent and a plural noun name no one person", []string{"Peru protested/VERB", "the/DET government/NOUN mediators/NOUN/NNS ,/PUNCT [Ana Quispe] ,/PUNCT [Luis Mamani] and/CCONJ [Rosa Vargas] ,/PUNCT spoke/VERB", "Quispe left/VERB"},
			nil},
		{"an organisation's possession that is a person is not its organ", []string{"NATO 's/PART [Jane Doe] spoke/VERB"},
			[]string{"NATO=IGOWSTNAT"}},
		// Opposition as a stance is no political opposition.
		{"opposition to something is a stance", []string{"Chile voiced/VERB strong/ADJ opposition/NOUN to/ADP the/DET plan/NOUN"}, []string{"Chile=CHL"}},
		{"opposition against something is a stance", []string{"Peru stated/VERB opposition/NOUN against/ADP the/DET plan/NOUN"}, []string{"Peru=PER"}},
		{"a possessive pronoun's opposition is a stance", []string{"Peru restated/VERB its/PRON/PRP$ opposition/NOUN"}, []string{"Peru=PER", "its=PER"}},
		{"the opposition is the political opposition", []string{"Peru 's/PART opposition/NOUN protested/VERB"}, []string{"Peru 's opposition=PEROPP"}},
		{"the opposition after a verb is the political opposition", []string{"Peru met/VERB the/DET opposition/NOUN on/ADP Monday"}, []string{"Peru=PER", "opposition=PEROPP"}},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			ms := r.Resolve(sents, ents, day2022)
			if len(ms) != len(sents) {
				t.Fatalf("%d sentences back, want %d", len(ms), len(sents))
			}
			got := spelled(text, ms[len(ms)-1])
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCapital(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src     string
		capital bool
	}{
		{"{Tehran} protested/VERB", true},
		{"{Iran} protested/VERB", false},
		{"{Venezuelans/PROPN/NNPS} protested/VERB", false},
		{"{Iranian/ADJ} leaders protested/VERB", false},
		{"{U.S.} protested/VERB", false},
		{"talks/NOUN ended/VERB in/ADP {Mexico City}", true},
		// A city named in several words is a city too, but not a
		// country's own name in several words, another name of a whole
		// country or an abbreviation.
		{"talks/NOUN ended/VERB in/ADP {Kuala Lumpur}", true},
		{"{Addis Ababa} protested/VERB", true},
		{"talks/NOUN ended/VERB in/ADP {Dar es Salaam}", true},
		{"{South Korea} protested/VERB", false},
		{"{Great Britain} protested/VERB", false},
		{"{Ivory Coast} protested/VERB", false},
		{"the/DET {US} protested/VERB", false},
		// "St." abbreviates Saint, a word of the city's own name, not
		// the country's name shortened.
		{"talks/NOUN ended/VERB in/ADP {St. Petersburg}", true},
		{"talks/NOUN ended/VERB in/ADP {St. John's}", true},
	} {
		_, s, ents := sentence(tt.src)
		ms := r.Resolve([]model.Sentence{s}, ents, day2022)
		if len(ms[0]) == 0 || ms[0][0].Country == "" || ms[0][0].Capital != tt.capital {
			t.Errorf("%s: %+v, want a country's mention with Capital %v", tt.src, ms[0], tt.capital)
		}
	}
}

// TestCountryNamePerson checks that a country's name the names model
// tagged a person is no person, and that a person stays one.
func TestCountryNamePerson(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src    string
		person bool
	}{
		{"a/DET name/NOUN [Armenia] rejects/VERB", false},
		{"[Edi Rama] spoke/VERB", true},
	} {
		_, s, ents := sentence(tt.src)
		ms := r.Resolve([]model.Sentence{s}, ents, day2022)
		if len(ms[0]) == 0 || ms[0][0].Person != tt.person {
			t.Errorf("%s: %+v, want a mention with Person %v", tt.src, ms[0], tt.person)
		}
	}
}

func TestCivilians(t *testing.T) {
	text, sents, ents := document([]string{"Peru 's/PART army attacked/VERB Chilean/ADJ civilians/NOUN/NNS"})
	for _, asCountry := range []bool{false, true} {
		r := New(dicts(t))
		r.CiviliansAsCountry = asCountry
		ms := r.Resolve(sents, ents, day2022)
		want := map[bool]string{false: "CHLCVL", true: "CHL"}[asCountry]
		if len(ms[0]) != 2 || ms[0][1].Code != want {
			t.Errorf("CiviliansAsCountry %v: got %v in %q, want the civilians %s", asCountry, ms[0], text, want)
		}
	}
}

func TestDatedRoles(t *testing.T) {
	r := New(dicts(t))
	_, s, ents := sentence("[Sali Berisha] spoke/VERB")
	for _, tt := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), "ALBELI"},
		{time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC), "ALBGOV"},
	} {
		ms := r.Resolve([]model.Sentence{s}, ents, tt.at)
		got := ""
		if len(ms[0]) > 0 {
			got = ms[0][0].Code
		}
		if got != tt.want {
			t.Errorf("Sali Berisha at %s: %q, want %q", tt.at.Format(time.DateOnly), got, tt.want)
		}
	}
}

// TestUndatedArticle checks that an article without a date reads a name
// whose roles are all dated by its open-ended role, and a dated article
// by the role covering its day.
func TestUndatedArticle(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src  string
		at   time.Time
		want string
	}{
		{"[Iraq] spoke/VERB", time.Time{}, "IRQ"},
		{"[Iraq] spoke/VERB", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), "IRQ"},
		{"[Azerbaijan] spoke/VERB", time.Time{}, "AZE"},
		{"[Azerbaijan] spoke/VERB", time.Date(1991, 1, 1, 0, 0, 0, 0, time.UTC), "USRAZE"},
		{"[Canada] spoke/VERB", time.Time{}, "CAN"},
	} {
		_, s, ents := sentence(tt.src)
		ms := r.Resolve([]model.Sentence{s}, ents, tt.at)
		got := ""
		if len(ms[0]) > 0 {
			got = ms[0][0].Code
		}
		if got != tt.want {
			t.Errorf("%s at %s: %q, want %q", tt.src, tt.at.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestCountryOf(t *testing.T) {
	for code, want := range map[string]string{
		"IRNGOV": "IRN", "ALB": "ALB", "IGOUNO": "", "NGOIRN": "", "COP": "", "": "", "ab": "", "irn": "",
	} {
		if got := CountryOf(code); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	r := New(dicts(t))
	long := strings.Repeat("Albania and Iran and ", 150)
	for _, src := range []string{"", ",/PUNCT", long, "he/PRON she/PRON it/PRON they/PRON", "the/DET group the/DET country"} {
		var sents []model.Sentence
		var ents []model.Entity
		if src != "" {
			_, s, e := sentence(src)
			sents, ents = []model.Sentence{s}, e
		}
		ms := r.Resolve(sents, ents, time.Time{})
		for _, sm := range ms {
			for _, m := range sm {
				if m.Code == "" || m.End <= m.Start || m.End > MaxTokens {
					t.Errorf("%.30q: bad mention %+v", src, m)
				}
			}
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Albanian/ADJ Prime Minister [Edi Rama] said/VERB he/PRON left/VERB")
	f.Add("the/DET police of/ADP Kosovo and/CCONJ the/DET group")
	f.Add("[ ] { } / // 's/PART")
	d, err := dict.Default()
	if err != nil {
		f.Fatal(err)
	}
	r := New(d)
	f.Fuzz(func(t *testing.T, src string) {
		if strings.TrimSpace(src) == "" {
			return
		}
		text, s, ents := sentence(src)
		for _, m := range r.Resolve([]model.Sentence{s}, ents, day2022)[0] {
			if m.Start < 0 || m.End > len(s.Tokens) || m.Start >= m.End || m.Span.End > len(text) || m.Code == "" {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	r := New(dicts(b))
	var sents []model.Sentence
	var ents []model.Entity
	off := 0
	for range 10 {
		_, s, e := sentence("Albanian/ADJ Prime Minister [Edi Rama] said/VERB on/ADP Wednesday the/DET government would/AUX expel/VERB Iranian/ADJ diplomats and/CCONJ police sealed/VERB the/DET embassy in/ADP {Tirana} ./PUNCT")
		for i := range s.Tokens {
			s.Tokens[i].Start += off
			s.Tokens[i].End += off
		}
		for i := range e {
			e[i].Start += off
			e[i].End += off
		}
		off = s.Tokens[len(s.Tokens)-1].End + 1
		sents = append(sents, s)
		ents = append(ents, e...)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Resolve(sents, ents, day2022)
	}
}

// TestDatedRoleBeforeFallback: an undated role written first is the
// fallback, not the code on a day a dated role covers.
func TestDatedRoleBeforeFallback(t *testing.T) {
	const actors = "ARNOR [ARN]\n" +
		"HALBARAD DUNADAN [ARN]\n" +
		"\t[ARNGOV 20121109-20130119]\n" +
		"\t[ARNMIL >20140101]\n"
	r := resolverOf(t, actors)
	_, s, ents := sentence("[Halbarad Dunadan] spoke/VERB")
	for _, tt := range []struct {
		day, want string
	}{
		{"2012-11-08", "ARN"},
		{"2012-11-09", "ARNGOV"},
		{"2013-01-18", "ARNGOV"},
		{"2013-01-19", "ARN"},
		{"2015-06-01", "ARNMIL"},
	} {
		at, _ := time.Parse(time.DateOnly, tt.day)
		ms := r.Resolve([]model.Sentence{s}, ents, at)
		got := ""
		if len(ms[0]) > 0 {
			got = ms[0][0].Code
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.day, got, tt.want)
		}
	}
}

// TestUnknown checks the code of an agent with no country in the
// article, in casus's own, PETRARCH's and TABARI's conventions.
func TestUnknown(t *testing.T) {
	d := dicts(t)
	tests := []struct{ unknown, want string }{
		{"", "COP"},
		{"---", "---COP"},
		{"~", "~COP"},
	}
	for _, tt := range tests {
		r := New(d)
		r.Unknown = tt.unknown
		_, s, ents := sentence("The police/NOUN arrested/VERB two/NUM men/NOUN ./PUNCT")
		ms := r.Resolve([]model.Sentence{s}, ents, time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC))
		if len(ms[0]) == 0 || ms[0][0].Code != tt.want || ms[0][0].Country != "" {
			t.Errorf("Unknown %q: mentions %+v, want first %s with no country", tt.unknown, ms[0], tt.want)
		}
	}
}

// TestArticleName checks a name the dictionaries list only with its
// article ("THE_SHIRE"): a lower-case "the" before it starts the match
// but stays out of the mention.
func TestArticleName(t *testing.T) {
	r := resolverOf(t, "THE_SHIRE [SHI]\nFREEDONIA_ [FRE]\nTHE_ [XXX]\n")
	tests := []struct {
		src  string
		want []string
	}{
		{"Freedonia and/CCONJ the/DET Shire met/VERB", []string{"Freedonia=FRE", "Shire=SHI"}},
		{"The Shire met/VERB", []string{"The Shire=SHI"}},
		{"the/DET shire/NOUN met/VERB", nil},
		{"the/DET Freedonia met/VERB", []string{"Freedonia=FRE"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestArticlelessName checks a name of two or more words the
// dictionaries list only with its article ("THE_SILVER_GUILD"), written
// without it: every word capitalised, no indefinite article before it.
func TestArticlelessName(t *testing.T) {
	r := resolverOf(t, "THE_SILVER_GUILD [SGD]\nTHE_SHIRE [SHI]\nFREEDONIA_ [FRE]\n")
	tests := []struct {
		src  string
		want []string
	}{
		{"Silver Guild raided/VERB Freedonia", []string{"Silver Guild=SGD", "Freedonia=FRE"}},
		{"Freedonia raided/VERB Silver Guild fighters/NOUN", []string{"Freedonia=FRE", "Silver Guild=SGD"}},
		{"The Silver Guild raided/VERB Freedonia", []string{"The Silver Guild=SGD", "Freedonia=FRE"}},
		// An idea, not the name: lower case, or after "a".
		{"Freedonia wants/VERB a/DET Silver Guild", []string{"Freedonia=FRE"}},
		{"Silver guild/NOUN raided/VERB Freedonia", []string{"Freedonia=FRE"}},
		// A longer name began before it.
		{"Freedonia raided/VERB the/DET Old Silver Guild", []string{"Freedonia=FRE"}},
		// One word is too little to tell a name from a word.
		{"Shire raided/VERB Freedonia", []string{"Freedonia=FRE"}},
	}
	for _, tt := range tests {
		checkSpelled(t, r, tt.src, tt.want)
	}
}

// TestAnyCase checks that TABARI dictionaries match a lower-case name,
// and other dictionaries do not.
func TestAnyCase(t *testing.T) {
	for _, tabari := range []bool{false, true} {
		es := readActors(t, "ITHILEN [ITH]\nFREEDONIA_ [FRE]\n", tabari)
		d, err := dict.Compile(dict.Sources{Actors: es, ActorStems: tabari})
		if err != nil {
			t.Fatal(err)
		}
		text, s, ents := sentence("Freedonia met/VERB ithilen/NOUN")
		got := spelled(text, New(d).Resolve([]model.Sentence{s}, ents, day2022)[0])
		want := "Freedonia=FRE"
		if tabari {
			want += "|ithilen=ITH"
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("TABARI %v: got %q, want %q", tabari, g, want)
		}
	}
}

// TestLocal checks Resolver.Local: a bare agent takes no country from
// earlier in its own sentence, still from an earlier sentence.
func TestLocal(t *testing.T) {
	tests := []struct {
		local bool
		sents []string
		want  string
	}{
		{false, []string{"Russian/ADJ police arrested/VERB students"}, "Russian police=RUSCOP|students=RUSEDU"},
		{true, []string{"Russian/ADJ police arrested/VERB students"}, "Russian police=RUSCOP|students=EDU"},
		{true, []string{"Russia held/VERB elections", "students protested/VERB"}, "students=RUSEDU"},
	}
	for _, tt := range tests {
		r := New(dicts(t))
		r.Local = tt.local
		text, sents, _ := document(tt.sents) // names are left to the dictionaries
		ms := r.Resolve(sents, nil, day2022)
		got := spelled(text, ms[len(ms)-1])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("local %v, %q: got %q, want %q", tt.local, tt.sents, g, tt.want)
		}
	}
}

// TestAgentOfCountry checks that a bare agent right before a country's
// name is that country's agent, and not before another actor's.
func TestAgentOfCountry(t *testing.T) {
	es, err := dict.ReadActors(strings.NewReader("FREEDONIA_ [FRE]\nAMNESTY_INTERNATIONAL_ [NGM]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := compiledWith(t, es, "MSF [NGO~]\nACTIVISTS [~NGM]\n")
	tests := []struct{ src, want string }{
		{"MSF Freedonia met/VERB", "MSF Freedonia=NGOFRE"},
		{"activists Freedonia met/VERB", "activists Freedonia=FRENGM"},
		{"activists Amnesty International met/VERB", "activists=NGM|Amnesty International=NGM"},
		{"Freedonia met/VERB", "Freedonia=FRE"},
	}
	for _, tt := range tests {
		text, s, ents := sentence(tt.src)
		got := spelled(text, New(d).Resolve([]model.Sentence{s}, ents, day2022)[0])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, g, tt.want)
		}
	}
}

// document joins sentences written for sentence (one per line, as casus
// joins paragraphs) and places their tokens and names in the joined text.
func document(srcs []string) (string, []model.Sentence, []model.Entity) {
	var text string
	var sents []model.Sentence
	var ents []model.Entity
	for _, src := range srcs {
		x, s, e := sentence(src)
		off := len(text)
		if off > 0 {
			text += "\n"
			off++
		}
		text += x
		s.Start += off
		s.End += off
		for i := range s.Tokens {
			s.Tokens[i].Start += off
			s.Tokens[i].End += off
		}
		for i := range e {
			e[i].Start += off
			e[i].End += off
		}
		sents = append(sents, s)
		ents = append(ents, e...)
	}
	return text, sents, ents
}

// TestTitleOverOpenPortfolio checks that a title in the article decides
// over a government portfolio the dictionaries hold with no end date,
// and not over a closed one or a different country's code.
func TestTitleOverOpenPortfolio(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nRUFUS_FIREFLY_ [FREGOVEDU >090401]\n"+
		"HUGO_HACKENBUSH_ [FREGOVEDU 090401-120101]\n", false)
	d := compiledWith(t, es, "FOREIGN_MINISTER [~GOV]\nEDUCATION_MINISTER [~GOVEDU]\n")
	r := New(d)
	day2011 := time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		src  string
		at   time.Time
		want string
	}{
		{"Freedonia 's/PART foreign/ADJ minister [Rufus Firefly] spoke/VERB", day2022, "FREGOV"},
		{"Foreign/ADJ Minister [Rufus Firefly] spoke/VERB", day2022, "FREGOV"},
		{"Education/NOUN Minister [Rufus Firefly] spoke/VERB", day2022, "FREGOVEDU"},
		{"[Rufus Firefly] spoke/VERB", day2022, "FREGOVEDU"},
		{"Freedonia 's/PART foreign/ADJ minister [Hugo Hackenbush] spoke/VERB", day2011, "FREGOVEDU"},
	} {
		text, s, ents := sentence(tt.src)
		ms := r.Resolve([]model.Sentence{s}, ents, tt.at)
		got := spelled(text, ms[0])
		if len(got) != 1 || !strings.HasSuffix(got[0], "="+tt.want) {
			t.Errorf("%q: got %q, want one mention coded %s", tt.src, got, tt.want)
		}
	}
}

// TestPrefixAgent checks that a prefix agent right before a country and
// its own agent joins both ("an MSF Arnor diplomat" is NGOARNGOV in the
// PETRARCH suite), and a bare country still takes it alone.
func TestPrefixAgent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\n", false)
	d := compiledWith(t, es, "RELIEF {} [NGO~]\nDIPLOMAT [~GOV]\n")
	for _, tt := range []struct{ src, want string }{
		{"a/DET Relief/PROPN Freedonia diplomat/NOUN spoke/VERB", "Relief Freedonia diplomat=NGOFREGOV"},
		{"a/DET Relief/PROPN Freedonia team/NOUN spoke/VERB", "Relief Freedonia=NGOFRE"},
	} {
		text, s, ents := sentence(tt.src)
		got := spelled(text, New(d).Resolve([]model.Sentence{s}, ents, day2022)[0])
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestOrgNameEnd checks that a country's name ending an organisation's
// name is not the country, unless the word before it is an actor, an
// agent or lower case.
func TestOrgNameEnd(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src  string // the first {braced} name is retyped as an organisation
		want string
	}{
		{"{Ascom North America} praised/VERB Peru", "Peru=PER"},
		{"{Amnesty International USA} praised/VERB Peru", "Amnesty International=NGOHRIAMN|Peru=PER"},
		{"{Friends of/ADP Chile} praised/VERB Peru", "Chile=CHL|Peru=PER"},
		{"{Government of/ADP Iraq} praised/VERB Peru", "Government of Iraq=IRQGOV|Peru=PER"},
		{"{Chile} praised/VERB Peru", "Chile=CHL|Peru=PER"},
	} {
		text, s, ents := sentence(tt.src)
		ents[0].Kind = model.Organization
		ms := r.Resolve([]model.Sentence{s}, ents, day2022)
		got := spelled(text, ms[0])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: %q, want %q", tt.src, g, tt.want)
		}
	}
}

// TestTitleOfUnknownOrg checks that one person's title in an organisation
// the dictionaries do not know names no actor, and that one in a known
// organisation or government still does.
func TestTitleOfUnknownOrg(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		src  string // {braced} names are organisations
		want string
	}{
		{"Peru protested/VERB . the/DET president/NOUN of/ADP the/DET {American Farm Bureau} urged/VERB Chile", "Chile=CHL"},
		{"Peru protested/VERB . [Rob Goldman] , President {Ascom Systems} , praised/VERB Chile", "Chile=CHL"},
		{"Peru protested/VERB . [Rob Goldman] , {President Ascom Systems} , praised/VERB Chile", "Chile=CHL"},
		{"Peru protested/VERB . [Rob Goldman] , {President} praised/VERB Chile", "President=PERGOV|Chile=CHL"},
		{"Peru protested/VERB . the/DET president/NOUN urged/VERB Chile", "president=PERGOV|Chile=CHL"},
		{"Peru protested/VERB . the/DET president/NOUN of/ADP the/DET {European Commission} urged/VERB Chile", "president of the European Commission=IGOEUREEC|Chile=CHL"},
	} {
		text, s, ents := sentence(tt.src)
		for i := range ents {
			if ents[i].Kind == model.Location {
				ents[i].Kind = model.Organization
			}
		}
		ms := r.Resolve([]model.Sentence{s}, ents, day2022)
		got := spelled(text, ms[0])
		if g := strings.Join(got, "|"); !strings.HasSuffix(g, tt.want) || strings.Count(g, "=") != strings.Count(tt.want, "=")+1 {
			t.Errorf("%s: %q, want Peru and %q", tt.src, g, tt.want)
		}
	}
}

// TestFillCountry checks that a titled person left with no country takes
// the country the article names most often, but not one named after the
// person in a sentence that names them, and that Local mode (the suites'
// coding) leaves the bare type.
func TestFillCountry(t *testing.T) {
	d := dicts(t)
	for _, tt := range []struct {
		sents []string
		local bool
		want  string // the first sentence's mentions
	}{
		{[]string{"Ambassador [Gordon Sondland] spoke/VERB", "Peru protested/VERB", "Chile and/CCONJ Peru met/VERB"}, false, "Ambassador Gordon Sondland=PERGOV"},
		{[]string{"Ambassador [Gordon Sondland] spoke/VERB", "Peru protested/VERB"}, true, "Ambassador Gordon Sondland=GOV"},
		{[]string{"Ambassador [Gordon Sondland] spoke/VERB", "the/DET talks/NOUN ended/VERB"}, false, "Ambassador Gordon Sondland=GOV"},
		{[]string{"police/NOUN arrested/VERB students/NOUN", "Peru protested/VERB"}, false, "police=COP|students=EDU"},
		// A country the person acts on in their own sentence is not theirs.
		{[]string{"Ambassador [Ana Lind] criticized/VERB Peru", "Peru protested/VERB"}, false, "Ambassador Ana Lind=GOV|Peru=PER"},
		{[]string{"Ambassador [Ana Lind] criticized/VERB Peru", "Chile protested/VERB"}, false, "Ambassador Ana Lind=CHLGOV|Peru=PER"},
		{[]string{"Ambassador [Ana Lind] criticized/VERB Peru", "Peru and/CCONJ Chile met/VERB", "Chile protested/VERB"}, false, "Ambassador Ana Lind=CHLGOV|Peru=PER"},
		// Only the sentence that first names the person is read so: later
		// ones tell more often of what their country does.
		{[]string{"Ambassador [Ana Lind] spoke/VERB", "[Lind] said/VERB Peru agreed/VERB"}, false, "Ambassador Ana Lind=PERGOV"},
		{[]string{"Peru protested/VERB", "Ambassador [Ana Lind] spoke/VERB"}, false, "Peru=PER"},
		// Nor is the country of what the person says, nor one named after
		// an aside.
		{[]string{"Ambassador [Ana Lind] said/VERB Peru agreed/VERB"}, false, "Ambassador Ana Lind=PERGOV|Peru=PER"},
		{[]string{"Ambassador [Ana Lind] ,/PUNCT the/DET witness/NOUN ,/PUNCT praised/VERB Peru"}, false, "Ambassador Ana Lind=PERGOV|Peru=PER"},
		// A title of two sector types takes the country too.
		{[]string{"National/PROPN Security/PROPN Adviser/PROPN [Arif Demir] spoke/VERB", "Peru protested/VERB"}, false, "National Security Adviser Arif Demir=PERGOVMIL"},
		// Where the person is is no country they act on.
		{[]string{"Ambassador [Ana Lind] spoke/VERB in/ADP Peru"}, false, "Ambassador Ana Lind=PERGOV|Peru=PER"},
		// Whom the person meets or talks to is acted on too.
		{[]string{"Ambassador [Ana Lind] met/VERB with/ADP Peruvian/ADJ Foreign/PROPN Minister/PROPN [Elena Gonzalez]", "Chile protested/VERB"}, false,
			"Ambassador Ana Lind=CHLGOV|Peruvian Foreign Minister Elena Gonzalez=PERGOV"},
		{[]string{"Ambassador [Ana Lind] talked/VERB to/ADP Peru"}, false, "Ambassador Ana Lind=GOV|Peru=PER"},
		{[]string{"Ambassador [Ana Lind] called/VERB on/ADP Peru"}, false, "Ambassador Ana Lind=GOV|Peru=PER"},
		{[]string{"Ambassador [Ana Lind] prevailed/VERB upon/ADP Peru", "Chile protested/VERB"}, false, "Ambassador Ana Lind=CHLGOV|Peru=PER"},
		// Nor is any country the person travels to, an envoy returns to,
		// or whose leader the person meets.
		{[]string{"Ambassador [Ana Lind] will/AUX travel/VERB to/ADP Peru and/CCONJ Chile", "Chile welcomed/VERB Bolivia", "Chile thanked/VERB Bolivia", "Chile protested/VERB"}, false,
			"Ambassador Ana Lind=BOLGOV|Peru=PER|Chile=CHL"},
		{[]string{"Ambassador [Ana Lind] will/AUX visit/VERB Peru ,/PUNCT Chile and/CCONJ Bolivia", "Chile welcomed/VERB Bolivia", "Peru protested/VERB", "Ecuador protested/VERB", "Ecuador thanked/VERB Chile"}, false,
			"Ambassador Ana Lind=ECUGOV|Peru=PER|Chile=CHL|Bolivia=BOL"},
		{[]string{"Ambassador [Ana Lind] has/AUX completed/VERB her/PRON consultations/NOUN and/CCONJ is/AUX returning/VERB to/ADP Chile", "Chile thanked/VERB Peru", "Chile protested/VERB", "Peru protested/VERB"}, false,
			"Ambassador Ana Lind=PERGOV|her=PERGOV|Chile=CHL"},
		{[]string{"Ambassador [Ana Lind] spoke/VERB", "She/PRON will/AUX travel/VERB to/ADP Chile", "Chile thanked/VERB Peru", "Chile protested/VERB", "Peru protested/VERB"}, false,
			"Ambassador Ana Lind=PERGOV"},
		{[]string{"The/DET Prime/PROPN Minister/PROPN and/CCONJ President/PROPN [Emmanuel Macron] discussed/VERB trade/NOUN", "France and/CCONJ Peru signed/VERB", "France protested/VERB", "Peru protested/VERB"}, false,
			"Prime Minister=PERGOV|President Emmanuel Macron=FRAGOV"},
		// A visitor is of no country the story names only once by name.
		{[]string{"Ambassador [Ana Lind] will/AUX travel/VERB to/ADP Peru", "Peru thanked/VERB Chile", "Peru protested/VERB"}, false,
			"Ambassador Ana Lind=GOV|Peru=PER"},
		// A minister may return home; what someone else is said to visit,
		// or the leader named with the person as no party to a meeting,
		// is no sign either.
		{[]string{"Minister [Ana Lind] ended/VERB her/PRON visit/NOUN and/CCONJ is/AUX returning/VERB to/ADP Chile", "Chile thanked/VERB Peru", "Chile protested/VERB"}, false,
			"Minister Ana Lind=CHLGOV|her=CHLGOV|Chile=CHL"},
		{[]string{"Ambassador [Ana Lind] said/VERB Peru will/AUX visit/VERB Chile", "Chile protested/VERB", "Chile thanked/VERB Peru"}, false,
			"Ambassador Ana Lind=CHLGOV|Peru=PER|Chile=CHL"},
		{[]string{"The/DET Prime/PROPN Minister/PROPN and/CCONJ President/PROPN [Emmanuel Macron] were/AUX born/VERB in/ADP 1977", "France and/CCONJ Peru signed/VERB", "France protested/VERB"}, false,
			"Prime Minister=FRAGOV|President Emmanuel Macron=FRAGOV"},
	} {
		r := New(d)
		r.Local = tt.local
		text, sents, ents := document(tt.sents)
		ms := r.Resolve(sents, ents, day2022)
		got := spelled(text, ms[0])
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q (local %v): %q, want %q", tt.sents, tt.local, g, tt.want)
		}
	}
}

// TestResolveHome checks that a titled person left with no country is of
// the story's home country before the one the article names most, but
// not when that is the country the person's verb acts on.
func TestResolveHome(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		sents []string
		home  string
		want  string // the first sentence's mentions
	}{
		{[]string{"Ambassador [Ana Lind] criticized/VERB Chile", "Chile protested/VERB"}, "PER", "Ambassador Ana Lind=PERGOV|Chile=CHL"},
		{[]string{"Ambassador [Ana Lind] spoke/VERB", "Chile protested/VERB"}, "", "Ambassador Ana Lind=CHLGOV"},
		{[]string{"Ambassador [Ana Lind] criticized/VERB Peru", "Chile protested/VERB"}, "PER", "Ambassador Ana Lind=CHLGOV|Peru=PER"},
	} {
		text, sents, ents := document(tt.sents)
		ms := r.ResolveHome(sents, ents, day2022, nil, tt.home)
		if g := strings.Join(spelled(text, ms[0]), "|"); g != tt.want {
			t.Errorf("%q (home %q): %q, want %q", tt.sents, tt.home, g, tt.want)
		}
	}
}

// TestReHome checks that a bare government organ that took the country
// the story was on, and acts on that very country, is of the story's
// home country instead (see reHome); and that it keeps its country with
// no home, when home is the country acted on, or when it acts on another.
func TestReHome(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		sents []string
		home  string
		want  string // the last sentence's mentions
	}{
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET foreign/ADJ ministry/NOUN accused/VERB Chile"}, "PER", "foreign ministry=PERGOV|Chile=CHL"},
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET government/NOUN urged/VERB Chile"}, "PER", "government=PERGOV|Chile=CHL"},
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET foreign/ADJ ministry/NOUN accused/VERB Chile"}, "", "foreign ministry=CHLGOV|Chile=CHL"},
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET foreign/ADJ ministry/NOUN accused/VERB Chile"}, "CHL", "foreign ministry=CHLGOV|Chile=CHL"},
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET foreign/ADJ ministry/NOUN accused/VERB Bolivia"}, "PER", "foreign ministry=CHLGOV|Bolivia=BOL"},
		// Its own country's people are no country it acts on.
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "the/DET government/NOUN arrested/VERB Chilean/ADJ activists/NOUN"}, "PER", "government=CHLGOV|Chilean activists=CHLOPP"},
		// A country's own organ, named with it, keeps it.
		{[]string{"Chilean/ADJ warships/NOUN entered/VERB waters/NOUN", "Chile 's/PART foreign/ADJ ministry/NOUN praised/VERB Chile"}, "PER", "Chile 's foreign ministry=CHLGOV|Chile=CHL"},
	} {
		text, sents, ents := document(tt.sents)
		ms := r.ResolveHome(sents, ents, day2022, nil, tt.home)
		if g := strings.Join(spelled(text, ms[len(ms)-1]), "|"); g != tt.want {
			t.Errorf("%q (home %q): %q, want %q", tt.sents, tt.home, g, tt.want)
		}
	}
}

// TestResolveUpper checks that ResolveUpper, given each sentence's forms
// upper-cased, resolves as ResolveHome does; that it reads the words it
// is given (a word given in place of "Chile" is what it resolves); and
// that words of another count than the sentence's tokens are ignored.
func TestResolveUpper(t *testing.T) {
	r := New(dicts(t))
	text, sents, ents := document([]string{
		"Ambassador [Ana Lind] criticized/VERB Chile",
		"The Chilean/ADJ minister/NOUN visited/VERB Lima",
		"Chile protested/VERB",
	})
	ups := make([][]string, len(sents))
	for i, s := range sents {
		for _, tk := range s.Tokens {
			ups[i] = append(ups[i], strings.ToUpper(tk.Form))
		}
	}
	join := func(ms [][]Mention) string {
		var out []string
		for _, m := range ms {
			out = append(out, strings.Join(spelled(text, m), "|"))
		}
		return strings.Join(out, " / ")
	}
	want := join(r.ResolveHome(sents, ents, day2022, nil, "PER"))
	if want == "" {
		t.Fatal("ResolveHome found no mention")
	}
	swapped := slices.Clone(ups)
	swapped[0] = slices.Clone(ups[0])
	swapped[0][len(swapped[0])-1] = "PERU" // the last word, "Chile"
	for _, tt := range []struct {
		name string
		ups  [][]string
		want string
	}{
		{"the forms upper-cased", ups, want},
		{"none", nil, want},
		{"too few sentences", ups[:1], want},
		{"a word short", [][]string{ups[0][:len(ups[0])-1], ups[1], ups[2]}, want},
	} {
		if got := join(r.ResolveUpper(sents, tt.ups, ents, day2022, nil, "PER")); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	first := r.ResolveUpper(sents, swapped, ents, day2022, nil, "PER")[0]
	if got := strings.Join(spelled(text, first), "|"); !strings.HasSuffix(got, "|Chile=PER") {
		t.Errorf("another word given: %q, want the last mention Chile=PER", got)
	}
	if ups[0][len(ups[0])-1] != "CHILE" {
		t.Errorf("ResolveUpper changed the words it was given: %q", ups[0])
	}

	// A sentence longer than MaxTokens: its words are read whether the
	// caller upper-cased all its tokens or only those read.
	text, sents, ents = document([]string{"Chile protested/VERB" + strings.Repeat(" again/ADV", MaxTokens)})
	all := make([]string, len(sents[0].Tokens))
	for k, tk := range sents[0].Tokens {
		all[k] = strings.ToUpper(tk.Form)
	}
	all[0] = "PERU" // in place of "Chile"
	for _, tt := range []struct {
		name string
		up   []string
	}{
		{"every token", all},
		{"the tokens read", all[:MaxTokens]},
	} {
		ms := r.ResolveUpper(sents, [][]string{tt.up}, ents, day2022, nil, "PER")[0]
		if got := strings.Join(spelled(text, ms), "|"); got != "Chile=PER" {
			t.Errorf("a long sentence, the words of %s given: %q, want Chile=PER", tt.name, got)
		}
	}
}

// TestRegionLeaders checks that a region's leaders are read as the
// region's organisation only when the names model finds one in the
// article.
func TestRegionLeaders(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		org   string // text the names model tags as an organisation
		want  []string
	}{
		{"the organisation named after them", []string{"African/ADJ leaders/NOUN urged/VERB Sudan", "the/DET African Union met/VERB"}, "African Union",
			[]string{"African leaders=IGOAFR", "Sudan=SDN"}},
		{"no organisation of the region", []string{"African/ADJ leaders/NOUN urged/VERB Sudan", "the/DET European Union met/VERB"}, "European Union",
			[]string{"Sudan=SDN"}},
		{"not the region's other people", []string{"African/ADJ cyclists/NOUN urged/VERB Sudan", "the/DET African Union met/VERB"}, "African Union",
			[]string{"Sudan=SDN"}},
		{"no organisation at all", []string{"European/ADJ leaders/NOUN urged/VERB Sudan"}, "",
			[]string{"Sudan=SDN"}},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			if k := strings.Index(text, tt.org); tt.org != "" && k >= 0 {
				ents = append(ents, model.Entity{Span: model.Span{Start: k, End: k + len(tt.org)}, Kind: model.Organization, Text: tt.org})
			}
			ms := r.Resolve(sents, ents, day2022)
			got := spelled(text, ms[0])
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestPossessedPersonPair checks that a name the names model calls
// something other than a person is read as a minister after a country's
// possessive only when joined to a person named so just before it.
func TestPossessedPersonPair(t *testing.T) {
	tests := []struct {
		name string
		src  string
		misc string // text the names model tags MISC
		want []string
	}{
		{"joined to a possessed person", "Chile hosted/VERB Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART Luis/PROPN Mamani/PROPN", "Luis Mamani",
			[]string{"Chile=CHL", "Peru 's Ana Quispe=PERGOV", "Bolivia 's Luis Mamani=BOLGOV"}},
		{"alone", "Chile hosted/VERB Bolivia 's/PART Luis/PROPN Mamani/PROPN", "Luis Mamani",
			[]string{"Chile=CHL", "Bolivia=BOL"}},
		{"joined to a country", "Chile hosted/VERB Peru and/CCONJ Bolivia 's/PART Luis/PROPN Mamani/PROPN", "Luis Mamani",
			[]string{"Chile=CHL", "Peru=PER", "Bolivia=BOL"}},
		{"a name of words that are not all names", "Chile hosted/VERB Peru 's/PART [Ana Quispe] and/CCONJ Bolivia 's/PART Mamani/PROPN festival/NOUN", "Mamani festival",
			[]string{"Chile=CHL", "Peru 's Ana Quispe=PERGOV", "Bolivia=BOL"}},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document([]string{tt.src})
			if k := strings.Index(text, tt.misc); k >= 0 {
				ents = append(ents, model.Entity{Span: model.Span{Start: k, End: k + len(tt.misc)}, Kind: model.Misc, Text: tt.misc})
				slices.SortFunc(ents, func(a, b model.Entity) int { return a.Start - b.Start })
			}
			ms := r.Resolve(sents, ents, day2022)
			got := spelled(text, ms[0])
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestResolveDated checks that a sentence's own days are tried before the
// article's date, and only for a dated role.
func TestResolveDated(t *testing.T) {
	const actors = "ARNOR [ARN]\n" +
		"ARAGORN ELESSAR [ARNELI]\n" +
		"\t[ARNGOV 19700101-19900101]\n" +
		"\t[ARNMIL >20200101]\n" +
		"BEREN ERCHAMION\n" +
		"\t[ARNGOV 19500101-19600101]\n"
	r := resolverOf(t, actors)
	day := func(s string) time.Time {
		at, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return at
	}
	article := day("2022-09-08")
	for _, tt := range []struct {
		src       string
		own, also []string
		want      string
	}{
		{"[Aragorn Elessar] spoke/VERB", nil, nil, "ARNMIL"},
		{"[Aragorn Elessar] spoke/VERB", []string{"1980-06-01"}, nil, "ARNGOV"},
		{"[Aragorn Elessar] spoke/VERB", []string{"2000-01-01"}, nil, "ARNMIL"}, // only the undated role holds then
		{"[Aragorn Elessar] spoke/VERB", []string{"2000-01-01", "1980-06-01"}, nil, "ARNGOV"},
		{"[Aragorn Elessar] spoke/VERB", []string{"1975-01-01", "1980-06-01"}, nil, "ARNGOV"},
		{"[Beren Erchamion] spoke/VERB", nil, nil, ""},
		{"[Beren Erchamion] spoke/VERB", []string{"1955-03-01"}, nil, "ARNGOV"},
		{"[Beren Erchamion] spoke/VERB", []string{"1980-06-01"}, nil, ""},
		{"[Arnor] spoke/VERB", []string{"1980-06-01"}, nil, "ARN"},
		{"[Beren Erchamion] spoke/VERB", nil, []string{"1955-03-01"}, "ARNGOV"}, // no role today
		{"[Aragorn Elessar] spoke/VERB", nil, []string{"1980-06-01"}, "ARNMIL"}, // a role today
		{"[Aragorn Elessar] spoke/VERB", []string{"1980-06-01"}, []string{"1955-03-01"}, "ARNGOV"},
	} {
		_, s, ents := sentence(tt.src)
		var ds Dates
		for _, o := range tt.own {
			ds.Own = append(ds.Own, day(o))
		}
		for _, o := range tt.also {
			ds.Also = append(ds.Also, day(o))
		}
		ms := r.ResolveDated([]model.Sentence{s}, ents, article, []Dates{ds})
		got := ""
		if len(ms[0]) > 0 {
			got = ms[0][0].Code
		}
		if got != tt.want {
			t.Errorf("%s on %v, also %v: %q, want %q", tt.src, tt.own, tt.also, got, tt.want)
		}
	}
}

// TestSurnameAtSentenceDate checks that a surname or pronoun read at
// another day than the full name before it takes the role of its own day.
func TestSurnameAtSentenceDate(t *testing.T) {
	const actors = "ARAGORN ELESSAR [ARNELI]\n" +
		"\t[ARNGOV 19700101-19900101]\n" +
		"\t[ARNMIL >20200101]\n" +
		"BEREN ERCHAMION\n" +
		"\t[ARNGOV 19500101-19600101]\n"
	r := resolverOf(t, actors)
	article := time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC)
	y1980 := []time.Time{time.Date(1980, 6, 1, 0, 0, 0, 0, time.UTC)}
	y1955 := []time.Time{time.Date(1955, 6, 1, 0, 0, 0, 0, time.UTC)}
	for _, tt := range []struct {
		name  string
		srcs  []string
		dates []Dates
		want  string // the code of the last sentence's first mention
	}{
		{"the surname today after the name in 1980", []string{"[Aragorn Elessar] spoke/VERB", "Elessar left/VERB"}, []Dates{{Own: y1980}, {}}, "ARNMIL"},
		{"the surname in 1980 after the name today", []string{"[Aragorn Elessar] spoke/VERB", "Elessar left/VERB"}, []Dates{{}, {Own: y1980}}, "ARNGOV"},
		{"the surname on the same day", []string{"[Aragorn Elessar] spoke/VERB", "Elessar left/VERB"}, []Dates{{Own: y1980}, {Own: y1980}}, "ARNGOV"},
		{"no role on the surname's day", []string{"[Beren Erchamion] spoke/VERB", "Erchamion left/VERB"}, []Dates{{Own: y1955}, {}}, ""},
		{"a role on the surname's day", []string{"[Beren Erchamion] spoke/VERB", "Erchamion left/VERB"}, []Dates{{Own: y1955}, {Own: y1955}}, "ARNGOV"},
		{"a pronoun today after the name in 1955", []string{"[Beren Erchamion] spoke/VERB", "he/PRON left/VERB"}, []Dates{{Own: y1955}, {}}, ""},
		{"a pronoun in 1980 after the name today", []string{"[Aragorn Elessar] spoke/VERB", "he/PRON left/VERB"}, []Dates{{}, {Own: y1980}}, "ARNGOV"},
		{"a pronoun on the name's day", []string{"[Aragorn Elessar] spoke/VERB", "he/PRON left/VERB"}, []Dates{{Own: y1980}, {Own: y1980}}, "ARNGOV"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, sents, ents := document(tt.srcs)
			ms := r.ResolveDated(sents, ents, article, tt.dates)
			got := ""
			if last := ms[len(ms)-1]; len(last) > 0 {
				got = last[0].Code
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitledLeaderName checks the name a head's title with a surname alone
// after it gives: the one sitting leader's, and none of several sitting
// leaders of one country who share the surname, whose government it still
// is (see sittingLeader).
func TestTitledLeaderName(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n"+
		"RUFUS_T_FIREFLY_ [FREGOV 20190101-20230101]\n"+
		"HUGO_FIREFLY_ [FREGOV 20100101-20150101]\n"+
		"OTIS_DRIFTWOOD_ [SYLGOVFRN >20180101]\n"+
		"MARIA_DRIFTWOOD_ [SYLGOV >20180101]\n"+
		"KO_BANRI_ [FREGOV >20180101]\n"+
		"KO_SENNA_ [FREGOVDEF >20180101]\n", false)
	d := compiledWith(t, es, "PRESIDENT [~GOV]\nPREMIER [~GOV]\n")
	r := New(d)
	for _, tt := range []struct {
		name string
		srcs []string
		want string
	}{
		{"one sitting leader of the surname", []string{"President [Firefly] spoke/VERB"}, "FREGOV RUFUS T FIREFLY"},
		{"two sitting leaders of one country", []string{"Sylvania spoke/VERB", "Premier [Driftwood] left/VERB"}, "SYLGOV DRIFTWOOD"},
		{"two sitting leaders of a family name written first", []string{"Premier [Ko] left/VERB"}, "FREGOV KO"},
		{"a surname alone two sitting leaders bear", []string{"Sylvania spoke/VERB", "Driftwood/PROPN left/VERB"}, "SYLGOV DRIFTWOOD"},
		{"a family name of two letters alone after the title", []string{"Premier [Ko] left/VERB", "[Ko] spoke/VERB"}, "FREGOV KO"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.srcs)
			ms := r.Resolve(sents, ents, day2022)
			last := ms[len(ms)-1]
			if len(last) == 0 {
				t.Fatalf("no mention in %q", text)
			}
			if got := last[0].Code + " " + last[0].Name; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitledLeader checks that a head's title with a surname alone after
// it is the one sitting leader of that surname (see titledLeader), and
// not a leader out of office, one of two countries sharing the surname,
// or a name that goes on.
func TestTitledLeader(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n"+
		"RUFUS_T_FIREFLY_ [FREGOV 20190101-20230101]\n"+
		"HUGO_HACKENBUSH_ [FREGOV 20100101-20150101]\n"+
		"NICKY_TRENTINO_ [SYLGOV >20180101]\n"+
		"ANA_TRENTINO_ [FREGOV >20180101]\n"+
		"OTIS_DRIFTWOOD_ [SYLGOV >20180101]\n"+
		"MARIA_DRIFTWOOD_ [SYLGOVFRN >20180101]\n"+
		"KO_BANRI_ [FREGOV >20180101]\n", false)
	d := compiledWith(t, es, "PRESIDENT [~GOV]\nPRIME_MINISTER [~GOV]\nGOVERNOR [~GOV]\n")
	r := New(d)
	for _, tt := range []struct {
		name string
		srcs []string
		want []string
	}{
		// A surname alone (see bareLeader).
		{"a sitting leader's surname alone after the country", []string{"Freedonia protested/VERB", "Firefly/PROPN spoke/VERB"}, []string{"Firefly=FREGOV"}},
		{"a sitting leader's surname alone before the country is named", []string{"Firefly/PROPN spoke/VERB"}, nil},
		{"a surname leaders of two countries bear alone", []string{"Freedonia protested/VERB", "Sylvania protested/VERB", "Trentino/PROPN spoke/VERB"}, nil},
		{"a surname alone of a leader out of office", []string{"Freedonia protested/VERB", "Hackenbush/PROPN spoke/VERB"}, nil},
		{"a surname that joins another name", []string{"Freedonia protested/VERB", "Rufus/PROPN Firefly/PROPN spoke/VERB"}, nil},
		{"a surname the names model calls a place", []string{"Freedonia protested/VERB", "in/ADP {Firefly} spoke/VERB"}, nil},
		{"president and a sitting leader's surname", []string{"President [Firefly] spoke/VERB"}, []string{"President Firefly=FREGOV"}},
		{"prime minister and a sitting leader's surname", []string{"Prime Minister [Firefly] spoke/VERB"}, []string{"Prime Minister Firefly=FREGOV"}},
		{"the surname alone later is the leader", []string{"President [Firefly] spoke/VERB", "Firefly left/VERB"}, []string{"Firefly=FREGOV"}},
		{"two leaders of one country share the surname", []string{"Freedonia spoke/VERB", "President [Driftwood] left/VERB"}, []string{"President Driftwood=SYLGOV"}},
		{"a leader out of office is not the president", []string{"Sylvania spoke/VERB", "President [Hackenbush] left/VERB"}, []string{"President Hackenbush=SYLGOV"}},
		{"leaders of two countries share the surname", []string{"Sylvania spoke/VERB", "President [Trentino] left/VERB"}, []string{"President Trentino=SYLGOV"}},
		{"a governor is no head of state", []string{"Sylvania spoke/VERB", "Governor [Firefly] left/VERB"}, []string{"Governor Firefly=SYLGOV"}},
		{"a name that goes on is another person", []string{"Sylvania spoke/VERB", "President [Firefly Jones] left/VERB"}, []string{"President Firefly Jones=SYLGOV"}},
		{"president and a family name written first", []string{"President [Ko] spoke/VERB"}, []string{"President Ko=FREGOV"}},
		{"a family name written first goes on to another person", []string{"Sylvania spoke/VERB", "President [Ko Jones] left/VERB"}, []string{"President Ko Jones=SYLGOV"}},
		{"a title of a country keeps its country", []string{"Sylvania 's/PART president [Firefly] left/VERB"}, []string{"Sylvania 's president Firefly=SYLGOV"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.srcs)
			ms := r.Resolve(sents, ents, day2022)
			if got := spelled(text, ms[len(ms)-1]); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTraveller checks that a ship, an airliner or their passengers take
// no country from the story, only from their own words: a flag or owner
// before them, or the same traveller named so before (see traveller), and
// that an agent of another kind still takes the story's.
func TestTraveller(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "OIL_TANKER [~BUS]\nTANKER [~BUS]\nCOMPANY [~BUS]\nPASSENGER [~CVL]\nNAVAL_SHIP [~MIL]\nJUMBO_JET [~BUS]\nFIGHTER_JET [~MIL]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"a bare tanker after the subject", []string{"Freedonia seized/VERB an/DET oil tanker"}, "Freedonia=FRE|oil tanker=BUS"},
		{"bare passengers after the subject", []string{"Freedonia sent/VERB passengers home/ADV"}, "Freedonia=FRE|passengers=CVL"},
		{"a new company is no one's (see TestNewFirm)", []string{"Freedonia seized/VERB a/DET company"}, "Freedonia=FRE|company=BUS"},
		{"a naval ship is a navy's", []string{"Freedonia sent/VERB a/DET naval ship"}, "Freedonia=FRE|naval ship=FREMIL"},
		{"a bare jumbo jet is an airliner", []string{"Freedonia ordered/VERB a/DET jumbo jet"}, "Freedonia=FRE|jumbo jet=BUS"},
		{"jumbo jets are airliners", []string{"Freedonia ordered/VERB jumbo jets"}, "Freedonia=FRE|jumbo jets=BUS"},
		{"a fighter jet is a military's", []string{"Freedonia sent/VERB a/DET fighter jet"}, "Freedonia=FRE|fighter jet=FREMIL"},
		{"a flag says whose", []string{"Freedonia seized/VERB a/DET Sylvanian/ADJ -/PUNCT flagged/VERB/VBN tanker"}, "Freedonia=FRE|Sylvanian - flagged tanker=SYLBUS"},
		{"a registry says whose", []string{"Freedonia seized/VERB a/DET Sylvanian/ADJ -/PUNCT registered/VERB/VBN company"}, "Freedonia=FRE|Sylvanian - registered company=SYLBUS"},
		{"the tanker named so before", []string{"a/DET Sylvanian/ADJ tanker sailed/VERB", "Freedonia seized/VERB the/DET tanker"}, "Freedonia=FRE|tanker=SYLBUS"},
		{"a tanker is no later company's", []string{"Freedonia seized/VERB a/DET Sylvanian/ADJ tanker", "Freedonia sold/VERB the/DET company"}, "Freedonia=FRE|company=FREBUS"},
	})
}

// TestForeignAgent checks that an agent "foreign" modifies takes no
// country from the story, but for a government's, and that a country
// named before "foreign" still gives its own.
func TestForeignAgent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIAN_ [SYL]\n", false)
	d := compiledWith(t, es, "WORKER [~LAB]\nMINISTER [~GOV]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"foreign workers", []string{"Freedonia deported/VERB foreign/ADJ workers"}, "Freedonia=FRE|workers=LAB"},
		{"workers", []string{"Freedonia deported/VERB workers"}, "Freedonia=FRE|workers=FRELAB"},
		{"a foreign minister is a government's", []string{"Freedonia protested/VERB", "the/DET foreign/ADJ minister spoke/VERB"}, "minister=FREGOV"},
		{"a country's foreign workers", []string{"Freedonia deported/VERB Sylvanian/ADJ foreign/ADJ workers"}, "Freedonia=FRE|Sylvanian foreign workers=SYLLAB"},
	})
}

// TestPlaceAhead checks that people who are no state's agents, named
// before any country of their own sentence, take the country of the
// place that sentence puts them in rather than the sentence before's,
// and that armed agents, or a place after a comma, do not.
func TestPlaceAhead(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n", false)
	d := compiledWith(t, es, "PROTESTER [~OPP]\nTROOPS [~MIL]\n")
	r := New(d)
	checkLast(t, r, []lastCase{
		{"protesters in a place", []string{"Freedonia protested/VERB", "protesters rallied/VERB in/ADP {Sylvania} today/NOUN"}, "protesters=SYLOPP|Sylvania=SYL"},
		{"protesters in no place", []string{"Freedonia protested/VERB", "protesters rallied/VERB today/NOUN"}, "protesters=FREOPP"},
		{"troops in a place", []string{"Freedonia protested/VERB", "troops massed/VERB in/ADP {Sylvania}"}, "troops=FREMIL|Sylvania=SYL"},
		{"a place after a comma", []string{"Freedonia protested/VERB", "protesters rallied/VERB ,/PUNCT in/ADP {Sylvania}"}, "protesters=FREOPP|Sylvania=SYL"},
	})
}

// TestIndefiniteAgent checks that a bare agent after "the" takes the
// country its kind was last named with, but one an indefinite word or a
// number introduces is a new one and does not.
func TestIndefiniteAgent(t *testing.T) {
	es := readActors(t, "FREEDONIA_ [FRE]\nSYLVANIAN_ [SYL]\nMARSOVIA_ [MRS]\n", false)
	d := compiledWith(t, es, "WORKER [~LAB]\nLABOURER [~LAB]\n")
	r := New(d)
	earlier := "Freedonia banned/VERB a/DET Sylvanian/ADJ worker"
	for _, tt := range []struct {
		name string
		src  string
		want string
	}{
		{"the worker named before", "Marsovia fined/VERB the/DET worker", "Marsovia=MRS|worker=SYLLAB"},
		{"a worker is a new one", "Marsovia fined/VERB a/DET worker", "Marsovia=MRS|worker=MRSLAB"},
		{"an adjective after the article", "Marsovia fined/VERB a/DET young/ADJ worker", "Marsovia=MRS|worker=MRSLAB"},
		{"a number", "Marsovia fined/VERB three/NUM workers", "Marsovia=MRS|workers=MRSLAB"},
		{"digits", "Marsovia fined/VERB 12/NUM labourers", "Marsovia=MRS|labourers=MRSLAB"},
		{"another", "Marsovia fined/VERB another/DET labourer", "Marsovia=MRS|labourer=MRSLAB"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document([]string{earlier, "Freedonia protested/VERB", tt.src})
			ms := r.Resolve(sents, ents, day2022)
			if got := strings.Join(spelled(text, ms[len(ms)-1]), "|"); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestShortenedName checks that a name the dictionaries give another
// country reads as the longer name holding it that the article gave
// before ("the Wolves" after "the Northern Wolves of Ithilen"), and not
// when nothing longer came before, when the longer name is the same
// country's, or when the short name is a country's.
func TestShortenedName(t *testing.T) {
	r := resolverOf(t, "NORTHERN_WOLVES_OF_ITHILEN_ [ITHREB]\nWOLVES_ [FREREB]\nGREY_WOLVES_GUILD_ [FRELAB]\n"+
		"FREEDONIA_ [FRE]\nITHILEN_ [ITH]\nNORTH_ITHILEN_ [NIT]\n")
	checkLast(t, r, []lastCase{
		{"after the longer name",
			[]string{"The/DET Northern Wolves of/ADP Ithilen raided/VERB Freedonia", "The/DET Wolves raided/VERB Freedonia"},
			"Wolves=ITHREB|Freedonia=FRE"},
		{"with no longer name before",
			[]string{"Freedonia met/VERB Ithilen", "The/DET Wolves raided/VERB Freedonia"},
			"Wolves=FREREB|Freedonia=FRE"},
		{"the longer name is the same country's",
			[]string{"The/DET Grey Wolves Guild raided/VERB Ithilen", "The/DET Wolves raided/VERB Ithilen"},
			"Wolves=FREREB|Ithilen=ITH"},
		{"a country's name inside a longer one",
			[]string{"North Ithilen raided/VERB Freedonia", "Ithilen raided/VERB Freedonia"},
			"Ithilen=ITH|Freedonia=FRE"},
	})
}

// resolvedAll resolves the sentences srcs (see sentence) with r on day
// and returns the mentions of all of them, in order, spelled
// "text=CODE".
func resolvedAll(r *Resolver, srcs []string, day time.Time) []string {
	text, sents, ents := document(srcs)
	var got []string
	for _, ms := range r.Resolve(sents, ents, day) {
		got = append(got, spelled(text, ms)...)
	}
	return got
}

// resolveCase is a table case of sentences (see document) and the
// "text=CODE" of every mention they resolve to, sentence by sentence.
type resolveCase struct {
	name  string
	sents []string
	want  []string
}

// checkResolved resolves each case's sentences with r on day and
// compares every mention with the case's want.
func checkResolved(t *testing.T, r *Resolver, day time.Time, tests []resolveCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolvedAll(r, tt.sents, day)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCurrencyPrefix checks that a country's name written right against a
// currency sign ("US$4") is a unit of money, no mention, while the same
// name before a sign set apart by a space ("the US $4") is the country.
func TestCurrencyPrefix(t *testing.T) {
	tests := []struct {
		name string
		// words are the tokens and glued[k] reports no space before
		// word k.
		words []string
		glued map[int]bool
		want  string
	}{
		{"glued", []string{"Japan", "offered", "US", "$", "4", "billion"}, map[int]bool{3: true, 4: true}, "Japan=JPN"},
		{"spaced", []string{"Japan", "paid", "the", "US", "$", "4", "billion"}, map[int]bool{5: true}, "Japan=JPN|US=USA"},
	}
	tags := map[string]string{"offered": "VERB", "paid": "VERB", "the": "DET", "$": "SYM", "4": "NUM", "billion": "NUM"}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			var s model.Sentence
			for k, w := range tt.words {
				if k > 0 && !tt.glued[k] {
					b.WriteByte(' ')
				}
				start := b.Len()
				b.WriteString(w)
				tag := tags[w]
				if tag == "" {
					tag = "PROPN"
				}
				s.Tokens = append(s.Tokens, model.Token{Span: model.Span{Start: start, End: b.Len()}, Form: w, UPOS: tag, Head: -1})
			}
			text := b.String()
			s.Span = model.Span{Start: 0, End: len(text)}
			ms := r.Resolve([]model.Sentence{s}, nil, day2022)
			if got := strings.Join(spelled(text, ms[0]), "|"); got != tt.want {
				t.Errorf("%q: got %q, want %q", text, got, tt.want)
			}
		})
	}
}
