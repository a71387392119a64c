package actor

import (
	"strconv"
	"strings"
	"testing"
)

// TestByAgent checks which mentions are coded by an agent phrase alone
// (ByAgent): a bare agent, a titled person the dictionaries do not list
// and a pronoun standing for one, but not an agent a country or
// organisation named before it codes, nor a named actor; the entry
// printed opens with "agent " just when it is.
func TestByAgent(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		// want lists "text=ByAgent" for each mention of the last sentence.
		want []string
	}{
		{"bare agent", []string{"the/DET army/NOUN fired/VERB"}, []string{"army=true"}},
		{"titled person known by the title alone", []string{"Vice President [Dale Marsh] criticized/VERB Peru"}, []string{"President Dale Marsh=true", "Peru=false"}},
		{"pronoun for the titled person", []string{"Vice President [Dale Marsh] spoke/VERB", "he/PRON criticized/VERB Peru"}, []string{"he=true", "Peru=false"}},
		{"country's agent", []string{"Albanian/ADJ police/NOUN sealed/VERB it/PRON"}, []string{"Albanian police=false", "it=false"}},
		{"possessive agent", []string{"Iran 's/PART foreign/ADJ ministry condemned/VERB"}, []string{"Iran 's foreign ministry=false"}},
		{"named country", []string{"Albania/PROPN expelled/VERB"}, []string{"Albania=false"}},
		{"organisation's officials", []string{"EU/PROPN officials/NOUN/NNS met/VERB"}, []string{"EU officials=false"}},
	}
	r := New(dicts(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			all := r.Resolve(sents, ents, day2022)
			var got []string
			for _, m := range all[len(all)-1] {
				got = append(got, text[m.Span.Start:m.Span.End]+"="+strconv.FormatBool(m.ByAgent))
				if m.ByAgent != strings.HasPrefix(m.Entry, "agent ") {
					t.Errorf("%s: ByAgent %v but entry %q", text[m.Span.Start:m.Span.End], m.ByAgent, m.Entry)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
