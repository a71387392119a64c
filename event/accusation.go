package event

import "github.com/casus-project/casus/model"

// accusationCode returns the accusation (CAMEO 112) that charging
// someone with a deed of the given code is, by the CAMEO codebook's
// matching entries, or "" for a deed no entry names: a use of armed
// force (19) is an accusation of aggression (1123), mass violence (20)
// one of war crimes (1124), violent repression (175) or torture (1822)
// one of human rights abuses (1122). Other violence (18: a bombing, a
// kidnapping) may be a crime, terrorism or a war crime; it stays 112.
func accusationCode(deed string) string {
	switch {
	case len(deed) < 3:
		return ""
	case deed[:2] == "19":
		return "1123"
	case deed[:2] == "20":
		return "1124"
	case deed[:3] == "175", deed == "1822":
		return "1122"
	}
	return ""
}

// specifyAccusation gives an unspecified accusation (112) that the verb
// at g made in the current sentence the code of the deed it charges (see
// accusationCode): "accused Seoul of firing artillery across the
// border" is an accusation of aggression (1123).
func (a *article) specifyAccusation(toks []model.Token, g int, deed string) {
	code := accusationCode(deed)
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
