package cameo

import (
	"maps"
	"slices"
)

// isoOf maps each CAMEO country code that is not the ISO 3166-1 alpha-3
// code of its country to that code. It was read off two tables of
// ../shared/data: CAMEO's country table (cameo/CAMEO.country.txt, with
// "KSV", the Phoenix dictionaries' Kosovo) matched by name to GeoNames'
// countryInfo (geonames/countryInfo.txt, which gives Kosovo the
// user-assigned "XKX"), as the place gazetteer matches them (see
// place/data/countries.txt); TestISOCountryGazetteer checks it against
// the gazetteer. West Bank and Gaza Strip have no ISO code of their own:
// they are parts of ISO's "PSE", as their places are. CAMEO's regions
// ("AFR", "MEA") name no country and keep their codes.
var isoOf = map[string]string{
	"GZS": "PSE", // Gaza Strip
	"IMY": "IMN", // Isle of Man
	"KSV": "XKX", // Kosovo
	"MTN": "MNE", // Montenegro
	"ROM": "ROU", // Romania
	"TMP": "TLS", // East Timor, Timor-Leste
	"WSB": "PSE", // West Bank
}

// ISOCountry returns the ISO 3166-1 alpha-3 code of the country that the
// CAMEO country code names ("ROU" for "ROM", "XKX" for "KSV"), or code
// itself where the two agree, for a CAMEO region, and for a code it does
// not know. It is the identity on ISO codes, so applying it twice is
// harmless.
func ISOCountry(code string) string {
	if iso, ok := isoOf[code]; ok {
		return iso
	}
	return code
}

// CAMEOCountry returns the CAMEO country code of the country with the ISO
// 3166-1 alpha-3 code ("ROM" for "ROU", "KSV" for "XKX"), or code itself
// where the two agree and for a code it does not know. "PSE" stays "PSE",
// which CAMEO has too.
func CAMEOCountry(code string) string {
	for cameo, iso := range isoOf {
		if iso == code && iso != "PSE" {
			return cameo
		}
	}
	return code
}

// CountryAliases returns the codes a stored event may carry for the
// country that code, ISO 3166-1 alpha-3 or CAMEO, names: its ISO code
// first, then every CAMEO code of it that differs ("ROU", "ROM"; "PSE",
// "GZS", "WSB"). Events coded before casus wrote ISO codes for actors
// carry the CAMEO ones.
func CountryAliases(code string) []string {
	iso := ISOCountry(code)
	out := []string{iso}
	for _, cameo := range slices.Sorted(maps.Keys(isoOf)) {
		if isoOf[cameo] == iso {
			out = append(out, cameo)
		}
	}
	return out
}
