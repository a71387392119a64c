package event

import "testing"

// TestNominalRelease checks that a release of people by someone, named as
// a noun ("welcomed the release of two Togolese sailors by Benin"), is
// that one's release of them (0841) besides the verb's own event, and
// that a release of no one (a report) or by no one codes none.
func TestNominalRelease(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana welcomed the release of two Togolese sailors by Benin.", want: []string{"GHA>BEN:051", "BEN>TGO:0841"}},
		{text: "Ghana praised the release of Togolese fishermen by Benin on Monday.", want: []string{"BEN>TGOCVL:0841"}},
		{text: "Ghana welcomed the release of the report by the Togolese ministry.", not: []string{"TGOGOV>*:0841", "TGO>*:0841"}},
		{text: "Ghana called for the release of two Togolese sailors.", not: []string{"GHA>TGO:0841", "*>TGO:0841"}},
	})
}
