package quote

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/demotest"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

func TestFindShapes(t *testing.T) {
	type want struct {
		text, speaker string
		direct        bool
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"quote then cue",
			`Prime Minister Edi Rama spoke on Monday. "We will not be intimidated by anyone," Rama said.`,
			[]want{{"We will not be intimidated by anyone", "Edi Rama", true}}},
		{"cue then quote",
			`Foreign Minister Anna Berg said: "The talks have failed and we must start again."`,
			[]want{{"The talks have failed and we must start again.", "Anna Berg", true}}},
		{"cue in the middle",
			`"We have done our part," President Tomas Ruiz said. "Now it is their turn to act."`,
			[]want{{"We have done our part", "Tomas Ruiz", true}, {"Now it is their turn to act.", "Tomas Ruiz", true}}},
		{"cue after verb",
			`"Nobody expected the vote to pass so quickly," said Lena Park, a lawmaker from the north.`,
			[]want{{"Nobody expected the vote to pass so quickly", "Lena Park", true}}},
		{"pronoun",
			"Defence Minister Karl Holm visited the base.\n\"Our troops are ready for anything,\" he told reporters.",
			[]want{{"Our troops are ready for anything", "Karl Holm", true}}},
		{"pronoun after a fronted clause",
			"Foreign Minister Lea Varga spoke first. When Prime Minister Jonas Eklund first announced the deal, he said the border would reopen. He also said the talks would resume.",
			[]want{{"the border would reopen", "Jonas Eklund", false}, {"the talks would resume", "Jonas Eklund", false}}},
		{"a fronted clause with no subject of its own",
			"President Ana Ruiz met reporters. After meeting Prime Minister Jonas Eklund, she said the talks had gone well.",
			[]want{{"the talks had gone well", "Ana Ruiz", false}}},
		{"quoted as saying",
			`Interior Minister Omar Said met police chiefs. "Order will be restored within days," the minister was quoted as saying.`,
			[]want{{"Order will be restored within days", "Omar Said", true}}},
		{"said in a tweet",
			`"The border stays open to all trade," Finance Minister Ana Lopes said in a tweet.`,
			[]want{{"The border stays open to all trade", "Ana Lopes", true}}},
		{"told an outlet",
			`"We did not see the attack coming at all," a Western diplomat told Tehran Times.`,
			[]want{{"We did not see the attack coming at all", "a Western diplomat", true}}},
		{"organisation",
			`"The decision violates every rule of the treaty," the foreign ministry said in a statement.`,
			[]want{{"The decision violates every rule of the treaty", "the foreign ministry", true}}},
		{"appositive name",
			`Sweden's foreign minister, Maria Lind, said the embassy would reopen next month.`,
			[]want{{"the embassy would reopen next month", "Maria Lind", false}}},
		{"indirect with that",
			`Mayor John Reyes told reporters on Friday that the bridge would be closed for a year.`,
			[]want{{"the bridge would be closed for a year", "John Reyes", false}}},
		{"according to",
			`According to the ministry, five soldiers were wounded in the attack.`,
			[]want{{"five soldiers were wounded in the attack", "the ministry", false}}},
		{"coordinated verb",
			`Kurti accused Belgrade of stirring unrest and said the protests were organised from abroad.`,
			[]want{{"the protests were organised from abroad", "Kurti", false}}},
		{"scare quotes are not speech",
			`The "Northern Tide" drills, which critics dub a "rehearsal for war", began on Monday.`,
			nil},
		{"nested quote",
			`"They told us 'leave now or stay forever', and we left," said Amal Haddad.`,
			[]want{{"They told us 'leave now or stay forever', and we left", "Amal Haddad", true}}},
		{"guillemets",
			`«Мы не допустим этого никогда и ни при каких условиях», — заявил Сергей Лавров.`,
			[]want{{"Мы не допустим этого никогда и ни при каких условиях", "Сергей Лавров", true}}},
		{"paragraph continuation",
			"\"The first part of the plan is ready,\" the director said in a statement. \"The second part\n\"will follow in the spring when the roads reopen.\"",
			[]want{{"The first part of the plan is ready", "the director", true}, {"The second part", "the director", true},
				{"will follow in the spring when the roads reopen.", "the director", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, nil, nil, Options{})
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Speaker.Name != w.speaker || g.Direct != w.direct {
					t.Errorf("quote %d = %q by %q (direct %v), want %q by %q (direct %v)", i, g.Text, g.Speaker.Name, g.Direct, w.text, w.speaker, w.direct)
				}
				checkQuote(t, tc.text, g)
			}
		})
	}
}

// checkQuote asserts the invariants every quote keeps.
func checkQuote(t *testing.T, text string, q model.Quote) {
	t.Helper()
	if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
		t.Fatalf("bad span [%d,%d) in text of %d bytes", q.Start, q.End, len(text))
	}
	if text[q.Start:q.End] != q.Text {
		t.Errorf("Text %q is not text[%d:%d] = %q", q.Text, q.Start, q.End, text[q.Start:q.End])
	}
	if q.Speaker.Name == "" {
		t.Errorf("quote %q has no speaker", q.Text)
	}
}

func TestActor(t *testing.T) {
	text := `"We will answer every provocation," President Ilham Aliyev said.`
	lookup := func(words []string, at time.Time) (string, string, bool) {
		if strings.Join(words, " ") == "Ilham Aliyev" && at.Year() == 2024 {
			return "AZEGOV", "AZE", true
		}
		return "", "", false
	}
	got := Find(text, nil, nil, Options{Actor: lookup, Date: time.Date(2024, 8, 19, 0, 0, 0, 0, time.UTC)})
	if len(got) != 1 || got[0].Speaker.Actor != "AZEGOV" || got[0].Speaker.Country != "AZE" {
		t.Fatalf("got %+v, want one quote by AZEGOV/AZE", got)
	}
	// An entity that carries an actor wins.
	i := strings.Index(text, "Ilham Aliyev")
	ents := []model.Entity{{Span: model.Span{Start: i, End: i + len("Ilham Aliyev")}, Text: "Ilham Aliyev", Kind: model.Person,
		Actor: &model.Actor{Code: "AZEELI", Country: "AZE"}}}
	got = Find(text, nil, ents, Options{Actor: lookup})
	if len(got) != 1 || got[0].Speaker.Actor != "AZEELI" {
		t.Fatalf("got %+v, want the entity's actor", got)
	}
}

func TestBadInput(t *testing.T) {
	long := `Minister Jan Novak said: "` + strings.Repeat("word ", 5000) + `end."`
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"only marks", `"""""“”«»„“「」`},
		{"never closes", `Minister Jan Novak said: "we will never accept this and`},
		{"unbalanced", `"One," he said "two" "three, four, five and six`},
		{"5000 words", long},
		{"mixed straight and curly", `“We are ready to talk at any time," the ministry said. "Really”.`},
		{"low quotes", `Minister Jan Novak said: „Wir sind bereit, jederzeit zu verhandeln.“`},
		{"corner brackets", `Minister Jan Novak said: 「我们随时准备谈判，任何时候都可以。」`},
		{"invalid utf-8", "\xff\"abc \xfe def ghi\" he said\xff"},
		{"newlines", "\"a b c d\n\n\"e f g h\n\"i j k l\" he said\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, q := range Find(tc.text, nil, nil, Options{}) {
				checkQuote(t, tc.text, q)
				if q.Direct && strings.Contains(q.Text, "\n") {
					t.Errorf("direct quote %q crosses a paragraph", q.Text)
				}
			}
			Sources(tc.text, nil, nil, "", Options{})
		})
	}
	// The 5,000-word quote is found whole, with its speaker.
	got := Find(long, nil, nil, Options{})
	if len(got) != 1 || got[0].Speaker.Name != "Jan Novak" || countWords(got[0].Text) != 5001 {
		t.Errorf("long quote: got %d quotes", len(got))
	}
}

// TestArticleBoundary checks that a quotation left open in one article
// does not swallow the next when two articles are analysed separately.
func TestArticleBoundary(t *testing.T) {
	a := `Minister Jan Novak said: "we will never accept this`
	b := `"The vote is final," the council said.`
	for _, q := range Find(a, nil, nil, Options{}) {
		checkQuote(t, a, q)
	}
	got := Find(b, nil, nil, Options{})
	if len(got) != 1 || got[0].Text != "The vote is final" {
		t.Errorf("got %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We will not be intimidated by anyone," Rama said.`,
		`Rama said: "The talks have failed."`,
		`He said the government had decided to act. According to the ministry, five died.`,
		"\"one two three\n\"four five six seven\" she said",
		`«Мы не допустим этого», — заявил Лавров.`,
		`وقال الوزير: «نريد السلام».`,
		`called it a "fascist coup" and said "x"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range Find(text, nil, nil, Options{}) {
			checkQuote(t, text, q)
		}
		for _, s := range Sources(text, nil, nil, "Reuters", Options{}) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("bad source span %+v", s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	all := demotest.Articles(b)
	var texts []string
	var sents [][]model.Sentence
	for _, f := range []string{"balticcourier/2026-03-10-nato-baltic-exercise-russia-protests.html", "sahelpost/un-resumes-food-aid-tigray.html"} {
		a := all[f]
		texts = append(texts, a.Text)
		sents = append(sents, segment.Sentences(a.Text))
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			Find(t, sents[i], nil, Options{})
		}
	}
}

func TestSources(t *testing.T) {
	text := "Experts believe the deal will hold. London-based website Emerging Europe reported that talks resumed. " +
		"A Western diplomat, speaking on condition of anonymity, said the vote was close. Pundits have also identified risks."
	got := Sources(text, nil, nil, "Reuters", Options{})
	want := map[string]string{"Reuters": Republication, "Experts": Anonymous, "London-based website Emerging Europe": Named,
		"A Western diplomat": Anonymous, "Pundits": Anonymous}
	for _, s := range got {
		if s.Start != s.End && text[s.Start:s.End] != s.Text {
			t.Errorf("Text %q is not text[%d:%d]", s.Text, s.Start, s.End)
		}
		k, ok := want[s.Name]
		if !ok {
			t.Errorf("unexpected source %+v", s)
			continue
		}
		if s.Kind != k {
			t.Errorf("%s: kind %s, want %s", s.Name, s.Kind, k)
		}
		delete(want, s.Name)
	}
	for name := range want {
		t.Errorf("missing source %s", name)
	}
}

// TestFindAll checks that one analysis gives what Find and Sources give
// separately, on texts where quotes use cue words that sources also read.
func TestFindAll(t *testing.T) {
	texts := []struct{ name, text, republished string }{
		{"direct and cited", `"We will not accept this," Prime Minister Edi Rama said on Wednesday. Experts believe the deal will hold. Rama told reporters the talks had failed.`, ""},
		{"republished", `The ministry said in a statement that the border was closed. "It is a lie," the minister said. According to officials, talks resumed.`, "Reuters"},
		{"pronouns", `Jeon Ha-kyu said the drills would go on. He said: "We are ready for anything that comes." Analysts reported that the drills were larger.`, ""},
		{"no speech", "Rain fell on the city for a week.", ""},
		{"empty", "", "AP"},
	}
	for _, tc := range texts {
		t.Run(tc.name, func(t *testing.T) {
			q, s := FindAll(tc.text, nil, nil, tc.republished, Options{})
			if want := Find(tc.text, nil, nil, Options{}); !reflect.DeepEqual(q, want) {
				t.Errorf("quotes:\n got %+v\nwant %+v", q, want)
			}
			if want := Sources(tc.text, nil, nil, tc.republished, Options{}); !reflect.DeepEqual(s, want) {
				t.Errorf("sources:\n got %+v\nwant %+v", s, want)
			}
		})
	}
}

// TestFindAllMarks checks that FindAll reads the marks it is given when
// they are its text's, finds them again when they are another text's, and
// that Marks give the Quotations the text does.
func TestFindAllMarks(t *testing.T) {
	texts := []string{
		`"The harbour stays closed to their ships," the admiral said on Friday. Officials called the blockade "temporary".`,
		`The mayor said the bridge would reopen. « Nous ne céderons pas », a spokesman said. “It was never safe,” he told reporters.`,
		"No one was quoted in the council's short report.",
	}
	for i, text := range texts {
		marks := FindMarks(text)
		if got, want := marks.Quotations(), Quotations(text); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: Marks.Quotations = %+v, Quotations = %+v", i, got, want)
		}
		wantQ, wantS := FindAll(text, nil, nil, "", Options{})
		other := FindMarks(texts[(i+1)%len(texts)])
		for name, m := range map[string]*Marks{"own marks": marks, "another text's marks": other} {
			q, s := FindAll(text, nil, nil, "", Options{Marks: m})
			if !reflect.DeepEqual(q, wantQ) || !reflect.DeepEqual(s, wantS) {
				t.Errorf("text %d, %s: FindAll = %+v, %+v; want %+v, %+v", i, name, q, s, wantQ, wantS)
			}
		}
	}
}

// BenchmarkQuotations finds the quoted passages of every demo article.
func BenchmarkQuotations(b *testing.B) {
	texts, size := demotest.Texts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			Quotations(text)
		}
	}
}

func TestLowerOf(t *testing.T) {
	for _, text := range []string{"", "abc", "The UN's Chief SAID", "İSTANBUL and Zürich, ÉTÉ", "\xffAB\xfe cd"} {
		low := asciiLower(text)
		if len(low) != len(text) {
			t.Fatalf("asciiLower(%q) = %q: length changed", text, low)
		}
		for a := 0; a <= len(text); a++ {
			for b := a; b <= len(text); b++ {
				if got, want := lowerOf(text, low, a, b), strings.ToLower(text[a:b]); got != want {
					t.Errorf("lowerOf(%q, %d, %d) = %q, want %q", text, a, b, got, want)
				}
			}
		}
	}
}

// TestSpeakerActors checks that a quote's speaker takes the actor of an
// entity that names it, whole or by a last name, and that a speaker with
// an actor or with no entity keeps what it has.
func TestSpeakerActors(t *testing.T) {
	gov := func(code, country string) *model.Actor { return &model.Actor{Code: code, Country: country} }
	ents := []model.Entity{
		{Text: "Mike Pompeo", Kind: model.Person, Actor: gov("USAGOV", "USA")},
		{Text: "Edi Rama", Kind: model.Person, Actor: gov("ALBGOV", "ALB")},
		{Text: "Ana Lind", Kind: model.Person},
	}
	quotes := []model.Quote{
		{Speaker: model.Speaker{Name: "Mike Pompeo"}},
		{Speaker: model.Speaker{Name: "Rama"}},
		{Speaker: model.Speaker{Name: "Edi Rama", Actor: "ALBOPP", Country: "ALB"}},
		{Speaker: model.Speaker{Name: "Ana Lind"}},
		{Speaker: model.Speaker{Name: "a Western diplomat"}},
	}
	SpeakerActors(quotes, ents)
	want := []string{"USAGOV/USA", "ALBGOV/ALB", "ALBOPP/ALB", "/", "/"}
	for i, q := range quotes {
		if got := q.Speaker.Actor + "/" + q.Speaker.Country; got != want[i] {
			t.Errorf("%s: got %s, want %s", q.Speaker.Name, got, want[i])
		}
	}
}
