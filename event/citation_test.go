package event

import "testing"

// TestCitationNames checks that the capitalised words of a numbered
// instrument's citation ("Executive Order 12345") are a title, not the
// pattern nouns they spell, while the same noun in plain words still
// codes.
func TestCitationNames(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chilean firms are barred from providing any service to the Peruvian government under Executive Order 12345.", nil, []string{"CHLBUS>PERGOV:100"}},
		// Not barred (forbiddenGerund codes nothing above either way):
		// the citation alone keeps "Order" from a demand.
		{"Chilean firms provided services to the Peruvian government under Executive Order 12345.", []string{"CHLBUS>PERGOV:060"}, []string{"CHLBUS>PERGOV:100"}},
		{"Ecuador provided weapons to Colombian rebels under Executive Order 12.", []string{"ECU>COLREB:072"}, nil},
	})
}
