package event

import "testing"

// TestMediatedTalks checks that talks a third party mediated, brokered
// or hosted are negotiations between the governing clause's list of
// parties, each way, beside the go-between's own mediation of each; that
// the go-between of such a participle set off by a comma is no party to
// the talks; and that a clause with one party for its subject names no
// pair.
func TestMediatedTalks(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"after talks mediated by", "Ghana and Togo freed 40 prisoners on Friday after talks mediated by Norway.",
			[]string{"GHA>TGO:0841", "TGO>GHA:0841", "GHA>TGO:046", "TGO>GHA:046", "NOR>GHA:045", "NOR>TGO:045"}, nil},
		{"after talks brokered by two", "Ghana and Togo agreed to a ceasefire on Friday after talks brokered by Norway and the ICRC.",
			[]string{"GHA>TGO:046", "TGO>GHA:046", "NOR>GHA:045", "NGOHLHIRC>TGO:045"}, []string{"GHA>NOR:046", "NOR>GHA:046"}},
		{"one party names no pair", "Ghana freed 40 prisoners on Friday after talks mediated by Norway.",
			nil, []string{"GHA>NOR:046", "NOR>GHA:046"}},
		{"a mediating participle after a comma", "Ghana and Togo held talks in Geneva on Monday, mediated by Norway and the ICRC.",
			[]string{"GHA>TGO:046", "TGO>GHA:046", "NOR>GHA:045", "NGOHLHIRC>TGO:045"}, []string{"GHA>NOR:046", "NOR>GHA:046", "TGO>NGOHLHIRC:046"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
