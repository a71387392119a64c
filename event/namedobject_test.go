package event

import "testing"

// TestQuotedApposition checks that calling someone a phrase in quotation
// marks, which the parse hangs on the object as its apposition, names
// the object and phones no one, while a plain call to a leader still
// codes 041.
func TestQuotedApposition(t *testing.T) {
	tests := []eventCase{
		{"Peru will fight the tariffs at the World Trade Organization, Trade Minister Juan Perez told reporters in Lima, calling them \"a political decision dressed up as a legal remedy\".", nil, []string{"PERGOV>PERMED:041", "PERMED>PERGOV:041"}},
		{"The Peruvian president called Chile's president on Monday to discuss the border.", []string{"PERGOV>CHLGOV:041"}, nil},
	}
	checkEventCases(t, tests)
}
