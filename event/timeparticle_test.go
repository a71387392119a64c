package event

import "testing"

// TestTimeParticle checks that a preposition opening a time is no
// particle of a phrasal pattern, nor of a pattern that opens with one
// ("- * (ON) TO RESOLVE"): "called Peru's president on Monday" is a call
// (041), not a call on Peru (020 or 027), while "called on Peru" still
// appeals to it.
func TestTimeParticle(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile's president called Peru's president on Monday.", []string{"CHLGOV>PERGOV:041"}, []string{"CHLGOV>PERGOV:020"}},
		{"The Chilean foreign minister called his Bolivian counterpart on Tuesday to discuss the border.", nil, []string{"CHLGOV>BOLGOV:020"}},
		{"Chile's president called Peru's president on Friday, the presidency said, and the two leaders vowed to resolve the quarrel through talks.", []string{"CHLGOV>PERGOV:041"}, []string{"CHLGOV>PERGOV:027"}},
		{"Chile called on Peru on Monday to release the fishermen.", []string{"CHL>PER:0253"}, nil},
		{"Chile called on Peru to withdraw its troops.", []string{"CHL>PER:0256"}, nil},
	})
}

// TestNamingParticiple checks that "called" hung on what it names, with
// no subject, auxiliary or "by" agent of its own, gives a name and makes
// no call (041), while a call made or received still does.
func TestNamingParticiple(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"On Friday the defence minister flew to see Chilean troops at San Martin Airfield, also called \"Base Sur\", in northern Peru.", nil, []string{"CHLMIL>PER:041", "PER>CHLMIL:041"}},
		{"Peruvian police questioned members of a Chilean gang called the Red Front.", nil, []string{"PERCOP>CHLCRM:041"}},
		{"Chile's president called Peru's president.", []string{"CHLGOV>PERGOV:041"}, nil},
		{"Chile's president, called by Peru's president late at night, agreed to talks.", []string{"PERGOV>CHLGOV:041"}, nil},
	})
}

// TestCallParticleNext checks that "call on" keeps its particle next to
// the verb (past adverbs): an "on" after the object belongs to another
// phrase, and a name said indefinitely after the object calls no one.
func TestCallParticleNext(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Chilean minister called Peru's decision a mistake in remarks on state television.", nil, []string{"CHLGOV>PER:020", "CHLGOV>PER:041"}},
		{"The Chilean minister calls the Peruvian presence in Arica a tragedy, commenting on reports of clashes.", nil, []string{"CHLGOV>PER:041", "CHLGOV>PER:020"}},
		{"Chile again called on Peru to withdraw its troops.", []string{"CHL>PER:0256"}, nil},
	})
}

// TestAssociatedParticiple checks that a participle of association hung
// on what it describes ("patches associated with the Bolivian ELN")
// associates no one, while an actor associating itself with another
// still cooperates (050).
func TestAssociatedParticiple(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Photographs of Chilean service members in Peru shown wearing patches associated with the Bolivian ELN have recently circulated through social media.", nil, []string{"CHL>COLREB:050", "CHLMIL>COLREB:050"}},
		{"Chile associated itself with the Peruvian statement.", []string{"CHL>PER:050"}, nil},
	})
}
