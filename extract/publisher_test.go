package extract

import (
	"testing"
)

func TestHostLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.sentinelbrief.example/2022/x", "sentinelbrief"},
		{"https://news.bbc.co.uk/1/hi/world", "bbc"},
		{"https://gulf-wire.example/", "gulfwire"},
		{"http://localhost:8080/a", "localhost"},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := hostLabel(tt.in); got != tt.want {
			t.Errorf("hostLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameFor(t *testing.T) {
	tests := []struct{ in, label, want string }{
		{"Sentinel Brief", "sentinelbrief", "Sentinel Brief"},
		{"Andes Observer archive", "andesobserver", "Andes Observer"},
		{"Hormuz News Agency", "hormuznews", "Hormuz News Agency"},
		{"All rights reserved for Hormuz News Agency. Use is permitted.", "hormuznews", "Hormuz News Agency"},
		{"Gulf Monitor © 2024. Independent news.", "gulfmonitor", "Gulf Monitor"},
		{"© 2022 Adriatic Ledger sh.p.k. All rights reserved.", "adriaticledger", "Adriatic Ledger"},
		{"Al-Manara", "almanara", "Al-Manara"},
		{"The Baltic Courier", "balticcourier", "Baltic Courier"},
		{"Sentinel", "sentinelbrief", ""},
		{"Brief Sentinel", "sentinelbrief", ""},
		{"Восточный вестник", "vestnik", ""},
		{"anything", "", ""},
	}
	for _, tt := range tests {
		if got := nameFor(tt.in, tt.label); got != tt.want {
			t.Errorf("nameFor(%q, %q) = %q, want %q", tt.in, tt.label, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, url, want string }{
		{"Pier to close | Harbour Gazette", "Harbour Gazette", "", "Pier to close"},
		{"Pier to close - Harbour Gazette archive", "x", "https://harbourgazette.example/", "Pier to close"},
		{"HG :: Pier to close", "HG", "", "Pier to close"},
		{"Pier to close - for now", "Harbour Gazette", "https://harbourgazette.example/", "Pier to close - for now"},
		{"Pier to close", "Harbour Gazette", "", "Pier to close"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site, tt.url); got != tt.want {
			t.Errorf("stripSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

// TestPublisher checks where HTML finds the publisher's name, in order
// of preference.
func TestPublisher(t *testing.T) {
	const url = "https://harbourgazette.example/port/pier"
	tests := []struct {
		name, head, inner, url, want string
	}{
		{"og:site_name", `<meta property="og:site_name" content="The Gazette"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Gazette Group"}}</script>`, "", url, "The Gazette"},
		{"JSON-LD publisher", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Gazette Group"}}</script>`, "", url, "Gazette Group"},
		{"JSON-LD publisher by @id", `<script type="application/ld+json">{"@graph":[{"@type":"Article","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Harbour Gazette Ltd"}]}</script>`, "", url, "Harbour Gazette Ltd"},
		{"DC.publisher", `<meta name="DC.publisher" content="Gazette Press">`, "", url, "Gazette Press"},
		{"title suffix", ``, "", url, "Harbour Gazette"},
		{"logo alt", ``, `<div class="logo"><a href="/"><img src="l.png" alt="Harbour Gazette Online"></a></div>`, "https://harbourgazetteonline.example/x", "Harbour Gazette Online"},
		{"copyright line", ``, `<p class="small">Port Courier © 2024. Independent news.</p>`, "https://portcourier.example/x", "Port Courier"},
		{"name in another script, repeated by the logo", `<title>Пирс закроют — Портовый вестник</title>`, `<a href="/" class="brand">Портовый вестник</a>`, "https://vestnik.example/x", "Портовый вестник"},
		{"host", ``, "", "https://www.otherhost.example/x", "otherhost.example"},
		{"nothing", ``, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := tt.head
			page := []byte(`<html><head>` + head + `<title>Pier to close for repairs | Harbour Gazette</title></head><body>` + tt.inner + `<div class="story">` + storyParas + `</div></body></html>`)
			a, err := HTML(page, Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Publisher != tt.want {
				t.Errorf("publisher = %q, want %q", a.Publisher, tt.want)
			}
		})
	}
}

func TestTitleFromTitleTag(t *testing.T) {
	page := []byte(`<html><head><title>Pier to close for repairs | Harbour Gazette</title></head><body><div>` + storyParas + `</div></body></html>`)
	a, err := HTML(page, Options{URL: "https://harbourgazette.example/p"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Pier to close for repairs" {
		t.Errorf("title = %q", a.Title)
	}
}
