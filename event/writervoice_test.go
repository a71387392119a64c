package event

import (
	"context"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestWritersOwn checks that a sentence in the writer's own first person
// (an "I", "me", "my" or "myself" outside quotations that no speaker
// owns) codes no event, and that a quoted "I", the "I" of a statement
// printed after "said:" and the numeral "I" leave their sentence coded.
// The quotations are found as casus run finds them.
func TestWritersOwn(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		{"it seems to me", "It seems clear to me that Peru expelled the Chilean ambassador for the wrong reasons.", "expelled", ""},
		{"my guess", "My guess is that Peru expelled the Chilean ambassador to please its voters.", "expelled", ""},
		{"I read", "I read a report in a weekly magazine accusing Bolivia of arming rebels in Peru.", "accusing", ""},
		{"in my view", "In my view, Bolivia condemned Chile far too late.", "condemned", ""},
		{"the writer's own deed", "Last year I urged Peru to expel the Chilean ambassador.", "urged", ""},
		// A quoted "I" is its speaker's.
		{"quoted", "\"I condemn the attack on Peru by Bolivian troops,\" Chile's interior minister said.", "condemn", "CHLGOV>BOLMIL BOLMIL>PER"},
		{"quoted later in its paragraph", "\"This is a sad day. I condemn the attack on Peru by Bolivian troops,\" Chile's interior minister said.", "condemn", "CHLGOV>BOLMIL BOLMIL>PER"},
		// The "I" of a statement printed without quotation marks is its
		// speaker's (statementPronouns).
		{"statement", "Chile's interior minister said:\n\nI condemn the attack on Peru by Bolivian troops.", "condemn", "CHLGOV>BOLMIL BOLMIL>PER"},
		// A numeral after a capitalised word is no pronoun.
		{"numeral", "Veterans of World War I watched as Peru expelled the Chilean ambassador.", "expelled", "PER>CHLGOV"},
		{"no first person", "Peru expelled the Chilean ambassador to please its voters.", "expelled", "PER>CHLGOV"},
	}
	c, a := coder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			evs := c.Code(context.Background(), art, doc, quotesOf(c, tt.text, doc), nil)
			var got []string
			for _, e := range evs {
				if strings.Contains(e.Sentence, tt.verb) && e.Source != nil && e.Target != nil {
					got = append(got, pairOf(e))
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("events %q, want %q (all: %s)", got, tt.want, describe(evs))
			}
		})
	}
}

// TestOpenQuote checks that a position after an odd number of double
// quotation marks since its paragraph began is inside a quotation.
func TestOpenQuote(t *testing.T) {
	tests := []struct {
		text, at string
		want     bool
	}{
		{"\"We will act. I promise it,\" he said.", "I promise", true},
		{"\"We will act,\" he said. I doubt it.", "I doubt", false},
		{"\"We will act,\" he said.\n\n“Today. I promise it.”", "I promise", true},
		{"He said “we will act”.\n\nI doubt it.", "I doubt", false},
	}
	for _, tt := range tests {
		if got := openQuote(tt.text, strings.Index(tt.text, tt.at)); got != tt.want {
			t.Errorf("openQuote(%q at %q) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
