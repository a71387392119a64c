package event

import "strings"

// deedCode returns the code that an appeal, demand or threat coded have
// takes from the code of the deed it calls for or threatens, or "" to
// keep have: an unspecified appeal (020) or demand (100) takes
// appealCode's, an unspecified threat (130) threatCode's; a threat of
// force (138) takes only one of its children ("to invade", 1382) or, its
// "military" being aid's, a threat to cut aid ("to halt military aid",
// 1311); a specified appeal or demand of three digits (025, 105) only
// one of its children ("demanded that Chile withdraw its troops", 105 ->
// 1056).
func deedCode(have, deed string) string {
	switch have {
	case "020", "100":
		return appealCode(have[:2], deed)
	case "130":
		return threatCode(deed)
	case "138":
		if c := threatCode(deed); c != "138" && strings.HasPrefix(c, "138") || c == "1311" {
			return c
		}
		return ""
	}
	if len(have) == 3 && (have[:2] == "02" || have[:2] == "10") {
		if c := appealCode(have[:2], deed); len(c) > 3 && strings.HasPrefix(c, have) {
			return c
		}
	}
	return ""
}

// threatCode returns the threat (CAMEO 13) of a deed a threat (130)
// says its source will do, by the CAMEO codebook's matching entries, or
// "" for a deed no entry names: "threatened to cut aid" (162) is a threat
// to reduce or stop aid (1311), "to impose sanctions" (163) one with
// sanctions (1312), "to break off ties" (161) one to reduce or break
// relations (1313), "to suspend talks" (164) one to halt negotiations
// (134), mediation (165) 135, expelling peacekeepers or inspectors (166)
// 136, administrative sanctions (172 and its children) 132 and its
// children, repression (175) 137, a protest (14) 133, a blockade (191)
// 1381, an occupation (192) 1382, unconventional violence (18) 1383, an
// armed attack (193-195) 1384, weapons of mass destruction (204) 1385
// and other mass violence (20) 138. Arrests, expulsions of people (173,
// 174) and seizures (171) have no threat of their own, and unspecified
// force (190) is too loose to tell one ("threatened to retaliate" may
// answer sanctions with sanctions): they stay 130.
func threatCode(deed string) string {
	if len(deed) < 3 {
		return ""
	}
	base := deed[:3]
	switch base {
	case "160":
		return "131"
	case "161":
		return "1313"
	case "162":
		return "1311"
	case "163":
		return "1312"
	case "164":
		return "134"
	case "165":
		return "135"
	case "166":
		return "136"
	case "172":
		return "132" + deed[3:]
	case "175":
		return "137"
	case "191":
		return "1381"
	case "192":
		return "1382"
	case "193", "194", "195", "196":
		return "1384"
	case "204":
		return "1385"
	}
	switch base[:2] {
	case "14":
		return "133"
	case "18":
		return "1383"
	case "20":
		return "138"
	}
	return ""
}

// attackLemmas are the verbs (upper-case lemmas) of an armed attack on
// someone. The dictionaries give most of them unspecified force (190),
// which threatCode leaves unspecified for "threatened to retaliate"; with
// one of these verbs the force threatened is an attack.
var attackLemmas = map[string]bool{
	"ATTACK": true, "STRIKE": true, "BOMB": true, "SHELL": true,
	"RAID": true, "ASSAULT": true, "INVADE": true,
}

// forceThreat returns the code of a threat (have) of a deed coded deed
// whose verb is lemma: a threat of unspecified force (190) by a verb of
// armed attack threatens military force (138, "threatened to attack
// Israel"); otherwise what deedCode returns.
func forceThreat(have, deed, lemma string) string {
	if have == "130" && deed == "190" && attackLemmas[lemma] {
		return "138"
	}
	return deedCode(have, deed)
}
