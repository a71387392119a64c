package event

import "testing"

// TestAgentParticipleNoun checks that a past participle with a "by"
// agent takes the noun it is on as the object its patterns name
// ("sanctions imposed by X on Y": 163, not the bare verb's 170), and
// that one set off by a comma or with no actor it is aimed at in its
// own words codes nothing from that noun.
func TestAgentParticipleNoun(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"The sanctions imposed by Canada on Venezuela last year remain in force.",
			[]string{"CAN>VEN:163"}, []string{"CAN>VEN:170"}},
		{"Sanctions imposed by Australia on Myanmar were extended on Monday.",
			[]string{"AUS>MMR:163"}, []string{"AUS>MMR:170"}},
		{"Weapons supplied by Iran to Yemen were seized on Tuesday.",
			[]string{"IRN>YEM:072"}, nil},
		{"Aid sent by Japan to Indonesia arrived on Tuesday.",
			[]string{"JPN>IDN:070"}, nil},
		// Set off by a comma, with no actor in its own words: the
		// noun is not its object, and no target comes from the story.
		{"Sudan and Chad fought at the border on Monday. Talks in Doha, sponsored by Qatar, collapsed on Tuesday.",
			nil, []string{"QAT>SDN:045", "QAT>TCD:045"}},
		{"Sudan and Chad fought at the border on Monday. Talks sponsored by Qatar collapsed on Tuesday.",
			nil, []string{"QAT>SDN:045", "QAT>TCD:045"}},
	}
	for _, c := range cases {
		checkEvents(t, code(t, c.text, nil, nil), c.want, c.not)
	}
}
