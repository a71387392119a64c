package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTML(t *testing.T) {
	ref := time.Date(2023, 1, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		file    string
		opts    Options
		want    model.Article // fields compared when set
		keep    []string      // substrings the text must hold
		drop    []string      // substrings it must not hold
		authors []string
	}{
		{
			file: "wire.html",
			opts: Options{URL: "https://harbour.example/world/2022/09/07/albania?ref=rss"},
			want: model.Article{
				URL:       "https://harbour.example/world/2022/albania-iran-ties",
				Title:     "Albania cuts diplomatic ties with Iran over cyberattack",
				Published: model.At(time.Date(2022, 9, 7, 14, 3, 0, 0, time.FixedZone("", 2*3600))),
				Publisher: "Harbour Courier",
				Source:    "Reuters",
				Language:  "en",
			},
			authors: []string{"Jane Doe"},
			keep: []string{"TIRANA, Sept 7 (Reuters) - Albania severed", "four groups to carry it out",
				"Washington responds", "hold Iran accountable", "itself a victim of cyberattacks."},
			drop: []string{"cookies", "Home", "Share on", "Photo:", "Related", "Iran denies role", "newsletter",
				"morning briefing", "outrageous", "Long overdue", "Most read", "Donate", "Copyright", "By Jane Doe",
				"Albania cuts diplomatic ties with Iran over cyberattack"},
		},
		{
			file: "blog.html",
			want: model.Article{
				Title:     "Water returns to the valley",
				Published: model.Day(time.Date(2021, 3, 14, 0, 0, 0, 0, time.UTC)),
				Publisher: "Valley Notes",
				Source:    "Rio Valley Gazette",
				Language:  "pt",
			},
			authors: []string{"Ana Lima", "Rui Costa"},
			keep:    []string{"Depois de três anos de seca", "novas culturas"},
			drop:    []string{"Início", "Sobre"},
		},
		{
			file: "timeline.html",
			opts: Options{URL: "https://www.gulf-wire.example/news/ceasefire-talks"},
			want: model.Article{
				URL:       "https://www.gulf-wire.example/news/ceasefire-talks",
				Published: model.Day(time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)),
				Publisher: "gulf-wire.example",
				Source:    "Iran Press TV",
				Language:  "en",
			},
			keep: []string{"Negotiators met again", "final session."},
			drop: []string{"Published:"},
		},
		{
			file: "noyear.html",
			opts: Options{URL: "https://levant-daily.example/news/talks", Hints: model.Hints{Published: ref}},
			want: model.Article{
				Published: model.Day(time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC)),
				Source:    "AFP",
				Language:  "en",
			},
			authors: []string{"Omar Haddad"},
			keep:    []string{"BEIRUT, Dec 28 (AFP)", "commercial lenders."},
		},
		{
			file: "timeel.html",
			opts: Options{Hints: model.Hints{Title: "Neue Regeln", Publisher: "Feed Zeitung"}},
			want: model.Article{
				Title:     "Neue Regeln",
				Published: model.At(time.Date(2020, 5, 4, 8, 30, 0, 0, time.UTC)),
				Publisher: "Feed Zeitung",
				Language:  "de",
			},
			keep: []string{"Die Regierung hat am Montag", "neuen Vorschriften einstellen können."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := HTML(readTestdata(t, tt.file), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			w := tt.want
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("URL", a.URL, w.URL)
			check("Title", a.Title, w.Title)
			check("Publisher", a.Publisher, w.Publisher)
			check("Source", a.Source, w.Source)
			check("Language", a.Language, w.Language)
			if !w.Published.IsZero() && (a.Published.Clock != w.Published.Clock || !a.Published.Time.Equal(w.Published.Time)) {
				t.Errorf("Published = %v, want %v", a.Published, w.Published)
			}
			if tt.authors != nil && !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.authors)
			}
			checkKeptDropped(t, a.Text, tt.keep, tt.drop)
		})
	}
}

func TestHTMLParagraphs(t *testing.T) {
	a, err := HTML(readTestdata(t, "wire.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(a.Text, "\n")
	if len(lines) != 5 || lines[2] != "Washington responds" {
		t.Errorf("paragraphs = %q, want 4 paragraphs and the heading third", lines)
	}
}

func TestHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "<p>" + strings.Repeat("Deep text keeps going for a while. ", 10) + "</p>" + strings.Repeat("</div>", 100000)
	tests := []struct {
		name    string
		page    string
		wantErr error  // nil: an article
		want    string // substring of the text
	}{
		{"empty", "", ErrNoArticle, ""},
		{"space", " \n\t ", ErrNoArticle, ""},
		{"binary", "\x00\x01\xff\xfe<\x00>\x89PNG\r\n\x1a\n", nil, ""},
		{"no article", string(readTestdata(t, "listpage.html")), ErrNoArticle, ""},
		{"script only", "<script>var x = '<p>not text</p>';</script><style>p{}</style>", ErrNoArticle, ""},
		{"deeply nested", deep, nil, "Deep text keeps going"},
		{"unclosed tags", "<html><body><div><p>Unclosed paragraph one is long enough to be an article body on its own.<p>And a second one follows it without any closing tags at all.", nil, "second one follows"},
		{"invalid utf-8", "<p>Caf\xe9 prices rose again this week, traders in the market said on Monday morning.</p>", nil, "prices rose"},
		{"stray end tags", "</div></p></article><p>Text after stray end tags is still found by the extractor here.</p></span>", nil, "stray end tags"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML([]byte(tt.page), Options{})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				if tt.want != "" {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("text is not valid UTF-8: %q", a.Text)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text = %q, want it to hold %q", a.Text, tt.want)
			}
		})
	}
}

// TestHTMLHuge checks that a 200 MB page is read in bounded time and
// that the kept text is capped.
func TestHTMLHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("200 MB page")
	}
	para := []byte("<p>" + strings.Repeat("The flood reached the lower town before dawn, officials said. ", 8) + "</p>\n")
	page := bytes.Repeat(para, 200<<20/len(para))
	start := time.Now()
	a, err := HTML(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Text) > maxText+maxText/8 {
		t.Errorf("text is %d bytes, want at most about %d", len(a.Text), maxText)
	}
	if d := time.Since(start); d > time.Minute {
		t.Errorf("took %v", d)
	}
	// One text token of 200 MB.
	page = bytes.Repeat([]byte("word "), 200<<20/5)
	if a, err = HTML(page, Options{}); err == nil && len(a.Text) > maxText+1 {
		t.Errorf("text is %d bytes", len(a.Text))
	}
}

func TestText(t *testing.T) {
	ref := time.Date(2022, 9, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      string
		opts    Options
		title   string
		text    string
		date    model.Date
		source  string
		authors []string
		err     error
	}{
		{
			name:    "title, byline, dateline",
			in:      "Albania cuts ties with Iran\n\nBy Jane Doe and John Roe\n\nTIRANA, Sept 7 (Reuters) - Albania cut\nties on Wednesday.\n\nThe US backed the move.\n",
			opts:    Options{Hints: model.Hints{Published: ref, Publisher: "Harbour Courier"}},
			title:   "Albania cuts ties with Iran",
			text:    "TIRANA, Sept 7 (Reuters) - Albania cut ties on Wednesday.\nThe US backed the move.",
			date:    model.Day(time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)),
			source:  "Reuters",
			authors: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "no title, default date",
			in:   "The council met on Tuesday.\r\nIt approved the budget.\r\n\r\nOpposition members walked out.",
			opts: Options{Hints: model.Hints{DefaultDate: ref}},
			text: "The council met on Tuesday. It approved the budget.\nOpposition members walked out.",
			date: model.Day(ref),
		},
		{
			// Without a publisher nothing says the text is republished.
			name:  "wire credit, no publisher",
			in:    "Talks proposed\n\nSEOUL, Sept 5 (MPA) - The South proposed talks.\n\nThe North did not reply.",
			opts:  Options{Hints: model.Hints{Published: ref}},
			title: "Talks proposed",
			text:  "SEOUL, Sept 5 (MPA) - The South proposed talks.\nThe North did not reply.",
			date:  model.Day(time.Date(2022, 9, 5, 0, 0, 0, 0, time.UTC)),
		},
		{
			name:  "the publisher's own credit",
			in:    "Talks proposed\n\nSEOUL, Sept 5 (MPA) - The South proposed talks.\n\nThe North did not reply.",
			opts:  Options{Hints: model.Hints{Published: ref, Publisher: "Meridian Press Agency"}},
			title: "Talks proposed",
			text:  "SEOUL, Sept 5 (MPA) - The South proposed talks.\nThe North did not reply.",
			date:  model.Day(time.Date(2022, 9, 5, 0, 0, 0, 0, time.UTC)),
		},
		{
			// A date without a year and nothing to place it: no date.
			name:  "year-less dateline, no reference",
			in:    "Talks proposed\n\nSEOUL, Sept 5 (MPA) - The South proposed talks.\n\nThe North did not reply.",
			title: "Talks proposed",
			text:  "SEOUL, Sept 5 (MPA) - The South proposed talks.\nThe North did not reply.",
		},
		{name: "empty", in: "", err: ErrNoArticle},
		{name: "punctuation only", in: "\n--- ...\n\n***", err: ErrNoArticle},
		{name: "invalid utf-8", in: "Caf\xe9 society\n\nPrices rose.", title: "Caf\uFFFD society", text: "Prices rose."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Text([]byte(tt.in), tt.opts)
			if tt.err != nil || err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if a.Title != tt.title || a.Text != tt.text || a.Source != tt.source {
				t.Errorf("got title %q text %q source %q\nwant title %q text %q source %q", a.Title, a.Text, a.Source, tt.title, tt.text, tt.source)
			}
			if a.Published != tt.date {
				t.Errorf("Published = %v, want %v", a.Published, tt.date)
			}
			if tt.authors != nil && !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.authors)
			}
		})
	}
}

func TestParseTextDate(t *testing.T) {
	ref := time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) model.Date {
		return model.Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	tests := []struct {
		in   string
		want model.Date
		ok   bool
	}{
		{"Published: 7 September 2022", day(2022, 9, 7), true},
		{"Sept. 7, 2022", day(2022, 9, 7), true},
		{"Dec 28", day(2022, 12, 28), true}, // the year before ref
		{"Jan 2", day(2023, 1, 2), true},    // ref's own year
		{"November 19, 2019 7:45 pm", model.At(time.Date(2019, 11, 19, 19, 45, 0, 0, time.UTC)), true},
		{"Feb 30, 2022", model.Date{}, false},
		{"no date here", model.Date{}, false},
	}
	for _, tt := range tests {
		got, ok := parseTextDate(tt.in, ref)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseTextDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"https://example.org/2022/09/07/story", "2022-09-07"},
		{"https://example.org/news/2019-11-19/story", "2019-11-19"},
		{"https://example.org/2022/09/story", ""},
		{"https://example.org/story?d=2022/09/07", ""},
	}
	for _, tt := range tests {
		d, _ := urlDate(tt.in)
		if d.String() != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.in, d, tt.want)
		}
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The minister said that the talks with the union were going well and that a deal was near.", "en"},
		{"Le ministre a dit que les discussions avec les syndicats se passaient bien et qu'un accord est proche.", "fr"},
		{"Der Minister sagte, dass die Gespräche mit der Gewerkschaft gut laufen und eine Einigung nicht fern ist.", "de"},
		{"Министр сказал, что переговоры идут хорошо.", "ru"},
		{"قال الوزير إن المحادثات تسير بشكل جيد", "ar"},
		{"", ""},
		// ASCII next to the letters ends a word: @ [ ` { are not letters.
		{"the@and`of@to`is", "en"},
		{"the[and{of[to{is", "en"},
		{"the1and2of3to4is", "en"},
		// Digits and punctuation are in no script: the Cyrillic letters
		// outnumber the Latin ones.
		{"Министр 2024-11-29, 10:30 (UTC) +7 [1] ab", "ru"},
		{"12345 67890 !?", ""},
		// A word of ASCII and other Latin letters is one word.
		{"Die Gespräche und die Einigung sind nicht fern, das ist der Plan.", "de"},
		// Stop words count in any case, ASCII or not.
		{"THE MINISTER SAID THAT THE TALKS WITH THE UNION WERE GOING WELL.", "en"},
		{"ÜBER DIE GESPRÄCHE UND DIE EINIGUNG: DAS IST NICHT DER PLAN.", "de"},
		// One stopword is no evidence: a borrowed phrase in a short
		// English sentence with no English stopword names no language.
		{"Peru declared two Bolivian diplomats persona non grata on Monday.", ""},
		{"Chile expels envoys, cites pro bono defence by el presidente", ""},
		// Two are.
		{"Il governo non ha risposto.", "it"},
	}
	// A stopword whose last letter spans the 20,001st byte still counts
	// (words of more than 12 bytes count for nothing).
	edge := "och " + strings.Repeat("abcdefghijklm ", 1428) + "   på"
	if i := strings.Index(edge, "å"); i != 20000 {
		t.Fatalf("å at byte %d, want 20000", i)
	}
	if got := guessLanguage(edge); got != "sv" {
		t.Errorf("guessLanguage(a text whose stopword \"på\" spans its 20,001st byte) = %q, want \"sv\"", got)
	}
	for _, tt := range tests {
		if got := guessLanguage(tt.in); got != tt.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageLanguage(t *testing.T) {
	tests := []struct{ declared, guessed, want string }{
		{"", "en", "en"},
		{"", "", ""},
		{"de", "", "de"},
		{"de", "en", "en"}, // a German site's page of English wire copy
		{"en", "ru", "ru"}, // an English template around Russian text
		{"en", "en", "en"},
		{"pt", "es", "pt"}, // the guess is weakest between neighbours
	}
	for _, tt := range tests {
		if got := pageLanguage(tt.declared, tt.guessed); got != tt.want {
			t.Errorf("pageLanguage(%q, %q) = %q, want %q", tt.declared, tt.guessed, got, tt.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	for _, name := range []string{"wire.html", "blog.html", "noyear.html"} {
		f.Add(readTestdata(f, name))
	}
	f.Add(article(`<meta property="og:site_name" content="Harbour Gazette">`, `<p class="section">Port</p><p>By Mara Lind | May 30, 2024</p><p>ROTTERDAM (PWS) - Crews moved.</p>`+storyParas+`<p>This story was first published by Port Wire Service (PWS).</p><p>© 2024 Harbour Gazette</p>`))
	f.Add([]byte("<p>short</p><div><p>x"))
	f.Add([]byte("\xff\xfe<p>\xc2</p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := HTML(page, Options{URL: "https://example.org/2022/01/02/x"})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("bad article text %q title %q", a.Text, a.Title)
		}
		if !utf8.ValidString(a.Publisher) || !utf8.ValidString(a.Source) || !utf8.ValidString(strings.Join(a.Authors, "")) {
			t.Fatalf("bad metadata: publisher %q source %q authors %q", a.Publisher, a.Source, a.Authors)
		}
		if a.Source != "" && a.Source == a.Publisher {
			t.Fatalf("source %q is the publisher", a.Source)
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Title\n\nBy Jane Doe\n\nTIRANA, Sept 7 (Reuters) - Body.\n"))
	f.Add([]byte("\xff\r\n\r\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		a, err := Text(text, Options{})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("bad article text %q title %q", a.Text, a.Title)
		}
	})
}

func BenchmarkHTML(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	var pages [][]byte
	size := 0
	for _, n := range names {
		p := readTestdata(b, filepath.Base(n))
		pages = append(pages, p)
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			HTML(p, Options{})
		}
	}
}
