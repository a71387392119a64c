package dict

import "strings"

// portfolioSectors are the sectors Phoenix appends to GOV for a
// government's civil portfolios (~GOVAGR of "agriculture minister",
// ~GOVHLH of "health ministry", ~GOVBUS of "trade official"). The
// police, intelligence, armed forces and judiciary (COP, SPY, MIL, JUD)
// are not among them: CAMEO codes those as organs of their own.
var portfolioSectors = map[string]bool{
	"AGR": true, "BUS": true, "DEV": true, "EDU": true, "ENV": true,
	"HLH": true, "HRI": true, "LAB": true, "MED": true, "REL": true,
}

// portfolioHeads are the words that make an agent phrase a member or
// organ of the government: its last word ("HEALTH MINISTER", "TRADE
// OFFICIAL") or its first before OF or FOR ("MINISTRY OF LABOUR").
var portfolioHeads = map[string]bool{
	"MINISTER": true, "MINISTERS": true, "MINISTRY": true, "MINISTRIES": true,
	"SECRETARY": true, "SECRETARIES": true, "DEPARTMENT": true, "DEPARTMENTS": true,
	"DEPT": true, "OFFICIAL": true, "OFFICIALS": true, "BUREAU": true, "OFFICE": true,
}

// portfolioGov recodes, in place, the agents that name a government's
// minister, ministry, department or official of a civil portfolio as
// ~GOV, and returns how many it recoded. casus's annotation convention
// (demo/ANNOTATION2.md) codes ministers and ministries GOV whatever the
// portfolio; Phoenix's ~GOVAGR, ~GOVHLH and the like made "Canada's
// agriculture minister" another actor than its government and no gold
// uses them. Agents whose phrase is no office ("STATE MEDIA" ~GOVMED,
// "CENTRAL BANK" ~GOVBUS, "OFFICIAL NEWS AGENCY") keep their sector.
func portfolioGov(agents []Agent) int {
	n := 0
	for i, a := range agents {
		sector, ok := strings.CutPrefix(a.Code, "~GOV")
		if !ok || !portfolioSectors[sector] || !namesOffice(a.Phrase) {
			continue
		}
		agents[i].Code = "~GOV"
		n++
	}
	return n
}

// namesOffice reports whether an agent phrase's head is a government
// office: "AGRICULTURE MINISTER", "MINISTRY OF HEALTH", "DEPT OF
// AGRICULTURE", not "OFFICIAL NEWS AGENCY".
func namesOffice(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return false
	}
	if portfolioHeads[ws[len(ws)-1]] {
		return true
	}
	return len(ws) > 2 && portfolioHeads[ws[0]] && (ws[1] == "OF" || ws[1] == "FOR")
}
