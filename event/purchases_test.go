package event

import "testing"

// TestArmsAndPurchases checks that warships or military aircraft bought
// or ordered from a country are military cooperation (062), while other
// goods bought stay economic (061) and warships ordered somewhere are no
// purchase, and that purchases halted or suspended are an embargo (163).
func TestArmsAndPurchases(t *testing.T) {
	tests := []eventCase{
		{"Vietnam bought four submarines from India.", []string{"VNM>IND:062"}, []string{"VNM>IND:061"}},
		{"Egypt ordered rifles from Russia last year.", []string{"EGY>RUS:062"}, []string{"EGY>RUS:100"}},
		{"Kenya bought maize from Tanzania.", []string{"KEN>TZA:061"}, []string{"KEN>TZA:062"}},
		{"The Chinese president ordered warships to the Taiwan Strait.", nil, []string{"CHNGOV>TWN:062"}},
		{"Laos halted purchases of Thai fuel on Monday.", []string{"LAO>THA:163"}, nil},
		{"Egypt has suspended purchases of Russian wheat.", []string{"EGY>RUS:163"}, nil},
	}
	checkEventCases(t, tests)
}
