package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestNoComment checks that declining to answer ("has not commented",
// "did not respond") is a negated plain statement (010) aimed at the other
// country of the story's last sentences, and that an answer that was given
// is not coded that way.
func TestNoComment(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT:CODE/STATUS" of the events of verb's sentence,
		// "" for none.
		want string
	}{
		{"not commented on a proposal", "Chile said Santiago was ready for new talks. Peru has not commented on the proposal.", "commented", "PER>CHL:010/negated"},
		{"did not respond", "Chile proposed holding border talks with Peru on Monday. Peru did not immediately respond.", "respond", "PER>CHL:010/negated"},
		{"never replied", "Chile sent a letter to the Peruvian government in March. Lima never replied.", "replied", "PER>CHL:010/negated"},
		{"the agent of another country named last", "Bolivian police arrested two Peruvian traders. Peru has not yet commented on the arrests.", "commented", "PER>BOL:010/negated"},
		{"nobody named before", "Peru has not commented on the result.", "commented", ""},
		{"only its own country named before", "Peru's president spoke in Lima. Peru has not commented on the result.", "commented", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, func(e model.Event) string {
				return e.Source.Code + ">" + e.Target.Code + ":" + e.Code + "/" + e.Status
			})
		})
	}
}

// TestAnswerGiven checks that an answer that was given is no negated
// statement.
func TestAnswerGiven(t *testing.T) {
	evs := code(t, "Chile proposed border talks with Peru. Peru responded on Tuesday.", nil, nil)
	for _, e := range evs {
		if strings.Contains(e.Sentence, "responded") && e.Status == model.Negated {
			t.Errorf("a given answer coded as negated: %s", describe(evs))
		}
	}
}
