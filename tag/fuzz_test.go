package tag

import (
	"bytes"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// FuzzTag tags arbitrary tokens: every token must come out with tags from
// the model's sets, whatever its bytes.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The U.S. did n't say .",
		"``We will win,'' he said on 3/4/2021 at 10:30 a.m.",
		"\xff\xfe \x00 \u202e قال 👍🇺🇸",
		"",
		"a-b-c-d-e -- ... ' '' \" «»",
		strings.Repeat("x", 300),
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		forms := strings.Split(s, " ")
		toks := make([]model.Token, len(forms))
		for i, form := range forms {
			toks[i].Form = form
		}
		m.Tag(toks)
		checkTagged(t, m, "fuzz", toks)
		for i := range toks {
			if toks[i].Form != forms[i] {
				t.Fatalf("Tag changed form %q to %q", forms[i], toks[i].Form)
			}
		}
	})
}

// FuzzDecode feeds the decoder arbitrary models, starting from a real
// one: it must return an error or a model that can tag, never panic.
func FuzzDecode(f *testing.F) {
	tiny, err := tinyModel()
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tiny.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("casus-tag\x02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeBytes(b, true)
		if err != nil {
			return
		}
		toks := tokens("The minister said that talks failed .")
		m.Tag(toks)
		checkTagged(t, m, "decoded", toks)
	})
}
