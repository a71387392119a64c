package event

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/frame"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/quote"
)

var setup = sync.OnceValues(func() (*Coder, *nlp.Analyzer) {
	d, err := dict.Default()
	if err != nil {
		return nil, nil
	}
	c, err := New(d)
	if err != nil {
		return nil, nil
	}
	a, err := nlp.Default()
	if err != nil {
		return c, nil
	}
	return c, a
})

// unrealised is a Coder that codes deeds that may happen
// (Coder.Unrealised), as the peers' suites are coded.
var unrealised = sync.OnceValue(func() *Coder {
	d, err := dict.Default()
	if err != nil {
		return nil
	}
	c, err := New(d)
	if err != nil {
		return nil
	}
	c.Unrealised = true
	return c
})

// codeUnrealised codes text as code does, deeds that may happen included.
func codeUnrealised(t testing.TB, text string) []model.Event {
	t.Helper()
	_, a := coder(t)
	c := unrealised()
	if c == nil {
		t.Fatal("no dictionaries")
	}
	doc := a.Analyze(text)
	art := &model.Article{Text: text, Published: model.Day(thursday)}
	return c.Code(context.Background(), art, doc, nil, nil)
}

func coder(t testing.TB) (*Coder, *nlp.Analyzer) {
	t.Helper()
	c, a := setup()
	if c == nil {
		t.Fatal("no dictionaries")
	}
	if a == nil {
		t.Skip("language models not available")
	}
	return c, a
}

// thursday is the dateline of the Albania-Iran story: Thursday 8
// September 2022.
var thursday = time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC)

// placedCoder returns a copy of the test coder with the built-in
// gazetteer, skipping the test when the gazetteer is not there.
func placedCoder(t testing.TB) (*Coder, *nlp.Analyzer) {
	t.Helper()
	c, a := coder(t)
	g, err := place.Default()
	if err != nil {
		t.Skip("no gazetteer:", err)
	}
	lc := *c
	lc.Places = g
	return &lc, a
}

func code(t testing.TB, text string, quotes []model.Quote, framing []model.FramingMark) []model.Event {
	t.Helper()
	c, a := coder(t)
	doc := a.Analyze(text)
	art := &model.Article{Text: text, Published: model.Day(thursday)}
	return c.Code(context.Background(), art, doc, quotes, framing)
}

func find(evs []model.Event, src, tgt, code string) *model.Event {
	for i, e := range evs {
		if e.Source.Code == src && e.Target.Code == tgt && (e.Code == code || code == "*") {
			return &evs[i]
		}
	}
	return nil
}

// codedEvent codes text and returns its src>tgt event of code cameo, reporting
// an error naming the events it did code when there is none.
func codedEvent(t *testing.T, text, src, tgt, cameo string) *model.Event {
	t.Helper()
	evs := code(t, text, nil, nil)
	e := find(evs, src, tgt, cameo)
	if e == nil {
		t.Errorf("%q: no %s>%s %s in %s", text, src, tgt, cameo, describe(evs))
	}
	return e
}

// checkEventDate codes text and checks that its src>tgt event of code
// cameo ("*": any) is dated date with precision, "" and "" for undated.
func checkEventDate(t *testing.T, text, src, tgt, cameo, date, precision string) {
	t.Helper()
	e := codedEvent(t, text, src, tgt, cameo)
	if e == nil {
		return
	}
	got := e.Date.String()
	if e.Date.IsZero() {
		got = ""
	}
	if got != date || e.DatePrecision != precision {
		t.Errorf("%q: dated %s %s (%s), want %s %s", text, e.Date, e.DatePrecision, e.DateReason, date, precision)
	}
}

// checkSentenceEvents codes text and checks the events of the sentence
// that holds verb, those with both a source and a target, each written by
// form and joined by spaces, against want ("" for none).
func checkSentenceEvents(t *testing.T, text, verb, want string, form func(model.Event) string) {
	t.Helper()
	evs := code(t, text, nil, nil)
	var got []string
	for _, e := range evs {
		if !strings.Contains(e.Sentence, verb) || e.Source == nil || e.Target == nil {
			continue
		}
		got = append(got, form(e))
	}
	if strings.Join(got, " ") != want {
		t.Errorf("events %q, want %q (all: %s)", got, want, describe(evs))
	}
}

// pairOf writes an event as "SRC>TGT".
func pairOf(e model.Event) string { return e.Source.Code + ">" + e.Target.Code }

func describe(evs []model.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Source.Code + ">" + e.Target.Code + ":" + e.Code + "/" + e.Status + "@" + e.Date.String() + " ")
	}
	return b.String()
}

// quotesOf finds the quotations of story, analysed as doc, with their
// speakers resolved by c's dictionaries, as casus run does.
func quotesOf(c *Coder, story string, doc *nlp.Doc) []model.Quote {
	d := c.Resolver().Dicts()
	return quote.Find(story, doc.Sentences, doc.Entities, quote.Options{
		Date: thursday,
		Actor: func(words []string, at time.Time) (string, string, bool) {
			code, _, n, ok := d.Actor(words, at)
			if !ok || n != len(words) {
				return "", "", false
			}
			return code, actor.CountryOf(code), true
		},
	})
}

func TestAlbaniaIran(t *testing.T) {
	const story = "Albania on Wednesday severed diplomatic ties with Iran and expelled its diplomats.\n" +
		"The government accused Iran of a \"cyberattack\" on its servers in July.\n" +
		"\"Iran will attack Albania again,\" Prime Minister Edi Rama said.\n" +
		"In 1986, Iran asked France to expel the group."
	c, a := coder(t)
	doc := a.Analyze(story)
	// The quotations and framing marks come from the packages that find
	// them, as in casus run.
	quotes := quotesOf(c, story, doc)
	framing := frame.Find(story, doc.Sentences, doc.Entities)
	t.Logf("quotes %+v; framing %+v", quotes, framing)
	if len(quotes) == 0 || len(framing) == 0 {
		t.Fatalf("the story's quotation and scare quote were not found: quotes %v framing %v", quotes, framing)
	}
	evs := c.Code(context.Background(), &model.Article{Text: story, Published: model.Day(thursday)}, doc, quotes, framing)
	t.Logf("events: %s", describe(evs))

	sev := find(evs, "ALB", "IRN", "161")
	if sev == nil {
		t.Fatalf("no ALB>IRN 161 in %s", describe(evs))
	}
	if sev.Date.String() != "2022-09-07" || sev.Status != model.Asserted || sev.Background {
		t.Errorf("severed ties: date %s status %s background %v; want 2022-09-07 asserted false", sev.Date, sev.Status, sev.Background)
	}
	if sev.Evidence.Predicate.Start >= sev.Evidence.Predicate.End || story[sev.Evidence.Predicate.Start:sev.Evidence.Predicate.End] != "severed" {
		t.Errorf("predicate span %v", sev.Evidence.Predicate)
	}
	if story[sev.Evidence.Source.Start:sev.Evidence.Source.End] != "Albania" {
		t.Errorf("source span %v", sev.Evidence.Source)
	}
	if len(sev.Evidence.Entries) < 3 || sev.Pattern == "" || sev.Confidence <= 0 {
		t.Errorf("explanation missing: %+v pattern %q confidence %v", sev.Evidence.Entries, sev.Pattern, sev.Confidence)
	}
	// The accusation is the outlet's report; the cyberattack it charges is
	// the accuser's claim, which the outlet's scare quotes dispute.
	acc := find(evs, "ALBGOV", "IRN", "112")
	if acc == nil {
		t.Errorf("no ALBGOV>IRN 112 in %s", describe(evs))
	} else if acc.Status != model.Asserted {
		t.Errorf("accusation of a scare-quoted 'cyberattack': status %s, want asserted", acc.Status)
	}
	deed := find(evs, "IRN", "ALBGOV", "176")
	if deed == nil {
		t.Errorf("no IRN>ALBGOV 176 for the charged cyberattack in %s", describe(evs))
	} else if deed.Status != model.Disputed || deed.AttributedTo == nil || deed.AttributedTo.Code != "ALBGOV" {
		t.Errorf("charged cyberattack: status %s attributed to %v, want disputed, claimed by ALBGOV", deed.Status, deed.AttributedTo)
	}
	if find(evs, "IRN", "ALB", "*") == nil {
		t.Errorf("no IRN>ALB event in Rama's quote: %s", describe(evs))
	}
	for _, e := range evs {
		if strings.HasPrefix(e.Sentence, "\"Iran will") {
			if e.AttributedTo == nil || e.AttributedTo.Name != "Edi Rama" {
				t.Errorf("event in Rama's quote %s>%s %s attributed to %v", e.Source.Code, e.Target.Code, e.Code, e.AttributedTo)
			}
			if e.Status != model.Hypothetical && e.Status != model.Claimed {
				t.Errorf("event in Rama's quote has status %s", e.Status)
			}
		}
		if strings.HasPrefix(e.Sentence, "In 1986") {
			if e.Date.String() != "1986-01-01" || !e.Background || e.DatePrecision != "year" {
				t.Errorf("1986 event %s>%s %s dated %s (%s) background %v", e.Source.Code, e.Target.Code, e.Code, e.Date, e.DatePrecision, e.Background)
			}
		}
	}
	if find(evs, "IRN", "FRA", "*") == nil {
		t.Errorf("no IRN>FRA event for 'Iran asked France': %s", describe(evs))
	}
}

func TestLocation(t *testing.T) {
	lc, a := placedCoder(t)
	tests := []struct {
		text             string
		name, country    string
		fips, adm1       string
		geoType          int
		src, tgt, evCode string
	}{
		{"Albanian police arrested Iranian diplomats in Tirana on Wednesday.", "Tirana", "ALB", "AL", "AL", 4, "ALBCOP", "IRNGOV", "*"},
		{"TIRANA, Sept 7 (Reuters) - Albania expelled Iranian diplomats on Wednesday.", "Tirana", "ALB", "AL", "AL", 4, "ALB", "IRNGOV", "174"},
		{"Albania expelled Iranian diplomats on Wednesday.", "", "", "", "", 0, "ALB", "IRNGOV", "174"},
		// History does not happen at the dateline; a place its
		// sentence names still holds.
		{"TIRANA, Sept 7 (Reuters) - In 1986, Iran asked France to expel the group.", "", "", "", "", 0, "IRN", "FRA", "*"},
		{"TIRANA, Sept 7 (Reuters) - In 1986, Iran asked France in Paris to expel the group.", "Paris", "FRA", "FR", "FR", 4, "IRN", "FRA", "*"},
		// A reported event takes the place the report names, before or
		// after the reporting verb, not where it was said elsewhere.
		{"TIRANA, Sept 7 (Reuters) - In Paris, the French foreign minister said Iran had attacked Albania.", "", "", "", "", 0, "IRN", "ALB", "*"},
		{"TIRANA, Sept 7 (Reuters) - In Paris, the French foreign minister said Iran had attacked Albanian troops in Durres.", "Durrës", "ALB", "AL", "AL", 4, "IRN", "ALBMIL", "*"},
		{"TIRANA, Sept 7 (Reuters) - Iran attacked Albanian troops in Durres, the French foreign minister said in Paris.", "Durrës", "ALB", "AL", "AL", 4, "IRN", "ALBMIL", "*"},
		// Where it was said, or the dateline, holds when it lies in an
		// actor's country.
		{"TIRANA, Sept 7 (Reuters) - The French foreign minister said Iran had attacked Albania.", "Tirana", "ALB", "AL", "AL", 4, "IRN", "ALB", "*"},
		{"TIRANA, Sept 7 (Reuters) - The French foreign minister said Iran had attacked France.", "", "", "", "", 0, "IRN", "FRA", "*"},
		{"In Tirana, the French foreign minister said Iran had attacked Albania.", "Tirana", "ALB", "AL", "AL", 4, "IRN", "ALB", "*"},
		{"In Paris, the French foreign minister said Iran had attacked Albania in 2016.", "", "", "", "", 0, "IRN", "ALB", "*"},
		// The speaker's own act is where the speaker is.
		{"In Paris, the French foreign minister accused Iran of attacking Albania.", "Paris", "FRA", "FR", "FR", 4, "FRAGOV", "IRN", "*"},
		{"In Paris, the French foreign minister accused Iran of attacking Albania.", "", "", "", "", 0, "IRN", "ALB", "*"},
	}
	for _, tt := range tests {
		doc := a.Analyze(tt.text)
		evs := lc.Code(context.Background(), &model.Article{Text: tt.text, Published: model.Day(thursday)}, doc, nil, nil)
		e := find(evs, tt.src, tt.tgt, tt.evCode)
		if e == nil {
			t.Errorf("%q: no %s>%s event in %s", tt.text, tt.src, tt.tgt, describe(evs))
			continue
		}
		l := e.Location
		if tt.name == "" {
			if l != nil {
				t.Errorf("%q: located at %+v, want nowhere", tt.text, *l)
			}
			continue
		}
		if l == nil {
			t.Errorf("%q: no location, want %s", tt.text, tt.name)
			continue
		}
		if l.Name != tt.name || l.Country != tt.country || l.FIPS != tt.fips || !strings.HasPrefix(l.ADM1, tt.adm1) || l.GeoType != tt.geoType || l.Lat == 0 {
			t.Errorf("%q: location %+v, want %s %s FIPS %s ADM1 %s* type %d", tt.text, *l, tt.name, tt.country, tt.fips, tt.adm1, tt.geoType)
		}
	}
}

func TestStatus(t *testing.T) {
	tests := []statusCase{
		{"Serbia has not yet formally commented on the vote in Kosovo.", "SRB", "KSV", "*", model.Negated},
		{"Albania will expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Hypothetical},
		{"Albania is going to expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Hypothetical},
		// The threat is the main predicate, as the demo gold codes it.
		{"Albania threatened to expel Iranian diplomats.", "ALB", "IRNGOV", "130", model.Asserted},
		// Albania's prime minister speaks for Albania (firstHand);
		// Iran's word on it is a claim.
		{"Albania expelled Iranian diplomats, Edi Rama said.", "ALB", "IRNGOV", "174", model.Asserted},
		{"Albania expelled Iranian diplomats, Iran's foreign ministry said.", "ALB", "IRNGOV", "174", model.Claimed},
		{"According to Iran, Albania expelled Iranian diplomats.", "ALB", "IRNGOV", "174", model.Claimed},
		{"Albania expelled Iranian diplomats.", "ALB", "IRNGOV", "174", model.Asserted},
		{"If Iran attacks again, Albania will expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Hypothetical},
		{"Albania expelled the so-called diplomats of Iran.", "ALB", "IRNGOV", "174", model.Disputed},
		// Announcing or saying one's own act reports it; another's
		// is a claim.
		{"Chile announced it was suspending talks with Peru on trade.", "CHL", "PER", "164", model.Asserted},
		{"Chile said it was suspending talks with Peru on trade.", "CHL", "PER", "164", model.Asserted},
		{"Chile announced that Bolivia had suspended talks with Peru.", "BOL", "PER", "164", model.Claimed},
		// "so-called" before a name labels the name.
		{"Chilean police attributed the bombing to the so-called Shining Path.", "CHLCOP", "PERREB", "112", model.Asserted},
		{"Peru accused the so-called rebels of the bombing.", "PER", "PERREB", "112", model.Disputed},
	}
	checkStatuses(t, tests)
}

func TestNoHistoryEventOnArticleDay(t *testing.T) {
	text := "Albania expelled Iranian diplomats on Wednesday.\n" +
		"In 1986, France expelled the Mujahedin-e-Khalq. Iran condemned the group. The group denounced Iran."
	evs := code(t, text, nil, nil)
	for _, e := range evs {
		if strings.Contains(e.Sentence, "group") && e.Date.String() == "2022-09-08" {
			t.Errorf("history event %s>%s %s carries the article's date", e.Source.Code, e.Target.Code, e.Code)
		}
	}
}

func TestBadInput(t *testing.T) {
	long := strings.Repeat("Albania and Iran ", 100) + "met."
	tests := []string{
		"",
		"Albania. Iran. France.",
		long,
		"Edi Rama, Sali Berisha, Ilir Meta, Albin Kurti, Aleksandar Vucic.",
		"ALBANIA EXPELS IRANIAN DIPLOMATS AFTER CYBERATTACK",
		"Albania expelled Iranian diplomats on Feb 30.",
		"| Albania | Iran | 161 |\n| Kosovo | Serbia | 112 |",
	}
	for _, text := range tests {
		evs := code(t, text, nil, nil)
		for _, e := range evs {
			if e.Source == nil || e.Target == nil || e.Code == "" {
				t.Errorf("%.40q: incomplete event %+v", text, e)
			}
			if strings.Contains(text, "Feb 30") && !e.Date.IsZero() {
				t.Errorf("Feb 30: event dated %s, want it undated", e.Date)
			}
		}
	}
	c, _ := coder(t)
	if evs := c.Code(context.Background(), &model.Article{}, nil, nil, nil); evs != nil {
		t.Errorf("nil doc gave %v", evs)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, a := coder(t)
	if evs := c.Code(ctx, &model.Article{Text: "Albania expelled Iranian diplomats."}, a.Analyze("Albania expelled Iranian diplomats."), nil, nil); len(evs) != 0 {
		t.Errorf("cancelled context coded %v", evs)
	}
}

func TestDedup(t *testing.T) {
	evs := code(t, "Albania expelled Iranian diplomats. Albania expelled Iranian diplomats.", nil, nil)
	n := 0
	for _, e := range evs {
		if e.Source.Code == "ALB" && e.Target.Code == "IRNGOV" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d ALB>IRNGOV events, want 1: %s", n, describe(evs))
	}
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Albania on Wednesday severed diplomatic ties with Iran.",
		"\"We will act,\" he said, accusing it of a so-called attack.",
		"In 1986, Iran asked France to expel the group; it did not.",
		"the the the , , and or by by to to",
	} {
		f.Add(s)
	}
	c, a := setup()
	f.Fuzz(func(t *testing.T, text string) {
		if c == nil || a == nil {
			t.Skip("no models")
		}
		doc := a.Analyze(text)
		art := &model.Article{Text: text, Published: model.Day(thursday)}
		for _, e := range c.Code(context.Background(), art, doc, nil, nil) {
			if e.Source == nil || e.Target == nil || e.Code == "" || e.Source.Code == e.Target.Code {
				t.Fatalf("bad event %+v", e)
			}
			sp := e.Evidence.Predicate
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("predicate span %v out of text", sp)
			}
		}
	})
}

func BenchmarkCode(b *testing.B) {
	c, a := coder(b)
	text := "Albania on Wednesday severed diplomatic ties with Iran, accusing it of a cyberattack. " +
		"The last Iranian diplomats left Albania on Thursday morning, and Albanian police sealed off the embassy. " +
		"Opposition leader Sali Berisha criticised the government. In 1986, Iran asked France to expel the group. " +
		"Iran's foreign ministry condemned the expulsion of its diplomats and said Albania had acted on the orders of third parties."
	doc := a.Analyze(text)
	art := &model.Article{Text: text, Published: model.Day(thursday)}
	b.ReportAllocs()
	for b.Loop() {
		c.Code(context.Background(), art, doc, nil, nil)
	}
}

// TestMainPredicate checks that a sentence codes its main clauses, not
// the verbs that modify its nouns or complete its verbs, unless those are
// all it has.
func TestMainPredicate(t *testing.T) {
	tests := []struct {
		text string
		want [3]string // source, target, code ("*" any code)
		not  string    // an actor code no event may have as its source
	}{
		{"Albania expelled the Iranian diplomats who had attacked Greece.", [3]string{"ALB", "IRNGOV", "*"}, "IRNGOV"},
		{"Serbia criticised the talks hosted by Turkey.", [3]string{"SRB", "*", "*"}, "TUR"},
		{"Japan condemned the missile fired by North Korea at South Korea on Monday.", [3]string{"JPN", "PRK", "*"}, "PRK"},
		{"The report named the Iranian diplomats who had attacked Greece.", [3]string{"IRNGOV", "GRC", "*"}, ""},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		found := false
		for _, e := range evs {
			if e.Source.Code == tt.want[0] && (tt.want[1] == "*" || e.Target.Code == tt.want[1]) && (tt.want[2] == "*" || e.Code == tt.want[2]) {
				found = true
			}
			if e.Source.Code == tt.not {
				t.Errorf("%q: event %s>%s:%s from a subordinate verb", tt.text, e.Source.Code, e.Target.Code, e.Code)
			}
		}
		if !found {
			t.Errorf("%q: no %v event; got %s", tt.text, tt.want, describe(evs))
		}
	}
}
