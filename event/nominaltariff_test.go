package event

import "testing"

// TestNominalTariff checks that tariffs, duties, sanctions or an embargo
// a noun names code a sanction (163) by their owner, their agent or the
// subject of a verb imposing them on the country whose goods they
// strike, and that ones threatened, opposed, lifted, possible or owned by
// no one in the sentence, and a duty one owes, code none.
func TestNominalTariff(t *testing.T) {
	tests := []eventCase{
		{"Argentine tariffs on Brazilian steel took effect in July.", []string{"ARG>BRA:163"}, nil},
		{"Chile's duties on imports from Peru have cost Lima dearly.", []string{"CHL>PER:163"}, nil},
		{"Argentina has raised tariffs on Brazilian steel.", []string{"ARG>BRA:163"}, nil},
		{"Chile kept its 25 percent tariffs on Bolivian cars.", []string{"CHL>BOL:163"}, nil},
		{"Peru defended its levies on $2 billion worth of Ecuadorian bananas.", []string{"PER>ECU:163"}, nil},
		{"Chilean sanctions on Bolivian banks took effect on Monday.", []string{"CHL>BOL:163"}, nil},
		{"Ecuador's embargo on Colombian oil has lasted a decade.", []string{"ECU>COL:163"}, nil},
		{"Tariffs on Uruguayan beef were increased by Paraguay in May.", []string{"PRY>URY:163"}, nil},
		{"Bolivia responded with tariffs on Chilean fruit.", []string{"BOL>CHL:163"}, nil},
		// An international body imposes them as a country does.
		{"The new EU sanctions on Belarus took effect on Monday.", []string{"IGOEUREEC>BLR:163"}, nil},
		{"The European Union's tariffs on Vietnamese shoes were doubled.", []string{"IGOEUREEC>VNM:163"}, nil},
		{"The EU opposes sanctions against Moldova.", nil, []string{"IGOEUREEC>MDA:163"}},
		// A participle of imposing after the phrase names the imposer.
		{"Duties on Guatemalan coffee imposed by Mexico in 2021 are still in place.", []string{"MEX>GTM:163"}, nil},
		// A ban on goods or trade is an embargo; one on people or acts
		// is none.
		{"Egypt's ban on imports of Sudanese cattle took effect last week.", []string{"EGY>SDN:163"}, nil},
		{"The ban on Ethiopian coffee imposed by Kenya in 2023 remains in force.", []string{"KEN>ETH:163"}, nil},
		{"The Kenyan ban on trade with Somalia took effect on Monday.", []string{"KEN>SOM:163"}, nil},
		{"Egypt's ban on Sudanese journalists was condemned.", nil, []string{"EGY>SDN:163", "EGY>SDNMED:163"}},
		{"Egypt's ban on rallies by Sudanese students drew protests.", nil, []string{"EGY>SDN:163", "EGY>SDNEDU:163"}},
		// "from" right after the noun names the imposer.
		{"New sanctions from Ottawa on Caracas took effect on Monday.", []string{"CAN>VEN:163"}, nil},
		{"Retaliatory tariffs from Mexico on Canadian lumber took effect.", []string{"MEX>CAN:163"}, nil},
		// Tariffs that are the subject of a verb of cutting do it; they
		// are not cut.
		{"Canadian sanctions on Venezuela have cut its oil exports.", []string{"CAN>VEN:163"}, nil},
		{"Canada's duties on Mexican steel have reduced imports by half.", []string{"CAN>MEX:163"}, nil},
		{"Canada's tariffs on Mexican steel were cut in May.", nil, []string{"CAN>MEX:163"}},
		// Tariffs not in force, and no imposer named.
		{"Chile opposes sanctions against Bolivia.", nil, []string{"CHL>BOL:163"}},
		{"Chile lifted its tariffs on Peruvian copper.", nil, []string{"CHL>PER:163"}},
		{"Chile announced the removal of its duties on Bolivian wine.", nil, []string{"CHL>BOL:163"}},
		{"If Chile imposes a tariff on Peruvian copper, buyers in Lima pay it.", nil, []string{"CHL>PER:163"}},
		{"Chile could impose tariffs on Peruvian copper next year.", nil, []string{"CHL>PER:163"}},
		{"Tariffs on Peruvian copper were raised from 5% to 20% in March.", nil, []string{"PER>PER:163"}},
		{"The Chilean minister said it was his duty to protect Peruvian workers.", nil, []string{"CHLGOV>PER:163"}},
	}
	checkEventCases(t, tests)
}
