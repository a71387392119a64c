package quote

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// Kinds of SourceMention.
const (
	Named         = "named"
	Anonymous     = "anonymous"
	Republication = "republication"
)

// sourceVerbs cite a source without quoting it: "experts believe",
// "Emerging Europe reported", "pundits have identified".
var sourceVerbs = set(`believe believes believed reported reports report identified estimated
estimate estimates suggested suggest suggests found concluded assessed predicted expect expects
say says said told according`)

// Sources returns the sources text cites: every speaker of a quotation
// and every subject of a citing verb ("experts believe", "the website
// reported"), named or anonymous, in text order, each once; and, when
// republished names the original outlet of a republished report (the
// Article's Source), a mention of kind Republication first.
func Sources(text string, sents []model.Sentence, ents []model.Entity, republished string, opts Options) []model.SourceMention {
	return newAnalyzer(text, sents, ents, opts).sources(republished)
}

// FindAll returns what Find and Sources return, analysing the text once
// instead of twice.
func FindAll(text string, sents []model.Sentence, ents []model.Entity, republished string, opts Options) ([]model.Quote, []model.SourceMention) {
	a := newAnalyzer(text, sents, ents, opts)
	// quotes marks the cue words it uses (used, covered); sources reads
	// neither, so the order of the two calls does not matter.
	return a.quotes(), a.sources(republished)
}

func (a *analyzer) sources(republished string) []model.SourceMention {
	text := a.text
	var out []model.SourceMention
	seen := map[string]bool{}
	if r := strings.TrimSpace(republished); r != "" {
		m := model.SourceMention{Kind: Republication, Text: r, Name: r}
		if i := strings.Index(text, r); i >= 0 {
			m.Span = model.Span{Start: i, End: i + len(r)}
		}
		out = append(out, m)
		seen[r] = true
	}
	for v := range a.ws {
		w := &a.ws[v]
		if a.spanOf[v] >= 0 || !w.in(sourceVerbsClass) && w.s != "According" {
			continue
		}
		var n np
		if w.lower == "according" {
			if v+1 >= len(a.ws) || a.ws[v+1].lower != "to" {
				continue
			}
			_, hi := a.sentBounds(v)
			n = afterNP(a.ws, v+2, hi)
		} else {
			n = a.subject(v)
			if n.empty() && v > 0 && (a.ws[v-1].s == "," || a.ws[v-1].mark) {
				_, hi := a.sentBounds(v)
				n = afterNP(a.ws, v+1, hi)
			}
		}
		if n.empty() || n.b-n.a > 12 {
			continue
		}
		name, _ := a.resolve(n)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		st, en := a.ws[n.a].start, a.ws[n.b-1].end
		out = append(out, model.SourceMention{Kind: a.sourceKind(n), Text: text[st:en], Name: name,
			Span: model.Span{Start: st, End: en}})
	}
	return out
}

// sourceKind tells a named source from an anonymous one: a phrase with
// no proper name that rests on a source word ("a Western diplomat",
// "sources", "officials") is anonymous.
func (a *analyzer) sourceKind(n np) string {
	anon := false
	for i := n.a; i < n.b; i++ {
		w := &a.ws[i]
		if w.in(personPronounsClass) || w.in(thingPronounsClass) {
			return Named // resolved to an earlier mention
		}
		if w.lowerIn(anonymityWordsClass) {
			anon = true
		}
		if w.cap && i > n.a && !w.in(orgWordsClass) && !w.in(titlesClass) {
			// A name ("Emerging Europe"), unless it only qualifies the
			// source ("a Western diplomat", "a U.S. official").
			if !isAcronym(w.s) && !adjectival(w.s) {
				return Named
			}
		}
	}
	if n.b-n.a == 1 && a.ws[n.a].cap && !a.ws[n.a].lowerIn(anonymityWordsClass) {
		return Named
	}
	if anon {
		return Anonymous
	}
	return Named
}

// adjectival reports whether a capitalised word is a nationality or
// direction adjective ("Western", "Iranian", "Azerbaijani").
func adjectival(s string) bool {
	for _, suf := range []string{"an", "ern", "ese", "ish", "i", "ic"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}
