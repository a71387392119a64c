package event

import "testing"

// TestFightersOfThePlace checks that non-state fighters named before any
// country of their own sentence are of the place the sentence puts them
// in, not of the country the sentence before led with, while a state's
// troops keep the story's country.
func TestFightersOfThePlace(t *testing.T) {
	tests := []eventCase{
		{"Nigeria closed its border with Benin on Monday. Armed men abducted three Chinese workers in Mali.", []string{"MLIUAF>CHNLAB:181"}, []string{"NGAUAF>CHNLAB:*"}},
		{"Nigeria closed its border with Benin on Monday. Rebels attacked a Chadian army base in Chad.", []string{"TCDREB>TCDMIL:190"}, []string{"NGAREB>TCDMIL:*"}},
		// A compass word between "in" and the place.
		{"Gunmen kidnapped two Kenyan engineers in northern Nigeria.", []string{"NGAUAF>KENCVL:181"}, nil},
		{"Nigeria closed its border with Benin on Monday. Rebels attacked a Chadian army base in eastern Chad.", []string{"TCDREB>TCDMIL:190"}, []string{"NGAREB>TCDMIL:*"}},
		{"Kenya sent more troops to Somalia on Monday. Troops attacked a Somali militia base in Somalia.", []string{"KENMIL>SOMUAF:190"}, []string{"SOMMIL>SOMUAF:*"}},
	}
	checkEventCases(t, tests)
}
