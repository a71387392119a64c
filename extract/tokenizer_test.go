package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/casus-project/casus/extract/score"
)

// tokenizerCases are inputs that take the tokenizer's rarer paths: tags
// that are or are not self-closing, repeated attributes, raw text,
// comments, doctypes, text that Text changes, and input cut short.
var tokenizerCases = []string{
	``,
	`plain text`,
	`<p class="a" id=b>Some <b>bold</b> text.</p>`,
	`<br/><br /><img src="x.png"/><img src=x.png/><p a/><p a=/><p a = / ><p a="/"/>`,
	`<p a=/ A=/><p a=1 b=/><p class=x CLASS=/><p data-x=1 data-X=/><p a a=/><p ==/>`,
	`<p / / /><p a/b=/><p a=b/ c/><p/a=/ >`,
	`<IMG SRC=a.png ALT="An image"/><Meta Name=x Content="y"/>`,
	`a < b and c <3 d <> e </> f </ g> h <? xml ?> i`,
	`<!DOCTYPE html><!doctype HTML PUBLIC "x"><!DOCTYP><!DOCTYPE`,
	`<!-- a comment --><!----><!--><!---><!-- x --!><!-- -- --><!--a--!-b-->`,
	`<![CDATA[ x ]]><!x bogus><!>`,
	`<script>if (a < b && c > d) { s = "</p>"; }</script><p>after</p>`,
	`<script><!-- document.write("<script>x</script>") --></script><p>b</p>`,
	`<script><!--<script>a</script>--></script><script><!-- x --> y</script>`,
	`<script><!--<SCRIPT>a</Script x>-- ></script><p>c</p>`,
	`<SCRIPT>x</ScRiPt ><STYLE>p{}</STYLE><style>a</stylex></style/>`,
	`<title>A &amp; B &lt;i&gt;</title><textarea>&copy; <b></textarea><xmp>&amp;</xmp>`,
	`<iframe><p>x</iframe><noscript><p>y</noscript><noembed>z</noembed><noframes>w</noframes>`,
	`<plaintext><p>everything &amp; after</p>`,
	"line\r\nbreaks\rand\r\r\nmore\r&amp; &nbsp;&notin &#x41;&#65;&bogus;",
	"nul\x00here<!--c\x00-->\x00<script>\x00\r\n</script><textarea>\x00&amp;\r</textarea>",
	`<p title='single "quoted"' data-x="double 'quoted'" x=unquoted>t</p>`,
	`<a href="x" href="y" HREF=z>link</a><div	class="tab"` + "\n" + `id=nl>d</div>`,
	`<p a="unterminated`,
	`<p a=`,
	`<p a`,
	`<p`,
	`</p`,
	`</`,
	`<`,
	`<!--`,
	`<!-`,
	`<!- x`,
	`<!-->`,
	`<!-- x --`,
	`<!-- x -`,
	`<!-- x --!`,
	`<script>a<!--`,
	`<script>a<!-- <script> b`,
	`<script>a</script`,
	`<title>t`,
	`<textarea>a</textare`,
	`text&amp`,
}

// TestTokenizerMatches checks that the tokenizer gives the tokens of x/net's.
func TestTokenizerMatches(t *testing.T) {
	for _, src := range tokenizerCases {
		sameTokens(t, []byte(src))
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

// TestTokenizerRestart checks that a restarted tokenizer reads on as a new
// x/net tokenizer over the rest of the input does.
func TestTokenizerRestart(t *testing.T) {
	src := []byte(`<p a=1>x</p><script>y</script><title>z</title>`)
	for off := 0; off <= len(src); off++ {
		z := newTokenizer(src)
		z.Next() // leaves state (a raw-text tag, attributes) to forget
		z.Next()
		z.restart(off)
		if got, want := tokens(z), xnetTokens(src[off:]); got != want {
			t.Errorf("restart at %d:\ngot  %s\nwant %s", off, got, want)
		}
	}
}

// sameTokens reports where the tokenizer's tokens of src differ from
// x/net's, and whether it wrote src.
func sameTokens(t *testing.T, src []byte) {
	t.Helper()
	orig := bytes.Clone(src)
	got := tokens(newTokenizer(src))
	if want := xnetTokens(orig); got != want {
		t.Errorf("input %.80q:\ngot  %.2000s\nwant %.2000s", orig, got, want)
	}
	if !bytes.Equal(src, orig) {
		t.Errorf("input %.80q: written", orig)
	}
}

// tokens lists the type, raw bytes and text of each token.
func tokens(z *tokenizer) string {
	var b bytes.Buffer
	for {
		tt := z.Next()
		fmt.Fprintf(&b, "%v %q", tt, z.Raw())
		if tt == html.ErrorToken {
			return b.String()
		}
		fmt.Fprintf(&b, " %q\n", z.Text())
	}
}

// xnetTokens is tokens for x/net's tokenizer.
func xnetTokens(src []byte) string {
	var b bytes.Buffer
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		fmt.Fprintf(&b, "%v %q", tt, z.Raw())
		if tt == html.ErrorToken {
			return b.String()
		}
		fmt.Fprintf(&b, " %q\n", z.Text())
	}
}

func FuzzTokenizer(f *testing.F) {
	for _, src := range tokenizerCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sameTokens(t, []byte(src))
	})
}
