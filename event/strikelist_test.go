package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// countTriple counts the events of evs that are "SRC>TGT:CODE" (see
// hasTriple).
func countTriple(evs []model.Event, triple string) int {
	n := 0
	for i := range evs {
		if hasTriple(evs[i:i+1], triple) {
			n++
		}
	}
	return n
}

// TestStrikeTally checks that the lines of a strike report that count
// strikes no one owns ("Near Oruro, four strikes engaged ...") are
// strikes by the doer the report named, at the target their objects name
// or else the report's; that each line a place opens is a deed of its
// own, while lines with no place of their own fold into one; and that
// with no strike report before them, or one of workers, such lines code
// nothing.
func TestStrikeTally(t *testing.T) {
	tests := []struct {
		text  string
		want  string
		count int
	}{
		{"Chilean forces conducted 12 air strikes against Bolivian rebels on Monday.\n\n" +
			"Near Oruro, four strikes engaged two Bolivian rebel units and destroyed a mortar.\n\n" +
			"Near Potosi, two strikes destroyed a Bolivian rebel depot and three trucks.\n\n" +
			"Around Sucre, one strike hit a rebel checkpoint.", "CHLMIL>BOLREB:195", 4},
		// A bulleted list and a past tense other than "engaged".
		{"The Chilean army carried out nine strikes against Bolivian rebels on Tuesday.\n\n" +
			". Near Tupiza, five strikes damaged a bridge used by Bolivian rebels.\n\n" +
			". Near Uyuni, three strikes suppressed a Bolivian rebel mortar team.", "CHLMIL>BOLREB:190", 3},
		// Lines that name no place of their own tell one deed.
		{"The Chilean army carried out nine strikes against Bolivian rebels on Tuesday.\n\n" +
			"Five strikes damaged a bridge.\n\n" +
			"Three strikes destroyed a Bolivian rebel depot.", "CHLMIL>BOLREB:190", 1},
		{"Near Oruro, four strikes engaged two Bolivian rebel units and destroyed a mortar.", "*>BOLREB:*", 0},
		{"Bolivian miners staged a strike against the mining company on Monday.\n\n" +
			"Near Oruro, two strikes closed a Bolivian army depot.", "*>BOLMIL:*", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			if n := countTriple(evs, tt.want); n != tt.count {
				t.Errorf("%d events %s, want %d, in %s", n, tt.want, tt.count, describe(evs))
			}
		})
	}
}

// TestFrontedPlace checks which sentence openings name a place that
// scopes the force a sentence reports.
func TestFrontedPlace(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Near Ar Raqqah, five strikes engaged a unit.", "AR RAQQAH"},
		{".       Near Dayr az Zawr, two strikes destroyed a truck.", "DAYR AZ ZAWR"},
		{"In Syria, coalition forces conducted 15 strikes.", "SYRIA"},
		{"Additionally in Iraq, coalition forces conducted eight strikes.", "IRAQ"},
		{"In Syria and Iraq, strikes continued.", "SYRIA AND IRAQ"},
		{"In 2015, Chile attacked Peru.", ""},
		{"In March, Chile attacked Peru.", ""},
		{"In response, Chile attacked Peru.", ""},
		{"In the north, Chile attacked Peru.", ""},
		{"Chile attacked Peru near Tacna.", ""},
		{"In Tacna the army fired on protesters.", ""},
	}
	for _, tt := range tests {
		if got := frontedPlace(tt.sentence); got != tt.want {
			t.Errorf("frontedPlace(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestStrikePlace checks which place a sentence names right after its
// first noun of force.
func TestStrikePlace(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Nations which have conducted strikes in Iraq include Chile and Peru.", "IRAQ"},
		{"Chile carried out air strikes near Santa Cruz de la Sierra on Monday.", "SANTA CRUZ"},
		{"Chile launched attacks in the north.", ""},
		{"Chile launched attacks against rebels in Bolivia.", ""},
		{"Peru condemned the strikes.", ""},
	}
	for _, tt := range tests {
		if got := strikePlace(tt.sentence); got != tt.want {
			t.Errorf("strikePlace(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestPlaceScope checks that only force is kept apart by the place a
// sentence opens with: two condemnations in two cities are one.
func TestPlaceScope(t *testing.T) {
	evs := code(t, "In Lima, Peru's president condemned Chile on Monday. In Cusco, Peru's president condemned Chile on Monday.", nil, nil)
	if n := countTriple(evs, "PERGOV>CHL:*"); n != 1 {
		t.Errorf("%d condemnations, want 1: %s", n, describe(evs))
	}
	evs = code(t, "Chilean troops attacked Peruvian soldiers on Monday. Near Tacna, Chilean troops launched three attacks on Peruvian soldiers on Monday.", nil, nil)
	if n := countTriple(evs, "CHLMIL>PERMIL:*"); n != 2 {
		t.Errorf("%d attacks, want 2: %s", n, describe(evs))
	}
	// A news story's paragraph that opens with a place and counts no
	// strikes tells the lead's deed again.
	evs = code(t, "Chilean troops attacked Peruvian soldiers on Monday. In Tacna, Chilean troops attacked Peruvian soldiers on Monday, a monitor said.", nil, nil)
	if n := countTriple(evs, "CHLMIL>PERMIL:*"); n != 1 {
		t.Errorf("%d attacks, want 1: %s", n, describe(evs))
	}
	// "an attack" counts none.
	evs = code(t, "Chilean troops attacked Peruvian soldiers on Monday. In Tacna, Chilean troops launched an attack on Peruvian soldiers on Monday.", nil, nil)
	if n := countTriple(evs, "CHLMIL>PERMIL:*"); n != 1 {
		t.Errorf("%d attacks, want 1: %s", n, describe(evs))
	}
	// Strikes the same countries carried out in two places, one
	// sentence each, are two deeds each; in one place, one.
	evs = code(t, "Chilean forces conducted 12 air strikes against Bolivian rebels.\n\n"+
		"Nations which have conducted strikes in Oruro include Argentina and Uruguay. "+
		"Nations which have conducted strikes in Potosi include Argentina and Uruguay. "+
		"Nations which have conducted strikes in Potosi include Argentina and Uruguay.", nil, nil)
	if n := countTriple(evs, "ARG>BOLREB:195"); n != 2 {
		t.Errorf("%d strikes by Argentina, want 2: %s", n, describe(evs))
	}
}

// TestActorlessTally checks that a line of a strike report that names no
// actor ("Near Potosi, two strikes destroyed a bridge") is a strike by
// the report's doer at its target, that Parseable selects it only after
// a sentence that names an actor and strikes, and that a line of no
// report, or one that counts no strikes, codes nothing.
func TestActorlessTally(t *testing.T) {
	c, a := coder(t)
	tests := []struct {
		text  string
		want  []bool
		count int
	}{
		{"Chilean forces conducted 12 air strikes against Bolivian rebels.\n\nNear Potosi, two strikes destroyed a bridge.\n\nNear Oruro, one strike hit an excavator and two trucks.",
			[]bool{true, true, true}, 3},
		{"Chilean forces conducted 12 air strikes against Bolivian rebels.\n\nNear Potosi, the weather was mild.",
			[]bool{true, false}, 1},
		{"Near Potosi, two strikes destroyed a bridge.\n\nNear Oruro, one strike hit an excavator.",
			[]bool{false, false}, 0},
	}
	for _, tt := range tests {
		_, evs, _ := checkParseable(t, c, a, &model.Article{Text: tt.text, Published: model.Day(thursday)}, tt.want)
		if n := countTriple(evs, "CHLMIL>BOLREB:195"); n != tt.count {
			t.Errorf("%q: %d events CHLMIL>BOLREB:195, want %d, in %s", tt.text, n, tt.count, describe(evs))
		}
	}
}

// TestAirStrikeTitle checks that strikes an armed force carries out, in
// an article whose title speaks of air strikes, are air strikes (195),
// and use of force (190) under any other title.
func TestAirStrikeTitle(t *testing.T) {
	c, a := coder(t)
	const text = "Chilean forces conducted 23 strikes against Bolivian rebels on Monday."
	tests := []struct{ title, want string }{
		{"Chilean airstrikes continue against rebels in Bolivia", "CHLMIL>BOLREB:195"},
		{"Air strikes on rebels go on", "CHLMIL>BOLREB:195"},
		{"Chile's air raids on Bolivian rebels", "CHLMIL>BOLREB:195"},
		{"Chile keeps up pressure on rebels", "CHLMIL>BOLREB:190"},
		{"", "CHLMIL>BOLREB:190"},
	}
	for _, tt := range tests {
		art := &model.Article{Title: tt.title, Text: text, Published: model.Day(thursday)}
		evs := c.Code(context.Background(), art, a.Analyze(text), nil, nil)
		checkEvents(t, evs, []string{tt.want}, nil)
	}
}

// TestStrikeSupport checks that an armed force's strikes "in support of"
// or "coordinated with" another party are military cooperation with it
// (062) beside the strikes, and that a labour strike in support of
// someone is none.
func TestStrikeSupport(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chilean forces conducted eight strikes coordinated with and in support of the Peruvian government using fighter aircraft against Bolivian rebel targets.", []string{"CHLMIL>PERGOV:062", "CHLMIL>BOLREB:195"}, nil},
		{"The Chilean army carried out air strikes on Bolivian rebels in support of Peruvian troops.", []string{"CHLMIL>PERMIL:062", "CHLMIL>BOLREB:195"}, nil},
		{"Chilean forces conducted strikes against Bolivian rebels, and Peru voiced support for the operation.", []string{"CHLMIL>BOLREB:190"}, []string{"CHLMIL>PER:062", "CHLMIL>PERGOV:062"}},
		{"Peruvian workers staged a strike in support of Chilean miners.", nil, []string{"*>CHLLAB:062", "*>CHL:062"}},
	})
}
