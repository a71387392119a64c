package event

import "testing"

// TestPhrasalPatternsStayWithTheirVerb checks that a pattern of
// particles alone ("- * TO", "- * (WITH)", "- * (FOR)") codes only for
// the verb its comment names, not for the block's other verbs, while a
// mutual one ("clash with") is still shared and the verb's own phrasal
// pattern still codes.
func TestPhrasalPatternsStayWithTheirVerb(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		// LEAD and DIRECT share OVERSEE_MANAGE with HEAD, whose "- * TO" is 030.
		{"Chilean pressure led Peru to withdraw its ambassador.", nil, []string{"CHL>PER:030"}},
		{"A Chilean court directed Peru to pay damages.", nil, []string{"CHLJUD>PER:030"}},
		// BEAT shares DESTROY with BREAK, whose "- * (WITH)" is 130.
		{"Peruvian police beat Chilean protesters with batons.", nil, []string{"PERCOP>CHLOPP:130", "PERCOP>CHL:130"}},
		// GO shares GO_SOMEWHERE with DEPART, whose "- * (FOR)" is a visit.
		{"Peru's president went ahead with the interview for fear of a Chilean boycott.", nil, []string{"PERGOV>CHL:042", "CHL>PERGOV:043"}},
		{"Peru's president called on Chile to release the fishermen.", []string{"PERGOV>CHL:0253"}, nil},
		{"Peruvian troops fought with Chilean soldiers near the border.", []string{"PERMIL>CHLMIL:190", "CHLMIL>PERMIL:190"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
		})
	}
}

// TestPrivateViolence checks that force between private parties
// (workers, farmers, a man and a woman) is unconventional violence (180),
// not the use of military force (190), which stays between troops and
// from a state.
func TestPrivateViolence(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Peruvian workers fought with Chilean farmers near the mine.", []string{"PERLAB>CHLAGR:180", "CHLAGR>PERLAB:180"}, []string{"PERLAB>CHLAGR:190"}},
		{"A Peruvian man killed a Chilean woman in Lima on Monday.", []string{"PERCVL>CHLCVL:180"}, []string{"PERCVL>CHLCVL:190"}},
		{"Peruvian troops fought with Chilean soldiers near the border.", []string{"PERMIL>CHLMIL:190"}, nil},
		{"Peru attacked Chilean civilians.", []string{"PER>CHLCVL:190"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestPressAndQuotedTarget checks that word order finds no target in
// words quoted after the verb, and that contacting the press, or
// declining to comment to it, is no consultation or statement between
// parties, while a meeting of officials stays one.
func TestPressAndQuotedTarget(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Peruvian senator suggested a new date, \"to help the Chilean people.\"", nil, []string{"PERLEG>CHLCVL:020"}},
		{"A Peruvian spokesperson declined to comment when contacted by Reuters.", nil, []string{"MED>PERMED:040", "PERMED>MED:010"}},
		{"The Peruvian minister met Chilean reporters on Monday.", nil, []string{"PERGOV>CHLMED:040"}},
		{"The Peruvian minister met Chile's foreign minister on Monday.", []string{"PERGOV>CHLGOV:040"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
