package event

import "testing"

// TestFoundGuilty checks that a court convicting, finding guilty or
// sentencing someone finds them guilty (116), not an arrest or charge
// (173) nor an administrative sanction (172), while a fine stays a
// sanction.
func TestFoundGuilty(t *testing.T) {
	tests := []eventCase{
		{"A court in Moscow convicted the opposition leader of fraud.", []string{"RUSJUD>RUSOPP:116"}, []string{"RUSJUD>RUSOPP:173"}},
		{"The opposition leader was convicted of fraud by a Moscow court.", []string{"RUSJUD>RUSOPP:116"}, nil},
		{"A Tehran court sentenced a British aid worker to five years in prison.", []string{"IRNJUD>GBRNGO:116"}, []string{"IRNJUD>GBRNGO:172"}},
		{"A Minsk court found the Polish journalist guilty of inciting hatred.", []string{"BLRJUD>POLMED:116"}, []string{"BLRJUD>POLMED:173"}},
		{"A French court fined the Chinese company 5 million euros.", []string{"FRAJUD>CHNBUS:172"}, nil},
	}
	checkEventCases(t, tests)
}
