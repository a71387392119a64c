package event

import (
	"fmt"
	"io"
	"strings"

	"github.com/casus-project/casus/model"
)

// Causes counts, for each gold event, how far the coder got in the
// sentence the gold row's snippet stands in: whether both actors are
// among the sentence's actors, whether anything was coded there, and how
// close the nearest coded event comes. It names no sentence, so a
// held-out set's misses can be counted without anyone reading them.
type Causes struct {
	Rows        int // gold events
	NoSentence  int // snippet not found in its article's text
	ActorAbsent int // an actor of the row is not among the sentence's actors
	// Of those, the sentences in which something was coded.
	ActorAbsentCoded int
	// Of those again, by where the article names the missing actor (or
	// its country): before the sentence, so that coreference could reach
	// it; only after it; or nowhere, a gap in resolution or dictionary.
	ActorEarlier, ActorLater, ActorNowhere int
	// Rows whose actors the sentence has, by what was coded there.
	NothingCoded int
	OtherRoots   int // only events of other CAMEO roots
	SameRoot     int // an event of the row's root; split below
	Exact        int // the row's source, target and code
	OtherCode    int // the row's source and target, another code of its root
	OtherRoles   int // the row's countries, another role on a side
	OtherPair    int // another pair of actors
}

// MissCauses counts Causes over gs, for the coded articles arts (keyed
// by file, as EvalCorpus takes them). An actor counts as among a
// sentence's actors when an entity of the sentence carries its code or
// one of its country (the first three letters), or an event coded from
// the sentence has it as source or target.
func MissCauses(gs []GoldEvent, arts map[string]*model.Article) Causes {
	var c Causes
	for _, g := range gs {
		c.Rows++
		art := arts[g.File]
		if art == nil {
			c.NoSentence++
			continue
		}
		at := strings.Index(art.Text, g.Snippet)
		if at < 0 || g.Snippet == "" {
			c.NoSentence++
			continue
		}
		s := sentenceAround(art, at)
		var evs []model.Event
		codes := map[string]bool{}
		for _, e := range art.Entities {
			if e.Actor != nil && e.Start >= s.Start && e.Start < s.End {
				codes[e.Actor.Code] = true
			}
		}
		for _, e := range art.Events {
			if e.Evidence.Sentence.Start < s.End && s.Start < e.Evidence.Sentence.End {
				evs = append(evs, e)
				codes[actorCode(e.Source)] = true
				codes[actorCode(e.Target)] = true
			}
		}
		if !hasActor(codes, g.Source) || g.Target != "" && !hasActor(codes, g.Target) {
			c.ActorAbsent++
			if len(evs) > 0 {
				c.ActorAbsentCoded++
			}
			c.whereNamed(art, s.Start, codes, g)
			continue
		}
		var same []model.Event
		for _, e := range evs {
			if e.Root == root(g.Code) {
				same = append(same, e)
			}
		}
		switch {
		case len(evs) == 0:
			c.NothingCoded++
		case len(same) == 0:
			c.OtherRoots++
		default:
			c.SameRoot++
			c.nearest(g, same)
		}
	}
	return c
}

// whereNamed counts where art names g's actors that the sentence
// starting at start lacks (codes holds the sentence's): the farthest
// from reach decides, nowhere before only later before earlier.
func (c *Causes) whereNamed(art *model.Article, start int, codes map[string]bool, g GoldEvent) {
	before, anywhere := map[string]bool{}, map[string]bool{}
	for _, e := range art.Entities {
		if e.Actor == nil {
			continue
		}
		anywhere[e.Actor.Code] = true
		if e.Start < start {
			before[e.Actor.Code] = true
		}
	}
	worst := 0 // 0 earlier, 1 later, 2 nowhere
	for _, code := range []string{g.Source, g.Target} {
		if code == "" || hasActor(codes, code) {
			continue
		}
		switch {
		case hasActor(before, code):
		case hasActor(anywhere, code):
			worst = max(worst, 1)
		default:
			worst = 2
		}
	}
	switch worst {
	case 0:
		c.ActorEarlier++
	case 1:
		c.ActorLater++
	default:
		c.ActorNowhere++
	}
}

// nearest counts the closest of same, events of g's root, to g.
func (c *Causes) nearest(g GoldEvent, same []model.Event) {
	country := func(code string) string { return code[:min(3, len(code))] }
	best := 3 // 0 exact, 1 other code, 2 other roles, 3 other pair
	for _, e := range same {
		s, t := actorCode(e.Source), actorCode(e.Target)
		switch {
		case s == g.Source && t == g.Target && e.Code == g.Code:
			best = 0
		case s == g.Source && t == g.Target:
			best = min(best, 1)
		case country(s) == country(g.Source) && country(t) == country(g.Target):
			best = min(best, 2)
		}
	}
	switch best {
	case 0:
		c.Exact++
	case 1:
		c.OtherCode++
	case 2:
		c.OtherRoles++
	default:
		c.OtherPair++
	}
}

// hasActor reports code, or another code of its country, among codes.
func hasActor(codes map[string]bool, code string) bool {
	if codes[code] {
		return true
	}
	for c := range codes {
		if len(c) >= 3 && len(code) >= 3 && c[:3] == code[:3] {
			return true
		}
	}
	return false
}

// sentenceAround returns the span of art's sentence holding byte at: one
// of art.Sentences when the pipeline kept them, else the text from the
// last ". " or line break before at to the next sentence end after it.
func sentenceAround(art *model.Article, at int) model.Span {
	for _, s := range art.Sentences {
		if s.Start <= at && at < s.End {
			return s.Span
		}
	}
	text := art.Text
	start := 0
	if i := strings.LastIndex(text[:at], ". "); i >= 0 {
		start = i + 2
	}
	if i := strings.LastIndex(text[:at], "\n"); i >= start {
		start = i + 1
	}
	end := len(text)
	for i := at; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			end = i + 1
			break
		}
	}
	return model.Span{Start: start, End: end}
}

// Print writes c as a few lines of counts.
func (c Causes) Print(w io.Writer) {
	fmt.Fprintf(w, "where the gold events stand (counts only, no sentence named): %d rows", c.Rows)
	if c.NoSentence > 0 {
		fmt.Fprintf(w, ", %d whose snippet is not in its article", c.NoSentence)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  an actor not among its sentence's actors: %d (something coded in the sentence: %d)\n", c.ActorAbsent, c.ActorAbsentCoded)
	fmt.Fprintf(w, "    the article names it earlier %d, only later %d, nowhere %d\n", c.ActorEarlier, c.ActorLater, c.ActorNowhere)
	fmt.Fprintf(w, "  both actors in the sentence: nothing coded there %d, only other roots %d, the same root %d\n", c.NothingCoded, c.OtherRoots, c.SameRoot)
	fmt.Fprintf(w, "  of the same root: exact %d, same actors with another code %d, same countries with other roles %d, another pair %d\n", c.Exact, c.OtherCode, c.OtherRoles, c.OtherPair)
}
