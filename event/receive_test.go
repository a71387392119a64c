package event

import "testing"

// TestReceivedVisitor checks that receiving an official, an
// organisation's envoy, a party of visitors or an armed group's leaders
// hosts their visit (043, the host's alone: no visitor's 042, see
// visitPair), by the active or the passive verb, and that receiving a thing (aid, refugees, a message)
// codes no visit, the block's own patterns keeping their codes.
func TestReceivedVisitor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Jordan's King Abdullah received the Palestinian president in Amman on Thursday.", want: []string{"JORGOV>PSEGOV:043"}, not: []string{"PSEGOV>JORGOV:042"}},
		{text: "The Algerian president received Mali's foreign minister on Wednesday.", want: []string{"DZAGOV>MLIGOV:043"}, not: []string{"MLIGOV>DZAGOV:042"}},
		{text: "Vietnam's prime minister received a visiting delegation of U.S. senators.", want: []string{"VNMGOV>USALEG:043"}, not: []string{"USALEG>VNMGOV:042"}},
		{text: "The Iraqi defence minister was received by Iran's army chief in Tehran.", want: []string{"IRNMIL>IRQGOV:043"}, not: []string{"IRQGOV>IRNMIL:042"}},
		{text: "Oman's sultan received the UN envoy for Yemen in Muscat.", want: []string{"OMNGOV>IGOUNO:043"}, not: []string{"OMNGOV>IGOUNO:042", "IGOUNO>OMNGOV:042"}},
		// Things received: the block's own codes, or none.
		{text: "Morocco received the first shipment of tanks from the United States.", want: []string{"USA>MAR:072"}, not: []string{"MAR>USA:043"}},
		{text: "Pakistan received a $3 billion loan from Saudi Arabia.", want: []string{"SAU>PAK:071"}, not: []string{"PAK>SAU:043"}},
		{text: "Poland has received two million Ukrainian refugees since the war began.", not: []string{"POL>UKR:043"}},
		{text: "Chile received a warning from Argentina over the fishing dispute.", not: []string{"CHL>ARG:043", "ARG>CHL:042"}},
		{text: "Peru received criticism from Bolivia's president.", not: []string{"PER>BOLGOV:043"}},
		// Other verbs of the block host no one.
		{text: "Senegal won the support of Ghana's president.", not: []string{"SEN>GHAGOV:043"}},
	})
}
