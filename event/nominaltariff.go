package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// imposingLemmas are the verbs (upper-case lemmas) whose subject imposes
// the tariffs or duties their object names: "raised tariffs on",
// "slapped duties on", "extended its tariffs to".
var imposingLemmas = map[string]bool{
	"IMPOSE": true, "LEVY": true, "SLAP": true, "RAISE": true, "INCREASE": true,
	"HIKE": true, "EXTEND": true, "EXPAND": true, "PUT": true, "PLACE": true,
	"INTRODUCE": true, "ANNOUNCE": true, "DOUBLE": true, "TRIPLE": true,
	"KEEP": true, "MAINTAIN": true, "APPLY": true,
	// "Peru responded with tariffs on Chilean fruit".
	"RESPOND": true, "RETALIATE": true,
}

// unimposedLemmas govern tariffs that are not (or no longer) in force:
// threatened, weighed, avoided, lifted or cut. A threat of tariffs is a
// threat (1312) and lifting them an easing (085), which the verbs code
// themselves.
var unimposedLemmas = map[string]bool{
	"THREATEN": true, "CONSIDER": true, "WEIGH": true, "PROPOSE": true, "PLAN": true,
	"AVOID": true, "ESCAPE": true, "FEAR": true, "LIFT": true, "REMOVE": true,
	"DROP": true, "SCRAP": true, "CANCEL": true, "SUSPEND": true, "DELAY": true,
	"POSTPONE": true, "END": true, "WAIVE": true, "ELIMINATE": true, "REDUCE": true,
	"CUT": true, "LOWER": true, "EASE": true, "REPEAL": true, "ABOLISH": true,
	"OPPOSE": true, "URGE": true, "DEMAND": true, "SEEK": true, "WANT": true,
	"THREAT": true, "EXEMPT": true, "SPARE": true, "PAUSE": true, "HALT": true,
	// Nouns of the same: "an end to tariffs", "the removal of duties".
	"REMOVAL": true, "LIFTING": true, "SUSPENSION": true, "REDUCTION": true,
	"EXEMPTION": true, "WAIVER": true, "ROLLBACK": true, "EASING": true,
	"RELAXATION": true, "LOOSENING": true, "RELIEF": true,
}

// tariffNoun reports whether a noun at k that eventNoun takes for a
// tariff (nounTariff) names a trade tariff or a sanction: any but "duty",
// which must be plural or follow a word of trade ("import duties",
// "anti-dumping duty"), never a duty one owes, and "ban", which must be
// one on goods (tradeBan).
func (a *article) tariffNoun(toks []model.Token, k int) bool {
	if a.w.lem[k] == "BAN" {
		return a.tradeBan(toks, k)
	}
	if a.w.lem[k] != "DUTY" || toks[k].XPOS == "NNS" {
		return true
	}
	if k > 0 {
		switch a.w.up[k-1] {
		case "IMPORT", "EXPORT", "CUSTOMS", "ANTI-DUMPING", "COUNTERVAILING", "PUNITIVE", "RETALIATORY":
			return true
		}
	}
	return false
}

// tradeWords are the nouns (upper-case lemmas) of goods traded, besides
// the dictionary's &TRADEGOODS, that make a ban on them an embargo.
var tradeWords = map[string]bool{
	"IMPORT": true, "EXPORT": true, "GOODS": true, "PRODUCT": true, "SHIPMENT": true,
	"TRADE": true, "PURCHASE": true, "SALE": true,
}

// tradeBan reports a ban at k on goods or trade: a word of them
// (tradeWords, the verb dictionary's &TRADEGOODS) after the first "on"
// of its phrase ("a ban on Chilean beef", "Peru's ban on imports from
// Chile", "the ban imposed by Peru on Chilean wine"), which is an
// embargo (163); a ban on people or acts ("a ban on Chilean
// journalists", "a ban on protests") is none.
func (a *article) tradeBan(toks []model.Token, k int) bool {
	// "the ban imposed by Peru on": the phrase may run past a
	// participle on the noun.
	on, end := -1, k+1
	for ; end < len(toks) && end <= k+nominalReach; end++ {
		f := toks[end].Form
		if f == "," || f == ";" || f == ":" || f == "." || toks[end].UPOS == "AUX" || isVerb(toks[end]) && toks[end].XPOS != "VBN" {
			break
		}
		if on < 0 && a.w.up[end] == "ON" {
			on = end
		}
	}
	if on < 0 {
		return false
	}
	for j := on + 1; j < end; j++ {
		if tradeWords[a.w.lem[j]] || tradeWords[a.w.up[j]] || a.tradeGood(a.w.lem[j]) || a.tradeGood(a.w.up[j]) {
			return true
		}
	}
	return false
}

// tradeGood reports an upper-case word that is a one-word member of the
// verb dictionary's &TRADEGOODS. It reads the synset in place rather
// than building a set of it on every ban.
func (a *article) tradeGood(w string) bool {
	if a.c.d == nil {
		return false
	}
	for _, m := range a.c.d.Synset("TRADEGOODS") {
		if len(m) == 1 && strings.TrimSuffix(m[0], "_") == w {
			return true
		}
	}
	return false
}

// nominalTariff codes tariffs or duties a noun names as sanctions (163)
// by the one who imposes them on the country whose goods they strike:
// "Argentine tariffs on Brazilian steel", "its duties on imports from
// Peru", "the tariffs imposed by Chile on Bolivian wine", or by the
// subject of a verb imposing them ("Chile raised tariffs on Peruvian
// copper"; imposingLemmas), a country or an international body
// ("EU sanctions on Syria"). The target is the first actor of another
// country after "on" (or "to", "against") past amounts and goods ("on
// $40 billion worth of Chinese goods"), or after "from". Tariffs that a
// verb says are threatened, planned, avoided or lifted (unimposedLemmas)
// or that an "if" clause imposes are none; nor is a noun without an
// imposer in its sentence.
func (a *article) nominalTariff(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	if !a.tariffNoun(toks, k) {
		return
	}
	src, tgt := a.nominalOwner(toks, ms, k), -1
	// "tariffs imposed by China on": a participle of imposing may stand
	// between the noun and its agent.
	j0 := k + 1
	if j0 < len(toks) && toks[j0].XPOS == "VBN" && imposingLemmas[a.w.lem[j0]] {
		j0++
	}
	end := nominalEnd(toks, j0-1)
	on := -1 // the first "on", "against", "from" or "to"
	for j := j0; j < end; j++ {
		switch a.w.up[j] {
		case "ON", "AGAINST", "FROM", "TO":
			if j == k+1 && a.w.up[j] == "FROM" {
				// "sanctions from Washington on Tehran": "from"
				// right after the noun names who imposes them
				// ("duties on imports from Peru" names goods').
				if i := argAt(toks, ms, j+1); i >= 0 {
					if src < 0 {
						src = i
					}
					continue
				}
			}
			if on < 0 {
				on = j
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	if on < 0 {
		return
	}
	// "tariffs on Peruvian copper imposed by Chile": a participle of
	// imposing after the phrase, its agent right after it.
	hi := end
	if src < 0 {
		// The agent's phrase and its time are the noun's.
		if src = a.phraseParticipleAgent(toks, ms, end, imposingLemmas); src >= 0 {
			hi = nominalEnd(toks, ms[src].End-1)
		}
	}
	gov := a.tariffGovernor(toks, k)
	// "if Chile imposes a tariff on": a condition, not a deed; nor is
	// "it is wrong to impose tariffs on" (extraposedInfinitive).
	if gov >= 0 && (unimposedLemmas[a.w.lem[gov]] || a.t.ok && a.markedIf(gov) || a.extraposedInfinitive(gov)) {
		return
	}
	// "Chile raised tariffs on", "Chile defended its tariffs on": the
	// subject of the verb imposing them, or of any verb whose object
	// they are as the subject's own.
	if src < 0 && gov >= 0 && (imposingLemmas[a.w.lem[gov]] || a.ownPossessive(toks, k)) && !isPassive(toks, gov) {
		src = a.source(toks, ms, gov)
	}
	// "Tariffs on Peruvian wine were raised by Chile": the passive
	// verb's agent, right after it.
	if src < 0 && gov > k && imposingLemmas[a.w.lem[gov]] && isPassive(toks, gov) && gov+1 < len(toks) && a.w.up[gov+1] == "BY" {
		src = argAt(toks, ms, gov+2)
	}
	if src < 0 {
		return
	}
	// "EU sanctions on Syria", "UN sanctions against North Korea": an
	// international body imposes them as a country does, on any
	// country.
	sc := actor.CountryOf(ms[src].Code)
	if sc == "" && !strings.HasPrefix(ms[src].Code, "IGO") {
		return
	}
	for j := on + 1; j < end && tgt < 0; j++ {
		switch a.w.up[j] {
		case "ON", "AGAINST", "FROM", "TO":
			continue
		}
		// argAt may look past an article to a mention at j+1; that one
		// must still stand in the phrase.
		// "sanctions on three officers over attacks on Chilean
		// networks": the victim of the deed a phrase of reason names
		// is not whom they are imposed on (reasonVictim).
		if i := argAt(toks, ms, j); i >= 0 && ms[i].Start < end && ms[i].Kind != actor.Pronoun && i != src && !a.reasonVictim(toks, ms[i], k) {
			if c := actor.CountryOf(ms[i].Code); c != "" && c != sc {
				tgt = i
			}
		}
	}
	a.emitNounPair(s, toks, ms, k, hi, "163", src, tgt, "<noun> TARIFF ON + BY $", "noun "+toks[k].Form+": tariffs imposed (163)", says, times)
}

// tariffGovernor returns the verb that the tariff noun at k is the
// object of, or the first verb or noun of unimposedLemmas above it in
// the parse, or -1: "raised its tariffs", "threatened new tariffs", "a
// threat of tariffs", "an end to tariffs".
func (a *article) tariffGovernor(toks []model.Token, k int) int {
	p := a.beforePremods(toks, k, 5, premodDet|premodPoss|premodNum|premodAdj|premodNoun)
	// The noun "threat" among the words before them governs them, as
	// "threatened" would.
	for j := k - 1; j > p; j-- {
		if a.w.up[j] == "THREAT" && toks[j].UPOS == "NOUN" {
			p = j
			break
		}
	}
	if p >= 0 && (isVerb(toks[p]) || a.w.up[p] == "THREAT") {
		return p
	}
	if p >= 1 && (a.w.up[p] == "OF" || a.w.up[p] == "TO" || a.w.up[p] == "ON") && unimposedLemmas[a.w.lem[p-1]] {
		return p - 1
	}
	if !a.t.ok {
		return -1
	}
	for c, h, n := k, a.t.head[k], 0; h >= 0 && n < 6; c, h, n = h, a.t.head[h], n+1 {
		if isVerb(toks[h]) || unimposedLemmas[a.w.lem[h]] {
			if base(a.t.rel[c]) == "nsubj" && a.t.rel[c] != "nsubj:pass" && isVerb(toks[h]) && !isPassive(toks, h) {
				// "U.S. sanctions on Iran have cut its oil
				// exports": what the tariffs do is no
				// verb's deed on them.
				return -1
			}
			return h
		}
	}
	return -1
}

// ownPossessive reports a possessive pronoun before the noun at k, past
// its adjectives and numbers ("its 25 percent tariffs", "their new
// duties").
func (a *article) ownPossessive(toks []model.Token, k int) bool {
	p := a.beforePremods(toks, k, 5, premodNum|premodAdj|premodNoun|premodSym)
	return p >= 0 && toks[p].XPOS == "PRP$"
}

// phraseParticipleAgent returns the agent of a participle of lemmas right
// after a noun's phrase that ends at end, past the particle "out":
// "tariffs on Peruvian copper imposed by Chile", "an attack on the
// embassy carried out by the rebels". It returns -1 where there is none.
func (a *article) phraseParticipleAgent(toks []model.Token, ms []actor.Mention, end int, lemmas map[string]bool) int {
	// The tagger may take the participle for a past tense; "by" after
	// it says it is none.
	if end >= len(toks) || toks[end].XPOS != "VBN" && toks[end].XPOS != "VBD" || !lemmas[a.w.lem[end]] {
		return -1
	}
	j := end + 1
	out := j < len(toks) && a.w.up[j] == "OUT"
	if out {
		j++
	}
	// "carried out by", never "carried by".
	if a.w.lem[end] == "CARRY" && !out || j >= len(toks) || a.w.up[j] != "BY" {
		return -1
	}
	return argAt(toks, ms, j+1)
}
