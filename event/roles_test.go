package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestOpeningPhraseSubject checks that a name ending an opening phrase
// ("After talks with Peru,") is not the subject of the clause after its
// comma, which the parse may read as its apposition, while a true
// apposition and a list of subjects keep theirs.
func TestOpeningPhraseSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the object of a preposition", "After talks with Peru, Bolivia accused Chile of spying.", []string{"BOL>CHL:1125"}, []string{"PER>CHL:*"}},
		{"the object of a gerund", "After meeting Peru, Bolivia accused Chile of spying.", []string{"BOL>CHL:1125"}, []string{"PER>CHL:*"}},
		{"after a span of time", "Days after talks with Japan, China accused South Korea of provocation.", []string{"CHN>KOR:112"}, []string{"JPN>KOR:*"}},
		{"a true apposition", "Chile, a neighbour of Peru, accused Bolivia of spying.", []string{"CHL>BOL:1125"}, []string{"PER>BOL:*"}},
		{"a place opening the sentence", "In Chile, Peru accused Bolivia of spying.", []string{"PER>BOL:1125"}, []string{"CHL>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestNamedSpeaker checks that an event inside a quote whose speaker the
// quote names but does not code is attributed to the actor the
// sentence's words for the speaker resolve to, and to no actor when
// those words hold none.
func TestNamedSpeaker(t *testing.T) {
	tests := []struct {
		name, text, speaker, quoted string
		src, tgt, code, want        string
	}{
		{"a spokesman for an army", "A spokesman for the Peruvian army said rebels kidnapped two soldiers.", "A spokesman for the Peruvian army", "rebels kidnapped two soldiers", "PERREB", "PERMIL", "181", "PERMIL"},
		{"a country's police", "Bolivian police said protesters attacked a police station.", "Bolivian police", "protesters attacked a police station", "BOLOPP", "BOLCOP", "190", "BOLCOP"},
		{"the nearest of two names", "Chile's foreign ministry said on Monday that Peru had criticised Bolivia.", "Chile's foreign ministry", "Peru had criticised Bolivia", "PER", "BOL", "111", "CHLGOV"},
		{"a speaker no actor", "Witnesses said Peruvian rebels kidnapped two soldiers.", "Witnesses", "Peruvian rebels kidnapped two soldiers", "PERREB", "PERMIL", "181", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, tt.quoted)
			q := model.Quote{Speaker: model.Speaker{Name: tt.speaker}, Text: tt.quoted, Cue: "said", Span: model.Span{Start: at, End: at + len(tt.quoted)}}
			evs := code(t, tt.text, []model.Quote{q}, nil)
			e := find(evs, tt.src, tt.tgt, tt.code)
			if e == nil {
				t.Fatalf("no %s>%s %s in %s", tt.src, tt.tgt, tt.code, describe(evs))
			}
			if e.AttributedTo == nil {
				t.Fatalf("%s>%s %s attributed to no one", tt.src, tt.tgt, tt.code)
			}
			if e.AttributedTo.Code != tt.want || e.AttributedTo.Name != tt.speaker {
				t.Errorf("attributed to %q (%q), want %q (%q)", e.AttributedTo.Code, e.AttributedTo.Name, tt.want, tt.speaker)
			}
		})
	}
}

// TestDeedTarget checks that a pattern naming the deed after the verb
// ("travelled to Peru to fight") aims the deed at what the deed word
// takes, not at the place the verb goes to, and that a place gone to is
// no target when the deed word names none.
func TestDeedTarget(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"fight against", "Fighters from Chile travelled to Peru to fight against Bolivia.", []string{"CHLUAF>BOL:190"}, []string{"CHLUAF>PER:*"}},
		{"fight an object", "Chilean fighters went to Peru to fight Bolivia.", []string{"CHLUAF>BOL:190"}, []string{"CHLUAF>PER:*"}},
		{"no foe named", "Chilean fighters went to Peru to fight for the rebels.", nil, []string{"CHLUAF>PER:*"}},
		{"the foe after the deed word", "Chile went to war with Peru.", []string{"CHL>PER:190"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestPatternWordSubject checks that a pattern word before the verb
// that is part of the subject ("troops" of ATTACK's "- &MILITARY *")
// makes that subject the source, not a speaker before it.
func TestPatternWordSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"another country's troops", "Ghana said Togolese troops attacked rebels.", []string{"TGOMIL>*:190"}, []string{"GHA>*:190"}},
		{"a speaker's own army", "Ghana's president said the army attacked rebels in Togo.", []string{"GHAMIL>TGOREB:190"}, []string{"GHAGOV>TGOREB:190"}},
		{"the subject itself", "The Ghanaian army attacked rebels in Togo.", []string{"GHAMIL>TGOREB:190"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestListBeforeObject checks that a list of three subjects whose verb
// of saying takes an object ("accused Argentina") gives each member an
// event, not only the first (the last two are no speaker closing the
// sentence).
func TestListBeforeObject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"three accusers", "Ghana, Togo and Benin accused Nigeria of spying.", []string{"GHA>NGA:1125", "TGO>NGA:1125", "BEN>NGA:1125"}, nil},
		{"three accusers, no deed", "Chile, Peru and Bolivia accused Argentina.", []string{"CHL>ARG:112", "PER>ARG:112", "BOL>ARG:112"}, nil},
		{"a closing speaker stays one", "Chile criticised Argentina, Peru and Bolivia said.", []string{"CHL>ARG:111"}, []string{"CHL>PER:*", "CHL>BOL:*"}},
		{"a closing speaker before a day", "Chile criticised Argentina, Peru and Bolivia said Monday.", []string{"CHL>ARG:111"}, []string{"CHL>PER:*", "CHL>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestListSubjectNoTarget checks that a list after the verb that is the
// subject of a verb of its own (a closing speaker, a reported clause) is
// no target, while a list that is the object still is.
func TestListSubjectNoTarget(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"two closing speakers", "Argentina attacked a border post, Peru and Bolivia said.", nil, []string{"ARG>PER:*", "ARG>BOL:*"}},
		{"two closing speakers and a day", "Argentina attacked a border post, Peru and Bolivia said on Monday.", nil, []string{"ARG>PER:*", "ARG>BOL:*"}},
		{"two objects", "Argentina criticised Peru and Bolivia on Monday.", []string{"ARG>PER:111", "ARG>BOL:111"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestFightFor checks that whom fighting is "for" is an ally, not the
// target, and that "against" then names the target.
func TestFightFor(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"fought for", "Chilean volunteers fought for Bolivia.", nil, []string{"CHL>BOL:*", "CHLCVL>BOL:*"}},
		{"to fight for", "Chilean volunteers travelled to Peru to fight for Bolivia.", nil, []string{"CHL>BOL:*", "CHL>PER:*"}},
		{"for and against", "Chilean volunteers fought for Bolivia against Peru.", []string{"CHL>PER:190"}, []string{"CHL>BOL:*"}},
		{"a plain object", "Chilean rebels fought Bolivia.", []string{"CHLREB>BOL:190"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestClauseOnlySubject checks that an actor right after a conjunction
// that only opens clauses ("that", "whether") is the subject of the
// clause's verb when the parse took the conjunction for something else,
// not the object of a preposition that word order passes over to an
// actor of the governing clause.
func TestClauseOnlySubject(t *testing.T) {
	tests := []eventCase{
		{"The Chilean government said that police had beaten protesters.", []string{"CHLCOP>CHLOPP:182"}, []string{"CHLGOV>CHLOPP:182"}},
		{"The Chilean government denied that the police had beaten protesters.", []string{"CHLCOP>CHLOPP:182"}, []string{"CHLGOV>CHLOPP:182"}},
		// A preposition still passes over its object.
		{"Chilean police, acting on orders from Peru, detained protesters.", []string{"CHLCOP>CHLOPP:173"}, []string{"PER>CHLOPP:173"}},
	}
	checkEventCases(t, tests)
}
