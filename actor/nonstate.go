package actor

import "slices"

// armedTypes are the CAMEO types of a country's non-state armed groups,
// as an actor code holds them after the country: rebels, insurgents,
// unidentified armed forces (militias) and separatists.
var armedTypes = [...]string{"REB", "INS", "UAF", "SEP"}

// NonState reports a code of a country's actor who is no part of its
// state, its type right after the country's code: its opposition, its
// armed groups (armedTypes: "PERREB"), its parties, criminals and
// civilians ("PEROPP", "PERCVL"). A charge laid against the country is
// no charge such an actor answers, as the country's government or army
// would.
func NonState(code string) bool {
	c := CountryOf(code)
	if c == "" || len(code) < len(c)+3 {
		return false
	}
	switch t := code[len(c) : len(c)+3]; t {
	case "OPP", "PTY", "CRM", "CVL":
		return true
	default:
		return slices.Contains(armedTypes[:], t)
	}
}
