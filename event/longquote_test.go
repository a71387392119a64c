package event

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestQuoteOwnSpeaker checks that "we" in a later sentence of a direct
// quote that runs over several sentences is the quote's speaker, named
// just before the quote opens or just after it closes, the office set off
// after the name standing for the name; and that a quote whose speaker
// no mention beside it names, and a "we" outside any quote, are nobody's.
func TestQuoteOwnSpeaker(t *testing.T) {
	tests := []struct {
		text      string
		qs        [][2]string
		want, not []string
	}{
		{"Peru's defence minister said: “Our border is calm. The storm is over. We thank the Chilean navy for its rescue.”",
			[][2]string{{"Our border is calm. The storm is over. We thank the Chilean navy for its rescue.", "Peru's defence minister"}},
			[]string{"PERGOV>CHLMIL:051"}, nil},
		{"“We thank the Chilean navy for its rescue. Our border is calm,” Peru's defence minister said.",
			[][2]string{{"We thank the Chilean navy for its rescue. Our border is calm,", "Peru's defence minister"}},
			[]string{"PERGOV>CHLMIL:051"}, nil},
		{"Ana Lind, Peru's defence minister, said: “Our border is calm. We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm. We condemn the Bolivian decision.", "Ana Lind"}},
			[]string{"PERGOV>BOL:111"}, nil},
		// The quote before was not found, but this quote's speaker
		// stands right before it.
		{"“Our border is calm,” said Peru's foreign minister. “We condemn the Bolivian decision.”",
			[][2]string{{"We condemn the Bolivian decision.", "Peru's foreign minister"}},
			[]string{"PERGOV>BOL:111"}, nil},
		{"Peru's defence minister visited the border. A farmer said: “Our border is calm. We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm. We condemn the Bolivian decision.", "a farmer"}},
			nil, []string{"PERGOV>BOL:*"}},
		{"Peru's defence minister spoke about the border. Our border is calm. We condemn the Bolivian decision.",
			nil, nil, []string{"PERGOV>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, tt.qs...), nil), tt.want, tt.not)
		})
	}
}

// TestQuoteClose checks that a quoted verb's patterns end where its quote
// does: the speaker named after it is no part of the verb's clause.
func TestQuoteClose(t *testing.T) {
	tests := []struct {
		text, quote, speaker string
		want, not            []string
	}{
		{"“We sent aid to Chile,” said Peru's foreign minister.", "We sent aid to Chile,", "Peru's foreign minister", []string{"PERGOV>CHL:070"}, []string{"PERGOV>CHL:036"}},
		{"“Bolivia sent aid to Chile,” said Peru's foreign minister.", "Bolivia sent aid to Chile,", "Peru's foreign minister", []string{"BOL>CHL:070"}, []string{"BOL>CHL:036"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, [2]string{tt.quote, tt.speaker}), nil), tt.want, tt.not)
		})
	}
}

// BenchmarkLongTranscript codes a transcript of n paragraphs, each a
// direct quote of a minister's that holds a "we" verb and a damning noun,
// so that quoteSpeakerAt, which walks every mention of the article for
// each call, runs a few times per paragraph. The sizes show whether the
// time per paragraph grows with the transcript's length.
func BenchmarkLongTranscript(b *testing.B) {
	c, a := coder(b)
	for _, n := range []int{50, 100, 200, 400} {
		text, quotes := longTranscript(n)
		doc := a.Analyze(text)
		art := &model.Article{Text: text, Published: model.Day(thursday)}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				c.Code(context.Background(), art, doc, quotes, nil)
			}
		})
	}
}

// longTranscript returns a text of n quoted paragraphs, each followed by
// its speaker, and its quotes.
func longTranscript(n int) (string, []model.Quote) {
	var sb strings.Builder
	var qs []model.Quote
	for i := range n {
		q := fmt.Sprintf("We thank the Chilean navy for rescue number %d. The raid on border post %d shows the brutality of the Chilean army.", i+1, i+1)
		sb.WriteString("“")
		start := sb.Len()
		sb.WriteString(q)
		qs = append(qs, model.Quote{Speaker: model.Speaker{Name: "Peru's defence minister"}, Text: q, Direct: true, Cue: "said",
			Span: model.Span{Start: start, End: start + len(q)}})
		sb.WriteString("” said Peru's defence minister.\n\n")
	}
	return sb.String(), qs
}
