// Package place says where events happen: it finds places named in news
// text in a gazetteer compiled from GeoNames (geonames.org, CC BY 4.0),
// and maps countries between the ISO 3166, FIPS 10-4 and CAMEO codes that
// casus's output and GDELT's export use.
//
// The common path uses the gazetteer embedded in the binary:
//
//	g, err := place.Default()
//	if err != nil { ... }
//	dl, hasDL := g.Dateline(article.Text) // "TIRANA, Sept 7 (Reuters) -"
//	var dateline *place.Place
//	if hasDL {
//		dateline = &dl
//	}
//	p, span, ok := g.Locate(sentenceText, sentence.Tokens, dateline)
//	// p.Name == "Tirana", p.Country == "ALB", p.FIPS == "AL", p.Type == place.TypeWorldCity
//	loc := p.Model() // with FullName "Tirana, Tirana, Albania"
//	event.Location = &loc // the JSON "location"
//
// Locate reads only locative cues ("in", "at", "near", "outside", "on
// the outskirts of", "north of") and the dateline: a capital that is the
// subject of a sentence ("Washington accused Tehran") is an actor, not a
// place, and is left to the actor dictionaries.
//
// Lookup finds the longest place name at the start of a slice of words,
// compared without case or diacritics ("Tiranë", "Tirane", "TIRANA") and
// with GeoNames' alternate names in Latin script ("Kiev" is Kyiv); of
// several places with one name it prefers countries, capitals and
// populous places, and places in a hinted country ("Paris" with hint
// "US" is Paris, Texas). Country finds a country by any of its codes,
// CountryByName by its name.
//
// The gazetteer holds GeoNames' places of 15,000 people or more (and
// seats of divisions), the first-order divisions that contain them, and
// every country, with the West Bank and Gaza Strip as territories of
// their own as CAMEO and FIPS have them. Build regenerates the embedded
// data/places.bin from ../shared/data; it is never needed at run time.
// Anything shown or shipped from it must credit "GeoNames (geonames.org)".
//
// The package knows places, names and codes. It does not tokenise beyond
// a fallback splitter, tag or parse text, decide which actor did what,
// nor know anything of stores, HTTP or the command line.
package place
