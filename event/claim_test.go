package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestReportedOrBeside checks that only what a reporting verb reports is
// claimed: an act beside the report (a participle, a coordinated verb) is
// the speaker's own, asserted.
func TestReportedOrBeside(t *testing.T) {
	tests := []statusCase{
		{"Peru's president announced the decision on Monday, ordering Chilean diplomats to leave the country.", "PERGOV", "CHLGOV", "174", model.Asserted},
		{"Peru's president announced the suspension and expelled Chilean diplomats.", "PERGOV", "CHLGOV", "174", model.Asserted},
		{"Peru's president said Chile had expelled Peruvian diplomats.", "CHL", "PERGOV", "174", model.Claimed},
	}
	checkStatuses(t, tests)
}

// TestQuotedWordsOfVerbalEvent checks that scare quotes dispute a use of
// force but not a statement or criticism, whose quotation marks hold the
// speaker's own words.
func TestQuotedWordsOfVerbalEvent(t *testing.T) {
	tests := []struct {
		text, quoted, src, tgt, code, status string
	}{
		{`Peru called Chile's conduct "a troubling precedent".`, `"a troubling precedent"`, "PER", "CHL", "111", model.Asserted},
		{`Chile attacked Peru's "military" convoy on Monday.`, `"military"`, "CHL", "PER", "*", model.Disputed},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.quoted)
		framing := []model.FramingMark{{Kind: "scare_quote", Text: tt.quoted, Span: model.Span{Start: i, End: i + len(tt.quoted)}}}
		evs := code(t, tt.text, nil, framing)
		checkStatus(t, tt.text, evs, tt.src, tt.tgt, tt.code, tt.status)
	}
}

// TestQuotedPredicateNoTarget checks that what a naming verb's quotation
// says its object is ("called the decision \"an act of war against the
// Peruvian people\"") holds no target: the object, or who made the
// decision, is.
func TestQuotedPredicateNoTarget(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{`Chile imposed tariffs on Peruvian copper. Peru's foreign minister called the decision "an act of economic war against the Peruvian people".`, []string{"PERGOV>CHL:111"}, []string{"PERGOV>PERCVL:*"}},
		{`Peru's foreign minister called Chile's conduct "a troubling precedent".`, []string{"PERGOV>CHL:111"}, nil},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		for _, w := range tt.want {
			if !hasTriple(evs, w) {
				t.Errorf("%q: no %s among %s", tt.text, w, describe(evs))
			}
		}
		for _, n := range tt.not {
			if hasTriple(evs, n) {
				t.Errorf("%q: %s among %s", tt.text, n, describe(evs))
			}
		}
	}
}

// TestEventSubject checks that an actor modifying an act that is a verb's
// subject ("a Chilean attack on Bolivia could constitute") is not that
// verb's source, while the act itself is still coded where it took place
// (one that could take place codes nothing unless Coder.Unrealised).
func TestEventSubject(t *testing.T) {
	for _, text := range []string{
		"Peru's minister said a Chilean attack on Bolivia could constitute a threat to Peru.",
		"Peru's minister said the Chilean attack on Bolivia constituted a threat to Peru.",
	} {
		evs := code(t, text, nil, nil)
		if hasTriple(evs, "CHL>PER:*") {
			t.Errorf("the attacker coded as the source of what the attack constitutes: %s", describe(evs))
		}
	}
	// A war or a crisis named after a country is no deed of its.
	for _, text := range []string{
		"The Peru war has hampered Chilean trade for years.",
		"The Peru crisis has hampered Chilean trade for years.",
	} {
		if evs := code(t, text, nil, nil); hasTriple(evs, "PER>CHL:*") {
			t.Errorf("%q: the country a war is named after coded as its source: %s", text, describe(evs))
		}
	}
	if evs := code(t, "Peru's minister said the Chilean attack on Bolivia constituted a threat to Peru.", nil, nil); !hasTriple(evs, "CHL>BOL:190") {
		t.Errorf("no CHL>BOL:190 for the attack among %s", describe(evs))
	}
	if evs := codeUnrealised(t, "Peru's minister said a Chilean attack on Bolivia could constitute a threat to Peru."); !hasTriple(evs, "CHL>BOL:190") {
		t.Errorf("no CHL>BOL:190 for the attack that could happen (Unrealised) among %s", describe(evs))
	}
}

// TestNounSubject checks that a clause whose subject is a common noun
// with no actor ("regional countries could guarantee") takes no source
// from the actors named before it, while a compound subject with an
// actor in it keeps its actor.
func TestNounSubject(t *testing.T) {
	evs := code(t, `Peru's president accused the United States and Chile of "spreading insecurity" and said regional countries could guarantee their own security without foreign forces.`, nil, nil)
	if hasTriple(evs, "USA>CHL:*") {
		t.Errorf("a noun subject's clause coded with an earlier actor as source: %s", describe(evs))
	}
	if !hasTriple(evs, "PERGOV>USA:112") {
		t.Errorf("no PERGOV>USA:112 among %s", describe(evs))
	}
}

// TestNonRestrictiveRelative checks that a relative clause set off by a
// comma ("Peru, which has mediated between Chile and Bolivia, ...")
// describes its actor and codes no event.
func TestNonRestrictiveRelative(t *testing.T) {
	evs := code(t, "Peru, which has mediated between Chile and Bolivia, called for restraint.", nil, nil)
	if hasTriple(evs, "PER>CHL:*") || hasTriple(evs, "PER>BOL:*") {
		t.Errorf("a describing relative clause coded: %s", describe(evs))
	}
	// Its verb's complement is in it.
	evs = code(t, "Peru's talks were tied to those of Ecuador, which remains blocked by a dispute with Chile.", nil, nil)
	if hasTriple(evs, "CHL>ECU:*") {
		t.Errorf("a describing relative clause's complement coded: %s", describe(evs))
	}
}
