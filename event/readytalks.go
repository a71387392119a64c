package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// readyForAdjectives (lower-case) say, before "for" or "to" and a noun of
// talks, that their subject would take part in them: "is ready for talks
// with", "remains open to dialogue with", "was prepared for negotiations
// with".
var readyForAdjectives = map[string]bool{"ready": true, "open": true, "prepared": true}

// readyTalkNouns (upper-case lemmas) are the nouns of talks or a meeting
// that one may stand ready for.
var readyTalkNouns = map[string]bool{
	"TALK": true, "NEGOTIATION": true, "DIALOGUE": true, "DIALOG": true, "MEETING": true, "SUMMIT": true,
}

// nominalReadyTalks codes talks or a meeting with someone that the
// clause's subject says it is ready for or open to ("Peru is open to
// dialogue with Chile", "said it was ready for talks with Bolivia") as
// its intent to meet or negotiate (036), as "is ready to negotiate with"
// is. Readiness denied ("is not ready for talks") codes nothing here.
func (a *article) nominalReadyTalks(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	if !readyTalkNouns[a.w.lem[k]] || toks[k].UPOS != "NOUN" && (toks[k].UPOS != "VERB" || k == 0 || a.w.up[k-1] != "TO") {
		return
	}
	adj := a.readyFor(toks, k)
	if adj < 0 || negatedAux(toks, adj) {
		return
	}
	end := nominalEnd(toks, k)
	tgt := -1
	for j := k + 1; j < end && j <= k+2; j++ {
		if a.w.up[j] == "WITH" {
			tgt = withParty(toks, ms, j, end)
			break
		}
	}
	if tgt < 0 {
		return
	}
	src := -1
	if a.t.ok {
		src = a.depSource(ms, adj, false)
	}
	if src < 0 {
		src = a.source(toks, ms, adj)
	}
	if src < 0 || src == tgt || selfEvent(ms[src], ms[tgt]) {
		return
	}
	cl := &clause{v: adj, vEnd: adj + 1, lo: k, hi: end, code: "036", src: src, tgt: tgt,
		pattern: "READY FOR <noun> TALKS WITH +", entries: []string{toks[adj].Form + " for " + toks[k].Form + ": intent to meet or negotiate (036)"}}
	a.emitNominal(s, toks, ms, cl, ms[src], ms[tgt], says, times)
}

// readyFor returns the adjective of readyForAdjectives that "for" or "to"
// right before the noun at k (past its article and adjectives) follows,
// itself after a verb of readyVerbs ("is ready for", "remains open to"),
// or -1.
func (a *article) readyFor(toks []model.Token, k int) int {
	p := a.beforePremods(toks, k, 3, premodDet|premodAdj)
	if p < 1 || a.w.up[p] != "FOR" && a.w.up[p] != "TO" {
		return -1
	}
	j := p - 1
	if !readyForAdjectives[strings.ToLower(toks[j].Form)] || readyVerbBefore(toks, j) < 0 {
		return -1
	}
	return j
}

// withParty returns the first actor mention within three words after
// "with" at j and before end ("with Chile", "with his Chilean
// counterpart"), or -1.
func withParty(toks []model.Token, ms []actor.Mention, j, end int) int {
	for i, m := range ms {
		// "with his Chilean counterpart": the owner "his" is not the
		// party.
		if m.Kind == actor.Pronoun && toks[m.Start].XPOS == "PRP$" {
			continue
		}
		if m.Start > j && m.Start <= j+3 && m.Start < end && !nameWord(toks, m) {
			return i
		}
	}
	return -1
}
