package event

import "testing"

// TestAttributionWords checks that the words of a sentence-closing
// attribution belong to no pattern of the reported verb ("bombed ..., the
// ministry said in a statement" is no "blasted ... in a statement"), and
// that a participle on a noun there ("a statement issued on Friday")
// still leaves the attribution closing the sentence, so the deed is
// claimed.
func TestAttributionWords(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Sudanese jets bombed a market in Chad, the Chadian health ministry said in a statement issued on Friday.", "SDNMIL", "TCD", "195", "claimed"},
		{"Sudanese jets bombed a market in Chad, the Chadian health ministry said in a statement on Friday.", "SDNMIL", "TCD", "195", "claimed"},
		{"Sudanese jets bombed a market in Chad, said the Chadian health ministry in a statement.", "SDNMIL", "TCD", "195", "claimed"},
	})
	checkEventCases(t, []eventCase{
		{text: "Sudanese jets bombed a market in Chad, the Chadian health ministry said in a statement on Friday.", not: []string{"SDN>TCD:111", "SDNMIL>TCD:111"}},
		// The pattern in the verb's own clause still codes.
		{text: "Sudan blasted Chad in a statement on Friday.", want: []string{"SDN>TCD:111"}},
	})
}

// TestAccordingToRecord checks that "according to" a record of figures
// leaves the deed in the outlet's voice, while "according to" people
// makes it their claim.
func TestAccordingToRecord(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Peru bought 200,000 tonnes of Chilean copper last year, according to customs figures.", "PER", "CHL", "061", "asserted"},
		{"Peru bought 200,000 tonnes of Chilean copper last year, according to official statistics.", "PER", "CHL", "061", "asserted"},
		{"Peru bought 200,000 tonnes of Chilean copper last year, according to local traders.", "PER", "CHL", "061", "claimed"},
		{"Peru bought 200,000 tonnes of Chilean copper last year, according to diplomatic sources.", "PER", "CHL", "061", "claimed"},
	})
}
