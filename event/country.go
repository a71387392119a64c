package event

import (
	"strings"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
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
