package event

import "testing"

// TestCordonPlace checks that an actor in a phrase after "near",
// "around" or "outside" the object of a verb of closing off or
// encircling is where the cordon is, not its target, while an actor that
// is the object itself still is.
func TestCordonPlace(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Turkish police sealed off the streets near the Israeli embassy in Ankara on Friday.", not: []string{"*>ISRGOV:*"}},
		{text: "Turkish police cordoned off the area around the French consulate after the protest.", not: []string{"*>FRAGOV:*"}},
		{text: "Egyptian riot police blocked the roads outside the American embassy in Cairo.", not: []string{"*>USAGOV:*"}},
		{text: "Egyptian soldiers surrounded the square near the Iranian embassy.", not: []string{"*>IRNGOV:*"}},
		{text: "Indian police cordoned off the area near the Pakistani high commission.", not: []string{"*>PAKGOV:*"}},
		// The actor is what is closed off or surrounded.
		{text: "Turkish police sealed off the Israeli embassy in Ankara on Friday.", want: []string{"TURCOP>ISRGOV:171"}},
		{text: "Iranian students surrounded the British embassy in Tehran.", want: []string{"IRNEDU>GBRGOV:190"}},
		{text: "Turkish troops surrounded Syrian soldiers near the border.", want: []string{"TURMIL>SYRMIL:190"}},
	})
}
