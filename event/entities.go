package event

import (
	"strings"
	"time"

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
// a mention that begins with "the" is IGOEUREEC), the words a hyphen
// joins to it inside the mention read with it, as the resolver reads
// them ("Timor" of "Timor-Leste officials" is TMP, not Indonesia's). A name no mention
// holds was resolved to no actor in its context, and is left without
// one, as are names that already carry one.
func (p *Prepared) EntityActors(ents []model.Entity) {
	if p == nil || p.art == nil {
		return
	}
	at := p.art.Published.Time
	for si, sent := range p.mentions {
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
				hws, htext, hyphened := p.hyphenedName(si, m, e.Span)
				switch {
				case e.Start == m.Span.Start && e.End == m.Span.End, e.Kind == model.Person && m.Person && !p.namesActor(hws, at):
					x = m.Actor
				default:
					words, name := strings.Fields(e.Text), e.Text
					if hyphened {
						words, name = hws, htext
					}
					code, entry, n, ok := p.c.r.Dicts().Actor(words, at)
					if !ok || n != len(words) || code == "---" {
						continue
					}
					x = model.Actor{Code: code, Name: strings.ToUpper(name), Country: actor.CountryOf(code), Entry: entry.String()}
				}
				x.Span = e.Span
				x.Country = cameo.ISOCountry(x.Country)
				e.Actor = &x
			}
		}
	}
}

// namesActor reports words (a name hyphenedName joined, or nil) that
// the dictionaries read whole as an actor: a piece of it the names model
// called a person ("Leste" of "Timor-Leste's prime minister") is the
// name's, not the person's the mention is.
func (p *Prepared) namesActor(words []string, at time.Time) bool {
	if len(words) == 0 {
		return false
	}
	code, _, n, ok := p.c.r.Dicts().Actor(words, at)
	return ok && n == len(words) && code != "---"
}

// hyphenedName returns the words and text of the name that a hyphen
// written without spaces joins the entity at span to inside mention m of
// sentence si ("Timor" of "Timor-Leste", "Bissau" of "Guinea-Bissau"),
// as the segmenter splits them: the dictionaries read such a name whole,
// as the resolver did, where the entity's own words name another actor
// (TIMOR_ is Indonesia's); an entity the names model found whole
// ("Guinea-Bissau") is read by its tokens too. ok is false when no
// hyphen joins the entity's words.
func (p *Prepared) hyphenedName(si int, m actor.Mention, span model.Span) (words []string, text string, ok bool) {
	if p.doc == nil || si >= len(p.doc.Sentences) {
		return nil, "", false
	}
	toks := p.doc.Sentences[si].Tokens
	a, b := -1, -1
	for k := m.Start; k < m.End && k < len(toks); k++ {
		if toks[k].Start >= span.Start && a < 0 {
			a = k
		}
		if toks[k].End <= span.End {
			b = k + 1
		}
	}
	if a < 0 || b <= a {
		return nil, "", false
	}
	joined := func(x, y int) bool { return toks[x].End == toks[y].Start }
	start, end := a, b
	for start-2 >= m.Start && toks[start-1].Form == "-" && joined(start-2, start-1) && joined(start-1, start) {
		start -= 2
	}
	for end+1 < m.End && end+1 < len(toks) && toks[end].Form == "-" && joined(end-1, end) && joined(end, end+1) {
		end += 2
	}
	for _, t := range toks[start:end] {
		words = append(words, t.Form)
		ok = ok || t.Form == "-"
	}
	if !ok {
		return nil, "", false
	}
	return words, p.doc.Text[toks[start].Start:toks[end-1].End], true
}
