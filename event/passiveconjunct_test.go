package event

import "testing"

// TestPassiveConjunct checks that an active verb joined to a passive one
// shares the passive's subject: the passive's "by" agent does not do the
// second deed, and a subject that names no actor leaves it with no
// source.
func TestPassiveConjunct(t *testing.T) {
	tests := []eventCase{
		{"Peru was backed by Chile and attacked Bolivia.", []string{"PER>BOL:190", "CHL>PER:051"}, []string{"CHL>BOL:190"}},
		{"Serbian police were attacked by protesters and arrested ten Kosovars.", []string{"SRBCOP>KSV:173"}, []string{"SRBOPP>KSV:173"}},
		{"Chile was criticised by Peru and expelled two Peruvian diplomats.", []string{"CHL>PERGOV:174"}, []string{"PER>PERGOV:174"}},
		{"The Afghan embassy was attacked by protesters and closed its consular section.", nil, []string{"AFGOPP>*:161"}},
		// A second passive shares the first one's agent or none.
		{"The Kenyan envoy was summoned by Uganda and accused of spying.", []string{"UGAGOV>KENGOV:114"}, []string{"KENGOV>*:112", "KENGOV>*:1125"}},
		// A relative clause's passive keeps its own subject.
		{"Sali Berisha, who was jailed in 1986, criticised Serbia.", []string{"ALBGOV>SRB:111"}, nil},
	}
	checkEventCases(t, tests)
}
