// Package web serves casus's HTML pages over a store: the list of articles
// and each article with its provenance. Templates are embedded and parsed
// once; nothing is fetched from the network, so the pages work on an
// air-gapped machine. The package knows the store's interface and the
// document model, nothing of how articles are made.
package web
