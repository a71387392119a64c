package place

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// Geographic types of a Place, numbered as GDELT numbers its Geo_Type
// columns.
const (
	TypeCountry    = 1 // a country (or a territory with its own code)
	TypeUSState    = 2 // a state or district of the United States
	TypeUSCity     = 3 // a populated place in the United States
	TypeWorldCity  = 4 // a populated place elsewhere
	TypeWorldState = 5 // a first-order administrative division elsewhere
)

// Place is a place of the gazetteer: a populated place, a first-order
// administrative division (ADM1) or a country, with the codes that
// casus's JSON output and GDELT's export need.
type Place struct {
	// Name is the GeoNames name ("Zvečan", "Addis Ababa", "Texas",
	// "Albania").
	Name string
	// GeonameID is the GeoNames identifier; for an ADM1 it is that of
	// the division, for a country that of the country.
	GeonameID int64
	// Country is the ISO 3166-1 alpha-3 code ("ALB"; "XKX" for Kosovo).
	Country string
	// CountryName is the country's English name in GeoNames' countryInfo
	// ("Albania").
	CountryName string
	// ISO2 is the ISO 3166-1 alpha-2 code ("AL").
	ISO2 string
	// FIPS is the FIPS 10-4 country code that GDELT uses ("AL"; "KV" for
	// Kosovo, "WE" for the West Bank).
	FIPS string
	// ADM1 is the first-order division in GDELT's form: the FIPS country
	// code followed by the GeoNames admin1 code ("USTX", "AL50"). For a
	// country it is the FIPS code alone; it is empty when unknown.
	ADM1 string
	// Admin1Name names the ADM1 ("Texas"); empty for countries.
	Admin1Name string
	// FeatureClass and FeatureCode are GeoNames' ("P" and "PPLC" for a
	// capital, "A" and "ADM1" for a division, "A" and "PCLI" for a
	// country).
	FeatureClass string
	FeatureCode  string
	// Population is GeoNames' figure; for an ADM1 it is the sum over
	// the gazetteer's places within it.
	Population int64
	// Lat and Lon are in degrees (WGS 84). For an ADM1 or a country
	// without GeoNames coordinates of its own they are the centre of the
	// gazetteer's places within it.
	Lat, Lon float64
	// Type is one of TypeCountry ... TypeWorldState.
	Type int
}

// Model returns p as the document model's Place, whose FullName is
// p.FullName(p.CountryName).
func (p Place) Model() model.Place {
	return model.Place{
		Name: p.Name, FullName: p.FullName(p.CountryName), GeonameID: p.GeonameID,
		Country: p.Country, FIPS: p.FIPS, ADM1: p.ADM1,
		Lat: p.Lat, Lon: p.Lon, GeoType: p.Type,
	}
}

// FullName is the name in GDELT's Geo_Fullname form: "Tirana, Tirana,
// Albania" for a city, "Texas, United States" for a division, "Albania"
// for a country. countryName is the name of p's country (see
// Gazetteer.Country); when empty the ISO code is used.
func (p Place) FullName(countryName string) string {
	if countryName == "" {
		countryName = p.Country
	}
	if p.Type == TypeCountry {
		if p.Name != "" {
			return p.Name
		}
		return countryName
	}
	parts := []string{p.Name}
	if p.Admin1Name != "" && p.Type != TypeUSState && p.Type != TypeWorldState {
		parts = append(parts, p.Admin1Name)
	}
	if countryName != "" {
		parts = append(parts, countryName)
	}
	return strings.Join(parts, ", ")
}

// Country is a country of the gazetteer with its codes.
type Country struct {
	// Name is the English name ("Albania", "United States").
	Name string
	// ISO2 and ISO3 are the ISO 3166-1 codes; Kosovo has GeoNames'
	// user-assigned "XK" and "XKX".
	ISO2, ISO3 string
	// FIPS is the FIPS 10-4 code GDELT uses for places.
	FIPS string
	// CAMEO is the CAMEO country code of GDELT's actor tables
	// (CAMEO.country.txt: "ROM" for Romania, "TMP" for East Timor), "KSV"
	// for Kosovo as in the Phoenix dictionaries, empty when CAMEO has
	// none.
	CAMEO string
	// Capital names the capital ("Tirana"); empty for some territories.
	Capital string
	// Continent is GeoNames' two-letter continent code ("EU", "AF").
	Continent  string
	GeonameID  int64
	Population int64
	// Lat and Lon are the centre of the gazetteer's places in the
	// country (not its geometric centroid), or the capital's when
	// the country has no other place; zero when there is none.
	Lat, Lon float64
}
