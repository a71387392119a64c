package event

import "testing"

// TestExtraposedParticiple checks that a present participle after "it"
// and a form of "be" and before the clause it judges is an adjective
// and codes nothing, while "it" naming an actor that is doing the act
// still codes.
func TestExtraposedParticiple(t *testing.T) {
	tests := []eventCase{
		// "striking" judges the fact; nobody strikes anybody.
		{"Peru said it's striking that Chilean troops stayed quiet while Bolivian officials argued.", nil, []string{"PER>CHLMIL:190", "CHLMIL>BOLGOV:190"}},
		{"It is striking how Chilean troops ignored the Bolivian border guards.", nil, []string{"CHLMIL>BOLMIL:190"}},
		// "it" is Chile, and Chile threatens.
		{"Chile said it is threatening to invade Peru.", []string{"CHL>PER:1382"}, nil}, // an occupation (threatCode)
	}
	checkEventCases(t, tests)
}
