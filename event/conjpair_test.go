package event

import "testing"

// TestSharedList checks that a second verb joined to a first whose
// subject is a list of two parties, or a participle set off by a comma
// after it, shares the list: its reciprocal deed
// is between them, each way, as the first verb's is; and that an intent
// agreed in the second verb stays beside the first verb's event.
func TestSharedList(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"met and signed", "The foreign ministers of Ghana and Togo met in Accra on Friday and signed a border treaty.",
			[]string{"GHAGOV>TGOGOV:040", "TGOGOV>GHAGOV:040", "GHAGOV>TGOGOV:057", "TGOGOV>GHAGOV:057"}, nil},
		{"met and agreed to", "The presidents of Ghana and Togo met in Lome on Friday and agreed to reopen the border.",
			[]string{"GHAGOV>TGOGOV:040", "GHAGOV>TGOGOV:030", "TGOGOV>GHAGOV:030"}, nil},
		{"a participle after a comma", "The presidents of Ghana and Togo met in Lome on Friday, signing a border treaty.",
			[]string{"GHAGOV>TGOGOV:040", "GHAGOV>TGOGOV:057", "TGOGOV>GHAGOV:057"}, nil},
		{"a participle agreeing to", "Ghana and Togo held talks in Lome on Friday, agreeing to reopen the border.",
			[]string{"GHA>TGO:046", "GHA>TGO:030", "TGO>GHA:030"}, nil},
		{"a list beside the verb", "Ghana and Togo signed a border treaty on Friday.",
			[]string{"GHA>TGO:057", "TGO>GHA:057"}, nil},
		{"praise goes one way", "The presidents of Ghana and Togo met in Lome on Friday and praised the new port.",
			[]string{"GHAGOV>TGOGOV:040"}, []string{"GHAGOV>TGOGOV:051", "TGOGOV>GHAGOV:051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestUnknownDoer checks that a deed of force a participle or a joined
// verb adds to a clash between the members of a list is no member's,
// while one the list does together to a third party, or one whose clause
// names its subject, keeps its source.
func TestUnknownDoer(t *testing.T) {
	tests := []eventCase{
		{"Ghanaian and Togolese troops exchanged fire on the border, killing a farmer and wounding two soldiers.", []string{"GHAMIL>TGOMIL:190", "TGOMIL>GHAMIL:190"}, []string{"GHAMIL>GHAAGR:*", "TGOMIL>GHAAGR:*", "TGOMIL>GHAMIL:180"}},
		{"Ghana and Togo exchanged fire on Monday, killing a Togolese farmer.", []string{"GHA>TGO:190", "TGO>GHA:190"}, []string{"TGO>TGOAGR:*", "GHA>TGOAGR:*"}},
		{"Ghana and Togo bombed rebel camps in Benin, killing 20 rebels.", []string{"GHA>*:183", "TGO>*:183"}, nil},
		{"Ghanaian and Togolese troops clashed on Monday, and Togolese troops later shelled a Ghanaian village.", []string{"TGOMIL>GHACVL:194"}, nil},
	}
	checkEventCases(t, tests)
}
