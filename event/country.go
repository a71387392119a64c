package event

import (
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
