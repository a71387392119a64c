// Package model holds the plain types that flow through the casus pipeline:
// the raw input document, the extracted article, and the annotations later
// stages attach to it (sentences, tokens, entity mentions, actors, events,
// quotes and framing marks).
//
// Every pipeline stage depends on this package and on nothing else of
// casus's; stages never import one another. The package must not know how
// documents are fetched, parsed, analysed or stored. JSON field names are a
// public contract: other tools read them, so they are never renamed.
package model
