package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

func TestIsSpace(t *testing.T) {
	for c := range 256 {
		want := strings.IndexByte(" \t\n\r\f", byte(c)) >= 0
		if got := isSpace(byte(c)); got != want {
			t.Errorf("isSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}

// TestTokenizerTags checks the names and raw attributes the tokenizer
// gives each tag: keys in lower case, values as written, repeated keys
// kept.
func TestTokenizerTags(t *testing.T) {
	tests := []struct {
		raw   string
		tt    tokenType
		atom  atom.Atom
		attrs string // key=val pairs, each followed by ";"
	}{
		{`<div>`, startTagToken, atom.Div, ``},
		{`<DIV Class="Story Body">`, startTagToken, atom.Div, `class=Story Body;`},
		{`<a href='/x?a=1&amp;b=2' rel=author>`, startTagToken, atom.A, `href=/x?a=1&amp;b=2;rel=author;`},
		{`<img src = "a.png"  alt="">`, startTagToken, atom.Img, `src=a.png;alt=;`},
		{`<br/>`, selfClosingTagToken, atom.Br, ``},
		{`<br />`, selfClosingTagToken, atom.Br, ``},
		{`<br/ >`, startTagToken, atom.Br, ``},
		{`<input disabled value=x/>`, startTagToken, atom.Input, `disabled=;value=x/;`},
		{`<input value=x VALUE=y/>`, selfClosingTagToken, atom.Input, `value=x;value=y/;`},
		{`<input value="x"/>`, selfClosingTagToken, atom.Input, `value=x;`},
		{`<p title="it's">`, startTagToken, atom.P, `title=it's;`},
		{`<p title='say "hi"'>`, startTagToken, atom.P, `title=say "hi";`},
		{`<p title="a>b">`, startTagToken, atom.P, `title=a>b;`},
		{`<p title="a"lang=en>`, startTagToken, atom.P, `title=a;lang=en;`},
		{`<p =x>`, startTagToken, atom.P, `=x=;`},
		{"<p\tA\n=\fb>", startTagToken, atom.P, `a=b;`},
		{`<unknowntag id="a">`, startTagToken, 0, `id=a;`},
		{`<averyveryveryverylongtagnameindeedmorethan32 id="a">`, startTagToken, 0, `id=a;`},
		{`</div>`, endTagToken, atom.Div, ``},
		{`</DIV class=x>`, endTagToken, atom.Div, `class=x;`},
	}
	for _, tt := range tests {
		z := newTokenizer([]byte(tt.raw))
		typ := z.next()
		a := z.atom()
		var b strings.Builder
		for _, at := range z.attrs {
			fmt.Fprintf(&b, "%s=%s;", at.key, at.val)
		}
		if typ != tt.tt || a != tt.atom || b.String() != tt.attrs || z.pos != len(tt.raw) {
			t.Errorf("next(%q) = %d %v %q ending at %d; want %d %v %q", tt.raw, typ, a, b.String(), z.pos, tt.tt, tt.atom, tt.attrs)
		}
	}
}

func TestParserText(t *testing.T) {
	// A block's text ends with a newline, with no space before it.
	tests := []struct{ html, want string }{
		{`<p>plain words</p>`, "plain words\n"},
		{"<p>  lead\t\tand\r\ntrail  </p>", "lead and trail\n"},
		{`<p>a&nbsp;&nbsp;b</p>`, "a b\n"},
		{`<p>&nbsp;a</p>`, "a\n"},
		{`<p>soft&shy;hyphen</p>`, "softhyphen\n"},
		{`<p>&copy; 2024 &#xC2;x</p>`, "\u00a9 2024 \u00c2x\n"},
		{`<p>end&nbsp;</p><p>next</p>`, "end\nnext\n"},
		{"<p>caf\u00e9 \u00c2\u00a0\u00c2</p>", "caf\u00e9 \u00c2 \u00c2\n"},
	}
	for _, tt := range tests {
		if got := string(parsePage([]byte(tt.html)).text); got != tt.want {
			t.Errorf("text of %q = %q, want %q", tt.html, got, tt.want)
		}
	}
}

func TestBlockHead(t *testing.T) {
	// A block's head is the link text that opens it, up to its first
	// unlinked word.
	tests := []struct {
		html string
		want string
	}{
		{`<li><a href="/a">Ferry adds a crossing</a> <span>The operator said...</span></li>`, "Ferry adds a crossing"},
		{`<p><a href="/a">Ferry</a> <a href="/b">adds</a> a crossing</p>`, "Ferry adds"},
		{`<p>The <a href="/a">ferry</a> sails</p>`, ""},
		{`<p><a href="/a">All linked</a></p>`, "All linked"},
		{`<div><a href="/a">Label</a><p>Next block</p></div>`, "Label"},
	}
	for _, tt := range tests {
		p := parsePage([]byte(tt.html))
		if len(p.blocks) == 0 {
			t.Fatalf("%q: no blocks", tt.html)
		}
		b := p.blocks[0]
		if got := string(p.text[b.start : b.start+b.head]); got != tt.want {
			t.Errorf("head of %q = %q, want %q", tt.html, got, tt.want)
		}
	}
}
