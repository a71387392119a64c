package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// TestNominalEvents checks events that a noun names: a visit by someone
// to a country, an attack, talks between two parties, a telephone call
// and a meeting held.
func TestNominalEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "SRC>TGT:CODE" that must be coded
		not        []string // and must not
	}{
		{"a visit to a capital by a country", "Trade grew during a visit to Lima by Chile.", []string{"CHL>PER:042"}, nil},
		{"a country's visit", "Trade grew after Chile's visit to Peru.", []string{"CHL>PER:042"}, nil},
		{"a visit to one's own country", "Trade grew during a visit to Santiago by Chile.", nil, []string{"CHL>CHL:042"}},
		{"a visit with no visitor named", "Chile raised tariffs during a visit to Lima.", nil, []string{"CHL>PER:042"}},
		{"a country's offensive against another", "Trade fell after Chile's offensive against Peru.", []string{"CHL>PER:190"}, nil},
		{"an attack by a named group on another", "Trade fell after an attack on Peru by Chile.", []string{"CHL>PER:190"}, nil},
		{"an attack with no attacker", "Trade fell after an attack on Peru.", nil, []string{"CHL>PER:190"}},
		{"an attack a noun stands between", "Trade fell after Chile's missile attack on Peru.", nil, []string{"CHL>PER:190"}},
		{"talks between two countries", "Trade grew after talks between Peru and Chile.", []string{"PER>CHL:046", "CHL>PER:046"}, nil},
		{"a single talk is no negotiation", "Trade grew after a talk between Peru and Chile.", nil, []string{"PER>CHL:046"}},
		{"talks with one party named", "Trade grew after talks between Peru and its neighbours.", nil, []string{"PER>CHL:046"}},
		{"a telephone call with someone", "In a telephone call with Chile's foreign minister, Peru's president said the border would reopen.", []string{"PERGOV>CHLGOV:041"}, nil},
		{"a visit that restates the verb's", "Chile's foreign minister visited Lima on Monday, the first visit to Peru by Chile since 2010.", []string{"CHLGOV>PER:042"}, []string{"CHL>PER:042"}},
		{"a visit beside another event", "Chile's foreign minister criticised Peru on Monday, days after a visit to Peru by Bolivia.", []string{"BOL>PER:042"}, nil},
		{"a call that is no telephone call", "In a call with Chile's foreign minister, Peru's president said the border would reopen.", nil, []string{"PERGOV>CHLGOV:041"}},
		{"a meeting held with someone", "Peru's president announced the deal during a meeting in his office with Chile's foreign minister.", []string{"PERGOV>CHLGOV:040"}, nil},
		{"a meeting held, opening the sentence", "At a meeting with Chilean officials, Peru's president said the talks would continue.", []string{"PERGOV>CHLGOV:040"}, nil},
		{"a meeting with a name described as its country's negotiator", "Peru's president signed the deal during a meeting with Li Wei, China's trade negotiator.", []string{"PERGOV>CHNGOV:040"}, []string{"PERGOV>CHN:040"}},
		{"a meeting with a name described as its country's minister", "Peru's president signed the deal during a meeting with Li Wei, China's trade minister.", []string{"PERGOV>CHNGOV:040"}, nil},
		{"a meeting with a name described by its country alone", "Peru's president signed the deal during a meeting with Li Wei, China's famous poet.", nil, []string{"PERGOV>CHNGOV:040"}},
		{"a meeting its owner held", "Peru's meeting with Chile ended without agreement.", []string{"PER>CHL:040"}, nil},
		{"talks held, opening the sentence", "After talks with Chile's president, Peru's leader said progress was made.", []string{"PERGOV>CHLGOV:046"}, nil},
		{"talks their owner held with a group of its own country", "Chile's talks with Peruvian rebels resumed, and Peru's talks with the Shining Path collapsed.", []string{"PER>PERREB:046"}, nil},
		{"talks planned by their owner", "Peru's planned talks with Chile were cancelled.", nil, []string{"PER>CHL:046"}},
		{"talks only wanted", "Peru wants talks with Chile.", nil, []string{"PER>CHL:046"}},
		{"a meeting cancelled", "Peru's president cancelled a meeting with Chile's foreign minister.", nil, []string{"PERGOV>CHLGOV:040"}},
		{"a meeting sought", "Peru's president sought a meeting with Chile's foreign minister.", nil, []string{"PERGOV>CHLGOV:040"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %s in %s", w, strings.Join(got, " "))
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("%s coded: %s", w, strings.Join(got, " "))
				}
			}
		})
	}
}

// TestNominalStatus checks that a noun's event takes the status of the
// clause it stands in, and that a deed that may happen codes nothing
// unless Coder.Unrealised is set, as for a verb.
func TestNominalStatus(t *testing.T) {
	checkUnrealisedStatuses(t, []statusCase{
		{"Officials said that a Chilean attack on Peru could start a war.", "CHL", "PER", "190", model.Hypothetical},
		{"Trade fell after the Chilean attack on Peru.", "CHL", "PER", "190", model.Asserted},
	})
	checkEvents(t, code(t, "Officials said that a Chilean attack on Peru could start a war.", nil, nil), nil, []string{"CHL>PER:190"})
	tests := []struct{ text, want string }{
		{"Trade fell after the Chilean attack on Peru.", model.Asserted},
	}
	for _, tt := range tests {
		e := find(code(t, tt.text, nil, nil), "CHL", "PER", "190")
		if e == nil {
			t.Errorf("%q: no CHL>PER:190", tt.text)
			continue
		}
		if e.Status != tt.want {
			t.Errorf("%q: status %s, want %s", tt.text, e.Status, tt.want)
		}
	}
}

// TestOrderedDeed checks that the arrest, detention or expulsion of
// someone that an actor announces, orders or authorises is that actor's
// deed, with no statement beside it, and that a deed it may order or
// calls for is none.
func TestOrderedDeed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile announced the expulsion of two Peruvian diplomats.", []string{"CHL>PERGOV:174"}, []string{"CHL>PERGOV:010"}},
		{"Chile announced the immediate expulsion of Peru's ambassador on Monday.", []string{"CHL>PERGOV:174"}, []string{"CHL>PERGOV:010"}},
		{"The Bolivian government authorised the detention of three Chilean fishermen.", []string{"BOLGOV>CHLCVL:173"}, nil},
		{"Chile may order the expulsion of two Peruvian diplomats.", nil, []string{"CHL>PERGOV:174"}},
		{"Chile welcomed the expulsion of two Peruvian diplomats.", nil, []string{"CHL>PERGOV:174"}},
	})
}

// TestBeforePremods checks the walk back from a noun past the kinds of
// premodifier asked for, within its bound, and past an actor's words
// only when asked.
func TestBeforePremods(t *testing.T) {
	// Each word is written form/UPOS or form/UPOS/XPOS; the words in
	// brackets are an actor's.
	tests := []struct {
		name  string
		words string
		n     int
		ks    premodKinds
		want  int
	}{
		{"a verb before an article and adjectives", "opened/VERB a/DET new/ADJ criminal/ADJ probe/NOUN", 4, premodDet | premodAdj, 0},
		{"a possessive, a number and a symbol", "kept/VERB its/PRON/PRP$ 25/NUM %/SYM tariffs/NOUN", 5, premodPoss | premodNum | premodSym, 0},
		{"stops at a kind not asked for", "kept/VERB its/PRON/PRP$ 25/NUM %/SYM tariffs/NOUN", 5, premodNum | premodSym, 1},
		{"no further than its bound", "during/ADP the/DET long/ADJ cold/ADJ dull/ADJ meeting/NOUN", 3, premodDet | premodAdj, 1},
		{"stops at an actor's word", "during/ADP a/DET [Peruvian/ADJ] state/NOUN visit/NOUN", 4, premodDet | premodAdj | premodNoun, 2},
		{"past an actor's word when asked", "during/ADP a/DET [Peruvian/ADJ] state/NOUN visit/NOUN", 4, premodDet | premodAdj | premodNoun | premodActor, 0},
		{"the sentence's start", "the/DET new/ADJ tariffs/NOUN", 5, premodDet | premodAdj, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []model.Token
			var ms []actor.Mention
			for i, w := range strings.Fields(tt.words) {
				if strings.HasPrefix(w, "[") {
					ms = append(ms, actor.Mention{Start: i, End: i + 1, Head: i})
					w = strings.Trim(w, "[]")
				}
				f := strings.Split(w, "/")
				tok := model.Token{Form: f[0], UPOS: f[1]}
				if len(f) > 2 {
					tok.XPOS = f[2]
				}
				toks = append(toks, tok)
			}
			a := &article{toks: toks}
			a.markActors(toks, ms)
			if got := a.beforePremods(toks, len(toks)-1, tt.n, tt.ks); got != tt.want {
				t.Errorf("beforePremods = %d, want %d", got, tt.want)
			}
		})
	}
}
