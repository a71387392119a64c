package event

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
)

// testCoder compiles a Coder from actor and verb dictionaries in
// PETRARCH-2 syntax.
func testCoder(t *testing.T, actors, verbs string) *Coder {
	t.Helper()
	return compileCoder(t, actors, "", verbs)
}

// compileCoder builds a Coder from actor, agent (may be empty) and verb
// dictionaries in PETRARCH syntax.
func compileCoder(t *testing.T, actors, agents, verbs string) *Coder {
	t.Helper()
	es, err := dict.ReadActors(strings.NewReader(actors))
	if err != nil {
		t.Fatal(err)
	}
	var ags []dict.Agent
	if agents != "" {
		if ags, err = dict.ReadAgents(strings.NewReader(agents)); err != nil {
			t.Fatal(err)
		}
	}
	vd, err := dict.ReadVerbs(strings.NewReader(verbs))
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Compile(dict.Sources{Actors: es, Agents: ags, Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const testActors = `FREEDONIA_ [FRE]
SYLVANIA_ [SYL]
MARSOVIA_ [MAR]
`

// TestCompoundPattern checks a pattern's '%': a compound actor before the
// verb makes its members each other's source and target; after the verb
// (PETRARCH) it is an ordinary compound target; a pattern with '%' does
// not match without a compound.
func TestCompoundPattern(t *testing.T) {
	// Blocks of several verbs: the Coder reads single-verb blocks as
	// TABARI's.
	const verbs = `---  MEET   [040]  ---
MEET
CONFER
- % * [046:046]
---  SWAP   [060]  ---
SWAP
EXCHANGE
- * WITH % [061]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia and Sylvania met on Monday.", []Triple{{"FRE", "SYL", "046"}, {"SYL", "FRE", "046"}}},
		{"Marsovia met Freedonia on Monday.", []Triple{{"MAR", "FRE", "040"}}},
		{"Marsovia swapped prisoners with Freedonia and Sylvania.", []Triple{{"MAR", "FRE", "061"}, {"MAR", "SYL", "061"}}},
		{"Marsovia swapped prisoners with Freedonia.", []Triple{{"MAR", "FRE", "060"}}},
	})
}

// TestCapitalGovernments checks that a capital acting is its country by
// default, as the peers code it, and its government with
// CapitalGovernments.
func TestCapitalGovernments(t *testing.T) {
	const text = "Tehran condemned Albania on Wednesday."
	tests := []struct {
		gov bool
		src string
	}{
		{false, "IRN"},
		{true, "IRNGOV"},
	}
	_, a := coder(t)
	d, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		c, err := New(d)
		if err != nil {
			t.Fatal(err)
		}
		c.CapitalGovernments = tt.gov
		evs := c.Code(context.Background(), &model.Article{Text: text, Published: model.Day(thursday)}, a.Analyze(text), nil, nil)
		if find(evs, tt.src, "ALB", "*") == nil {
			t.Errorf("CapitalGovernments %v: got %s, want %s against ALB", tt.gov, describe(evs), tt.src)
		}
	}
}

// TestNounVerb checks TABARI's verbs found by dictionary: a word the
// tagger takes for a noun codes when a pattern with words before it
// matches ("raised its voice"), and not as a bare noun.
func TestNounVerb(t *testing.T) {
	// Blocks of one verb each: the Coder reads them as TABARI's.
	const verbs = `---  VOICE   [020]  ---
VOICE
- RECENTLY RAISED ITS * [042]
---  PRAISE   [051]  ---
PRAISE
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia has recently raised its voice for Sylvania.", []Triple{{"FRE", "SYL", "042"}}},
		{"Freedonia praised the voice of Sylvania.", []Triple{{"FRE", "SYL", "051"}}},
		{"The voice of Freedonia reached Sylvania.", nil},
	})
}

// TestDefault checks TABARI's DEFAULT option: a default actor where the
// sentence names no source or target, and without PRIOR the actor after
// the verb as source.
func TestDefault(t *testing.T) {
	const verbs = `---  RESTORE   [064]  ---
RESTORE
`
	_, a := coder(t)
	tests := []struct {
		def  Default
		text string
		want []Triple
	}{
		{Default{Source: "DSR", Target: "DTG", Prior: true}, "Zembla restored ties with Freedonia.", []Triple{{"DSR", "FRE", "064"}}},
		{Default{Source: "DSR", Target: "DTG", Prior: true}, "Freedonia restored ties with Zembla.", []Triple{{"FRE", "DTG", "064"}}},
		{Default{Source: "DSR", Target: "DTG"}, "Zembla restored ties with Freedonia.", []Triple{{"FRE", "DTG", "064"}}},
		{Default{}, "Freedonia restored ties with Zembla.", nil},
		{Default{Source: "DSR", Target: "DTG", Prior: true}, "Freedonia restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		// Without AFTER a compound before the verb is both actors,
		// without PRIOR one after it.
		{Default{Source: "DSR", Target: "DTG", Prior: true}, "Freedonia and Sylvania restored ties.", []Triple{{"FRE", "SYL", "064"}}},
		{Default{Source: "DSR", Target: "DTG", Prior: true, After: true}, "Freedonia and Sylvania restored ties.", []Triple{{"FRE", "DTG", "064"}, {"SYL", "DTG", "064"}}},
		{Default{Source: "DSR", Target: "DTG", After: true}, "Zembla restored ties with Freedonia and Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
	}
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		c := testCoder(t, testActors, verbs)
		c.Default = tt.def
		got := codeTriples(c, a, tt.text, day)
		if !sameTriples(tt.want, got) {
			t.Errorf("%+v %q: got %v, want %v", tt.def, tt.text, got, tt.want)
		}
	}
}

func TestSetOption(t *testing.T) {
	c := &Coder{}
	for _, o := range optionsIn(`\n{ OPTION:  DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER  }`) {
		setOption(c, o)
	}
	if want := (Default{Source: "DEFSRC", Target: "DEFTAR", Prior: true, After: true}); c.Default != want {
		t.Errorf("DEFAULT: got %+v, want %+v", c.Default, want)
	}
	for _, o := range optionsIn(`\n{ OPTION: DEFAULT: OFF } { OPTION: COMPLEX: VERBS[5] }`) {
		setOption(c, o)
	}
	if c.Default != (Default{}) {
		t.Errorf("DEFAULT: OFF left %+v", c.Default)
	}
	for _, o := range optionsIn(`\n{ OPTION: SET: MINIMUM WORDS = 4  */`) {
		setOption(c, o)
	}
	if c.MinWords != 4 {
		t.Errorf("MINIMUM WORDS: got %d, want 4", c.MinWords)
	}
	for _, o := range optionsIn(`\n{ OPTION:  COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN  } */`) {
		setOption(c, o)
	}
	if c.MaxVerbs != 5 || c.MaxConj != 4 {
		t.Errorf("COMPLEX: got verbs %d conj %d, want 5 4", c.MaxVerbs, c.MaxConj)
	}
	for _, tt := range []struct {
		opt  string
		want CodeBy
	}{{"SET: CODE BY SENTENCE", CodeSentence}, {"SET:  CODE ALL", CodeAll}, {"SET: CODE BY CLAUSE", CodeClause}} {
		setOption(c, tt.opt)
		if c.CodeBy != tt.want {
			t.Errorf("%q: CodeBy %d, want %d", tt.opt, c.CodeBy, tt.want)
		}
	}
	for _, o := range []string{"", "DEFAULT:", "DEFAULT: SOURCE", ":", "SET: MINIMUM WORDS =", "SET: MINIMUM WORDS = x", "COMPLEX: VERBS[", "COMPLEX: CONJ[x]"} {
		setOption(c, o) // must not panic
	}
}

// TestMinWordsForward checks TABARI's MINIMUM WORDS (a shorter sentence
// is not coded) and FORWARD (a pronoun before every actor of the first
// sentence is the forwarded actor; one after an actor is not).
func TestMinWordsForward(t *testing.T) {
	const verbs = `---  RESTORE   [064]  ---
RESTORE
`
	_, a := coder(t)
	fre := model.Actor{Code: "FRE", Name: "FREEDONIA"}
	tests := []struct {
		min  int
		fw   model.Actor
		text string
		want []Triple
	}{
		{0, model.Actor{}, "Freedonia restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		{6, model.Actor{}, "Freedonia restored ties with Sylvania.", nil},
		{6, model.Actor{}, "Freedonia restored full ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		{0, model.Actor{}, "It restored ties with Sylvania.", nil},
		{0, fre, "It restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		{0, fre, "However, they restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		{0, fre, "Sylvania said it restored ties.", nil},
	}
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		c := testCoder(t, testActors, verbs)
		c.MinWords, c.Forward = tt.min, tt.fw
		got := codeTriples(c, a, tt.text, day)
		if !sameTriples(tt.want, got) {
			t.Errorf("min %d forward %q %q: got %v, want %v", tt.min, tt.fw.Code, tt.text, got, tt.want)
		}
	}
}

func TestStory(t *testing.T) {
	for _, tt := range []struct{ id, want string }{
		{"FRWD-001-002", "FRWD-001"}, {"DEMO-02", "DEMO"}, {"X", "X"}, {"-1", "-1"},
	} {
		if got := story(tt.id); got != tt.want {
			t.Errorf("story(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// TestJoined checks what may stand between the members of a compound
// actor.
func TestJoined(t *testing.T) {
	tok := func(form, upos string) model.Token { return model.Token{Form: form, UPOS: upos} }
	tests := []struct {
		between []model.Token
		want    bool
	}{
		{[]model.Token{tok("and", "CCONJ")}, true},
		{[]model.Token{tok("nor", "CCONJ")}, true},
		{[]model.Token{tok("and", "CCONJ"), tok("the", "DET"), tok("evil", "NOUN"), tok("awful", "ADJ")}, true},
		{[]model.Token{tok("evil", "NOUN"), tok("and", "CCONJ")}, false},
		{[]model.Token{tok("and", "CCONJ"), tok("Evil", "NOUN")}, false},
		{[]model.Token{tok("and", "CCONJ"), tok("attacked", "VERB")}, false},
		{[]model.Token{tok("the", "DET")}, false},
	}
	for _, tt := range tests {
		toks := append([]model.Token{tok("Gondor", "PROPN")}, tt.between...)
		toks = append(toks, tok("Rohan", "PROPN"))
		if got := joined(toks, 1, len(toks)-1); got != tt.want {
			t.Errorf("joined(%v) = %v, want %v", tt.between, got, tt.want)
		}
	}
}

// TestClauseAfterComma checks that a name after a comma and a
// conjunction that follow a lone name, or the verb's clause, begins a
// new clause, not a list of two or the verb's object, while a list of
// three with a comma before its "and" stays one.
func TestClauseAfterComma(t *testing.T) {
	tests := []eventCase{
		{"Peruvian opposition supporters protested against the government, and Peruvian police responded with tear gas.", []string{"PEROPP>PERGOV:140"}, []string{"PEROPP>PERCOP:*"}},
		{"Peruvian opposition supporters protested on Monday, and Peruvian police fired tear gas and rubber bullets.", []string{"PEROPP>PERGOV:140"}, []string{"PEROPP>PERCOP:*"}},
		{"Peruvian opposition supporters protested on Monday, and Peruvian police responded with tear gas.", []string{"PEROPP>PERGOV:140"}, []string{"PEROPP>PERCOP:*"}},
		{"Peru criticised Chile, Bolivia, and Ecuador on Monday.", []string{"PER>CHL:111", "PER>BOL:111", "PER>ECU:111"}, nil},
		{"Peru criticised Chile and Bolivia on Monday.", []string{"PER>CHL:111", "PER>BOL:111"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTABARIVerbWords checks how TABARI verb words match: a stem
// ("CRITICI") any word it begins, a closed word ("DEPART_") its regular
// endings only, an exact one ("BAN=") only itself; a verb word right after
// its subject codes whatever the tagger made of it.
func TestTABARIVerbWords(t *testing.T) {
	const verbs = "DEPART_ [032]\nCRITICI [121]\nBAN= [191]\nPARADE [017]\n- ANTI- + * [111]\nATTACK [190]\n"
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia criticised Sylvania.", []Triple{{"FRE", "SYL", "121"}}},
		{"Freedonia departen from Sylvania.", []Triple{{"FRE", "SYL", "032"}}},
		{"Freedonia departed from Sylvania.", []Triple{{"FRE", "SYL", "032"}}},
		{"Freedonia departx from Sylvania.", nil},
		{"Freedonia will ban Sylvania.", []Triple{{"FRE", "SYL", "191"}}},
		{"Freedonia baned Sylvania.", nil},
		{"Freedonia joined an anti- Sylvania parade on Saturday.", []Triple{{"FRE", "SYL", "111"}}},
		{"Freedonia attacked an anti- Sylvania parade on Saturday.", []Triple{{"FRE", "SYL", "190"}}},
	})
}

// TestPatternBeforeVerb checks a TABARI pattern that uses words before
// its verb: the source stands before them, a '+' among them is the
// target, and a verb the pattern used is no predicate of its own.
func TestPatternBeforeVerb(t *testing.T) {
	const verbs = `SHOULD  [101]
- SUGGESTED + * REQUIRE CONVENTIONS  [151]
- SUGGESTED * APPLY CONVENTIONS  [152]
REQUIRE  [150]
APPLY  [160]
PHONE  [041]
- $ *  [042]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia suggested Sylvania should require conventions in its dealings with Marsovia.", []Triple{{"FRE", "SYL", "151"}}},
		{"Freedonia suggested it should apply conventions in its dealings with Marsovia.", []Triple{{"FRE", "MAR", "152"}}},
		{"Freedonia will apply sanctions to Marsovia.", []Triple{{"FRE", "MAR", "160"}}},
		{"Freedonia phoned Sylvania on Monday about the conventions.", []Triple{{"FRE", "SYL", "042"}}},
		{"Reporters phoned Sylvania on Monday about the conventions.", nil},
		{"Freedonia, a close friend of Marsovia, phoned Sylvania on Monday.", []Triple{{"FRE", "SYL", "042"}}},
	})
}

// TestThatClauseTarget checks that the subject of a "that" clause saying
// what it is is the target of a verb that does not report speech, and
// no other clause's subject is.
func TestThatClauseTarget(t *testing.T) {
	const verbs = `---  ALLOW   [080]  ---
ALLOW
PERMIT
---  SAY   [010]  ---
SAY
STATE
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia allowed that Sylvania is not a pleasant place to visit.", []Triple{{"FRE", "SYL", "080"}}},
		{"Freedonia said that Sylvania is not a pleasant place to visit.", nil},
		{"Freedonia allowed that Sylvania would win the race.", nil},
	})
}

// TestActorGroup checks a name the dictionaries code as several actors
// ("[FRO/BIL]"): each of them acts.
func TestActorGroup(t *testing.T) {
	const verbs = `---  RESTORE   [064]  ---
RESTORE
RENEW
`
	_, a := coder(t)
	c := testCoder(t, testActors+"THE_SHIRE [FRO/BIL]\n", verbs)
	text := "The Shire restored ties with Sylvania."
	got := codeTriples(c, a, text, time.Time{})
	want := []Triple{{"FRO", "SYL", "064"}, {"BIL", "SYL", "064"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestTABARIPatternStems checks TABARI pattern words: one written open is
// a stem ("REVOLUTION" matches "revolutionary"), one closed by an
// underscore matches only itself ("RESOLUTION_" is no "resolutions"),
// synset members alike, and a contracted auxiliary matches its lemma.
func TestTABARIPatternStems(t *testing.T) {
	const verbs = `<SYNSETS>
&CURRENCY
+YEN
+KRONER_
+DOLLAR
&NEG
+WILL_NOT
+DIDN'T
</SYNSETS>
ADOPT  [081]
- * RESOLUTION_  [102]
- * REVOLUTION  [802]
CONTRIBUTE  [070]
- * &CURRENCY  [903]
- * DOLLAR  [071]
- &NEG * [904]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	checkCoded(t, c, a, day, []codeCase{
		{"Freedonia will adopt a revolutionary manifesto with Sylvania.", []Triple{{"FRE", "SYL", "802"}}},
		{"Freedonia will adopt a resolution with Sylvania.", []Triple{{"FRE", "SYL", "102"}}},
		{"Freedonia will adopt resolutions with Sylvania.", []Triple{{"FRE", "SYL", "081"}}},
		{"Freedonia will contribute a million yenners to Sylvania.", []Triple{{"FRE", "SYL", "903"}}},
		{"Freedonia will contribute a million kronerz to Sylvania.", []Triple{{"FRE", "SYL", "070"}}},
		{"Freedonia will contribute a million dollars to Sylvania.", []Triple{{"FRE", "SYL", "071"}}},
		{"Freedonia won't contribute a million euros to Sylvania.", []Triple{{"FRE", "SYL", "904"}}},
		{"Freedonia didn't contribute a million euros to Sylvania.", []Triple{{"FRE", "SYL", "904"}}},
	})
}

// TestDiscardActor checks that in TABARI dictionaries an actor coded
// "###" discards its sentence.
func TestDiscardActor(t *testing.T) {
	_, a := coder(t)
	c := testCoder(t, testActors+"ZEMBLA [###]\n", "RESTORE [064]\n")
	checkCoded(t, c, a, time.Time{}, []codeCase{
		{"Freedonia restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}}},
		{"Freedonia restored ties with Sylvania and Zembla.", nil},
	})
}

// TestComplex checks TABARI's COMPLEX option: a sentence with too many
// known verbs or conjunctions (those joining a compound actor aside) is
// not coded.
func TestComplex(t *testing.T) {
	const verbs = "RESTORE [064]\nPROMISE [050]\nACCEPT [040]\n"
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	c.MaxVerbs, c.MaxConj = 3, 2
	checkCoded(t, c, a, time.Time{}, []codeCase{
		{"Freedonia and Marsovia restored ties with Sylvania.", []Triple{{"FRE", "SYL", "064"}, {"MAR", "SYL", "064"}}},
		{"Freedonia restored ties with Sylvania, accepted its terms and promised aid.", nil},
		{"Freedonia restored ties or trade with Sylvania and paid or not.", nil},
	})
}

// TestCodeBy checks TABARI's CODE BY SENTENCE: only the first verb that
// codes gives events.
func TestCodeBy(t *testing.T) {
	_, a := coder(t)
	text := "Freedonia restored ties with Sylvania on Monday, but Marsovia promised aid to Sylvania."
	want := map[CodeBy][]Triple{
		CodeClause:   {{"FRE", "SYL", "064"}, {"MAR", "SYL", "050"}},
		CodeSentence: {{"FRE", "SYL", "064"}},
	}
	for by, w := range want {
		c := testCoder(t, testActors, "RESTORE [064]\nPROMISE [050]\n")
		c.CodeBy = by
		got := codeTriples(c, a, text, time.Time{})
		if !sameTriples(w, got) {
			t.Errorf("CodeBy %d: got %v, want %v", by, got, w)
		}
	}
}

// TestOwnObject checks that the source's own possession as the object
// ("renewing his license in Sylvania") is no target: the next one is.
func TestOwnObject(t *testing.T) {
	const verbs = `---  RENEW   [030]  ---
RENEW
- * LICENSE  [031]
`
	_, a := coder(t)
	c := testCoder(t, testActors+"SAM_GAMGEE [HOB]\n", verbs)
	text := "Sam Gamgee will be renewing his gardener's license in Sylvania."
	got := codeTriples(c, a, text, time.Time{})
	want := []Triple{{"HOB", "SYL", "031"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestSkip checks a pattern's '^': it skips a noun phrase, so the slot
// after it holds the next actor.
func TestSkip(t *testing.T) {
	const verbs = `---  CELEBRATE   [181]  ---
CELEBRATE
- * IFTAR IN ^ +  [045]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	text := "Freedonia celebrated Iftar in Sylvania with the leaders of Marsovia."
	got := codeTriples(c, a, text, time.Time{})
	want := []Triple{{"FRE", "MARGOV", "045"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestSpreadAgent checks that an agent written before "in" or "of" and a
// compound of countries is each country's.
func TestSpreadAgent(t *testing.T) {
	const verbs = `---  WELCOME   [041]  ---
WELCOME
PRAISE
`
	_, a := coder(t)
	d := testCoderAgents(t, "LAWMAKERS [~LEG]\nOFFICIALS [~GOV]\n", verbs)
	checkCoded(t, d, a, time.Time{}, []codeCase{
		{"Lawmakers in Freedonia and Sylvania welcomed talks with Marsovia.", []Triple{{"FRELEG", "MAR", "041"}, {"SYLLEG", "MAR", "041"}}},
		{"Freedonia lawmakers and Sylvania welcomed talks with Marsovia.", []Triple{{"FRELEG", "MAR", "041"}, {"SYL", "MAR", "041"}}},
		{"Lawmakers and officials in Freedonia and Sylvania welcomed talks with Marsovia.",
			[]Triple{{"FRELEG", "MAR", "041"}, {"SYLLEG", "MAR", "041"}, {"FREGOV", "MAR", "041"}, {"SYLGOV", "MAR", "041"}}},
	})
}

// testCoderAgents is testCoder with agents and the test actors.
func testCoderAgents(t *testing.T, agents, verbs string) *Coder {
	t.Helper()
	return compileCoder(t, testActors, agents, verbs)
}

// TestLabelledName checks that a bare agent right before a country's name
// is that country's agent (the suites' "human rights activists Gondor",
// NGMGON); before another actor's name it labels it (the named actor acts:
// see labelled).
func TestLabelledName(t *testing.T) {
	_, a := coder(t)
	c := testCoderAgents(t, "HUMAN_RIGHTS_ACTIVISTS_ [NGM~]\n", "---  RESTORE   [064]  ---\nRESTORE\nRENEW\n")
	c.Resolver().Unknown = "~"
	text := "Human rights activists Freedonia are about to restore ties with Sylvania."
	got := codeTriples(c, a, text, time.Time{})
	want := []Triple{{"NGMFRE", "SYL", "064"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestInfinitiveAdvcl checks that an infinitive the parse hangs on the
// verb as an adverbial clause ("urged Sylvania on Monday to help win"),
// or a subjectless clause of time ("after helping"), gives way to the
// main verb's event.
func TestInfinitiveAdvcl(t *testing.T) {
	const verbs = `---  URGE   [102]  ---
URGE
PRESS
---  HELP   [070]  ---
HELP
ASSIST
- * TALKS  [032:032]
---  LEAVE   [012]  ---
LEAVE
DEPART
`
	_, a := coder(t)
	c := testCoder(t, testActors+"ZEMBLA [ZEM]\n", verbs)
	checkCoded(t, c, a, time.Time{}, []codeCase{
		{"Freedonia urged Sylvania on Monday to help win a greater role for it in forthcoming peace talks.", []Triple{{"FRE", "SYL", "102"}}},
		{"Freedonia urged Sylvania on Monday to act after leaving Zembla when a hafling was reported.", []Triple{{"FRE", "SYL", "102"}}},
	})
}

// TestTimeIsNoTarget checks that a bare time phrase the parse hangs on
// the verb ("five years after crowds burned its embassy") gives it no
// target.
func TestTimeIsNoTarget(t *testing.T) {
	const verbs = `---  RESTORE   [064]  ---
RESTORE
RENEW
---  SAID   [023]  ---
SAID
STATED
`
	_, a := coder(t)
	c := testCoderAgents(t, "OFFICIAL_ [~GOV]\n", verbs)
	text := "Freedonia is about to restore full diplomatic ties with Sylvania, five years after crowds burned down its embassy, a senior official said on Saturday."
	got := codeTriples(c, a, text, time.Time{})
	want := []Triple{{"FRE", "SYL", "064"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestEarlierClauseSubject checks that a clause before the verb it hangs
// on is not done by that verb's subject ("after crowds burned down its
// embassy, a senior official said"), nor by an actor before it.
func TestEarlierClauseSubject(t *testing.T) {
	const verbs = `---  BURN   [180]  ---
+BURN_DOWN  [222]
TORCH
---  SAID   [023]  ---
SAID
STATED
`
	_, a := coder(t)
	es := testActors + "ZEMBLA [ZEM]\n"
	c := testCoder(t, es, verbs)
	text := "Freedonia is about to restore complete, full diplomatic ties with Sylvania almost five years after Cxlenardhon crowds burned down its embassy, a senior Zembla official said on Saturday."
	doc := a.Analyze(text)
	for _, tr := range Triples(c.Code(context.Background(), &model.Article{Text: text}, doc, nil, nil)) {
		if tr.Code == "222" {
			t.Errorf("%q: %v: no actor named burned anything", text, tr)
		}
	}
}

// TestComplementGivesWay checks that a verb completing another coded verb
// ("called on Sylvania to be allowed to leave Marsovia") gives way to it.
func TestComplementGivesWay(t *testing.T) {
	const verbs = `---  CALL   [095]  ---
CALL
SUMMON
---  LEAVE   [012]  ---
LEAVE
DEPART
`
	_, a := coder(t)
	c := testCoder(t, testActors+"ZEMBLA [ZEM]\n", verbs)
	// The parse makes "called" a relative clause of "centre", so no
	// predicate is a main one.
	text := "Freedonia centre of a diplomatic row between Marsovia the Brown called on Sylvania late Sunday to be allowed to leave Zembla by elves."
	got := codeTriples(c, a, text, time.Time{})
	for _, tr := range got {
		if tr.Code == "012" {
			t.Errorf("%q: %v: the leaving completes the call", text, tr)
		}
	}
	want := []Triple{{"FRE", "SYL", "095"}}
	if !sameTriples(want, got) {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}

// TestTightConnector checks TABARI's '_' between a pattern word and the
// verb ("RECENT~_*"): the word must touch the verb, else the verb's own
// code applies.
func TestTightConnector(t *testing.T) {
	const verbs = `ALLOW  [060]
- RECENT~_*  [025]
PRAISE  [051]
- *_WARMLY  [052]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	tests := []struct {
		text string
		code string
	}{
		{"Freedonia recently allowed Sylvania to trade.", "025"},
		{"Freedonia recently did allow Sylvania to trade.", "060"},
		{"Freedonia praised warmly Sylvania.", "052"},
		{"Freedonia praised Sylvania warmly.", "051"},
	}
	for _, tt := range tests {
		got := codeTriples(c, a, tt.text, time.Time{})
		if len(got) != 1 || got[0] != (Triple{"FRE", "SYL", tt.code}) {
			t.Errorf("%q: got %v, want FRE SYL %s", tt.text, got, tt.code)
		}
	}
}

// TestVerbAsWritten checks that a TABARI verb written as the very word
// of the text ("ATTACKED") is taken before one the word is a form of.
func TestVerbAsWritten(t *testing.T) {
	const verbs = `ATTACK  [223]
ATTACKED  [223]
- PLANES_*  [225]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	for _, tt := range []struct{ text, code string }{
		{"Freedonia's planes attacked Sylvania.", "225"},
		{"Freedonia's planes attack Sylvania.", "223"},
	} {
		got := codeTriples(c, a, tt.text, time.Time{})
		if len(got) != 1 || got[0] != (Triple{"FRE", "SYL", tt.code}) {
			t.Errorf("%q: got %v, want FRE SYL %s", tt.text, got, tt.code)
		}
	}
}

// TestArticleNoun checks that a TABARI verb word the tagger took for a
// noun codes through a pattern with words before it, but not right after
// an article.
func TestArticleNoun(t *testing.T) {
	const verbs = `ACCORD  [---]
- IN *  [072]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	checkCoded(t, c, a, time.Time{}, []codeCase{
		{"Freedonia was in accord with Sylvania.", []Triple{{"FRE", "SYL", "072"}}},
		{"Freedonia was in an accord with Sylvania.", nil},
	})
}

// TestSkipToActor checks TABARI's '^' on words that lead to an actor
// ("with friends of Sylvania"): it skips through the actor.
func TestSkipToActor(t *testing.T) {
	const verbs = `CELEBRATE  [181]
- * IFTAR AT ^ ^ +  [044]
`
	_, a := coder(t)
	c := testCoder(t, testActors, verbs)
	text := "Freedonia celebrated Iftar at Sylvania with friends of Sylvania in Marsovia."
	got := codeTriples(c, a, text, time.Time{})
	if len(got) != 1 || got[0] != (Triple{"FRE", "MAR", "044"}) {
		t.Errorf("%q: got %v, want FRE MAR 044", text, got)
	}
}

// codeTriples analyses text with a and codes it with c as an article of
// day (the zero time: undated), returning the events' triples.
func codeTriples(c *Coder, a *nlp.Analyzer, text string, day time.Time) []Triple {
	art := &model.Article{Text: text}
	if !day.IsZero() {
		art.Published = model.Day(day)
	}
	return Triples(c.Code(context.Background(), art, a.Analyze(text), nil, nil))
}

// sameTriples reports whether got holds each triple of want and no other.
func sameTriples(want, got []Triple) bool {
	r := compare(want, got)
	return r.Found == len(want) && r.Extra == 0
}

// A codeCase is a text and the triples it must code, no more.
type codeCase struct {
	text string
	want []Triple
}

// checkCoded codes each case's text with c as an article of day and
// reports any whose triples differ from its want.
func checkCoded(t *testing.T, c *Coder, a *nlp.Analyzer, day time.Time, cases []codeCase) {
	t.Helper()
	for _, tt := range cases {
		if got := codeTriples(c, a, tt.text, day); !sameTriples(tt.want, got) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
