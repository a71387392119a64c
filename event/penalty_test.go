package event

import "testing"

// TestPenaltyAndPressure checks that sanctions or tariffs that hit or
// hurt someone are sanctions (163), not force, that force keeps its own
// codes, and that pressuring someone is a demand (100) which borrows no
// military pattern from the verbs it shares a block with.
func TestPenaltyAndPressure(t *testing.T) {
	tests := []eventCase{
		{"Retaliatory tariffs imposed by Chile have hurt Peruvian farmers.", []string{"CHL>PERAGR:163"}, []string{"CHL>PERAGR:180"}},
		{"Punitive duties set by Bolivia have hurt Chilean wine makers.", []string{"BOL>CHL:163"}, []string{"BOL>CHL:180"}},
		{"Chilean tariffs hit Peruvian farmers last year.", []string{"CHL>PERAGR:163"}, []string{"CHL>PERAGR:190"}},
		{"Chilean troops hit Peruvian positions with artillery.", nil, []string{"CHLMIL>PERMIL:163"}},
		{"Chile hurt Peruvian farmers.", []string{"CHL>PERAGR:180"}, []string{"CHL>PERAGR:163"}},
		{"Peruvian farmers were hit by new Chilean tariffs.", []string{"CHL>PERAGR:163"}, []string{"CHL>PERAGR:190"}},
		{"The money went to payments to Peruvian farmers hurt by retaliatory Chilean sanctions.", []string{"CHL>PERAGR:163"}, []string{"CHL>PERAGR:180"}},
		{"Bolivian exporters were hit by new Chilean penalties.", []string{"CHL>BOLBUS:163"}, []string{"CHL>BOLBUS:190"}},
		{"Bolivian exporters were hurt by heavy Chilean duties.", []string{"CHL>BOLBUS:163"}, []string{"CHL>BOLBUS:180"}},
		{"Peruvian farmers were hit by Chilean troops.", []string{"CHLMIL>PERAGR:190"}, []string{"CHLMIL>PERAGR:163"}},
		{"Peru and Chile have been pressuring Bolivia to leave the border town, to open a route for military aid.", []string{"PER>BOL:100", "CHL>BOL:100"}, []string{"PER>BOL:154", "CHL>BOL:154"}},
		{"Chile reinforced its military along the border with Peru.", nil, []string{"CHL>PER:100"}},
	}
	checkEventCases(t, tests)
}
