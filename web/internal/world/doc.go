// Package world provides the world map's outline: every country's shape
// as an SVG path in the Equal Earth projection, and the projection itself
// for placing points on the same map.
//
// The shapes are compiled by web/internal/genworld from Natural Earth's
// admin-0 countries at 1:50m (public domain), as redistributed in
// TopoJSON by the npm package world-atlas (ISC), and embedded in the
// binary, so the map needs nothing from the network.
//
// The package knows map geometry and ISO 3166-1 alpha-3 codes only,
// nothing of events, stores or CAMEO codes.
package world
