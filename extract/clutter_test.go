package extract

import (
	"strings"
	"testing"
)

// TestClutter checks that page furniture kept inside or beside a story's
// container (widget controls, teaser lists, photo credits) stays out of
// the body, and that the story's own text stays in.
func TestClutter(t *testing.T) {
	tests := []struct {
		name  string
		inner string
		keep  []string // substrings the text must hold
		drop  []string // substrings it must not hold
	}{
		{
			name: "a photo gallery's controls and captions",
			inner: `<div class="photo-gallery"><div class="controls"><p>Caption</p><p>Close</p><span>Image 1 of 4</span></div>` +
				`<ul><li><img src="a.jpg"><p>Crews unload nets at the southern basin.</p></li></ul></div>` + storyParas,
			keep: []string{storyFirst, storyLast},
			drop: []string{"Caption", "Close", "Image 1 of 4", "unload nets"},
		},
		{
			name:  "a slideshow notice",
			inner: storyParas + `<div class="slideshow-wrap"><p>This slideshow needs scripts to run.</p></div>`,
			keep:  []string{storyFirst, storyLast},
			drop:  []string{"slideshow needs"},
		},
		{
			name: "photo credits and captions in the flow of the story",
			inner: `<p>© Mara Lind Crews unload nets at the southern basin on Monday.</p>` + storyParas +
				`<div>The northern pier seen from the water (Photo: Tomas Berg)</div><div>An inspector checks a support (AP Photo/Tomas Berg)</div>` +
				`<div>Mara Lind/Harbour Gazette/Getty Images</div><div>Tomas Berg | Getty Images</div><p>The works begin on June 3.</p>`,
			keep: []string{storyFirst, storyLast, "The works begin on June 3."},
			drop: []string{"unload nets", "seen from the water", "checks a support", "Getty"},
		},
		{
			name:  "a caption and its credit, alone in their element",
			inner: `<div class="pic"><div>Crews unload nets at the southern basin on Monday.</div><div>Mara Lind | Harbour Gazette | Getty Images</div></div>` + storyParas,
			keep:  []string{storyFirst, storyLast},
			drop:  []string{"unload nets", "Getty"},
		},
		{
			name:  "a paragraph beside a credit in the story's container stays",
			inner: `<div class="text"><p>The harbour authority said on Tuesday that the northern pier would close.</p><p>Mara Lind/Getty Images</p>` + storyParas + `</div>`,
			keep:  []string{"would close.", storyLast},
			drop:  []string{"Getty"},
		},
		{
			name: "brackets and slashes in a story's own lines stay",
			inner: storyParas + `<p>Fishing crews have used the pier since 1950 (the year it opened)</p>` +
				`<p>Ferries will call at the islands and/or the mainland</p>`,
			keep: []string{storyFirst, "(the year it opened)", "and/or the mainland"},
		},
		{
			name: "ad slot labels",
			inner: `<p>The harbour authority said on Tuesday that the northern pier would close for repairs next month.</p><div class="slot"><span>Advertisement</span></div>` +
				storyParas + `<div>ADVERTISEMENT -</div><p>Anzeige</p><p>Ads are sold by the port's own team.</p>`,
			keep: []string{storyFirst, storyLast, "Ads are sold"},
			drop: []string{"Advertisement", "ADVERTISEMENT", "Anzeige"},
		},
		{
			name: "posts embedded from a social network stay, in a social or widget box",
			inner: storyParas + `<div class="social-embed"><blockquote class="twitter-tweet"><p>The ferry is late again and nobody says why. <a href="https://t.example/x1">t.example/x1</a></p>— Ola Berg (@olaberg) <a href="https://social.example/olaberg/1">May 30, 2024</a></blockquote></div>` +
				`<p>The harbour office answered the complaints in a statement on Friday.</p>` +
				`<div class="widget embed-post"><div><blockquote class="instagram-media"><p>Sunset over the northern pier before the works.</p></blockquote></div></div>` +
				`<p>Works are due to end in the autumn, the office said.</p>`,
			keep: []string{storyFirst, "nobody says why", "(@olaberg)", "Sunset over the northern pier", "due to end in the autumn"},
		},
		{
			name: "a share bar's tweet button is dropped",
			inner: storyParas + `<div class="social-share"><a class="tweet" href="https://social.example/share">Tweet this story</a>` +
				`<blockquote class="share-quote">Share the quote of the day with your followers</blockquote></div>`,
			keep: []string{storyFirst, storyLast},
			drop: []string{"Tweet this", "quote of the day"},
		},
		{
			name: "a hover card inside a paragraph",
			inner: `<p>The port's director <span class="person"><a href="/people/ola-berg">Ola Berg</a><span class="card"><span><img src="berg.jpg">` +
				`<a href="/people/ola-berg">Ola Berg Larsen</a><a href="/a1">Director defends the pier closure plan</a> <a href="/a2">Ferry timetable to change in June</a> <a href="/people/ola-berg">MORE</a>` +
				`</span></span></span> said on Tuesday that the works could not wait any longer.</p>` + storyParas,
			keep: []string{"The port's director Ola Berg said on Tuesday that the works could not wait", storyLast},
			drop: []string{"Ferry timetable", "Larsen", "MORE"},
		},
		{
			name: "a hover card whose photo sits in a span of its own",
			inner: `<p>The port's director <span class="tip"><span class="pic"><img src="berg.jpg"></span><a href="/people/ola-berg">Ola Berg Larsen</a> <a href="/a2">Ferry timetable to change in June</a></span>` +
				` said on Tuesday that the works could not wait any longer.</p>` + storyParas,
			keep: []string{"The port's director said on Tuesday", storyLast},
			drop: []string{"Ferry timetable"},
		},
		{
			name: "a picture in a span with words of the story, or inside a link, stays",
			inner: `<p>Crews <span class="inline-photo"><img src="crew.jpg"> worked through the night at the southern basin</span> to finish the berths.</p>` +
				`<p>The inspectors' findings are in <a href="/report"><span><img src="pdf.png">the full inspection report of the northern pier</span></a> published on Monday.</p>` + storyParas,
			keep: []string{"Crews worked through the night at the southern basin to finish the berths.", "the full inspection report of the northern pier published on Monday", storyLast},
		},
		{
			name: "a caption repeating its image's alt text",
			inner: `<p>The harbour authority said on Tuesday that the northern pier would close for repairs next month.</p>` +
				`<div class="center"><div class="img"><img src="pier.jpg" alt="The northern pier at low tide"></div><br><span class="small">The northern pier at low tide</span></div>` + storyParas,
			keep: []string{"would close for repairs next month.", storyLast},
			drop: []string{"low tide"},
		},
		{
			name: "a paragraph with its image's alt text stays when more comes between",
			inner: `<div><img src="pier.jpg" alt="The pier will reopen in August."></div><p>Fishing crews have used the pier since 1950.</p>` +
				`<p>The pier will reopen in August.</p>` + storyParas + `<div><img src="berth.jpg" alt="Forty berths at the basin"></div><p>Forty berths at the basin are set aside for the crews.</p>`,
			keep: []string{"since 1950.\nThe pier will reopen in August.", "Forty berths at the basin are set aside"},
		},
		{
			name: "a caption set in a span, at the head of its paragraph",
			inner: `<p><span class="photo-caption"><img src="pier.jpg" alt="pier"><span>Crews unload nets at the southern basin.</span></span></p>` + storyParas +
				`<p><span class="img"><img src="basin.jpg"><span class="caption-source"><span class="caption">The southern basin seen from the pier.</span><span>Harbour Gazette</span></span></span></p>` +
				`<p>The works begin on June 3.</p>`,
			keep: []string{storyFirst, storyLast, "The works begin on June 3."},
			drop: []string{"unload nets", "seen from the pier"},
		},
		{
			name:  "a span marked as a credit inside a sentence stays",
			inner: storyParas + `<p>The plans were drawn by <span class="credit">Mara Lind</span>, the port's engineer, last winter.</p>`,
			keep:  []string{storyFirst, "drawn by Mara Lind, the port's engineer, last winter."},
		},
		{
			name:  "the button that unfolds the rest of a story",
			inner: `<p>The harbour authority said on Tuesday that the northern pier would close for repairs next month.</p><div class="more"><div>Read More</div></div>` + storyParas,
			keep:  []string{storyFirst, storyLast},
			drop:  []string{"Read More"},
		},
		{
			name:  "a story laid out as a gallery stays",
			inner: `<div class="gallery">` + storyParas + `</div>`,
			keep:  []string{storyFirst, storyLast},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(article("", tt.inner), Options{URL: "https://harbourgazette.example/port/pier"})
			if err != nil {
				t.Fatal(err)
			}
			checkKeptDropped(t, a.Text, tt.keep, tt.drop)
		})
	}
}

// checkKeptDropped reports each of keep that text lacks and each of drop
// that it holds.
func checkKeptDropped(t *testing.T, text string, keep, drop []string) {
	t.Helper()
	for _, s := range keep {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q; text:\n%s", s, text)
		}
	}
	for _, s := range drop {
		if strings.Contains(text, s) {
			t.Errorf("text holds %q; text:\n%s", s, text)
		}
	}
}
