package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/casus-project/casus/extract/score"
)

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

// TestSkipRawText checks that skipping script and style bodies without
// the tokenizer leaves everything parsePage keeps as it was.
func TestSkipRawText(t *testing.T) {
	for _, tc := range rawTextCases {
		t.Run(tc.name, func(t *testing.T) {
			samePage(t, []byte(tc.src))
		})
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, n := range names {
		t.Run(filepath.Base(n), func(t *testing.T) {
			samePage(t, readTestdata(t, filepath.Base(n)))
		})
	}
}

// TestSkipRawTextDev is TestSkipRawText on the development split's pages,
// skipped when the shared data is absent.
func TestSkipRawTextDev(t *testing.T) {
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
		samePage(t, e.HTML)
	}
}

func samePage(t *testing.T, src []byte) {
	t.Helper()
	samePage1(t, src)
	// Again with every raw-text body long enough to be skipped.
	long := strings.Repeat(" ", minSkip)
	padded := strings.NewReplacer("<script>", "<script>"+long, "<SCRIPT>", "<SCRIPT>"+long,
		"<style>", "<style>"+long, "<STYLE>", "<STYLE>"+long, "json\">", "json\">"+long,
		"json>", "json>"+long, `.js"/>`, `.js"/>`+long).Replace(string(src))
	samePage1(t, []byte(padded))
}

func samePage1(t *testing.T, src []byte) {
	t.Helper()
	orig := append([]byte(nil), src...)
	want := parsePageSkip(src, false)
	got := parsePageSkip(src, true)
	// The tag parser's scratch space is not part of what a page keeps:
	// after the last tag it may point into a tokenizer's reused buffer.
	want.tp, got.tp = tagParser{}, tagParser{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("page %.60q: skipping raw text changed the page:\ngot  %+v\nwant %+v", src, got, want)
	}
	if string(src) != string(orig) {
		t.Errorf("page %.60q: source modified", src)
	}
}

func FuzzSkipRawText(f *testing.F) {
	for _, tc := range rawTextCases {
		f.Add(tc.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		samePage(t, []byte(src))
	})
}
