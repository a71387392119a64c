package event

import "testing"

// TestStoryStart checks that a target found by context does not come from
// an earlier item of a file of several, across a dateline or a headline
// that names actors the story before had not named (see storyStart), nor
// from a dateline's agency, and still comes across a subheading of the
// same story.
func TestStoryStart(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Russia launched drones at Ukraine overnight, Ukrainian officials said.\n\nHouthis claim new strikes\n\nThe Houthis said they fired missiles on Monday.",
			not: []string{"YEMREB>UKR:150"}},
		{text: "Israel struck targets in Gaza on Sunday, the Israeli military said.\n\nCARACAS, March 3 (Reuters) - The Venezuelan government condemned the strikes on Monday.",
			not: []string{"VENGOV>ISR:111", "VENGOV>MED:111"}},
		// The agency a dateline names is no actor of the story.
		{text: "Israel struck targets in Gaza on Sunday, the Israeli military said.\n\nCARACAS, March 3 (Reuters) - Venezuela's government rejected the decision on Monday.",
			not: []string{"VENGOV>MED:127"}},
		{text: "Israel struck targets in Gaza on Sunday, the Israeli military said.\n\nHamas responds\n\nHamas condemned the strikes.",
			want: []string{"PSEREBHMS>ISR:111"}},
		{text: "Israel struck targets in Gaza on Sunday, the Israeli military said.\n\nA tense day\n\nHamas condemned the strikes.",
			want: []string{"PSEREBHMS>ISR:111"}},
	})
}

// TestLineAlone checks lineAlone: only spaces between a span and the line
// breaks or text ends around it.
func TestLineAlone(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end int
		want       bool
	}{
		{"a\nHeadline here\nb", 2, 15, true},
		{"Headline here", 0, 13, true},
		{"a Headline here\nb", 2, 15, false},
		{"a\nHeadline here b", 2, 15, false},
		{"a\n  Headline here \nb", 4, 17, true},
	} {
		if got := lineAlone(tt.text, tt.start, tt.end); got != tt.want {
			t.Errorf("lineAlone(%q, %d, %d) = %v, want %v", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}
