package event

import "testing"

// TestWelcomedUndertaking checks that welcoming or praising another's
// offer, commitment, pledge, promise or efforts endorses them (051): the
// "to" after such a noun is the noun's, so it hosts no visit (043), and
// an offer welcomed is not the welcomer's own offer (030). Welcoming a
// delegation to a city still hosts it.
func TestWelcomedUndertaking(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ecuador welcomed Colombia's commitment to the truce.", []string{"ECU>COL:051"}, []string{"ECU>COL:043"}},
		{"Ecuador welcomed Colombia's pledge to lower tariffs.", []string{"ECU>COL:051"}, []string{"ECU>COL:043"}},
		{"Ecuador welcomed Colombia's promise to return the boats.", []string{"ECU>COL:051"}, []string{"ECU>COL:043"}},
		{"Ecuador welcomed Colombia's efforts to settle the quarrel.", []string{"ECU>COL:051"}, []string{"ECU>COL:043"}},
		{"Ecuador welcomed the offer of talks from Colombia.", []string{"ECU>COL:051"}, []string{"ECU>COL:030"}},
		{"Ecuador applauded Colombia's willingness to negotiate.", []string{"ECU>COL:051"}, nil},
		{"Ecuador welcomed the Colombian delegation to Quito.", []string{"ECU>COL:043"}, []string{"ECU>COL:051"}},
	})
}
