// Package demotest gives tests the demo corpus as the pipeline sees it:
// every page read through ingest (the WARC members included), decoded and
// extracted, keyed by the file names the gold files use, and the gold
// files' rows. It is for tests only; nothing in casus's binary uses it.
package demotest
