// Package api serves casus's JSON API over a store (docs/API.md and
// docs/openapi.yaml describe it in full):
//
//	GET  /api/articles         articles (publisher, q, from, to; cursor pages)
//	GET  /api/articles/{id}    one article with its annotations
//	GET  /api/events           events by any filter, sorted, in cursor pages
//	GET  /api/timeline         event counts and mean Goldstein per day, week or month
//	GET  /api/groups           event counts by root, code, pair, actor, country, place, status or publisher
//	GET  /api/network          actors and who acts on whom
//	GET  /api/quotes           quotes by speaker
//	GET  /api/export           every event of a filter as CSV, JSON lines or GDELT rows
//	GET  /api/stats            counts of what is stored
//	POST /api/ingest           queue URLs, feeds and pages for the pipeline (bearer token)
//	GET  /api/ingest/{id}      the state of a queued ingest job (bearer token)
//
// ParseEventQuery and ParseQuoteQuery read filters from query parameters;
// the dashboard and the casus events and quotes commands use them too, so
// a filter means the same everywhere. Every bad parameter is a 400 with
// {"error": message, "param": name}; server faults are logged, never
// shown. Reads are open unless Options.Private; ingestion needs
// Options.Token and an Ingester, and is limited in body size and rate.
//
// The package knows the store's interface, the document model, the
// CAMEO and GDELT tables and the gazetteer's country codes (to check
// filters), nothing of how articles are fetched or analysed: an Ingester
// supplied by the caller runs the pipeline.
package api
