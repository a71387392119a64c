package actor

import (
	"strconv"
	"strings"
	"testing"
)

// TestByAgent checks which mentions are coded by an agent phrase alone
// (ByAgent): a bare agent, a titled person the dictionaries do not list
// and a pronoun standing for one, but not an agent a country or
// organisation named before it codes, nor a named actor.
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
			got := lastMentionFlags(r, tt.sents, (*Mention).ByAgent)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// lastMentionFlags resolves the document of sents (see document) and
// gives "text=flag" for each mention of its last sentence.
func lastMentionFlags(r *Resolver, sents []string, flag func(*Mention) bool) []string {
	text, ss, ents := document(sents)
	all := r.Resolve(ss, ents, day2022)
	var got []string
	for i := range all[len(all)-1] {
		m := &all[len(all)-1][i]
		got = append(got, text[m.Span.Start:m.Span.End]+"="+strconv.FormatBool(flag(m)))
	}
	return got
}
