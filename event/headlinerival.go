package event

import (
	"slices"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// A show of force that opens a story often leaves its rival to the
// headline: "Russia protests as NATO begins largest Baltic exercise" over
// "NATO on Monday began its largest naval exercise in the Baltic Sea".
// The headline is not part of the text the coder reads, so its actors
// are looked up in the actor dictionaries word by word.

// headlineCountries returns the countries (CAMEO codes) of the actors
// the dictionaries find in title on the day at, in order, each once. A
// phrase must begin with a capital letter, so that a word of the
// headline's own ("us", "chad" lower-cased) names no one.
func (c *Coder) headlineCountries(title string, at time.Time) []string {
	if title == "" || c.d == nil {
		return nil
	}
	toks := segment.Tokens(title)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Form
	}
	var out []string
	for i := 0; i < len(words); {
		if !capitalised(words[i]) {
			i++
			continue
		}
		code, _, n, ok := c.d.Actor(words[i:], at)
		if !ok || n <= 0 {
			i++
			continue
		}
		if k := actor.CountryOf(code); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
		i += n
	}
	return out
}

// headlineRival returns, for a show of force by ms[src] in the story's
// first sentence that names no target, the one country other than the
// source's that the headline names, as a mention after the sentence's
// tokens (n). A headline of no other country, or of two or more, names
// no rival; nor does it when the sentence itself names an actor of
// another country ("fired a missile days after accusing U.S. spy
// planes, the militaries of South Korea and Japan said"): the sentence
// then tells its own story, and the headline may speak of another part
// of it.
func (a *article) headlineRival(ms []actor.Mention, src, n int) (actor.Mention, bool) {
	if a.si != a.storyAt || src < 0 {
		return actor.Mention{}, false
	}
	c := actor.CountryOf(ms[src].Code)
	for _, m := range ms {
		if k := actor.CountryOf(m.Code); k != "" && k != c {
			return actor.Mention{}, false
		}
	}
	if !a.headlineRead {
		a.headline, a.headlineRead = a.c.headlineCountries(a.title, a.ref), true
	}
	rival := ""
	for _, k := range a.headline {
		if k == c {
			continue
		}
		if rival != "" {
			return actor.Mention{}, false
		}
		rival = k
	}
	if rival == "" {
		return actor.Mention{}, false
	}
	return contextMention(model.Actor{Code: rival, Country: rival}, n, actor.FromContext, "the one other country the headline names ("+rival+")"), true
}
