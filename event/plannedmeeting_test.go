package event

import "testing"

// TestTheirOffices checks that "their ministers" (or leaders) after "the
// two countries" or a list of two countries are the two governments,
// each the other's party, and that a meeting of them or a meeting
// planned between two parties is coded as such.
func TestTheirOffices(t *testing.T) {
	tests := []eventCase{
		// "Their" after "the two neighbours": the pair's governments.
		{"Kenya recalled its ambassador from Uganda on Monday. Relations between the two neighbours have soured. Their foreign ministers met in Nairobi on Friday.",
			[]string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}, nil},
		// After a list of two countries named last.
		{"Trade between Kenya and Uganda has slumped. Their trade ministers met in Kampala on Tuesday.",
			[]string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}, nil},
		// A third party named after the list: "their" is not the list.
		{"Kenya and Uganda signed a border deal with Somalia. Their foreign ministers met in Mogadishu.",
			nil, []string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}},
		// A meeting of the pair is a meeting between them.
		{"Relations between Kenya and Uganda have soured. A meeting of their foreign ministers took place in Nairobi on Friday.",
			[]string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}, nil},
		{"Relations between Kenya and Uganda have soured. Meetings of their foreign ministers took place in Nairobi on Friday.",
			[]string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040"}, nil},
	}
	checkEventCases(t, tests)
}

// TestPlannedMeeting checks that a meeting planned between two parties is
// each one's intent to meet (036), and that one proposed, put off or
// held is not.
func TestPlannedMeeting(t *testing.T) {
	tests := []eventCase{
		{"A planned meeting between Kenya and Uganda next month will focus on the border.",
			[]string{"KEN>UGA:036", "UGA>KEN:036"}, []string{"KEN>UGA:040"}},
		{"Kenya recalled its ambassador from Uganda on Monday. Relations between the two neighbours have soured. An upcoming meeting of their foreign ministers will discuss trade.",
			[]string{"KENGOV>UGAGOV:036", "UGAGOV>KENGOV:036"}, nil},
		// The pair's mentions begin at their article.
		{"Kenya and Uganda signed a border treaty in March. A planned meeting of the two governments next month was announced on Monday.",
			[]string{"KENGOV>UGAGOV:036", "UGAGOV>KENGOV:036"}, nil},
		{"A proposed meeting between Kenya and Uganda drew criticism.",
			nil, []string{"KEN>UGA:036", "KEN>UGA:040"}},
		{"A planned meeting between Kenya and Uganda was postponed.",
			nil, []string{"KEN>UGA:036", "KEN>UGA:040"}},
		{"A meeting between Kenya and Uganda took place in Kampala on Monday.",
			[]string{"KEN>UGA:040"}, []string{"KEN>UGA:036"}},
	}
	checkEventCases(t, tests)
}
