package event

import "testing"

// TestByAside checks that the "by" agent of a participle phrase on an
// active verb's subject is not the verb's source, whether the phrase
// stands between commas or not: the subject before the phrase acts, and a
// subject that names no actor leaves the verb with no source.
func TestByAside(t *testing.T) {
	tests := []eventCase{
		{"Chadian soldiers, trained by French instructors, attacked Boko Haram camps.", []string{"TCDMIL>*:190"}, []string{"FRA>*:190"}},
		{"Syrian forces, aided by Russian jets, shelled Turkish positions.", []string{"SYRMIL>TURMIL:194"}, []string{"RUS>TURMIL:194"}},
		{"Colombian troops, backed by American advisers, attacked rebel camps in the south.", []string{"COLMIL>COLREB:190"}, []string{"USA>COLREB:190"}},
		{"Ukrainian troops, supported by Polish volunteers, recaptured the village.", nil, []string{"POL>*:192"}},
		{"Haitian police, assisted by Kenyan officers, arrested a gang leader.", []string{"HTICOP>*:173"}, []string{"KEN>*:173"}},
		{"Armenian troops backed by Russian tanks shelled Azerbaijani villages.", []string{"ARMMIL>*:194"}, []string{"RUS>*:194"}},
		{"Ukraine, backed by Britain, accused Russia of war crimes.", []string{"UKR>RUS:1124"}, []string{"GBR>RUS:1124"}},
		// The subject names no actor: the agent did not act either.
		{"The report, approved by the Senate, condemned Russia.", nil, []string{"*>RUS:111"}},
		{"Rebels backed by Rwanda attacked Goma on Sunday.", nil, []string{"RWA>*:190"}},
		// A passive's own "by" agent still acts.
		{"Lebanon was attacked by Israel on Monday.", []string{"ISR>LBN:190"}, nil},
	}
	checkEventCases(t, tests)
}
