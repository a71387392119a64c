package event

import "github.com/casus-project/casus/model"

// accusationCode returns the accusation (CAMEO 112) that charging
// someone with a deed of the given code is, by the CAMEO codebook's
// matching entries, or "" for a deed no entry names: a use of armed
// force (19) is an accusation of aggression (1123), mass violence (20)
// one of war crimes (1124), violent repression (175) or torture (1822)
// one of human rights abuses (1122). Other violence (18: a bombing, a
// kidnapping) may be a crime, terrorism or a war crime; it stays 112.
// The deed's victim, an actor code or "", tells two more abuses
// (abused): force used on protesters or the opposition ("accused the
// police of killing protesters") and beating people who bear no arms
// ("accused soldiers of beating migrants") are human rights abuses
// (1122), not aggression.
func accusationCode(deed, victim string) string {
	switch {
	case len(deed) < 3:
		return ""
	case abused(deed, victim):
		return "1122"
	case deed[:2] == "19":
		return "1123"
	case deed[:2] == "20":
		return "1124"
	case deed[:3] == "175", deed == "1822":
		return "1122"
	}
	return ""
}

// abused reports a deed of force or assault (CAMEO 19, 182) whose victim
// is a country's opposition or protesters (OPP), or an assault (182) on
// private people (private: civilians, migrants, workers).
func abused(deed, victim string) bool {
	switch {
	case deed[:2] == "19":
		return sectorOf(victim, "OPP")
	case deed == "182":
		return sectorOf(victim, "OPP") || private(victim)
	}
	return false
}

// specifyAccusation gives an unspecified accusation (112) that the verb
// at g made in the current sentence the code of the deed it charges (see
// accusationCode, with the deed's victim's code or ""): "accused Seoul of
// firing artillery across the border" is an accusation of aggression
// (1123).
func (a *article) specifyAccusation(toks []model.Token, g int, deed, victim string) {
	code := accusationCode(deed, victim)
	if code == "" {
		return
	}
	a.recodeAt(toks, g, func(have string) string {
		if have != "112" {
			return ""
		}
		return code
	})
}
