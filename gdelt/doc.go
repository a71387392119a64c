// Package gdelt writes casus events in the GDELT 2.0 event and mentions
// formats: tab-separated rows of 61 and 16 columns, as the GDELT 2.0 event
// codebook defines them, so tools built for GDELT read casus output.
//
//	w := gdelt.NewWriter(os.Stdout)
//	w.Event(id, article, &event, added)
//	w.Flush()
//
// Actor codes are split into GDELT's fields (country, known group,
// ethnic, religion and type codes) with the CAMEO actor code tables,
// compiled by "go generate" (see gen.go) and embedded. Events carry ISO
// 3166-1 alpha-3 codes for their actors' countries (see cameo.ISOCountry),
// GDELT rows CAMEO ones; ActorCountry gives the ISO code of an actor
// code's country. A mention of a page with a URL is MentionType 1 (web),
// its source named by the URL's domain ("bbc.co.uk"); one without, such
// as a page read from a file, is type 2 (citation only), cited by its
// publisher, as the event row's SOURCEURL then is. Character offsets and the document length count characters,
// as GDELT's do, not the bytes model.Span counts. A place's Geo_Type is
// model.Place.GeoType (1 country, 2 US state, 3 US city, 4 world city,
// 5 world state, as the codebook numbers them), its Geo_Fullname
// model.Place.FullName ("Tirana, Tirana, Albania"; the bare name when a
// stored place has none), its Geo_CountryCode the FIPS 10-4 code and its
// Geo_FeatureID the GeoNames ID; Geo_ADM2Code is left empty. The package knows
// the document model and the formats; nothing of how events are coded.
package gdelt
