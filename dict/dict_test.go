package dict

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func openT(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestReadActors(t *testing.T) {
	es, err := ReadActors(openT(t, "testdata/petr/test.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Name: "FREEDONIA", Synonyms: []string{"FREEDONIAN", "FREEDONIA CITY"}, Roles: []Role{{Code: "FRE"}}, Line: 3},
		{Name: "RUFUS T. FIREFLY", Roles: []Role{
			{Code: "FREGOV", Start: 19330101, End: 19331231},
			{Code: "FREELI", Start: 19340101},
			{Code: "FREOPP", End: 19320101},
			{Code: "FREELI"}}, Line: 6},
		{Name: "SYLVANIA", Roles: []Role{{Code: "SYL"}}, Line: 11},
		{Name: "TRENTINO", Roles: []Role{{Code: "SYLGOV", Start: 19330101, End: 19341231}, {Code: "SYLELI"}}, Line: 12},
		{Name: "NOCODE", Line: 13},
		{Name: "CHICOLINI", Synonyms: []string{"PINKY"}, Roles: []Role{{Code: "FRE", Start: 19330601}}, Line: 14},
	}
	if len(es) != len(want) {
		t.Fatalf("read %d entries, want %d", len(es), len(want))
	}
	for i, e := range es {
		if !reflect.DeepEqual(*e, want[i]) {
			t.Errorf("entry %d = %+v\nwant %+v", i, *e, want[i])
		}
	}
}

func TestReadActorsTABARI(t *testing.T) {
	es, err := ReadActors(openT(t, "testdata/tabari/test.actors"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	if got := strings.Join(names, ","); got != "ARNOR,ALBRIGHT,GOLLUM,ENT" {
		t.Fatalf("names = %s (the <NOUN> section must be skipped)", got)
	}
	g := es[2]
	wantRoles := []Role{{Code: "HOB", End: 19950601}, {Code: "HOBGOV", Start: 19950601, End: 19990815}, {Code: "HOBREB", Start: 19990816}}
	if !reflect.DeepEqual(g.Roles, wantRoles) || !reflect.DeepEqual(g.Synonyms, []string{"SMEAGOL"}) {
		t.Errorf("GOLLUM = %+v", g)
	}
	if es[3].Roles[0].Code != "###" {
		t.Errorf("ENT roles = %+v", es[3].Roles)
	}
}

func TestActorErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		err      error
	}{
		{"code before actor", "\t[ALB]\n", 1, ErrSyntax},
		{"synonym before actor", "+X\n", 1, ErrSyntax},
		{"bad day", "A [X 990231-000101]\n", 1, ErrDate},
		{"short date", "A\n\t[X >9901]\n", 2, ErrDate},
		{"reversed", "A\n\n\t[X 20120101-20110101]\n", 3, ErrDate},
		{"bad code", "A [AL$]\n", 1, ErrCode},
		{"bad group", "A [ALB//SRB]\n", 1, ErrCode},
		{"unclosed", "A [ALB\n", 1, ErrSyntax},
		{"empty", "A []\n", 1, ErrCode},
		// A merge's conflict markers: "<<<<<<< HEAD" would read as a name.
		{"conflict ours", "A [ALB]\n<<<<<<< HEAD\nB [BIH]\n", 2, ErrSyntax},
		{"conflict middle", "A [ALB]\n=======\n", 2, ErrSyntax},
		{"conflict theirs", "A [ALB]\n>>>>>>> h-branch\n", 2, ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadActors(strings.NewReader(tc.in))
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tc.line || !errors.Is(err, tc.err) {
				t.Errorf("err = %v; want line %d, %v", err, tc.line, tc.err)
			}
		})
	}
}

func TestRoleCovers(t *testing.T) {
	r := Role{Code: "X", Start: 20130915, End: 20170724}
	for _, tc := range []struct {
		d    Day
		want bool
	}{{20130914, false}, {20130915, true}, {20170723, true}, {20170724, false}, {0, false}} {
		if got := r.Covers(tc.d); got != tc.want {
			t.Errorf("Covers(%d) = %v", tc.d, got)
		}
	}
	if !(Role{Code: "X"}).Covers(0) {
		t.Error("an undated role must cover the unknown day")
	}
}

func TestParseDay(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Day
		ok   bool
	}{{"920409", 19920409, true}, {"050911", 20050911, true}, {"300101", 20300101, true}, {"310101", 19310101, true},
		{"20240229", 20240229, true}, {"20230229", 0, false}, {"2004017", 0, false}, {"99x101", 0, false}, {"", 0, false}} {
		got, err := parseDay(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseDay(%q) = %d, %v", tc.in, got, err)
		}
	}
}

func TestReadAgents(t *testing.T) {
	as, err := ReadAgents(openT(t, "testdata/petr/test.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.Phrase+"="+a.Code)
	}
	want := "POLICE=~COP|ATTORNEY GENERAL=~GOVATG|ATTORNEYS GENERAL=~GOVATG|CITY=~GOV|CITIES=~GOV|CONGRESSMAN=~LEG|CONGRESSWOMAN=~LEG|HUMAN RIGHTS BODY=NGO~|HUMAN RIGHTS BODIES=NGO~"
	if strings.Join(got, "|") != want {
		t.Errorf("agents = %s\nwant     %s", strings.Join(got, "|"), want)
	}
	// A last word naming a set whose members all begin with it stands
	// for the set; a set whose members do not, or a one-word phrase,
	// keeps the word.
	as, err = ReadAgents(strings.NewReader("!MINIST! = MINISTER, MINISTRY\n!GUARD! = SENTRY, WARDEN\n" +
		"WAR_MINIST [~GOVMIL]\nCITY_GUARD [~COP]\nMINIST [~GOV]\n"))
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, a := range as {
		got = append(got, a.Phrase+"="+a.Code)
	}
	want = "WAR MINISTER=~GOVMIL|WAR MINISTRY=~GOVMIL|CITY GUARD=~COP|CITY GUARDS=~COP|MINIST=~GOV|MINISTS=~GOV"
	if strings.Join(got, "|") != want {
		t.Errorf("agents = %s\nwant     %s", strings.Join(got, "|"), want)
	}
	for _, in := range []string{"POLICE\n", "X!NOPE! [~A]\n", "X [ABC]\n", "X {Y [~A]\n"} {
		if _, err := ReadAgents(strings.NewReader(in)); err == nil {
			t.Errorf("ReadAgents(%q) gave no error", in)
		}
	}
}

func TestReadVerbs(t *testing.T) {
	vd, err := ReadVerbs(openT(t, "testdata/petr/test.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(vd.Blocks) != 2 || len(vd.Transformations) != 1 {
		t.Fatalf("blocks %d transformations %d", len(vd.Blocks), len(vd.Transformations))
	}
	if got := vd.Synsets["CURRENCY"].Members; !reflect.DeepEqual(got, [][]string{{"DOLLAR"}, {"DOLLARS"}, {"PESO"}}) {
		t.Errorf("CURRENCY = %q (PESO_ takes no plural)", got)
	}
	if got := vd.Synsets["TIES"].Members; !reflect.DeepEqual(got, [][]string{{"TIES"}, {"RELATIONS"}}) {
		t.Errorf("TIES_ = %q (no plurals)", got)
	}
	sep := vd.Blocks[0]
	if sep.Name != "SEPARATE" || sep.Code != "---" || len(sep.Verbs) != 4 || len(sep.Patterns) != 5 {
		t.Fatalf("SEPARATE = %+v", sep)
	}
	verbs := []Verb{
		{Word: "SEVER", Forms: []string{"SEVER", "SEVERS", "SEVERED", "SEVERING"}, Line: 9},
		{Word: "CUT", Forms: []string{"CUT", "CUTS", "CUTTING"}, Line: 10},
		{Word: "CUT", Forms: []string{"CUT", "CUTS", "CUTED", "CUTING"}, After: []string{"OFF"}, Code: "160", Line: 11},
		{Word: "ARREST", Forms: []string{"ARREST", "ARRESTS", "ARRESTED", "ARRESTING"}, Before: []string{"RE"}, Line: 12},
	}
	if !reflect.DeepEqual(sep.Verbs, verbs) {
		t.Errorf("verbs = %+v\nwant %+v", sep.Verbs, verbs)
	}
	p := sep.Patterns
	if p[0].Code != "161" || len(p[0].After) != 1 || len(p[0].After[0].Terms) != 2 || p[0].Comment != "CUT" {
		t.Errorf("pattern 0 = %+v", p[0])
	}
	if p[1].Code != "---" || len(p[1].Before) != 1 || p[1].Before[0].Terms[0].Word != "FLOODS" {
		t.Errorf("pattern 1 = %+v", p[1])
	}
	cur := p[2].After[0].Terms[0]
	if cur.Synset != "CURRENCY" || len(cur.Phrases()) != 3 {
		t.Errorf("&CURRENCY term = %+v", cur)
	}
	prep := p[2].After[1]
	if prep.Kind != Prep || prep.Prep != "FOR" || len(prep.Objects) != 1 || len(prep.Objects[0].Terms) != 2 {
		t.Errorf("(FOR {PEACEKEEPING OPERATION}) = %+v", prep)
	}
	kinds := func(es []Element) (k []ElemKind) {
		for _, e := range es {
			k = append(k, e.Kind)
		}
		return k
	}
	if !reflect.DeepEqual(kinds(p[3].Before), []ElemKind{Target, Noun}) || !reflect.DeepEqual(kinds(p[3].After), []ElemKind{Noun, Source, Prep}) ||
		p[3].Code != "172" || p[3].Passive != "173" || p[3].After[2].Objects[0].Kind != Skip {
		t.Errorf("pattern 3 = %+v", p[3])
	}
	if p[4].Code != "" || p[4].Passive != "190" || p[4].After[0].Prep != "TO" || len(p[4].After[0].Objects) != 0 {
		t.Errorf("pattern 4 = %+v", p[4])
	}
	if b := vd.Blocks[1]; b.Verbs[0].Code != "112" || !reflect.DeepEqual(b.Verbs[1].Forms, []string{"HURRY", "HURRIES", "HURRYING", "HURRIED"}) {
		t.Errorf("BLAME = %+v", b)
	}
}

func TestReadVerbsTABARI(t *testing.T) {
	vd, err := ReadVerbs(openT(t, "testdata/tabari/test.verbs"))
	if err != nil {
		t.Fatal(err)
	}
	if len(vd.Blocks) != 2 || vd.Blocks[0].Name != "ABANDON" || vd.Blocks[0].Code != "345" || vd.Blocks[1].Name != "BURN" {
		t.Fatalf("blocks = %+v", vd.Blocks)
	}
	if v := vd.Blocks[1].Verbs[0]; !reflect.DeepEqual(v.After, []string{"DOWN"}) || v.Code != "222" {
		t.Errorf("BURN DOWN = %+v", v)
	}
	p := vd.Blocks[0].Patterns[1]
	alts := p.After[1].Terms[0].Phrases()
	// GENEVA_ is closed; INTERNATIONAL, followed by a space, is a stem.
	if !reflect.DeepEqual(alts, [][]string{{"GENEVA"}, {"INTERNATIONAL~"}}) || p.Before[1].Kind != Target {
		t.Errorf("TABARI alternatives pattern = %+v", p)
	}
	// TABARI members are stems: no plurals are generated.
	if got := vd.Blocks[0].Patterns[0].After[0].Terms[0].Phrases(); !reflect.DeepEqual(got, [][]string{{"MILITARY~"}, {"ECONOMIC~"}}) {
		t.Errorf("&TIETYPES = %q", got)
	}
}

// TestTABARIWordMarks checks TABARI's "=" (the word ends there: no
// inflections) and "~" (matched as the whole word) in verbs and patterns.
func TestTABARIWordMarks(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("BAN= [191]\nALLOW  [060]\n- * REAL~_PLEASANT  [024]\nACT_ [100]\n{ ACTING_ ACTUALITY }\nCRITICI [121]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if v := vd.Blocks[0].Verbs[0]; v.Word != "BAN" || !v.Exact || !reflect.DeepEqual(v.Forms, []string{"BAN"}) {
		t.Errorf("BAN= = %+v", v)
	}
	if v := vd.Blocks[1].Verbs[0]; v.Exact || len(v.Forms) < 2 {
		t.Errorf("ALLOW = %+v", v)
	}
	if v := vd.Blocks[2].Verbs[0]; !reflect.DeepEqual(v.Stems, []string{"ACTUALITY"}) || !slices.Contains(v.Forms, "ACTING") {
		t.Errorf("ACT_ { ACTING_ ACTUALITY } = %+v", v)
	}
	if v := vd.Blocks[3].Verbs[0]; !reflect.DeepEqual(v.Stems, []string{"CRITICI"}) {
		t.Errorf("CRITICI = %+v", v)
	}
	if v := vd.Blocks[0].Verbs[0]; len(v.Stems) != 0 {
		t.Errorf("BAN= has stems %q", v.Stems)
	}
	p := vd.Blocks[1].Patterns[0]
	var got []string
	for _, e := range p.After {
		for _, tm := range e.Terms {
			got = append(got, tm.Word)
		}
	}
	if !reflect.DeepEqual(got, []string{"REAL" + Stem, "PLEASANT" + Stem}) {
		t.Errorf("REAL~_PLEASANT words = %q", got)
	}
}

// TestJoinedWords checks that an underscore between two pattern words
// makes one element of consecutive terms, and that one next to '*', a
// bracket or a slot joins nothing.
func TestJoinedWords(t *testing.T) {
	const verbs = `&TIETYPES
+ECONOMIC
ABANDON  [345]
- * NEW_&TIETYPES_RELATIONS [903]
- FAILED_TO_* PLAN  [111]
- * (WITH_ALL FORCE) [112]
- ANTI- + * [113]
`
	vd, err := ReadVerbs(strings.NewReader(verbs))
	if err != nil {
		t.Fatal(err)
	}
	ps := vd.Blocks[0].Patterns
	terms := func(e Element) (out []string) {
		for _, tm := range e.Terms {
			out = append(out, tm.Word+tm.Synset)
		}
		return out
	}
	if len(ps[0].After) != 1 || !reflect.DeepEqual(terms(ps[0].After[0]), []string{"NEW", "TIETYPES", "RELATIONS" + Stem}) {
		t.Errorf("NEW_&TIETYPES_RELATIONS = %+v", ps[0].After)
	}
	if len(ps[1].Before) != 1 || !reflect.DeepEqual(terms(ps[1].Before[0]), []string{"FAILED", "TO"}) || len(ps[1].After) != 1 {
		t.Errorf("FAILED_TO_* PLAN = %+v / %+v", ps[1].Before, ps[1].After)
	}
	if e := ps[2].After; len(e) != 1 || e[0].Kind != Prep || len(e[0].Objects) != 2 {
		t.Errorf("(WITH_ALL FORCE) = %+v", e)
	}
	// "anti- Gondor" is the tokens "anti" "-" "Gondor".
	if e := ps[3].Before; len(e) != 2 || !reflect.DeepEqual(terms(e[0]), []string{"ANTI", "-"}) || e[1].Kind != Target {
		t.Errorf("ANTI- + = %+v", e)
	}
}

// TestNestedSynsetMembers checks a synset member that names another set
// among its words: it stands for each of that set's members.
func TestNestedSynsetMembers(t *testing.T) {
	const verbs = `<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC
&TIEPHRASE
+&TIETYPES_MEMOS
+ASSURANCES_ON &TIETYPES
+&TIEPHRASE_AGAIN
</SYNSETS>
WELCOME  [041]
- * &TIEPHRASE FROM [911]
`
	vd, err := ReadVerbs(strings.NewReader(verbs))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, ph := range vd.Synsets["TIEPHRASE"].Members {
		got[strings.Join(ph, " ")] = true
	}
	for _, w := range []string{"MILITARY~ MEMOS~", "ECONOMIC~ MEMOS~", "ASSURANCES ON~ MILITARY~", "ASSURANCES ON~ ECONOMIC~"} {
		if !got[w] {
			t.Errorf("&TIEPHRASE lacks %q: %v", w, got)
		}
	}
	for w := range got {
		if strings.Contains(w, "&") {
			t.Errorf("&TIEPHRASE keeps a set name: %q", w)
		}
	}
}

func TestVerbErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		err      error
	}{
		{"pattern first", "- * X [010]\n", ErrSyntax},
		{"no code", "--- A [010] ---\nA\n- * X\n", ErrCode},
		{"no star", "--- A [010] ---\nA\n- X [010]\n", ErrSyntax},
		{"unbalanced", "--- A [010] ---\nA\n- * (TO X [010]\n", ErrSyntax},
		{"undefined synset", "--- A [010] ---\nA\n- * &NOPE [010]\n", ErrSynset},
		{"multi without plus", "--- A [010] ---\nA_B_C\n- * (X) Y) [010]\n", ErrSyntax},
		{"conflict marker", "--- A [010] ---\n<<<<<<< HEAD\nA\n- * X [010]\n", ErrSyntax},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadVerbs(strings.NewReader(tc.in))
			if !errors.Is(err, tc.err) {
				t.Errorf("err = %v, want %v", err, tc.err)
			}
		})
	}
}

func TestReadDiscardsIssues(t *testing.T) {
	ds, err := ReadDiscards(openT(t, "testdata/petr/test.discards.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Discard{{Words: []string{"WORLD", "CUP"}, Story: true, Line: 1}, {Words: []string{"BASKETBALL"}, Line: 2}, {Words: []string{"BATSMAN"}, Whole: true, Line: 3}}
	if !reflect.DeepEqual(ds, want) {
		t.Errorf("discards = %+v", ds)
	}
	is, err := ReadIssues(openT(t, "testdata/petr/test.issues.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range is {
		got = append(got, strings.Join(x.Words, " ")+"="+x.Code+"/"+x.Category+"/"+string(rune('0'+x.Ignore)))
	}
	wantIs := "SCHOOL=SCHOOLS/EDUCATION/0|SCHOOLS=SCHOOLS/EDUCATION/0|EARLY CHILDHOOD EDUCATION=ECE/EDUCATION/0|EARLY-CHILDHOOD EDUCATION=ECE/EDUCATION/0|" +
		"TEACH=TEACHING/EDUCATION/0|TEACHES=TEACHING/EDUCATION/0|TEACHED=TEACHING/EDUCATION/0|TEACHING=TEACHING/EDUCATION/0|A HEAD START=/EDUCATION/1|OLD SCHOOL=/EDUCATION/2"
	if strings.Join(got, "|") != wantIs {
		t.Errorf("issues = %s\nwant     %s", strings.Join(got, "|"), wantIs)
	}
}

func TestLoadDirAndLookups(t *testing.T) {
	d, err := LoadDir("testdata/petr")
	if err != nil {
		t.Fatal(err)
	}
	if w := d.Warnings(); len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	for _, tc := range []struct {
		words []string
		at    string
		code  string
		n     int
		ok    bool
	}{
		{[]string{"Freedonian", "troops"}, "1933-07-01", "FRE", 1, true},
		{[]string{"freedonia", "city"}, "1933-07-01", "FRE", 2, true},
		{[]string{"Rufus", "T.", "Firefly"}, "1933-07-01", "FREGOV", 3, true},
		{[]string{"Rufus", "T.", "Firefly"}, "1931-07-01", "FREOPP", 3, true},
		{[]string{"Rufus", "T.", "Firefly"}, "1935-07-01", "FREELI", 3, true},
		{[]string{"Rufus", "T.", "Firefly"}, "", "FREELI", 3, true},
		{[]string{"Pinky"}, "1933-01-01", "", 0, false},
		{[]string{"Pinky"}, "1933-06-01", "FRE", 1, true},
		{[]string{"nocode"}, "1933-06-01", "", 0, false},
		{[]string{"Rufus"}, "1933-06-01", "", 0, false},
		{nil, "1933-06-01", "", 0, false},
	} {
		var when time.Time
		if tc.at != "" {
			when = day(tc.at)
		}
		code, _, n, ok := d.Actor(tc.words, when)
		if code != tc.code || n != tc.n || ok != tc.ok {
			t.Errorf("Actor(%q, %s) = %q %d %v; want %q %d %v", tc.words, tc.at, code, n, ok, tc.code, tc.n, tc.ok)
		}
	}
	if c, n, ok := d.Agent([]string{"Congresswoman", "Smith"}); c != "~LEG" || n != 1 || !ok {
		t.Errorf("Agent = %q %d %v", c, n, ok)
	}
	if got := Combine("FRE", "NGO~"); got != "NGOFRE" {
		t.Errorf("Combine prefix = %q", got)
	}
	for _, form := range []string{"cut", "Severing", "re-arrest", "hurried"} {
		b := d.Verb(form)
		if (b == nil) != (form == "re-arrest") {
			t.Errorf("Verb(%q) = %v", form, b)
		}
	}
	if refs := d.Verbs("CUT"); len(refs) != 2 {
		t.Errorf("Verbs(CUT) = %d refs, want single and multi-word", len(refs))
	}
	for _, tc := range []struct {
		words []string
		n     int
	}{{[]string{"basketballs"}, 1}, {[]string{"batsmen"}, 0}, {[]string{"batsman"}, 1}, {[]string{"world", "cups"}, 2}, {[]string{"world"}, 0}} {
		_, n, _ := d.Discard(tc.words)
		if n != tc.n {
			t.Errorf("Discard(%q) = %d, want %d", tc.words, n, tc.n)
		}
	}
	if is, n, ok := d.Issue([]string{"early", "childhood", "education"}); !ok || n != 3 || is.Code != "ECE" {
		t.Errorf("Issue = %+v %d %v", is, n, ok)
	}

	// Round trip through the compiled format.
	d2 := readBack(t, d)
	if !reflect.DeepEqual(d.Stats(), d2.Stats()) || !reflect.DeepEqual(d.Entries(), d2.Entries()) {
		t.Errorf("round trip changed the dictionaries: %+v vs %+v", d.Stats(), d2.Stats())
	}
	if got := d2.VerbDict().Blocks[0].Patterns[2].After[0].Terms[0].Phrases(); len(got) != 3 {
		t.Errorf("synset not re-resolved after Read: %q", got)
	}
	if _, err := Read(strings.NewReader("not a dictionary")); !errors.Is(err, ErrFormat) {
		t.Errorf("Read(garbage) = %v", err)
	}
}

func TestLoadDirTABARIProject(t *testing.T) {
	d, err := LoadDir("testdata/tabari")
	if err != nil {
		t.Fatal(err)
	}
	if code, _, _, _ := d.Actor([]string{"Smeagol"}, day("1997-01-01")); code != "HOBGOV" {
		t.Errorf("Smeagol = %q", code)
	}
	if b := d.Verb("burned"); b == nil || b.Code != "222" {
		t.Errorf("Verb(burned) = %+v", b)
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"Tirana": "TIRANA", "ALB": "ALB", "Støre": "STORE", "Côte": "COTE", "Bağış": "BAGIS"} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEntryCodePrefersDatedRole(t *testing.T) {
	day := func(s string) Day {
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return DayOf(tm)
	}
	e := &Entry{Name: "X", Roles: []Role{
		{Code: "HOB"},
		{Code: "HOBGOV", Start: day("2012-11-09"), End: day("2013-01-19")},
	}}
	for _, tt := range []struct {
		d    Day
		want string
	}{{day("2012-12-01"), "HOBGOV"}, {day("2014-01-01"), "HOB"}, {0, "HOB"}} {
		if got, ok := e.Code(tt.d); !ok || got != tt.want {
			t.Errorf("Code(%v) = %q, %v; want %q", tt.d, got, ok, tt.want)
		}
	}
}

// TestActorStems checks TABARI's stems: a phrase written without a
// trailing underscore lets its last word continue, one with it takes only
// a noun ending 'S, one with '=' nothing, and dictionaries read without
// stems match whole words only.
func TestActorStems(t *testing.T) {
	const actors = `ERIADOR [ERI]
LIBYA_ [LBY]
DURTHANG ORC [MORORC]
GONDOR [GON]
GONDORIAN_NAVY [GONNAV]
MOUSE= [MUS]
`
	tests := []struct {
		words  string
		stems  bool
		code   string
		n      int
		wantOK bool
	}{
		{"Eriadori said", true, "ERI", 1, true},
		{"Eriador said", true, "ERI", 1, true},
		{"Eriadori said", false, "", 0, false},
		// TABARI's noun endings: a closed word takes a plural 'S
		// (NOUNEND-02 of its suite), except one closed with '='.
		{"Libyas said", true, "LBY", 1, true},
		{"Libyas said", false, "", 0, false},
		{"Libya said", true, "LBY", 1, true},
		{"Durthang Orcs said", true, "MORORC", 2, true},
		{"Gondorian navy said", true, "GONNAV", 2, true},
		{"Gondorian army said", true, "GON", 1, true},
		{"Eri said", true, "", 0, false},
		{"Mouse said", true, "MUS", 1, true},
		{"Mouses said", true, "", 0, false},
	}
	for _, tt := range tests {
		d := compileActors(t, actors, tt.stems)
		code, _, n, ok := d.Actor(strings.Fields(tt.words), time.Time{})
		if ok != tt.wantOK || code != tt.code || n != tt.n {
			t.Errorf("stems %v, %q: got %q %d %v, want %q %d %v", tt.stems, tt.words, code, n, ok, tt.code, tt.n, tt.wantOK)
		}
	}
}

func TestValidActorCodeGroups(t *testing.T) {
	for _, tt := range []struct {
		code string
		want bool
	}{
		{"FRO/BIL/SAM", true}, {"ELR/GAL", true}, {"ALBGOV", true},
		{"FRO/", false}, {"/FRO", false}, {"FRO//BIL", false}, {"FRO/b", false},
	} {
		if got := validActorCode(tt.code); got != tt.want {
			t.Errorf("validActorCode(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestWriteToDeterministic checks that the same dictionaries always give
// the same bytes, whatever order the synsets map yields.
func TestWriteToDeterministic(t *testing.T) {
	var b strings.Builder
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "G", "H"} {
		fmt.Fprintf(&b, "&SET%s\n+WORD%s\n", n, n)
	}
	b.WriteString("---  MEET   [040]  ---\nMEET\n- * &SETA [041]\n")
	vd, err := ReadVerbs(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compile(Sources{Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if _, err := d.WriteTo(&first); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		var again bytes.Buffer
		if _, err := d.WriteTo(&again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Fatal("WriteTo gave different bytes for the same dictionaries")
		}
	}
	r, err := Read(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Synset("SETH"); !reflect.DeepEqual(got, [][]string{{"WORDH"}, {"WORDHS"}}) {
		t.Errorf("&SETH after Read = %q", got)
	}
}

// TestHyphenatedActors checks that an actor or agent written with a
// hyphen ("AL-QAEDA") is found whether the tokenizer split it or not.
func TestHyphenatedActors(t *testing.T) {
	d := compileActors(t, "AL-QAEDA_ [IMGMOSALQ]\nBARAD-DUR-NORTH [MOR]\n", false)
	checkActors(t, d, []actorCase{
		{"Al-Qaeda said", "IMGMOSALQ", 1},
		{"Al - Qaeda said", "IMGMOSALQ", 3},
		{"Barad - Dur - North fell", "MOR", 5},
		{"Al said", "", 0},
		{"Barad_Dur_North fell", "", 0},
		{"Barad-Dur-North fell", "MOR", 1},
	})
	if ws, ok := hyphenSplit("ANTI- GOVERNMENT --- X-"); ok || len(ws) != 4 {
		t.Errorf("hyphenSplit of no inner hyphen = %q, %v", ws, ok)
	}
}

// TestHyphenJoinsSpacedName checks that a name the dictionaries spell
// with a space is found when the text joins its words with a hyphen the
// tokenizer split off ("Rohan-Gondor" for ROHAN_GONDOR_), that a phrase
// spelt with the hyphen keeps reading it, and that a hyphen that ends
// the words or joins no phrase leaves the shorter name.
func TestHyphenJoinsSpacedName(t *testing.T) {
	d := compileActors(t, "ROHAN [ROH]\nROHAN_GONDOR_ [RGD]\nDOL-AMROTH_ [DOL]\nDOL_AMROTH_KEEP [DAK]\n", false)
	checkActors(t, d, []actorCase{
		{"Rohan - Gondor said", "RGD", 3},
		{"Rohan Gondor said", "RGD", 2},
		{"Rohan - Mordor border", "ROH", 1},
		{"Rohan -", "ROH", 1},
		{"Dol - Amroth said", "DOL", 3},
		{"Dol - Amroth Keep fell", "DOL", 3},
	})
}

// TestPossessiveActors checks that an actor or agent whose phrase holds
// a possessive ("WORKERS'", "PEOPLE'S") is found when the tokenizer splits
// the possessive off, and that a phrase written with the split already
// keeps its own entry.
func TestPossessiveActors(t *testing.T) {
	d := compileActors(t, "KINGS'_GUARD_ [GDR]\nRIDERS'_COUNCIL_ [RDR]\n+RIDERS_'_COUNCIL_\nPEOPLE'S_FRONT_ [PFR]\nOWL_'S_NEST_ [OWL]\nOWL'S_NEST_ [NST]\n", false)
	checkActors(t, d, []actorCase{
		{"Kings' Guard said", "GDR", 2},
		{"Kings ' Guard said", "GDR", 3},
		{"Kings ’ Guard said", "GDR", 3},
		{"Riders ' Council said", "RDR", 3},
		{"People 's Front said", "PFR", 3},
		{"People ’s Front said", "PFR", 3},
		{"Owl 's Nest said", "OWL", 3},
		{"Kings Guard said", "", 0},
	})
	for _, tc := range []struct {
		phrase string
		want   string
		ok     bool
	}{
		{"KINGS' GUARD", "KINGS ' GUARD", true},
		{"PEOPLE'S FRONT", "PEOPLE 'S FRONT", true},
		{"O'NEILL", "", false},
		{"' ''", "", false},
		{"GUARD", "", false},
	} {
		ws, ok := possessiveSplit(tc.phrase)
		if ok != tc.ok || ok && strings.Join(ws, " ") != tc.want {
			t.Errorf("possessiveSplit(%q) = %q, %v; want %q, %v", tc.phrase, ws, ok, tc.want, tc.ok)
		}
	}
}

// TestAcronymlessActors checks that a phrase ending in its acronym in
// parentheses ("SILVER_WOLF_FRONT_(SWF)") also matches without it, and
// that a parenthesis naming a place, or a name another entry gives,
// does not.
func TestAcronymlessActors(t *testing.T) {
	d := compileActors(t, "SILVER_WOLF_FRONT_(SWF)_ [ITHREB]\nRED_HAND_ARMY_(FREEDONIA)_ [FREREB]\nGREY_HAND_LEAGUE_(GHL)_ [ITHREB]\n"+
		"GREY_HAND_LEAGUE_ [FRELAB]\nBLUE_HAND_(XYZ)_ [ITHREB]\n", false)
	checkActors(t, d, []actorCase{
		{"Silver Wolf Front said", "ITHREB", 3},
		{"Red Hand Army said", "", 0},
		{"Grey Hand League said", "FRELAB", 3},
		{"Blue Hand said", "", 0},
	})
	for _, tc := range []struct {
		phrase string
		want   string
		ok     bool
	}{
		{"SILVER WOLF FRONT (SWF)", "SILVER WOLF FRONT", true},
		{"LASHKAR-E-TAIBA (LET)", "", false},
		{"RED HAND ARMY (FREEDONIA)", "", false},
		{"RED HAND ARMY (RH2)", "", false},
		{"RED HAND ARMY (R)", "", false},
	} {
		ws, ok := acronymless(tc.phrase)
		if ok != tc.ok || ok && strings.Join(ws, " ") != tc.want {
			t.Errorf("acronymless(%q) = %q, %v; want %q, %v", tc.phrase, ws, ok, tc.want, tc.ok)
		}
	}
}

// TestDottedActors checks that a phrase with a two-letter abbreviation
// ("US_TREASURY") also matches it written with full stops, unless another
// entry names those words.
func TestDottedActors(t *testing.T) {
	d := compileActors(t, "US_MINT_ [USAGOV]\nUK_MINT_ [GBRGOV]\nU.K._MINT_ [GBRBUS]\nUS_ [USA]\n", false)
	checkActors(t, d, []actorCase{
		{"U.S. Mint said", "USAGOV", 2},
		{"US Mint said", "USAGOV", 2},
		{"U.K. Mint said", "GBRBUS", 2},
		{"U.S. said", "", 0},
	})
}

// TestUnderscoredWords checks that a word of the text written with
// underscores ("Dol_Amroth") matches the phrase of its parts.
func TestUnderscoredWords(t *testing.T) {
	d := compileActors(t, "DOL_AMROTH_ [DOL]\nDOL [DLX]\n", false)
	checkActors(t, d, []actorCase{
		{"Dol_Amroth said", "DOL", 1},
		{"Dol Amroth said", "DOL", 2},
		{"Dol_ said", "", 0},
		{"Dol_Rohan said", "", 0},
		{"_ said", "", 0},
	})
}

// TestTimeDiscards checks that a TABARI <TIME> phrase coded [###] or
// [+++] becomes a sentence discard, and a date shift does not.
func TestTimeDiscards(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("<TIME>\nKAN_WA_MA_KAN [###]\nWHEN_PEACE_COMES [+++]\nLAST_WEEK [-7]\n- * AND TOMORROW [+3]\n</TIME>\nRESTORE [064]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compile(Sources{Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"kan wa ma kan", true}, {"when peace comes", true}, {"last week", false}, {"and tomorrow", false},
	} {
		if _, _, ok := d.Discard(strings.Fields(strings.ToUpper(tt.words))); ok != tt.want {
			t.Errorf("Discard(%q) = %v, want %v", tt.words, ok, tt.want)
		}
	}
	if len(vd.Blocks) != 1 || vd.Blocks[0].Name != "RESTORE" {
		t.Errorf("blocks after <TIME> = %+v", vd.Blocks)
	}
}

// TestGappedActors checks TABARI actor phrases written with a space:
// other words may separate their parts, though not a comma.
func TestGappedActors(t *testing.T) {
	d := compileActors(t, "PRINCE DOL_AMROTH  [DOL]\nRADAGAST THE_BROWN  [RAD]\nITHILEN [ITH]\n", true)
	checkActors(t, d, []actorCase{
		{"Prince Dol Amroth said", "DOL", 3},
		{"Prince of Dol Amroth said", "DOL", 4},
		{"Prince of Dol said", "", 0},
		{"Prince of Dol_Amroth said", "DOL", 3},
		{"Radagast the Brown said", "RAD", 3},
		{"Radagast , the Brown said", "", 0},
		{"Ithilen state - run television", "ITH", 1},
	})
}

// TestTightPattern checks that TABARI's '_' next to the '*' marks the
// word that must touch the verb, and that a PETRARCH file sets nothing.
func TestTightPattern(t *testing.T) {
	tests := []struct {
		verbs         string
		before, after bool
	}{
		{"ALLOW  [060]\n- RECENT~_*  [025]\n", true, false},
		{"ALLOW  [060]\n- * _WARMLY  [025]\n", false, false},
		{"ALLOW  [060]\n- *_WARMLY  [025]\n", false, true},
		{"ALLOW  [060]\n- RECENT * WARMLY  [025]\n", false, false},
		{"--- ALLOW [060] ---\nALLOW\n- RECENT_* [025]\n", false, false},
	}
	for _, tt := range tests {
		vd, err := ReadVerbs(strings.NewReader(tt.verbs))
		if err != nil {
			t.Fatalf("%q: %v", tt.verbs, err)
		}
		var ps []Pattern
		for _, b := range vd.Blocks {
			ps = append(ps, b.Patterns...)
		}
		if len(ps) != 1 || ps[0].TightBefore != tt.before || ps[0].TightAfter != tt.after {
			t.Errorf("%q: patterns %+v, want tight %v/%v", tt.verbs, ps, tt.before, tt.after)
		}
	}
}

// TestGappedShadow checks that a TABARI phrase written with a space does
// not take its words in a row from one written with an underscore.
func TestGappedShadow(t *testing.T) {
	for _, actors := range []string{"AL_GORE [AGR]\nAL GORE [TEN]\n", "AL GORE [TEN]\nAL_GORE [AGR]\n"} {
		ar := NewActorReader(strings.NewReader(actors))
		ar.Stems = true
		var es []*Entry
		for {
			e, err := ar.Next()
			if err != nil {
				break
			}
			es = append(es, e)
		}
		d, err := Compile(Sources{Actors: es, ActorStems: true})
		if err != nil {
			t.Fatal(err)
		}
		if code, _, n, ok := d.Actor(strings.Fields("Al Gore said"), time.Time{}); !ok || code != "AGR" || n != 2 {
			t.Errorf("%q: got %q %d %v, want AGR 2", actors, code, n, ok)
		}
	}
}

// compileActors compiles an actor file; stems reads it as TABARI's
// dictionaries are read (words not closed by an underscore are stems).
func compileActors(t *testing.T, text string, stems bool) *Dicts {
	t.Helper()
	ar := NewActorReader(strings.NewReader(text))
	ar.Stems = stems
	var es []*Entry
	for {
		e, err := ar.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	d, err := Compile(Sources{Actors: es, ActorStems: stems})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readBack writes d in the compiled format and reads it back.
func readBack(t *testing.T, d *Dicts) *Dicts {
	t.Helper()
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An actorCase is words and the actor code they must start with, over n
// words; an empty code means no actor.
type actorCase struct {
	words, code string
	n           int
}

func checkActors(t *testing.T, d *Dicts, cases []actorCase) {
	t.Helper()
	for _, tt := range cases {
		code, _, n, ok := d.Actor(strings.Fields(tt.words), time.Time{})
		if code != tt.code || n != tt.n || ok != (tt.code != "") {
			t.Errorf("%q: got %q %d %v, want %q %d", tt.words, code, n, ok, tt.code, tt.n)
		}
	}
}

// TestCombine checks that an agent code already held in the actor code
// adds nothing only where it stands as its own three-letter group.
func TestCombine(t *testing.T) {
	for _, tt := range []struct{ actor, agent, want string }{
		{"IRN", "~COP", "IRNCOP"},
		{"IRNCOP", "~COP", "IRNCOP"},
		{"ISRGOVMIL", "~GOVMIL", "ISRGOVMIL"},
		{"FRE", "NGO~", "NGOFRE"},
		{"ARNGOV", "NGO~", "NGOARNGOV"},
		{"NGOARN", "NGO~", "NGOARN"},
		{"ARNGOV", "~NGO", "ARNGOVNGO"},
		{"", "~COP", "COP"},
	} {
		if got := Combine(tt.actor, tt.agent); got != tt.want {
			t.Errorf("Combine(%q, %q) = %q, want %q", tt.actor, tt.agent, got, tt.want)
		}
	}
}
