package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestSpeakerBefore checks that "we" opening a direct quote that goes on
// from the sentence before is the speaker that sentence names for the
// quote before, and only where the two quotes have the same speaker.
func TestSpeakerBefore(t *testing.T) {
	const minister = "Peru's foreign minister"
	tests := []struct {
		text      string
		qs        [][2]string
		want, not []string
	}{
		{"“We pray for the sailors,” said Peru's foreign minister. “We thank the Chilean navy for its rescue.”",
			[][2]string{{"We pray for the sailors", minister}, {"We thank the Chilean navy for its rescue.", minister}},
			[]string{"PERGOV>CHLMIL:051"}, nil},
		{"“Our border is calm,” said Peru's foreign minister. “We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm", minister}, {"We condemn the Bolivian decision.", minister}},
			[]string{"PERGOV>BOL:111"}, nil},
		{"“The talks went well,” said Pentagon spokesman John Roe. “We welcome Chile's offer of help.”",
			[][2]string{{"The talks went well", "John Roe"}, {"We welcome Chile's offer of help.", "John Roe"}},
			[]string{"USAMIL>CHL:*"}, nil},
		{"“Our border is calm,” said Peru's foreign minister. “We condemn the Bolivian decision.”",
			[][2]string{{"Our border is calm", minister}, {"We condemn the Bolivian decision.", "a farmer"}},
			nil, []string{"PERGOV>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, saidQuotes(tt.text, tt.qs...), nil), tt.want, tt.not)
		})
	}
}

// saidQuotes returns the direct quotes qs of text, each its words and
// speaker, as the quote stage gives them ("said" as the cue); a quote
// text does not hold is left out.
func saidQuotes(text string, qs ...[2]string) []model.Quote {
	var out []model.Quote
	for _, q := range qs {
		i := strings.Index(text, q[0])
		if i < 0 {
			continue
		}
		out = append(out, model.Quote{Speaker: model.Speaker{Name: q[1]}, Text: q[0], Direct: true, Cue: "said",
			Span: model.Span{Start: i, End: i + len(q[0])}})
	}
	return out
}
