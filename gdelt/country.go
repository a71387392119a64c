package gdelt

import "github.com/casus-project/casus/cameo"

// ActorCountry returns the ISO 3166-1 alpha-3 code of the country that a
// CAMEO actor code begins with ("IRN" of "IRNGOV", "ROU" of "ROMGOV",
// "XKX" of "KSVGOV", which GDELT's country table lacks), a CAMEO region
// as it is ("AFR"), or "" when the code begins with neither ("IGOUNO").
func ActorCountry(code string) string {
	if len(code) < 3 {
		return ""
	}
	p := code[:3]
	if iso := cameo.ISOCountry(p); iso != p || is(p, "country") {
		return iso
	}
	return ""
}
