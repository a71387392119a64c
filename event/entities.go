package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
)

// EntityActors gives each of ents (the article's names, as Prepare read
// them) that an actor mention of the prepared article holds the actor
// it stands for, with its country as an ISO 3166-1 alpha-3 code, as
// events carry it ("ROU", "XKX"; the code stays CAMEO's, "KSVCOP"). A
// name that is the whole mention takes the mention's actor ("Edi Rama"
// ALBGOV), and so does a person's name after a title ("Albanian Prime
// Minister Edi Rama"); another name inside a mention takes what the
// dictionaries code its own words as, if they code all of them
// ("Kosovo" of "Kosovo police", KSVCOP, is KSV; "the European Union" of
// a mention that begins with "the" is IGOEUREEC). A name no mention
// holds was resolved to no actor in its context, and is left without
// one, as are names that already carry one.
func (p *Prepared) EntityActors(ents []model.Entity) {
	if p == nil || p.art == nil {
		return
	}
	at := p.art.Published.Time
	for _, sent := range p.mentions {
		for _, m := range sent {
			if m.Code == "" || m.Code == "---" || m.Span.End <= m.Span.Start {
				continue
			}
			for i := range ents {
				e := &ents[i]
				if e.Actor != nil || e.Start < m.Span.Start || e.End > m.Span.End {
					continue
				}
				var x model.Actor
				switch {
				case e.Start == m.Span.Start && e.End == m.Span.End, e.Kind == model.Person && m.Person:
					x = m.Actor
				default:
					words := strings.Fields(e.Text)
					code, entry, n, ok := p.c.r.Dicts().Actor(words, at)
					if !ok || n != len(words) || code == "---" {
						continue
					}
					x = model.Actor{Code: code, Name: strings.ToUpper(e.Text), Country: actor.CountryOf(code), Entry: entry.String()}
				}
				x.Span = e.Span
				x.Country = cameo.ISOCountry(x.Country)
				e.Actor = &x
			}
		}
	}
}
