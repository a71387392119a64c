// Package e2e holds casus's end-to-end tests: they store the demo corpus
// (plus an article with hand-written events, so the evidence view has
// something to show whatever the coder finds), run casus serve on it and
// drive a headless Chromium through every dashboard page with chromedp.
//
// The tests skip, saying why, when no Chromium is installed (Debian:
// apt-get install -y chromium; or set CASUS_CHROMIUM to a binary). With
// -screenshots DIR they save a PNG of each page there:
//
//	go test ./e2e -screenshots ../docs/screenshots
//
// The package has no code of its own besides the tests.
package e2e
