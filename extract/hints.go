package extract

// Element flags. Own flags come from the element itself; a node's
// inherited flags add those of its ancestors that carry down (skip,
// link, caption, bad).
const (
	fBad     uint32 = 1 << iota // class, id, role or tag says boilerplate
	fGood                       // class or id says article text
	fBody                       // itemprop=articleBody and the like
	fSkip                       // never text: script, svg, hidden
	fLink                       // inside <a href>
	fCaption                    // figure caption or credit
	fBlock                      // block-level element
	fHeader                     // <header> or a class saying header/byline
	fAuthor                     // rel=author or a byline/author class
	fTime                       // <time>
	fWeak                       // weakly boilerplate (aside, form, header)
	fLogo                       // the site's logo or name, or a link home
	fKicker                     // a section label or kicker above a headline
	fDek                        // a standfirst or summary under a headline
	fPost                       // an embedded social-media post (kept on a blockquote only)
)

// hintWords maps lower-cased class and id words to flags. A word is a run
// of ASCII letters and digits; the words of "related-posts" are "related"
// and "posts", and its joined form is "relatedposts".
var hintWords = map[string]uint32{
	// boilerplate
	"nav": fBad, "navbar": fBad, "navigation": fBad, "menu": fBad, "menus": fBad, "submenu": fBad,
	"breadcrumb": fBad, "breadcrumbs": fBad, "footer": fBad, "sidebar": fWeak, "rail": fWeak,
	"widget": fWeak, "widgets": fWeak, "related": fBad, "recommended": fBad, "recommendations": fBad,
	"recirc": fBad, "popular": fBad, "trending": fBad, "mostread": fBad, "mostpopular": fBad,
	"comment": fBad, "comments": fBad, "commentlist": fBad, "disqus": fBad, "replies": fBad,
	"respond": fBad, "share": fBad, "sharing": fBad, "shares": fBad, "sharebar": fBad,
	"social": fBad, "socials": fBad, "newsletter": fBad, "newsletters": fBad, "subscribe": fBad,
	"subscription": fBad, "signup": fBad, "promo": fBad, "promos": fBad, "promotion": fBad,
	"sponsored": fBad, "sponsor": fBad, "advert": fBad, "advertisement": fBad, "adverts": fBad,
	"ad": fBad, "ads": fBad, "adslot": fBad, "adunit": fBad, "advertising": fBad, "banner": fWeak,
	"cookie": fBad, "cookies": fBad, "consent": fBad, "gdpr": fBad, "donate": fBad, "donation": fBad,
	"tags": fBad, "taglist": fBad, "tagcloud": fBad, "copyright": fBad, "pagination": fBad,
	"pager": fBad, "login": fBad, "modal": fBad, "popup": fBad, "overlay": fWeak, "outbrain": fBad,
	"taboola": fBad, "toolbar": fWeak, "masthead": fWeak, "sitemap": fBad, "readmore": fBad,
	"moreon": fBad, "morestories": fBad, "seealso": fBad, "print": fWeak, "skip": fWeak,
	"bio": fWeak, "authorbio": fBad, "aboutauthor": fBad, "newsletterbox": fBad, "paywall": fBad,
	"disclaimer": fWeak, "feedback": fWeak, "jump": fWeak, "carousel": fWeak, "slider": fWeak, "gallery": fWeak, "slideshow": fWeak,
	"headline": fHeader, "byline": fHeader | fAuthor, "dateline": fHeader, "author": fAuthor,
	"header": fHeader, "meta": fHeader, "timestamp": fHeader,
	"caption": fCaption, "credit": fCaption, "credits": fCaption, "figcaption": fCaption,
	"logo": fLogo, "brand": fLogo, "branding": fLogo, "sitetitle": fLogo, "sitename": fLogo, "sitelogo": fLogo,
	"kicker": fKicker, "eyebrow": fKicker, "section": fKicker, "category": fKicker, "categories": fKicker,
	"catlinks": fKicker, "rubric": fKicker, "label": fKicker, "path": fKicker, "topic": fKicker,
	"summary": fDek, "dek": fDek, "deck": fDek, "standfirst": fDek, "subtitle": fDek, "subheadline": fDek,
	"strapline": fDek, "excerpt": fDek,
	"tweet": fPost, "instagrammedia": fPost, "tiktokembed": fPost,
	"hidden": fSkip, "screenreadertext": fSkip, "sronly": fSkip, "visuallyhidden": fSkip,
	"srtext": fSkip, "offscreen": fSkip,
	// article text
	"article": fGood, "articlebody": fGood | fBody, "content": fGood, "entry": fGood,
	"entrycontent": fGood | fBody, "post": fGood, "postbody": fGood | fBody, "postcontent": fGood | fBody,
	"story": fGood, "storybody": fGood | fBody, "body": fGood, "text": fGood, "main": fGood,
	"blog": fGood, "richtext": fGood, "prose": fGood, "hentry": fGood, "articletext": fGood | fBody,
	"articlecontent": fGood | fBody, "storytext": fGood, "storycontent": fGood | fBody,
}

// classify returns the flags of a class or id attribute value. Bad beats
// good: "related-articles" is boilerplate.
func classify(v []byte) uint32 {
	var f uint32
	var word, joined [48]byte
	nw, nj := 0, 0
	flushWord := func() {
		if nw > 0 && nw <= len(word) {
			// Only a whole class name hides: "hidden", not "label-hidden".
			f |= hintWords[string(word[:nw])] &^ fSkip
		}
		nw = 0
	}
	flushJoined := func() {
		if nj > 0 && nj <= len(joined) {
			f |= hintWords[string(joined[:nj])]
		}
		nj = 0
	}
	for _, c := range v {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '-' || c == '_':
			flushWord()
			continue
		default:
			flushWord()
			flushJoined()
			continue
		}
		if nw < len(word) {
			word[nw] = c
		}
		nw++
		if nj < len(joined) {
			joined[nj] = c
		}
		nj++
	}
	flushWord()
	flushJoined()
	if f&(fBad|fWeak) != 0 {
		f &^= fGood | fBody
	}
	return f
}
