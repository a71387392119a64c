package event

import "testing"

// TestAgentPhraseTarget checks the target of a passive or a participle
// that the parse hangs on its "by" agent ("talks mediated by Qatar
// between Ethiopia and Eritrea"): the phrase the verb's pattern names is
// the target, and a phrase the pattern does not name is none.
func TestAgentPhraseTarget(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"Talks mediated by Qatar between Ethiopia and Eritrea resumed on Tuesday.",
			[]string{"QAT>ETH:045", "QAT>ERI:045"}, nil},
		{"Talks were mediated by Norway between Colombia and Venezuela last week.",
			[]string{"NOR>COL:045", "NOR>VEN:045"}, nil},
		{"Negotiations mediated by Turkey between Russia and Ukraine stalled in March.",
			[]string{"TUR>RUS:045", "TUR>UKR:045"}, nil},
		// A pattern with no preposition: "between" names the parties.
		{"A truce brokered by Qatar between Sudan and Chad collapsed.",
			[]string{"QAT>SDN:045", "QAT>TCD:045"}, nil},
		// No agent: no one named mediated.
		{"Talks between Ethiopia and Eritrea resumed on Tuesday.",
			nil, []string{"ETH>ERI:045", "ERI>ETH:045"}},
	}
	for _, c := range cases {
		checkEvents(t, code(t, c.text, nil, nil), c.want, c.not)
	}
}
