package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestMeetingOnHomeGround checks that a meeting noun held on one side's
// own ground (a seat of its government, a mention of it, a town of its
// country) is a visit the host received (043) and the guest made (042),
// whichever side the clause's subject is, and that one held elsewhere or
// nowhere named stays a meeting (040).
func TestMeetingOnHomeGround(t *testing.T) {
	lc, a := placedCoder(t)
	tests := []struct {
		text string
		want []string
		not  string
	}{
		{"The Russian president spoke after a meeting in the Kremlin with the Peruvian foreign minister.",
			[]string{"RUSGOV>PERGOV:043", "PERGOV>RUSGOV:042"}, "RUSGOV>PERGOV:040"},
		{"Chile's president spoke to reporters after a meeting at the Kremlin with Russia's foreign minister.",
			[]string{"RUSGOV>CHLGOV:043", "CHLGOV>RUSGOV:042"}, "CHLGOV>RUSGOV:040"},
		{"The Chilean president spoke after a meeting in the Oval Office with the American president.",
			[]string{"USAGOV>CHLGOV:043", "CHLGOV>USAGOV:042"}, "CHLGOV>USAGOV:040"},
		{"The Peruvian president signed the accord during a meeting in Lima with the Chilean president.",
			[]string{"PERGOV>CHLGOV:043", "CHLGOV>PERGOV:042"}, "PERGOV>CHLGOV:040"},
		{"The Peruvian president signed the accord during a meeting in Quito with the Chilean president.",
			[]string{"PERGOV>CHLGOV:040"}, "PERGOV>CHLGOV:043"},
		{"The Peruvian president signed the accord during a meeting with the Chilean president.",
			[]string{"PERGOV>CHLGOV:040"}, "CHLGOV>PERGOV:042"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			checkEvents(t, lc.Code(context.Background(), art, doc, nil, nil), tt.want, []string{tt.not})
		})
	}
}
