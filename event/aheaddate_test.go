package event

import "testing"

// TestAheadDate checks that a weekday, month or date named alone dates a
// deed still to come forwards from the article's day (Thursday 8
// September 2022), and a past deed backwards as before.
func TestAheadDate(t *testing.T) {
	tests := []struct {
		text, src, tgt, code, date, precision string
	}{
		{"Peru will host the Chilean foreign minister on Monday.", "PER", "CHLGOV", "036", "2022-09-12", "day"},
		{"Peru and Chile are due to meet in March to discuss the border.", "PER", "CHL", "036", "2023-03-01", "month"},
		{"Peru said it would resume talks with Chile on December 2.", "PER", "CHL", "*", "2022-12-02", "day"},
		{"Peru is expected to sign a deal with Chile on Friday.", "PER", "CHL", "057", "2022-09-09", "day"},
		// Past deeds keep the latest such day.
		{"Peru hosted the Chilean foreign minister on Monday.", "PER", "CHLGOV", "*", "2022-09-05", "day"},
		{"Peru met Chile in March.", "PER", "CHL", "*", "2022-03-01", "month"},
		// A time before the infinitive is its governor's, which is past.
		{"Peru agreed on Monday to hold talks with Chile.", "PER", "CHL", "*", "2022-09-05", "day"},
	}
	for _, tt := range tests {
		checkEventDate(t, tt.text, tt.src, tt.tgt, tt.code, tt.date, tt.precision)
	}
}
