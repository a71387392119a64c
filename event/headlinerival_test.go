package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestHeadlineRival checks that a show of force the story opens with,
// naming no target, is aimed at the one other country its headline
// names; that the forces it is made "with" are its means, not its
// target; and that the headline lends no rival to a lede that names
// another country itself, to a later sentence, or when it names two.
func TestHeadlineRival(t *testing.T) {
	c, an := coder(t)
	tests := []struct {
		title, text string
		want, not   []string
	}{
		{"Peru protests as Chile starts naval drills off its coast",
			"Chile on Monday began its largest naval exercise in the Pacific in a decade, with some 30 warships and 6,000 troops.",
			[]string{"CHLMIL>PER:150"}, []string{"CHLMIL>CHLMIL:150"}},
		{"Peru protests as Chile starts naval drills off its coast",
			"Chile on Monday began its largest naval exercise in the Pacific in a decade.",
			[]string{"CHLMIL>PER:150"}, nil},
		// The lede names another country: its own story.
		{"Peru protests as Chile starts naval drills off its coast",
			"Chile on Monday began its largest naval exercise in the Pacific in a decade, days after accusing Bolivian officials of smuggling.",
			nil, []string{"CHLMIL>PER:150"}},
		// Two other countries: no one rival.
		{"Peru and Bolivia protest as Chile starts naval drills",
			"Chile on Monday began its largest naval exercise in the Pacific in a decade.",
			nil, []string{"CHLMIL>PER:150", "CHLMIL>BOL:150"}},
		// Not the lede.
		{"Peru protests as Chile starts naval drills off its coast",
			"The navy said the weather was fine. Chile on Monday began its largest naval exercise in the Pacific in a decade.",
			nil, []string{"CHLMIL>PER:150"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			art := &model.Article{Text: tt.text, Title: tt.title, Published: model.Day(thursday)}
			checkEvents(t, c.Code(context.Background(), art, an.Analyze(tt.text), nil, nil), tt.want, tt.not)
		})
	}
}
