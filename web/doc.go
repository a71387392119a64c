// Package web serves casus's dashboard over a store: server-rendered
// pages for the overview, event search, the timeline of cooperation and
// conflict, the actor network, the map, the stored articles (searchable
// by text), each article with the evidence of its events, and each
// actor's profile.
//
// Charts, the network and the map are SVG drawn by the server from the
// store's aggregates (the network laid out by a seeded force simulation,
// so a graph is always drawn the same; a timeline leaves out the
// intervals without events and marks across its axis where it did), so
// the pages work without script and need nothing from the network; one
// small embedded script lets a drag across the timeline set its date
// range, which links on the bars also do. Rendered pages are cached for
// a few seconds while the store's counts stay the same: the templates and
// the style sheet are embedded and parsed once,
// and a Content-Security-Policy allows only this server's own assets.
// Every filter is in the URL, so a page is a shareable link; filters are
// read with the API's parser (package api), so a bad filter is a 400 page
// naming it. The map draws Natural Earth's country outlines in the Equal
// Earth projection (package web/internal/world, compiled by
// web/internal/genworld), shading countries with events by tone and
// count, and places as dots.
//
// The package knows the store's interface, the API's parameters and the
// document model, nothing of how articles are made or analysed.
package web
