package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

// storyParas are three paragraphs of a made-up report, long enough to be
// chosen as a body.
const storyParas = `<p>The harbour authority said on Tuesday that the northern pier would close for repairs next month, after inspectors found cracks in its supports.</p>
<p>Fishing crews that use the pier will move to the southern basin, where the authority has set aside forty berths until the work is done.</p>
<p>The repairs are expected to take six weeks and to cost about two million euros, paid from the port's maintenance fund.</p>`

const (
	storyFirst = "The harbour authority said on Tuesday"
	storyLast  = "paid from the port's maintenance fund."
)

// article wraps markup in a page with a title and some navigation.
func article(head, inner string) []byte {
	return []byte(`<html><head><title>Pier to close for repairs</title>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/port">Port</a> <a href="/city">City</a></nav>
<div class="story">` + inner + `</div>
<footer><p>Contact us</p></footer></body></html>`)
}

func TestTrimEdges(t *testing.T) {
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		inner     string
		first     string // the text must start with this
		last      string // and end with this
		authors   []string
		published model.Date
		once      string // and hold this exactly once, if set
	}{
		{
			name:  "section label",
			inner: `<p class="story-section">Europe</p><div class="story-text">` + storyParas + `</div>`,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "category link",
			inner: `<p><a href="/cat/port">Port news</a></p>` + storyParas,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "standfirst beside the story's container",
			inner: `<p class="summary">Inspectors found cracks; crews move south.</p><div class="text">` + storyParas + `</div>`,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "first paragraph marked as a summary stays",
			inner: `<div class="text"><p class="summary">Inspectors found cracks in the northern pier, the authority said, and crews will move south.</p>` + storyParas + `</div>`,
			first: "Inspectors found cracks", last: storyLast,
		},
		{
			name:    "byline with date",
			inner:   `<p>By Mara Lind and Tomas Berg | May 30, 2024</p>` + storyParas,
			first:   storyFirst,
			last:    storyLast,
			authors: []string{"Mara Lind", "Tomas Berg"},
		},
		{
			name:      "name and date line",
			inner:     `<div><b>Mara Lind</b><br><i>March 25, 2024</i></div>` + storyParas,
			first:     storyFirst,
			last:      storyLast,
			authors:   []string{"Mara Lind"},
			published: model.Day(time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)),
		},
		{
			name:      "published line",
			inner:     `<p>Published on Monday 17 April 2023</p>` + storyParas,
			first:     storyFirst,
			last:      storyLast,
			published: model.Day(time.Date(2023, 4, 17, 0, 0, 0, 0, time.UTC)),
		},
		{
			name:  "a dateline on its own stays",
			inner: `<p>ROTTERDAM, May 30</p>` + storyParas,
			first: "ROTTERDAM, May 30\n" + storyFirst, last: storyLast,
		},
		{
			name:  "a short sentence with a date stays",
			inner: `<p>Work starts on June 3</p>` + storyParas,
			first: "Work starts on June 3\n", last: storyLast,
		},
		{
			name:  "a highlight box repeating a later paragraph",
			inner: `<div class="box"><h4>Key points</h4><p>Fishing crews that use the pier will move to the southern basin, where the authority has set aside forty berths until the work is done.</p></div>` + storyParas,
			first: storyFirst, last: storyLast,
			once: "Fishing crews that use the pier",
		},
		{
			name:  "a standfirst repeated as the first paragraph",
			inner: `<p class="intro">The harbour authority said on Tuesday that the northern pier would close for repairs next month, after inspectors found cracks in its supports.</p><div class="text">` + storyParas + `</div>`,
			first: storyFirst, last: storyLast,
			once: storyFirst,
		},
		{
			name:  "a short opening line that recurs stays",
			inner: `<p>Pier closure</p>` + storyParas + `<p>Pier closure</p><p>The authority will publish a timetable for the works.</p>`,
			first: "Pier closure\n" + storyFirst, last: "timetable for the works.",
		},
		{
			name:  "republication notice above",
			inner: `<p>This report was first published by Port Wire Service and is republished with permission.</p>` + storyParas,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "correction prompt, credits, copyright, label, heading",
			inner: storyParas + `<p>Have a correction? <a href="/c">Tell us</a>.</p><p>(Reporting by Mara Lind; Editing by Tomas Berg)</p><p>© 2024 Harbour Gazette. All rights reserved.</p><p>Comments</p><h3>More from the port</h3>`,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "licensing line",
			inner: storyParas + `<div class="rights">Copyright 2024 Harbour Gazette. Redistribution requires a licence.</div>`,
			first: storyFirst, last: storyLast,
		},
		{
			name: "teasers of other stories above, their label and the headline again",
			inner: `<div class="latest"><p>Latest news</p><ul>` +
				`<li><a href="/ferry">Ferry operator adds a night crossing</a> <span>The island ferry will sail at midnight from June, the operator said, after...</span></li>` +
				`<li><a href="/dock">Dock workers vote on a new contract</a> <span>Members of the dock workers' union will vote on Friday on an offer that…</span></li>` +
				`</ul></div><h2>Pier to close for repairs</h2><p>14:05</p>` + storyParas,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "the headline again in a paragraph",
			inner: `<div class="col"><p class="heading-text">Pier to close for repairs</p>` + storyParas + `</div>`,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "an opening line holding the headline and more stays",
			inner: `<p>Pier to close for repairs: what skippers need to know</p>` + storyParas,
			first: "Pier to close for repairs: what", last: storyLast,
		},
		{
			name:  "an opening paragraph led by a link stays",
			inner: `<p><a href="/report">The harbour authority's report</a> finds the pier unsafe, and the repairs cannot wait.</p>` + storyParas,
			first: "The harbour authority's report finds", last: storyLast,
		},
		{
			name:  "a teaser of another story at the end",
			inner: storyParas + `<ul><li><a href="/dock">Dock workers vote on a new contract</a> Members of the union will vote on Friday on an offer that...</li></ul>`,
			first: storyFirst, last: storyLast,
		},
		{
			name: "teasers of other stories below",
			inner: storyParas + `<div class="next"><div><p class="excerpt">Ferry operator adds a night crossing to the islands</p><div>Mara Lind 2024-05-30 14:35</div></div>` +
				`<div><p class="excerpt">Dock workers vote on a new contract</p><div>2024-05-29 09:10 Tomas Berg</div></div></div>`,
			first: storyFirst, last: storyLast,
		},
		{
			name:  "a closing summary that ends a sentence stays",
			inner: storyParas + `<p class="summary">The pier reopens in August.</p>`,
			first: storyFirst, last: "The pier reopens in August.",
		},
		{
			name:  "the signature of an embedded post stays",
			inner: storyParas + `<blockquote><p>The northern pier is closed from today.</p>— Port Office (@portoffice) May 30, 2024</blockquote>`,
			first: storyFirst, last: "— Port Office (@portoffice) May 30, 2024",
		},
		{
			name: "calls to action and notices below",
			inner: storyParas + `<p>Like this story? Share it with a friend!</p><p>Have a tip? Mara Lind may be reached at mara@harbourgazette.example.</p>` +
				`<p>Get the latest port news in your inbox. Subscribe to our newsletters.</p><p>[button link="/tips"]Send us your story[/button]</p>` +
				`<p>We may earn an affiliate commission on purchases made through links here.</p><p>Filed under: Port |</p>`,
			first: storyFirst, last: storyLast,
		},
		{
			name: "contributor, contact and follow notices below",
			inner: storyParas + `<p>Tomas Berg contributed reporting from Bergen.</p>` +
				`<p>The Gazette welcomes letters from readers. Write to us at letters@harbourgazette.example.</p>` +
				`<p>Follow the Harbour Gazette's port desk on Twitter (@gazetteport) and Instagram.</p>`,
			first: storyFirst, last: storyLast,
		},
		{
			name: "wire notices below a rule stay out, the rule stays",
			inner: storyParas + `<p>___</p><p>Port Wire writers Mara Lind and Ola Berg contributed to this report.</p>` +
				`<p>Follow Port Wire's full coverage of the harbour works at https://portwire.example/harbour</p>` +
				`<p>More port news: https://portwire.example/port</p><p>Get the Gazette delivered every week. Click here for our offers.</p>` +
				`<p>Related coverage: Harbour works</p>`,
			first: storyFirst, last: "___",
		},
		{
			name:  "a closing sentence on contributors and followers stays",
			inner: storyParas + `<p>Skippers who follow the works say the contributions of the fund came late.</p>`,
			first: storyFirst, last: "the contributions of the fund came late.",
		},
		{
			name:  "a closing sentence opening with related stays",
			inner: storyParas + `<p>Related costs, the authority said, will be met from the fund: no fares will rise.</p>`,
			first: storyFirst, last: "no fares will rise.",
		},
		{
			name:  "a closing post signature with a handle stays",
			inner: storyParas + `<blockquote><p>Berths are full again.</p>— Port Office (@portoffice) May 30, 2024</blockquote>`,
			first: storyFirst, last: "(@portoffice) May 30, 2024",
		},
		{
			name:  "a closing line on subscribers stays",
			inner: storyParas + `<p>Subscribers to the port's bulletin will get the timetable first.</p>`,
			first: storyFirst, last: "will get the timetable first.",
		},
		{
			name:  "a closing quote stays",
			inner: storyParas + `<p>"We will be back," one skipper said.</p>`,
			first: storyFirst, last: `"We will be back," one skipper said.`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(article("", tt.inner), Options{URL: "https://harbourgazette.example/port/pier", Hints: model.Hints{DefaultDate: ref}})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, tt.first) || !strings.HasSuffix(a.Text, tt.last) {
				t.Errorf("text = %q, want it to start %q and end %q", a.Text, tt.first, tt.last)
			}
			if tt.once != "" && strings.Count(a.Text, tt.once) != 1 {
				t.Errorf("text = %q, want %q in it once", a.Text, tt.once)
			}
			if tt.authors != nil && !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.authors)
			}
			if !tt.published.IsZero() && a.Published != tt.published {
				t.Errorf("published = %v, want %v", a.Published, tt.published)
			}
		})
	}
}

func TestTrimEdgesKeepsOneBlock(t *testing.T) {
	a, err := HTML([]byte(`<p>© 2024 Harbour Gazette. All rights reserved.</p>`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text == "" {
		t.Error("empty text")
	}
}

func TestDateLine(t *testing.T) {
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in    string
		ok    bool
		names []string
	}{
		{"March 25, 2025", true, nil},
		{"Luis Fernández March 25, 2025", true, []string{"Luis Fernández"}},
		{"Published on Monday 17 April 2023", true, nil},
		{"Updated: 10:15, 3 May 2024", true, nil},
		{"Mara Lind and Tomas Berg, 3 May", true, []string{"Mara Lind", "Tomas Berg"}},
		{"TIRANA, Sept 7", false, nil},
		{"Work starts on June 3", false, nil},
		{"The pier closes in March", false, nil},
		{"Thursday", false, nil},
		{"Mara Lind 2024-05-30 14:35", true, []string{"Mara Lind"}},
		{"2024-05-30 14:35 Mara Lind", true, nil},
		{"Ticket 12024-05-301", false, nil},
	}
	for _, tt := range tests {
		names, ok := dateLine(tt.in, ref)
		if ok != tt.ok || !slices.Equal(names, tt.names) {
			t.Errorf("dateLine(%q) = %q, %v; want %q, %v", tt.in, names, ok, tt.names, tt.ok)
		}
	}
}

// FuzzLineReaders checks the readers of short lines (credits, site names,
// date lines, bylines, title segments): they never panic, and what they
// return is read from their input.
func FuzzLineReaders(f *testing.F) {
	f.Add("This report was originally published by Port Wire Service (PWS) and is republished here.", "portwire")
	f.Add("Luis Fernández March 25, 2025", "andesobserver")
	f.Add("Pier to close | Harbour Gazette", "harbourgazette")
	f.Add("TIRANA, Sept 7 (Reuters) - Albania severed ties.", "")
	f.Add("By Mara Lind and Tomas Berg | May 30, 2024", "x")
	f.Add("Write to mara@harbourgazette.example; Tomas Berg contributed reporting.", "")
	f.Add("Source: (", "(")
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	words := func(t *testing.T, what, out, in string) {
		for _, w := range strings.Fields(out) {
			if !strings.Contains(in, w) {
				t.Fatalf("%s gave %q, whose word %q is not in %q", what, out, w, in)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s, label string) {
		if name, abbr, ok := creditLine(s, true); ok {
			if name == "" {
				t.Fatalf("creditLine(%q) ok with no name", s)
			}
			words(t, "creditLine", name, s)
			if abbr != "" && !strings.Contains(s, "("+abbr+")") {
				t.Fatalf("creditLine(%q) abbreviation %q", s, abbr)
			}
		}
		if n := nameFor(s, label); n != "" {
			words(t, "nameFor", n, s)
			if !strings.HasPrefix(squash(n), label) {
				t.Fatalf("nameFor(%q, %q) = %q does not spell the label", s, label, n)
			}
		}
		if names, _ := dateLine(s, ref); len(names) > 0 {
			words(t, "dateLine", strings.Join(names, " "), s)
		}
		if hasEmail(s) && !strings.Contains(s, ".") {
			t.Fatalf("hasEmail(%q) with no dot", s)
		}
		if contributorLine(s) && !strings.Contains(strings.ToLower(s), "contributed") {
			t.Fatalf("contributorLine(%q) with no credit", s)
		}
		promoLine(s)
		if c := openingCredit(s); c != "" && !strings.Contains(s, c) {
			t.Fatalf("openingCredit(%q) = %q", s, c)
		}
		if got := stripSite(s, label, "https://"+label+".example/"); !strings.Contains(s, got) {
			t.Fatalf("stripSite(%q) = %q, not part of the title", s, got)
		}
		bylineNames(s)
	})
}

func TestHasEmail(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Write to us at letters@harbourgazette.example.", true},
		{"Reach her at mara.lind@port-wire.example or by phone.", true},
		{"— Port Office (@portoffice) May 30, 2024", false},
		{"Meet us @ the pier.", false},
		{"user@localhost", false},
		{"a@.example", false},
	}
	for _, tt := range tests {
		if got := hasEmail(tt.in); got != tt.want {
			t.Errorf("hasEmail(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
