package tag

import (
	"path/filepath"
	"testing"

	"github.com/casus-project/casus/conllu"

	"github.com/casus-project/casus/model"
)

// benchText is a few sentences in the styles of the English Web Treebank:
// news, reviews, e-mail and forum posts.
var benchText = []string{
	"The U.S. military said on Tuesday that it had killed 14 insurgents in a raid near the Syrian border .",
	"I would n't recommend this place to anyone -- the food was cold and the staff were rude !!",
	"Please send me the revised contract by Friday , 3/14 , so we can review it before the meeting .",
	"Has anyone tried the new update ? My phone keeps crashing since I installed it .",
	"Officials in Baghdad denied the reports , calling them `` baseless and irresponsible . ''",
	"We stayed at the Hilton for 3 nights and loved every minute of it : great views , friendly people .",
	"Mr. Smith , 54 , will become chairman of the company's board on Jan. 1 , the firm said .",
	"lol that 's what i said too , but he would n't listen",
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]model.Token
	n := 0
	for _, s := range benchText {
		toks := tokens(s)
		n += len(toks)
		sents = append(sents, toks)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, toks := range sents {
			m.Tag(toks)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkDecode decodes the embedded model, as Default does in every
// run's start-up.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeBytes(embedded, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagEWT tags the English Web Treebank's development sentences
// (gold tokens), from the shared data directory beside the repository;
// it is skipped without them.
func BenchmarkTagEWT(b *testing.B) {
	toks, n := ewtDevForms(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range toks {
			m.Tag(t)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagEWTCold tags the English Web Treebank's development
// sentences once with a newly decoded model, as one run of casus does:
// the word cache starts empty and fills as words are first seen. The
// decoding is not timed.
func BenchmarkTagEWTCold(b *testing.B) {
	toks, n := ewtDevForms(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		m, err := decodeBytes(embedded, false)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, t := range toks {
			m.Tag(t)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// ewtDevForms returns the words of the English Web Treebank's development
// sentences as untagged tokens, and how many there are; it skips b
// without ../shared.
func ewtDevForms(b *testing.B) ([][]model.Token, int) {
	sents, err := conllu.ReadFile(filepath.Join("..", "..", "shared", "data", "ud_english_ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Skip(err)
	}
	var toks [][]model.Token
	n := 0
	for _, s := range sents {
		t := make([]model.Token, len(s.Words))
		for i, w := range s.Words {
			t[i].Form = w.Form
		}
		toks = append(toks, t)
		n += len(t)
	}
	return toks, n
}
