package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestAside checks that who reports an event ("according to") and a
// partner of its source ("together with", "on the side of") take no part
// in it, while the same actors in other roles still do; a bare verb's
// target is then what "against" names.
func TestAside(t *testing.T) {
	tests := []struct {
		name, text string
		// want and not are "SRC>TGT:CODE" triples that must and must not
		// be among the events.
		want, not []string
	}{
		{"the reporter of an agreement", "Peru and Chile reached agreement on trade, according to Bolivian state television.", nil, []string{"PER>BOLMED:*", "CHL>BOLMED:*"}},
		{"the reporter of a criticism", "Peru criticised Chile on Monday, according to Bolivian officials.", []string{"PER>CHL:111"}, []string{"PER>BOL:*"}},
		{"a partner of an application", "Peru applied for membership of the bloc in May, together with Ecuador.", nil, []string{"PER>ECU:*"}},
		{"a partner of a criticism", "Peru, along with Ecuador, criticised Chile.", nil, []string{"PER>ECU:*"}},
		{"the same words not before the actor", "Peru agreed with Chile on new tariffs.", nil, nil},
		{"the author of a statement reported", "Peru recalled its ambassador, according to a statement from Chile's foreign ministry.", nil, []string{"PER>CHLGOV:*", "PERGOV>CHLGOV:*"}},
		{"the author of a report, no other target", "Peru bought drones, according to a report by the Council of the European Union.", nil, []string{"PER>IGOEUREEC:*", "IGOEUREEC>PER:*"}},
		{"a statement from an actor not reported", "Peru criticised a statement from Chile on Monday.", []string{"PER>CHL:111"}, nil},
		{"who asked for a deed", "Peru agreed in May, at the request of Chile, to send doctors to Bolivia.", nil, []string{"PER>CHL:*"}},
		{"who asked for a deed, possessive", "Peru agreed on Monday, at Chile's request, to send doctors to Bolivia.", nil, []string{"PER>CHL:*"}},
		{"who asked for a deed, other target kept", "Peru expelled the Bolivian ambassador at the request of Chile.", []string{"PER>BOLGOV:174"}, []string{"PER>CHL:*", "PER>CHLGOV:*"}},
		{"a request aimed at an actor", "Peru rejected the request of Chile.", []string{"PER>CHL:*"}, nil},
		{"an ally fought beside", "Peruvian rebels fought on the side of Chile's army against Bolivia during the war.", []string{"PERREB>BOL:190"}, []string{"PERREB>CHLMIL:*", "PERREB>CHL:*"}},
		{"an ally supported, no pattern word", "Chilean forces launched an attack in support of the government of Peru.", nil, []string{"CHLMIL>PERGOV:*"}},
		{"whom a pattern says is supported", "Peruvians demonstrated in support of the Chilean government.", []string{"PER>CHLGOV:053"}, nil},
		{"an ally's army after its owner", "Peruvian rebels fought on the side of the Chilean president's army against Bolivia.", nil, []string{"PERREB>CHLMIL:*", "PERREB>CHLGOV:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestThreatAtOwnForces checks that the forces a threat promises to
// strengthen are not its target.
func TestThreatAtOwnForces(t *testing.T) {
	evs := code(t, "Peru's defence minister threatened to strengthen Peru's military presence on the border.", nil, nil)
	for _, e := range evs {
		if strings.HasPrefix(e.Code, "13") && e.Target != nil && strings.HasPrefix(e.Target.Code, "PER") {
			t.Errorf("a threat aimed at the source's own country: %s", describe(evs))
		}
	}
	evs = code(t, "Peru threatened Chile's army with sanctions.", nil, nil)
	if find(evs, "PER", "CHLMIL", "*") == nil {
		t.Errorf("a threat at another country's army is lost: %s", describe(evs))
	}
}

// TestVictim checks that who dies is not the source of an attack.
func TestVictim(t *testing.T) {
	evs := code(t, "Peruvian farmers die every week at the hands of Chilean troops.", nil, nil)
	for _, e := range evs {
		if e.Source != nil && strings.HasPrefix(e.Source.Code, "PER") {
			t.Errorf("the dead coded as a source: %s", describe(evs))
		}
	}
}

// TestFutureMeeting checks that a visit the source will make, or is due
// to make, at a time the sentence names is the visit (042),
// hypothetical, with no host's reverse event yet; that a meeting, a visit
// with no time, a hoped-for one and one on a condition are an intent to
// meet (036); and that one it made stays what it was.
func TestFutureMeeting(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's foreign minister said he would travel to Santiago next week.", []string{"PERGOV>CHL:042"}, []string{"PERGOV>CHL:036", "CHL>PERGOV:043"}},
		{"Peru's foreign minister will visit Chile next week.", []string{"PERGOV>CHL:042"}, []string{"PERGOV>CHL:036", "CHL>PERGOV:043"}},
		{"Peru's foreign minister is due to visit Chile on Friday.", []string{"PERGOV>CHL:042"}, []string{"PERGOV>CHL:036"}},
		{"Chile will send a delegation to Peru on Friday.", []string{"CHL>PER:042"}, []string{"CHL>PER:036"}},
		{"Chile's trade minister is due to lead a trade mission to Peru and Bolivia next month.", []string{"CHLGOV>PER:042", "CHLGOV>BOL:042"}, []string{"CHLGOV>PER:036", "CHLGOV>BOL:036"}},
		{"Chile's president will visit Peru and Bolivia next week.", []string{"CHLGOV>PER:042", "CHLGOV>BOL:042"}, []string{"CHLGOV>PER:036"}},
		{"Chile's trade minister led a trade mission to Peru in May.", []string{"CHLGOV>PER:036"}, []string{"CHLGOV>PER:042"}},
		{"Peru's foreign minister will visit Chile.", []string{"PERGOV>CHL:036"}, []string{"PERGOV>CHL:042"}},
		{"Peru's foreign minister hopes to visit Chile next week.", []string{"PERGOV>CHL:036"}, []string{"PERGOV>CHL:042"}},
		{"Peru's president would visit Chile next week if Congress approved the trip.", []string{"PERGOV>CHL:036"}, []string{"PERGOV>CHL:042"}},
		{"The foreign ministers of Peru and Chile will meet in Lima next week.", []string{"PERGOV>CHLGOV:036", "CHLGOV>PERGOV:036"}, nil},
		{"Peru's foreign minister visited Chile on Monday.", []string{"PERGOV>CHL:042"}, []string{"PERGOV>CHL:036"}},
	})
	checkStatuses(t, []statusCase{
		{"Peru's foreign minister will visit Chile next week.", "PERGOV", "CHL", "042", "hypothetical"},
		{"Chile will send a delegation to Peru on Friday.", "CHL", "PER", "042", "hypothetical"},
	})
}

// eventCase is a sentence coded alone with the events it must and must
// not give, as checkEvents reads them.
type eventCase struct {
	text      string
	want, not []string
}

// checkEventCases codes each case's sentence alone, as a subtest named by
// it, and checks its events (checkEvents).
func checkEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// checkEvents reports an error for each "SRC>TGT:CODE" of want that evs
// lack and each of not that they hold (see hasTriple).
func checkEvents(t *testing.T, evs []model.Event, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !hasTriple(evs, w) {
			t.Errorf("no %s among %s", w, describe(evs))
		}
	}
	for _, n := range not {
		if hasTriple(evs, n) {
			t.Errorf("%s among %s", n, describe(evs))
		}
	}
}

// statusCase is a sentence and the status its event src>tgt:code must
// have.
type statusCase struct{ text, src, tgt, code, status string }

// checkStatuses codes each case's text and checks its event's status.
func checkStatuses(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, c := range cases {
		checkStatus(t, c.text, code(t, c.text, nil, nil), c.src, c.tgt, c.code, c.status)
	}
}

// checkUnrealisedStatuses is checkStatuses for a Coder that codes deeds
// that may happen (Coder.Unrealised), whose statuses it checks.
func checkUnrealisedStatuses(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, c := range cases {
		checkStatus(t, c.text, codeUnrealised(t, c.text), c.src, c.tgt, c.code, c.status)
	}
}

// checkStatus reports an error unless evs, coded from text, hold an event
// src>tgt:code (see find) with the given status.
func checkStatus(t *testing.T, text string, evs []model.Event, src, tgt, code, status string) {
	t.Helper()
	hit := find(evs, src, tgt, code)
	if hit == nil {
		t.Errorf("%q: no %s>%s event in %s", text, src, tgt, describe(evs))
		return
	}
	if hit.Status != status {
		t.Errorf("%q: status %s, want %s", text, hit.Status, status)
	}
}

// hasTriple reports whether evs hold the event "SRC>TGT:CODE" ("*" for
// any source, target or code).
func hasTriple(evs []model.Event, triple string) bool {
	st, c, _ := strings.Cut(triple, ":")
	s, tg, _ := strings.Cut(st, ">")
	for _, e := range evs {
		if e.Source == nil || e.Target == nil {
			continue
		}
		if (s == "*" || e.Source.Code == s) && (tg == "*" || e.Target.Code == tg) && (c == "*" || e.Code == c) {
			return true
		}
	}
	return false
}

// TestRelativeClauseSource checks that a relative clause on a noun that
// is no actor has no source, while one on an actor is that actor's.
func TestRelativeClauseSource(t *testing.T) {
	evs := code(t, "The measure, announced by Chile's president, will impose tariffs on companies that buy Peruvian copper.", nil, nil)
	if e := find(evs, "CHLGOV", "PER", "*"); e != nil {
		t.Errorf("the clause on companies coded with the announcer as source: %s", describe(evs))
	}
	evs = code(t, "Bolivia criticised Chile, which attacked Peru last week.", nil, nil)
	if find(evs, "CHL", "PER", "190") == nil {
		t.Errorf("the clause on Chile lost its source: %s", describe(evs))
	}
}

// TestCallNames checks that calling someone something is no contact
// (041), and a call made still is one.
func TestCallNames(t *testing.T) {
	evs := code(t, "Chile calls Peru's president a traitor.", nil, nil)
	for _, e := range evs {
		if strings.HasPrefix(e.Code, "04") {
			t.Errorf("a name given coded as contact: %s", describe(evs))
		}
	}
	evs = code(t, "Chile rejected talks with the rebels, which it calls a \"terrorist militia\".", nil, nil)
	for _, e := range evs {
		if e.Code == "041" {
			t.Errorf("a quoted name given coded as contact: %s", describe(evs))
		}
	}
	evs = code(t, "Chile called Peru on Monday to discuss the border.", nil, nil)
	if len(evs) == 0 {
		t.Errorf("a call made codes nothing")
	}
}

// TestCapitalAsPlace checks that a capital named as where an event
// happens ("in Santiago") is not its target, and that one after "at"
// still may be.
func TestCapitalAsPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a protest lodged in a capital", "Peru lodged a protest through diplomatic channels in Santiago.", nil, []string{"PER>CHL:*"}},
		{"talks held in a third capital", "Peru and Chile held talks in Washington on Monday.", []string{"PER>CHL:046"}, []string{"PER>USA:*", "CHL>USA:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestHyphenModifier checks that an actor joined by a hyphen to a
// participle ("a Bolivia-brokered ceasefire") is no target.
func TestHyphenModifier(t *testing.T) {
	evs := code(t, "Peru and Chile fought a six-week war in 2020, which ended with a Bolivia-brokered ceasefire.", nil, nil)
	if hasTriple(evs, "PER>BOL:*") || hasTriple(evs, "CHL>BOL:*") {
		t.Errorf("the broker of a ceasefire coded as a target: %s", describe(evs))
	}
	if !hasTriple(evs, "PER>CHL:190") {
		t.Errorf("no PER>CHL:190 among %s", describe(evs))
	}
}
