package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/casus-project/casus/extract/score"
)

// tokenizerCases are hand-written inputs at the edges of the
// tokenizer's states.
var tokenizerCases = []string{
	``,
	`plain text`,
	`<p>a</p>`,
	`<P CLASS="Big" Id=x>a &amp; b &copy &#169; &#x41; &bogus; &amp</P>`,
	`a<b`, `a < b`, `a<`, `a</`, `a</>b`, `a</ b>c`, `a</1>c`, `<1a>`, `a<?php x ?>b`,
	`<a href="x>y">t</a>`, `<a href='x"y'>t</a>`, `<a href=x/>t`, `<a/>`, `<a / >`, `<br/>`,
	`<img src = "a.png"  alt="">`, `<p =x>`, `<p a b=c d = 'e' f>`, `<p a=b=c>`, `<p a="b"c="d">`,
	`<p a=">`, `<p a="b`, `<p`, `<p `, `<p a`, `<p a=`, `</p`, `</p a="b">`, `</br/>`,
	`<p a="1" a="2" A="3">`, `<p data-x="&amp;&lt;&quot;">`, `<p a=&amp=>`, `<p a b=x a=y/>`, `<p b a=/>`,
	`<!-- c -->`, `<!---->`, `<!-->a`, `<!--->a`, `<!-- a -- b -->`, `<!-- a --!>b`, `<!-- a`,
	`<!-- a -`, `<!-- a --`, `<!-- a ---->`, `<!--a<!--b-->c`, `<!-->`, `<!--`, `<!-`, `<!`,
	`<!DOCTYPE html>`, `<!doctype  html PUBLIC "a>b">x`, `<!DOCTYPE`, `<!DOCTYPEhtml>`,
	`<![CDATA[ x ]]>y`, `<!x>y`, `<!>y`,
	`<script>a<b</script>c`, `<script>x</script >y`, `<SCRIPT>x</ScRiPt>y`, `<script>x</scripts>y</script>z`,
	`<script>x`, `<script>x</script`, `<script>x</scri`, `<script></script>`, `<script/>x</script>y`,
	`<script><!-- a </script> b --></script>c`, `<script><!-- <script> </script> --> </script>c`,
	`<script><!--<script></script>--></script>c`, `<script><!-- a --> </script>c`,
	`<script><!--> </script>c`, `<script><!---> </script>c`, `<script><!-- <scriptx> </script>c`,
	`<script><!-- <script> -- > </script> --> </script>c`, `<script><!-- <script>--></script>c`,
	`<script><!-- <SCRIPT/> </SCRIPT> - </script>c`, `<script><!-<!-- x --> </script>c`,
	`<style><!-- </style> --></style>a`, `<style>a&amp;b</style>`, `<title>a &amp; b</title>`,
	`<textarea><p>a&lt;</textarea>b`, `<xmp><b>&amp;</xmp>c`, `<iframe><p></iframe>`,
	`<noscript><p>a</noscript>`, `<noembed>x</noembed>`, `<noframes>x</noframes>`,
	`<plaintext>a</plaintext><p>b`, `<title>`, `<title></title>`, `<title/>x`,
	"a\r\nb\rc\n", "<p a='\r\n'>\r</p>", "<script>\r\n</script>", "<!--\r\n-->",
	"a\x00b", "<p\x00q a\x00=\x00>", "<script>\x00</script>", "<title>\x00</title>",
	"<p\tclass\n=\fx>", "<p/class=x>", "<p class=x/ >", `<a href=/>`,
	"caf\u00e9 &eacute;&Eacute;", "&#0;&#x80;&#xD800;&#x110000;&#9999999999;",
	"&lt&gt&ampx &notit; &notin;", "<p title='&notit; &amp=; &ampx'>",
}

// rawTextCases are pages whose script and style bodies end, or do not, in
// the ways the tokenizer distinguishes.
var rawTextCases = []struct {
	name, src string
}{
	{"plain", `<p>a</p><script>var x = 1;</script><p>b</p>`},
	{"empty body", `<script></script><p>b</p><style></style><p>c</p>`},
	{"upper case end", `<SCRIPT>x</ScRiPt ><p>b</p>`},
	{"end with slash", `<script>x</script/><p>b</p>`},
	{"end needs delimiter", `<script>a</scripts> b</script2 c</script\t><p>d</p>`},
	{"end at EOF", `<script>a</script`},
	{"no end", `<p>a</p><script>if (a<b) { x = "</p>" }`},
	{"escape hides end", `<script><!-- document.write("<script>x</script>") --></script><p>b</p>`},
	{"escape after end", `<script>x</script><!-- c --><script>y</script><p>b</p>`},
	{"almost escape", `<script>a<!-b <! c</script><p>d</p>`},
	{"self-closing script", `<script src="a.js"/><p>text</p></script><p>b</p>`},
	{"longer name", `<scripts>x</scripts><scriptx>y</script><p>b</p>`},
	{"name with attributes", "<script\ntype=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\\r\\n\"}\r\n\x00</script><p>b</p>"},
	{"ld+json and CR", "<script type=application/ld+json>{\"datePublished\":\"2020-01-02\"}\r</script><h1>T</h1><p>" + "word " + "and more words here.</p>"},
	{"style", `<style>p { color: red } </p> <b></style ><p>b</p><STYLE>x</STYLE><p>c</p>`},
	{"style no end", `<p>a</p><style>p{}`},
	{"style escape is text", `<style><!-- </style> --><p>b</p>`},
	{"attr with end", `<script data-x="</script>">y</script><p>b</p>`},
	{"nested lt", `<script><<</script><p>b</p>`},
	{"comment before", `<!-- <script> --><p>a</p><script>b</script>`},
	{"title and textarea", `<title>A &amp; B</title><textarea></script></textarea><p>c</p>`},
}

// tok is one token as both tokenizers can describe it.
type tok struct {
	typ   string
	raw   string
	text  string
	name  string
	attrs string
}

func (t tok) String() string {
	return fmt.Sprintf("%s raw=%q text=%q name=%q attrs=%q", t.typ, t.raw, t.text, t.name, t.attrs)
}

// netTokens tokenizes src with golang.org/x/net/html.
func netTokens(src []byte) []tok {
	var out []tok
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		t := tok{typ: tt.String(), raw: string(z.Raw())}
		switch tt {
		case html.TextToken, html.CommentToken, html.DoctypeToken:
			t.text = string(z.Text())
		default:
			name, more := z.TagName()
			t.name = string(name)
			var b strings.Builder
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if tt != html.EndTagToken {
					fmt.Fprintf(&b, "%q\x03%q\x01", k, v)
				}
			}
			t.attrs = b.String()
		}
		out = append(out, t)
	}
}

// asciiLower returns b with its ASCII letters in lower case.
func asciiLower(b []byte) string {
	out := []byte(string(b))
	for i, c := range out {
		if 'A' <= c && c <= 'Z' {
			out[i] = c + 'a' - 'A'
		}
	}
	return string(out)
}

// nul replaces NULs with U+FFFD, as x/net does in names and attributes.
func nul(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }

// attrValue is a raw attribute value as x/net gives it, quoted: NULs
// replaced, line endings normalised. A value with an '&' becomes "\x02", which
// sameAttrs takes to match any value: x/net decodes character references
// by the standard's rules for attributes, which extraction does not use
// (it reads the raw value and decodes it itself).
func attrValue(v []byte) string {
	if bytes.IndexByte(v, '&') >= 0 {
		return "\x02"
	}
	s := strings.ReplaceAll(nul(string(v)), "\r\n", "\n")
	return strconv.Quote(strings.ReplaceAll(s, "\r", "\n"))
}

// ourTokens tokenizes src with the tokenizer, describing its tokens as
// x/net would: attribute values decoded and repeated keys dropped.
func ourTokens(src []byte) []tok {
	var out []tok
	z := newTokenizer(src)
	for {
		tt := z.next()
		if tt == errorToken {
			return out
		}
		t := tok{typ: [...]string{"Error", "Text", "StartTag", "EndTag", "SelfClosingTag", "Comment", "Doctype"}[tt], raw: string(z.raw())}
		switch tt {
		case textToken, commentToken, doctypeToken:
			t.text = string(z.textBytes())
		default:
			t.name = nul(asciiLower(z.src[z.ns:z.ne]))
			var b strings.Builder
			seen := map[string]bool{}
			for _, a := range z.attrs {
				key := nul(string(a.key))
				if seen[key] || tt == endTagToken {
					continue
				}
				seen[key] = true
				fmt.Fprintf(&b, "%q\x03%s\x01", key, attrValue(a.val))
			}
			t.attrs = b.String()
		}
		out = append(out, t)
	}
}

// sameTokens reports the first token where the two tokenizers differ.
func sameTokens(t *testing.T, src []byte) {
	t.Helper()
	orig := string(src)
	want, got := netTokens(src), ourTokens(src)
	if string(src) != orig {
		t.Fatalf("input %.80q: modified", orig)
	}
	for i := range max(len(want), len(got)) {
		var w, g tok
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w.attrs != g.attrs && sameAttrs(g.attrs, w.attrs) {
			g.attrs = w.attrs
		}
		if w != g {
			t.Errorf("input %.200q: token %d:\ngot  %v\nwant %v", src, i, g, w)
			return
		}
	}
}

// TestTokenizerMatches compares the tokenizer with x/net/html's, token
// by token, on hand-written edge cases, extract/testdata and the raw-text
// cases.
func TestTokenizerMatches(t *testing.T) {
	for _, src := range tokenizerCases {
		sameTokens(t, []byte(src))
	}
	for _, tc := range rawTextCases {
		sameTokens(t, []byte(tc.src))
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, n := range names {
		sameTokens(t, readTestdata(t, filepath.Base(n)))
	}
}

// TestTokenizerMatchesDev is TestTokenizerMatches on the development
// split's pages, skipped when the shared data is absent.
func TestTokenizerMatchesDev(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "ground-truth.json")); err != nil {
		t.Skip("no benchmark data at " + devDir)
	}
	set, err := score.Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range set.Len() {
		e, err := set.Page(i)
		if err != nil {
			t.Fatal(err)
		}
		sameTokens(t, e.HTML)
	}
}

func FuzzTokenizer(f *testing.F) {
	for _, src := range tokenizerCases {
		f.Add(src)
	}
	for _, tc := range rawTextCases {
		f.Add(tc.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sameTokens(t, []byte(src))
	})
}

// sameAttrs reports whether the attribute lists got and want, each
// "key\x03value\x01" repeated (key and value quoted, so that neither holds
// a separator), are the same but for the values got leaves out ("\x02",
// see attrValue).
func sameAttrs(got, want string) bool {
	g, w := strings.Split(got, "\x01"), strings.Split(want, "\x01")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		gk, gv, _ := strings.Cut(g[i], "\x03")
		wk, wv, _ := strings.Cut(w[i], "\x03")
		if gk != wk || gv != wv && gv != "\x02" {
			return false
		}
	}
	return true
}
