package event

import "testing"

// TestVowedRetaliation checks that vowing, promising or pledging to
// retaliate against someone threatens them with force (138), while a
// vow of support stays support.
func TestVowedRetaliation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana vowed to retaliate against Togo.", want: []string{"GHA>TGO:138"}},
		{text: "Ghana promised to retaliate against Togo after the raid.", want: []string{"GHA>TGO:138"}},
		{text: "Ghana vowed retaliation against Togo.", want: []string{"GHA>TGO:138"}},
		{text: "Ghana vowed to support Togo.", not: []string{"GHA>TGO:138"}},
	})
}

// TestHackedSystems checks that hacking an actor's systems, servers,
// accounts or databases is a cyberattack on it (176).
func TestHackedSystems(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana hacked Togo's election systems.", want: []string{"GHA>TGO:176"}},
		{text: "Ghana hacked into Togo's government servers.", want: []string{"GHA>TGOGOV:176"}},
		{text: "Ghana hacked the email accounts of Togolese officials.", want: []string{"GHA>TGOGOV:176"}},
	})
}

// TestViolatedCeasefire checks that violating a ceasefire or truce with
// someone is CAMEO 196, as breaching one is, while violating airspace
// stays 150.
func TestViolatedCeasefire(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana violated the ceasefire with Togo.", want: []string{"GHA>TGO:196"}},
		{text: "Ghanaian troops violated the truce with Togo on Monday.", want: []string{"GHAMIL>TGO:196"}},
		{text: "Ghana breached the ceasefire with Togo.", want: []string{"GHA>TGO:196"}},
		{text: "Ghana violated Togo's airspace.", want: []string{"GHA>TGO:150"}, not: []string{"GHA>TGO:196"}},
	})
}

// TestAcceptedTalks checks that accepting a proposal or offer of talks is
// an intent to negotiate (036), as rejecting one is a rejection of talks
// (125), while accepting an offer of aid is not.
func TestAcceptedTalks(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana accepted Togo's offer of talks.", want: []string{"GHA>TGO:036"}},
		{text: "Ghana accepted a Togolese proposal for direct negotiations.", want: []string{"GHA>TGO:036"}},
		{text: "Ghana rejected Togo's offer of talks.", want: []string{"GHA>TGO:125"}, not: []string{"GHA>TGO:036"}},
		{text: "Ghana accepted Togo's offer of financial aid.", not: []string{"GHA>TGO:036"}},
	})
}

// TestGaveUltimatum checks that giving someone an ultimatum is CAMEO 139,
// as issuing one is, while giving aid stays aid.
func TestGaveUltimatum(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana gave Togo an ultimatum.", want: []string{"GHA>TGO:139"}},
		{text: "Ghana gave Togo a 48-hour ultimatum to withdraw its troops.", want: []string{"GHA>TGO:139"}},
		{text: "Ghana issued an ultimatum to Togo.", want: []string{"GHA>TGO:139"}},
		{text: "Ghana gave Togo aid.", not: []string{"GHA>TGO:139"}},
	})
}
