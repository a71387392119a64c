package event

import "testing"

// TestWorkWith checks that working with a partner codes an intent to
// cooperate (030) when it is to come, and nothing when it tells of work
// done or under way, or when the target is not what "with" governs.
func TestWorkWith(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana's foreign minister said Accra would work with Togo and Benin to stop the smuggling.", want: []string{"GHAGOV>TGO:030", "GHAGOV>BEN:030"}},
		{text: "Ghana is ready to work with Togo on the border.", want: []string{"GHA>TGO:030"}, not: []string{"GHA>TGO:050"}},
		{text: "Ghana will work closely with the new Togolese government.", want: []string{"GHA>TGOGOV:030"}},
		{text: "Ghana worked with Togo to dismantle the gang.", not: []string{"GHA>TGO:030", "GHA>TGO:050"}},
		{text: "Ghana is working with Togo on the problem.", not: []string{"GHA>TGO:030", "GHA>TGO:050"}},
		{text: "Ghana will work with the donors to end Togo's debt crisis.", not: []string{"GHA>TGO:030", "GHA>TGO:050"}},
	})
}
