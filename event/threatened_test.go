package event

import "testing"

// TestThreatenedOf checks that a threat naming no one is aimed at the
// source of the latest earlier event against the threatener's country,
// or, joined to opposing measures, at the source of the latest measure;
// and that a thing threatened, or a threat with nothing before it, is not.
func TestThreatenedOf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Chile imposed sanctions on Peruvian banks on Monday. Peru threatened to retaliate.", want: []string{"PER>CHL:130"}},
		{text: "Chile expelled two Peruvian diplomats. Peru's foreign ministry said it rejected the decision and threatened to take necessary measures.", want: []string{"PERGOV>CHL:130"}},
		// The latest event against the threatener's country, not an
		// event between others after it.
		{text: "Chile imposed sanctions on Peru. Bolivia praised Ecuador. Peru threatened to respond.", want: []string{"PER>CHL:130"}, not: []string{"PER>BOL:130", "PER>ECU:130"}},
		// A thing threatened is no threat of a deed.
		{text: "Chile imposed sanctions on Peru. Peruvian officials said the floods threaten the harvest.", not: []string{"PER>CHL:130", "PERGOV>CHL:130"}},
		// Nothing done to the threatener before: no guess.
		{text: "Chile praised Bolivia on Monday. Peru threatened to retaliate.", not: []string{"PER>CHL:130", "PER>BOL:130"}},
		// A threat joined to opposing measures answers whoever took
		// them, whomever they were aimed at; without the opposing, a
		// measure against a third country lends no target.
		{text: "Chile imposed sanctions on Bolivia, adding 50 companies to its blacklist. Peru's trade ministry said it opposed the listing of Peruvian firms and threatened to take necessary measures.", want: []string{"PERGOV>CHL:130"}},
		{text: "Chile imposed sanctions on Bolivia on Monday. Peru's trade ministry said it condemned the sanctions and threatened to respond.", want: []string{"PERGOV>CHL:130"}},
		{text: "Chile imposed sanctions on Bolivia on Monday. Peru's trade ministry threatened to take necessary measures.", not: []string{"PERGOV>CHL:130"}},
		{text: "Chile imposed sanctions on Bolivia on Monday. Peru's trade ministry said it opposed the visit and threatened to respond.", not: []string{"PERGOV>CHL:130"}},
		// A named target wins.
		{text: "Chile imposed sanctions on Peru. Peru threatened to impose tariffs on Bolivia.", not: []string{"PER>CHL:130"}},
	})
}

// TestThreatPressed checks that a threat naming no one, right after its
// source (or an actor of its country) accused, rejected or threatened
// another country, is aimed at that country; and that a friendly act, an
// act two sentences back, a thing threatened or a named target leaves it
// alone.
func TestThreatPressed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Bolivia's foreign ministry accused Chile of militarising the border on Monday. It threatened to recall its ambassador.", want: []string{"BOLGOV>CHL:1313"}},
		{text: "Bolivian foreign ministry spokeswoman Ana Ruiz accused Chile of militarising the border on Monday. She warned that Bolivia would respond to any new restrictions.", want: []string{"BOLGOV>CHL:130"}},
		// Another actor of the same country carries it on.
		{text: "Bolivia accused Chile of militarising the border on Monday. Bolivian officials threatened to close the crossing.", want: []string{"BOLGOV>CHL:1381"}},
		// A friendly act is nothing to carry on.
		{text: "Bolivia praised Chile on Monday. Bolivian officials threatened to close the crossing.", not: []string{"BOLGOV>CHL:1381", "BOLGOV>CHL:130"}},
		// Only the sentence before reaches.
		{text: "Bolivia accused Chile of spying on Monday. Peru praised Ecuador on Tuesday. Bolivian officials threatened to close the crossing.", not: []string{"BOLGOV>CHL:1381", "BOLGOV>CHL:130", "BOLGOV>ECU:1381", "BOLGOV>PER:1381"}},
		// A thing threatened is no threat of a deed.
		{text: "Bolivia accused Chile of spying on Monday. Bolivian officials said the floods threaten the harvest.", not: []string{"BOLGOV>CHL:130"}},
		// A named target wins.
		{text: "Bolivia accused Chile of spying on Monday. Bolivian officials threatened to impose tariffs on Peru.", not: []string{"BOLGOV>CHL:130", "BOLGOV>CHL:1381"}},
	})
}
