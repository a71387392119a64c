// Package cameo is the CAMEO event ontology: every event code with its
// name, Goldstein score, GDELT QuadClass and PLOVER mapping.
//
//	e, ok := cameo.Lookup("161")
//	// e.Name == "Reduce or break diplomatic relations", e.Goldstein == -4,
//	// e.QuadClass == cameo.VerbalConflict, e.Plover.Event == "REDUCE"
//
// The table is compiled from the CAMEO codebook tables in ../shared/data/cameo
// by "go generate" (see gen.go) into codebook.tsv, which the package embeds.
// ISOCountry, CAMEOCountry and CountryAliases map between CAMEO's country
// codes and ISO 3166-1 alpha-3 where the two differ ("ROM" and "ROU").
//
// The package knows the ontology only: nothing of text, actors or coding.
package cameo
