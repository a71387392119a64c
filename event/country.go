package event

import (
	"strings"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
)

// isoCountries rewrites the countries of the events' source, target and
// attribution from CAMEO's country codes, which the coder compares
// throughout, to ISO 3166-1 alpha-3 codes ("ROM" to "ROU", "KSV" to
// "XKX"; see cameo.ISOCountry), as events carry them out. It is the one
// place where that happens; actor codes ("ROMGOV") stay CAMEO. An actor
// another event shares is copied, not changed in place.
func isoCountries(evs []model.Event) []model.Event {
	for i := range evs {
		evs[i].Source = isoActor(evs[i].Source)
		evs[i].Target = isoActor(evs[i].Target)
		evs[i].AttributedTo = isoActor(evs[i].AttributedTo)
	}
	return evs
}

func isoActor(a *model.Actor) *model.Actor {
	if a == nil {
		return nil
	}
	iso := cameo.ISOCountry(a.Country)
	if iso == a.Country {
		return a
	}
	b := *a
	b.Country = iso
	return &b
}

// placeCountry returns the actor code of the country of a place the
// gazetteer knows, whose ISO 3166-1 alpha-3 code is iso: for a territory
// the dictionaries code as a part of another country, the code they give
// its name ("DNKGRL" for Greenland's "GRL", "USAPRI" for Puerto Rico's
// "PRI"), as the Actors conventions code actors by the dictionaries;
// else code, the caller's CAMEO code of the country. Officials met in a
// story filed from Nuuk are Greenland's (DNKGRLGOV), not of a country
// "GRL" that no dictionary or gold codes.
func (c *Coder) placeCountry(iso, code string) string {
	if c.Places == nil || c.d == nil {
		return code
	}
	ct, ok := c.Places.Country(iso)
	if !ok || ct.Name == "" {
		return code
	}
	words := strings.Fields(strings.ToUpper(ct.Name))
	tc, _, n, ok := c.d.Actor(words, time.Time{})
	// The territory's own code ends its dictionary code: DNK + GRL.
	if ok && n == len(words) && len(tc) == 6 && actor.CountryOf(tc) != "" && tc[3:] == iso {
		return tc
	}
	return code
}

// PlaceCountry finds a city or first-order division that the gazetteer
// (Places) names at the start of words, tokens as the segmenter makes
// them, preferring one in the country of code hint (CAMEO's or ISO's;
// "" for none), and returns the actor code of its country (placeCountry's: "MDA"
// for "Tiraspol", "DNKGRL" for "Nuuk") and the number of words that name
// it; "" and 0 when Places is unset or names no such place there, or
// the country has no CAMEO code. A country's own name is the
// dictionaries' to read. It is the actor resolver's lookup of towns the
// dictionaries do not know (actor.Resolver.Places), which casus sets.
func (c *Coder) PlaceCountry(words []string, hint string) (string, int) {
	if c.Places == nil {
		return "", 0
	}
	p, n, ok := c.Places.Lookup(words, hint)
	if !ok || p.Type == place.TypeCountry {
		return "", 0
	}
	ct, ok := c.Places.Country(p.Country)
	if !ok || ct.CAMEO == "" {
		return "", 0
	}
	return c.placeCountry(p.Country, ct.CAMEO), n
}
