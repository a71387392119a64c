package extract

import (
	"slices"
	"testing"
)

func TestOpeningCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TIRANA, Sept 7 (Reuters) - Albania severed ties.", "Reuters"},
		{"SEOUL (MPA) – South Korea proposed talks.", "MPA"},
		{"(CNN) The president visited a hospital.", "CNN"},
		{"BEIRUT (AFP): Officials met.", "AFP"},
		{"Colombia and the National Liberation Army (ELN) resumed talks.", ""},
		{"Fighting between the army and the Rapid Support Forces (RSF) - which began in April - spread.", ""},
		{"BOGOTA (photo: Ana Lima) - Rain fell.", ""},
		{"No brackets at all.", ""},
		{"Unclosed (Reuters - text", ""},
	}
	for _, tt := range tests {
		if got := openingCredit(tt.in); got != tt.want {
			t.Errorf("openingCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCreditLine(t *testing.T) {
	tests := []struct {
		in         string
		prefixes   bool
		name, abbr string
	}{
		{"This story was first published by Hormuz News Agency.", false, "Hormuz News Agency", ""},
		{"This report was originally published by Port Wire Service (PWS) and is republished here.", false, "Port Wire Service", "PWS"},
		{"Originally published on Live Science.", false, "Live Science", ""},
		{"Source: Voice of the Coast (VOC)", true, "Voice of the Coast", "VOC"},
		{"Source: Voice of the Coast (VOC)", false, "", ""},
		{"Source: ministry figures for 2023", true, "", ""},
		{"The law was first published in 1990 and amended twice.", false, "", ""},
		{"The figures first appeared in a report.", false, "", ""},
		{"", true, "", ""},
	}
	for _, tt := range tests {
		name, abbr, ok := creditLine(tt.in, tt.prefixes)
		if name != tt.name || abbr != tt.abbr || ok != (tt.name != "") {
			t.Errorf("creditLine(%q, %v) = %q, %q, %v; want %q, %q", tt.in, tt.prefixes, name, abbr, ok, tt.name, tt.abbr)
		}
	}
}

// TestPageSource checks the original outlet HTML reports for a
// republished page, and that it reports none for the publisher's own
// stories.
func TestPageSource(t *testing.T) {
	const wire = `<p>ROTTERDAM, May 30 (PWS) - The harbour authority said on Tuesday that the northern pier would close for repairs next month, after inspectors found cracks.</p>
<p>Fishing crews that use the pier will move to the southern basin, where the authority has set aside forty berths until the work is done.</p>
<p>The repairs are expected to take six weeks and to cost about two million euros, paid from the port's maintenance fund.</p>`
	tests := []struct {
		name, head, before, after, url, want string
	}{
		{"abbreviation spelled out in a notice", "", `<p class="note">Wire copy: Port Wire Service (PWS). Republished under licence.</p>`, "", "https://harbourgazette.example/a", "Port Wire Service"},
		{"notice after the body", "", "", `<p class="note">This story was first published by Port Wire Service.</p>`, "https://harbourgazette.example/a", "Port Wire Service"},
		{"abbreviation alone", "", "", "", "https://harbourgazette.example/a", "PWS"},
		{"the publisher's own story", `<meta property="og:site_name" content="Port Wire Service">`, "", "", "https://pws.example/a", ""},
		{"the publisher named by its host", "", "", `<p>This story was first published by Port Wire Service.</p>`, "https://portwire.example/a", ""},
		{"no publisher known", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte(`<html><head>` + tt.head + `</head><body>` + tt.before + `<div class="text">` + wire + `</div>` + tt.after + `</body></html>`)
			a, err := HTML(page, Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Source != tt.want {
				t.Errorf("source = %q, want %q", a.Source, tt.want)
			}
		})
	}
}

func TestSameOutlet(t *testing.T) {
	tests := []struct {
		src, abbr, publisher, url string
		want                      bool
	}{
		{"MPA", "", "Meridian Press Agency", "", true},
		{"Meridian Press Agency", "MPA", "MPA", "", true},
		{"Meridian Press Agency", "", "meridianpress.example", "https://meridianpress.example/x", true},
		{"Reuters", "", "Harbour Courier", "https://harbour.example/x", false},
		{"HNA", "", "Sentinel Brief", "https://sentinelbrief.example/x", false},
	}
	for _, tt := range tests {
		if got := sameOutlet(tt.src, tt.abbr, tt.publisher, tt.url); got != tt.want {
			t.Errorf("sameOutlet(%q, %q, %q) = %v, want %v", tt.src, tt.abbr, tt.publisher, got, tt.want)
		}
	}
}

// TestAuthors checks where HTML finds the authors.
func TestAuthors(t *testing.T) {
	tests := []struct {
		name, head, inner string
		want              []string
	}{
		{"JSON-LD name joining two", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Mara Lind and Tomas Berg"}}</script>`, "", []string{"Mara Lind", "Tomas Berg"}},
		{"two author meta tags", `<meta name="author" content="Mara Lind"><meta name="author" content="Tomas Berg">`, "", []string{"Mara Lind", "Tomas Berg"}},
		{"DC.creator with semicolons", `<meta name="DC.creator" content="Mara Lind; Tomas Berg">`, "", []string{"Mara Lind", "Tomas Berg"}},
		{"author class", "", `<div class="meta"><span class="author">Mara Lind</span> — <span>Published on 3 May 2024</span></div>`, []string{"Mara Lind"}},
		{"a name in a script without capitals", "", `<div class="meta"><span class="author">سارة الأمين</span></div>`, []string{"سارة الأمين"}},
		{"a commenter is no author", "", `<div class="comments"><div class="comment"><span class="c-author">Arben K.</span><p>Good.</p></div></div>`, nil},
		{"the publisher in a byline is no author", `<meta property="og:site_name" content="Harbour Gazette">`, `<p class="byline">By Mara Lind, Harbour Gazette</p>`, []string{"Mara Lind"}},
		{"a desk signing off", "", `<div class="end">End of story / Rotterdam bureau</div>`, []string{"Rotterdam bureau"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inner := tt.inner
			body := `<div class="story">` + storyParas + `</div>`
			if inner != "" && inner[:12] == `<div class="` && tt.name == "a desk signing off" {
				body += inner // a sign-off follows the story
			} else {
				body = inner + body
			}
			page := []byte(`<html><head>` + tt.head + `</head><body>` + body + `</body></html>`)
			a, err := HTML(page, Options{URL: "https://harbourgazette.example/a"})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, tt.want) && !(len(a.Authors) == 0 && len(tt.want) == 0) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.want)
			}
		})
	}
}
