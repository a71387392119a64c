package event

import "testing"

// TestReceivedFrom checks that receiving something from an ambassador
// ("received a letter from Chile's ambassador") hosts no visit
// (receivedFrom): the ambassador is who sent it. Receiving the
// ambassador, envoys or a delegation from a country still codes 043.
func TestReceivedFrom(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's president received a letter from Chile's ambassador on Monday.", nil, []string{"PERGOV>CHLGOV:043"}},
		{"The Peruvian museum received a painting from the Chilean ambassador.", nil, []string{"PER>CHLGOV:043"}},
		{"Peru received a protest note from the Chilean ambassador.", nil, []string{"PER>CHLGOV:043"}},
		{"Peru's foreign minister received Chile's ambassador on Monday.", []string{"PERGOV>CHLGOV:043"}, nil},
		{"Peru's president received envoys from Chile and Bolivia.", []string{"PERGOV>CHLGOV:043", "PERGOV>BOLGOV:043"}, nil},
		{"Peru's president received a delegation from Chile on Monday.", []string{"PERGOV>CHL:043"}, nil},
	})
}
