package event

import (
	"strings"
	"testing"
)

// TestReactionTargetFromContext checks that a reaction to a decision,
// proposal or attack that names no one is aimed at whoever did it earlier
// in the article, with a lower confidence and an entry saying so.
func TestReactionTargetFromContext(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence (the last
		// one), "" for none.
		want string
	}{
		{"a protest rejected", "Chile summoned Peru's ambassador on Monday. Peru rejected the protest.", "rejected", "PER>CHLGOV"},
		// A protest is the latest protest aimed at the reactor, not
		// the latest deed: Bolivia's appeal came after Peru's protest.
		{"a protest, an appeal since", "Peru lodged a formal protest with Chile on Monday. Bolivia urged Chile to hold talks with Peru. Chile rejected the protest.", "rejected", "CHL>PER"},
		{"a street protest dismissed", "Hundreds of Peruvian fishermen protested outside Chile's embassy in Lima on Monday. Bolivia urged Chile to hold talks with Peru. Chile dismissed the protest.", "dismissed", "CHL>PERCVL"},
		{"a protest, none against the reactor", "Bolivia urged Chile to hold talks with Peru on Monday. Chile rejected the protest.", "rejected", "CHL>BOL"},
		{"a decision welcomed", "Chile expelled Peruvian diplomats. Later, Bolivia criticised Brazil. Peru condemned the decision.", "condemned", "PER>CHL"}, // the expeller of envoys is the government
		{"an attack condemned by a third party", "Chile attacked Peru on Monday. Bolivia condemned the attack.", "condemned", "BOL>CHL"},
		{"no event before: the last actor of another country", "Chile announced new tariffs. Peru rejected the measures.", "rejected", "PER>CHL"},
		{"measures: the latest sanctions, not a later event", "Chile imposed sanctions on Peru. Bolivia praised Peru. Peru rejected the measures.", "rejected", "PER>CHL"},
		{"a deed's agent after by", "Bolivia condemned the shelling of Arica, a town in Chile's north, by Peru.", "condemned", "BOL>PER"},
		{"its own country's people an act was done to", "Peru firmly opposed the listing of Peruvian companies.", "opposed", ""},
		{"a named target wins", "Chile summoned Peru's ambassador. Peru condemned the decision by Bolivia.", "condemned", "PER>BOL"},
		{"an object that names no action", "Chile summoned Peru's ambassador. Peru rejected the idea.", "rejected", ""},
		{"nothing before", "Peru rejected the protest.", "rejected", ""},
		// A third party's reaction is aimed at whoever acted, not at
		// the last actor named.
		{"a third party condemns a decision", "Chile expelled two Peruvian diplomats on Monday. Bolivia condemned the decision.", "condemned", "BOL>CHL"},
		{"a third party criticises a move", "Chile suspended talks with Peru on Monday. Bolivia criticised the move.", "criticised", "BOL>CHL"},
		// An expulsion is the latest expulsion of the reactor's people,
		// not the latest event against it.
		{"an expulsion, envoys expelled", "Chile expelled Peruvian diplomats. Later, Bolivia criticised Peru. Peru condemned the expulsion of its diplomats.", "condemned the expulsion", "PER>CHL"},
		// A seizure or abduction is a deed like the others: whoever did
		// it to the reactor's people, or to anyone for a third party.
		{"a seizure condemned", "Chile's navy seized two Peruvian fishing boats on Monday. Peru's foreign ministry condemned the seizure.", "condemned", "PERGOV>CHLMIL"},
		{"a seizure criticised by a third party", "Chile's navy seized two Peruvian fishing boats on Monday. Bolivia criticised the seizure.", "criticised", "BOL>CHLMIL"},
		{"a kidnapping condemned", "Rebels kidnapped three Bolivian engineers in Peru on Monday. Bolivia condemned the kidnapping.", "condemned", "BOL>PERREB"},
		// "also ... it": the same reaction by another in the sentence
		// just before says what "it" is.
		{"also welcomed it", "Chile released two Peruvian fishermen on Monday. The Organization of American States welcomed the release. Brazil also welcomed it.", "also welcomed", "BRA>CHL"},
		{"also condemned it, a list", "Chile expelled two Peruvian diplomats on Monday. Bolivia condemned the decision. Argentina also condemned it.", "also condemned", "ARG>CHL"},
		{"it, no also", "Chile expelled two Peruvian diplomats on Monday. Bolivia condemned the decision. Argentina welcomed it.", "welcomed it", ""},
		{"also, another reaction", "Chile expelled two Peruvian diplomats on Monday. Bolivia condemned the decision. Argentina also welcomed it.", "also welcomed", ""},
		{"also, the doer itself", "Chile expelled two Peruvian diplomats on Monday. Bolivia condemned the decision. Chile also condemned it.", "also condemned", ""},
		{"an expulsion, envoys withdrawn", "The last Peruvian diplomats left Chile on Thursday. Later, Bolivia criticised Peru. Peru condemned the expulsion of its diplomats.", "condemned the expulsion", "PER>CHL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				if !strings.Contains(e.Sentence, tt.verb) || e.Source == nil || e.Target == nil {
					continue
				}
				got = append(got, e.Source.Code+">"+e.Target.Code)
				fromContext := false
				for _, x := range e.Evidence.Entries {
					fromContext = fromContext || strings.Contains(x, contextEntry)
				}
				if !strings.Contains(strings.ToUpper(tt.text[e.Evidence.Sentence.Start:e.Evidence.Sentence.End]), e.Target.Name) && !fromContext {
					t.Errorf("target %s is not in the sentence and not marked as from context: %q", e.Target.Code, e.Evidence.Entries)
				}
				if fromContext && e.Confidence > 0.6 {
					t.Errorf("a target from context has confidence %.2f", e.Confidence)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("events %q, want %q (all: %s)", got, tt.want, describe(evs))
			}
		})
	}
}

// TestBlastedAct checks that blasting an act or words, or someone for a
// deed, is criticising its author (111), while blasting a place or a force is still a use of
// force.
func TestBlastedAct(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru blasted the sanctions imposed by the European Union.", []string{"PER>IGOEUREEC:111"}, []string{"PER>IGOEUREEC:190"}},
		{"Chile expelled two Peruvian diplomats on Monday. Bolivia blasted the move.", []string{"BOL>CHL:111"}, []string{"BOL>*:190"}},
		{"Chilean troops blasted the rebel positions.", []string{"CHLMIL>CHLREB:190"}, []string{"CHLMIL>CHLREB:111"}},
		// Blasting someone for a deed is criticism too, and the deed
		// is the charge's, not the critic's.
		{"Peru blasted Chile for smuggling arms to Bolivia.", []string{"PER>CHL:111"}, []string{"PER>CHL:190", "PER>BOL:*"}},
		{"The Chilean airline was blasted by Peru in 2003 for smuggling arms to Bolivia.", []string{"PER>CHLBUS:111"}, []string{"PER>CHLBUS:190"}},
	})
}
