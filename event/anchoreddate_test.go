package event

import "testing"

// TestAnchoredDate checks that a deed dated "the same day" or "two days
// later" takes its day from the day named just before, and a deed "last
// week" the calendar week before the article's (a Thursday, 8 September
// 2022); without a day before them, or counted to a day after the
// article's, such words leave the deed undated.
func TestAnchoredDate(t *testing.T) {
	tests := []struct {
		text, src, tgt, code, date, precision string
	}{
		{"Syrian rebels attacked a Turkish convoy on 2 September. Turkish jets bombed Syrian rebels the same day.", "TURMIL", "SYRREB", "195", "2022-09-02", "day"},
		{"Syrian rebels attacked a Turkish convoy on Monday. Two days later Turkish jets bombed Syrian rebels.", "TURMIL", "SYRREB", "195", "2022-09-07", "day"},
		{"Syrian rebels attacked a Turkish convoy on 1 September. A day later, Turkish jets bombed Syrian rebels.", "TURMIL", "SYRREB", "195", "2022-09-02", "day"},
		{"Turkish jets bombed Syrian rebels last week.", "TURMIL", "SYRREB", "195", "2022-08-29", "week"},
		// No day named before: not the article's day, so undated.
		{"Turkish jets bombed Syrian rebels the same day.", "TURMIL", "SYRREB", "195", "", ""},
		{"The vote was held in August. Two days later Turkish jets bombed Syrian rebels.", "TURMIL", "SYRREB", "195", "", ""},
		// Counted to a day after the article's: the day before was
		// misread, and a past deed is not dated after the article.
		{"Syrian rebels attacked a Turkish convoy on Monday. A week later, Turkish jets bombed Syrian rebels.", "TURMIL", "SYRREB", "195", "", ""},
		{"Syrian rebels attacked a Turkish convoy on Tuesday. Three days later Turkish jets bombed Syrian rebels.", "TURMIL", "SYRREB", "195", "", ""},
		// A subject dated by its own clause: history, not the story's day.
		{"Turkish jets bombed a Syrian convoy on Monday. The truce signed in 2019 between Turkey and Syria ended the fighting.", "TUR", "SYR", "0871", "", ""},
	}
	for _, tt := range tests {
		checkEventDate(t, tt.text, tt.src, tt.tgt, tt.code, tt.date, tt.precision)
	}
}
