package event

import "testing"

// TestRelativeGapObject checks that the noun a relative clause hangs on
// is the object of a verb that has none of its own, so that a pattern of
// that noun matches ("the ceasefire that Peru and Chile agreed" is a
// truce declared, 0871), also where the parse hung the clause on its own
// subject ("a ceasefire the two countries agreed"), unless the verb goes
// on to an infinitive, and that agreeing a ceasefire as the verb's
// object concludes one, while agreeing to one stays an intent (0356).
func TestRelativeGapObject(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile agreed a ceasefire on Monday.", []string{"PER>CHL:0871", "CHL>PER:0871"}, []string{"PER>CHL:050"}},
		{"Peru and Chile agreed to a ceasefire on Monday.", []string{"PER>CHL:0356"}, []string{"PER>CHL:0871"}},
		{"The ceasefire that Peru and Chile agreed in May collapsed on Monday.", []string{"PER>CHL:0871", "CHL>PER:0871"}, []string{"PER>CHL:050"}},
		// An agreement as the gap object is what the verb concluded,
		// whatever its words after the verb match alone.
		{"The deal that Ghana struck with Togo in 2019 has collapsed.", []string{"GHA>TGO:057"}, []string{"GHA>TGO:190", "TGO>GHA:190"}},
		{"The deal Ghana struck with Togo last year has collapsed.", []string{"GHA>TGO:057"}, []string{"GHA>TGO:190", "TGO>GHA:190"}},
		// The noun is no object of a verb with an infinitive of its own.
		{"The ceasefire that Peru and Chile agreed to extend in May collapsed on Monday.", nil, []string{"PER>CHL:0871", "CHL>PER:0871"}},
		// A relative clause the parse hung on its own subject (contactObject).
		{"Peru accused Chile of violating a ceasefire the two countries agreed in March.", []string{"PER>CHL:0871", "CHL>PER:0871"}, []string{"PER>CHL:050"}},
		// A participle with no noun of its own before its noun is no such clause.
		{"Chile mourned the two ceasefire monitors killed in the attack.", nil, []string{"CHL>*:0871"}},
	}
	checkEventCases(t, tests)
}
