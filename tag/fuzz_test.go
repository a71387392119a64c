package tag

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/casus-project/casus/conllu"
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

// FuzzDecode feeds the decoder arbitrary models, starting from real
// ones: it must return an error or a model that can tag, never panic. Its
// seeds are models of a few words (seedModels), a few kilobytes each: the
// fuzzer mutates, and minimises, whole inputs, and on a model the size of
// tinyModel's (97 kB) each costs far more. The fuzzer minimises every new
// interesting input for up to a minute and counts none of those runs
// until it is done, so a short run shows more of its work with
// -fuzzminimizetime=2s.
func FuzzDecode(f *testing.F) {
	for _, m := range seedModels(f) {
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			f.Fatal(err)
		}
		if _, err := decodeBytes(bytes.Clone(buf.Bytes()), true); err != nil {
			f.Fatalf("a seed model does not decode: %v", err)
		}
		f.Add(buf.Bytes())
	}
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

// seedModels trains the smallest models of each shape the format holds,
// one pass and two, on two short sentences, each word written
// form/lemma/XPOS/UPOS.
func seedModels(tb testing.TB) []*Model {
	tb.Helper()
	var sents []*conllu.Sentence
	for _, line := range []string{
		"Envoys/envoy/NNS/NOUN met/meet/VBD/VERB in/in/IN/ADP Oslo/Oslo/NNP/PROPN ./././PUNCT",
		"The/the/DT/DET army/army/NN/NOUN will/will/MD/AUX withdraw/withdraw/VB/VERB ./././PUNCT",
	} {
		s := new(conllu.Sentence)
		for i, w := range strings.Fields(line) {
			f := strings.Split(w, "/")
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], Lemma: f[1], XPOS: f[2], UPOS: f[3]})
		}
		sents = append(sents, s)
	}
	var ms []*Model
	for _, onePass := range []bool{true, false} {
		cfg := TrainConfig{Epochs: 1, Folds: 2, Seeds: 1, OnePass: onePass, WordNet: "-", Seed: 7}
		m, err := fit(context.Background(), cfg, sents, sents)
		if err != nil {
			tb.Fatal(err)
		}
		if (m.pass2 == nil) != onePass {
			tb.Fatalf("OnePass %v trained a model with second pass %v", onePass, m.pass2 != nil)
		}
		ms = append(ms, m)
	}
	return ms
}
