package when

import (
	"testing"
	"time"
)

// TestAhead checks that a weekday, month or date named alone is resolved
// forwards for what lies ahead, and that every other expression is left
// as it is. ref is Thursday 8 September 2022.
func TestAhead(t *testing.T) {
	tests := []struct {
		text, from, to string // from and to after Ahead
	}{
		{"They will meet on Friday.", "2022-09-09", "2022-09-09"},
		{"They will meet on Thursday.", "2022-09-08", "2022-09-08"},
		{"They will meet on Monday.", "2022-09-12", "2022-09-12"},
		{"Talks are due in October.", "2022-10-01", "2022-10-31"},
		{"Talks are due in September.", "2022-09-01", "2022-09-30"},
		{"Talks are due in March.", "2023-03-01", "2023-03-31"},
		{"Talks resume on December 2.", "2022-12-02", "2022-12-02"},
		{"Talks resume on 3 January.", "2023-01-03", "2023-01-03"},
		{"The envoy will visit on 12-14 October.", "2022-10-12", "2022-10-14"},
		{"The envoy will stay from 2 to 4 September.", "2023-09-02", "2023-09-04"},
		{"The envoy will stay from 30 September to 2 October.", "2022-09-30", "2022-10-02"},
		// Not bare: left as Find resolved them.
		{"They met last Monday.", "2022-09-05", "2022-09-05"},
		{"They will meet next Monday.", "2022-09-12", "2022-09-12"},
		{"Talks resumed on December 2, 2021.", "2021-12-02", "2021-12-02"},
		{"Relations have been frozen since March.", "2022-03-01", "2022-03-31"},
		{"Talks collapsed last March.", "2022-03-01", "2022-03-31"},
		{"Talks are due in March next year.", "2023-03-01", "2023-03-31"},
	}
	for _, tt := range tests {
		xs := Find(tt.text, ref)
		if len(xs) != 1 {
			t.Errorf("Find(%q) = %d expressions, want 1", tt.text, len(xs))
			continue
		}
		x := Ahead(xs[0], ref)
		if !x.From.Equal(day(tt.from)) || !x.To.Equal(day(tt.to)) {
			t.Errorf("Ahead(%q) = %s..%s, want %s..%s (%s)", tt.text,
				x.From.Format(time.DateOnly), x.To.Format(time.DateOnly), tt.from, tt.to, x.Reason)
		}
		if x.Reason == "" {
			t.Errorf("Ahead(%q): no reason", tt.text)
		}
	}
}
