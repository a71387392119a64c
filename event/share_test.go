package event

import "testing"

// TestShareInformation checks that sharing information with a party is
// CAMEO 064, one way, exchanging it 064 each way, and sharing it to come
// an intent to cooperate on intelligence (0314).
func TestShareInformation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana shared information with Togo on the smuggling network.", want: []string{"GHA>TGO:064"}, not: []string{"TGO>GHA:064"}},
		{text: "Ghana's army began sharing information on the raids with Togo and Benin.", want: []string{"GHAMIL>TGO:064", "GHAMIL>BEN:064"}},
		{text: "Ghana shared intelligence with Togo.", want: []string{"GHA>TGO:064"}},
		{text: "Ghana and Togo exchanged intelligence on the gangs.", want: []string{"GHA>TGO:064", "TGO>GHA:064"}},
		{text: "Ghana will share information with Togo.", want: []string{"GHA>TGO:0314"}},
		// No party to share with: no event.
		{text: "Ghana shared information about the outbreak on its website.", not: []string{"GHA>*:064"}},
	})
}
