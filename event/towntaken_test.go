package event

import "testing"

// TestTownTaken checks that a named town or city taken by force, the
// verb's object or its passive subject, is territory occupied (192): a
// bare TAKE of it, which alone codes nothing, and a capture, a seizure in
// the passive or a town taken over, which stay seizures for anything
// else (171; 1711 for a vessel, the verb supplement's SEIZE patterns).
// Taking a town by surprise, taking someone to court and taking a flight
// take no town.
func TestTownTaken(t *testing.T) {
	tests := []eventCase{
		{"Ecuadorian rebels took Quito on Sunday.", []string{"ECUREB>ECU:192"}, nil},
		{"Quito was taken by Ecuadorian rebels on Sunday.", []string{"ECUREB>ECU:192"}, nil},
		{"Ecuadorian rebels took the city of Quito after a week of fighting.", []string{"ECUREB>ECU:192"}, nil},
		{"Congolese rebels took the provincial capital Goma in January.", []string{"CODREB>COD:192"}, nil},
		{"Quito was captured by Ecuadorian rebels on Sunday.", []string{"ECUREB>ECU:192"}, []string{"ECUREB>ECU:171"}},
		{"Quito was seized by the rebels on Sunday.", []string{"ECUREB>ECU:192"}, []string{"ECUREB>ECU:171"}},
		{"A Chilean tanker was seized by Peru.", []string{"PER>CHLBUS:1711"}, []string{"PER>CHLBUS:192"}},
		{"Ecuadorian rebels took over Quito on Sunday.", []string{"ECUREB>ECU:192"}, []string{"ECUREB>ECU:171"}},
		{"Quito was taken over by Ecuadorian rebels on Sunday.", []string{"ECUREB>ECU:192"}, []string{"ECUREB>ECU:171"}},
		{"The Chilean firm took over a Peruvian bank.", nil, []string{"*>*:192"}},
		{"The Peruvian president took Lima by surprise with the announcement.", nil, []string{"*>*:192"}},
		{"The Bolivian president took a flight to Lima on Monday.", nil, []string{"*>*:192"}},
		{"The Chilean minister took Santiago's proposal to the cabinet.", nil, []string{"*>*:192"}},
	}
	checkEventCases(t, tests)
}

// TestTownFallen checks that a named town taken or held, which a noun,
// "fell to" or "has control of" names, is territory occupied (192) by
// its taker, while a fall of prices, a season's fall, the capture of
// soldiers and control of a policy or of a town's water take no town.
func TestTownFallen(t *testing.T) {
	tests := []eventCase{
		{"Quito fell to Ecuadorian rebels on Sunday.", []string{"ECUREB>ECU:192"}, nil},
		{"The city of Quito fell to Ecuadorian rebels after a week of fighting.", []string{"ECUREB>ECU:192"}, nil},
		{"The fall of Quito to Ecuadorian rebels shocked the region.", []string{"ECUREB>ECU:192"}, nil},
		{"The capture of Quito by Ecuadorian rebels shocked the region.", []string{"ECUREB>ECU:192"}, nil},
		{"Since the seizure of Goma by Congolese rebels, thousands have fled.", []string{"CODREB>COD:192"}, nil},
		{"Lima's stock index fell to a record low.", nil, []string{"*>*:192"}},
		{"In the fall of 2019, Chile hosted the summit in Santiago.", nil, []string{"*>*:192"}},
		{"The capture of ten Peruvian soldiers by Bolivian rebels angered Lima.", nil, []string{"*>*:192"}},
		{"Ecuadorian rebels have had control of Quito since March.", []string{"ECUREB>ECU:192"}, nil},
		{"The insurgents, who are Bolivian rebels, have kept control of Sucre for a year.", []string{"BOLREB>BOL:192"}, nil},
		{"Chile has full control of its trade policy.", nil, []string{"*>*:192"}},
		{"The Peruvian army has control of Lima's water supply.", nil, []string{"*>*:192"}},
	}
	checkEventCases(t, tests)
}
