package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// quoteOwnSpeaker returns the speaker of the direct quote that holds the
// verb at v, as a mention at the token w of "we" or "I", when the quote
// runs over several sentences and its speaker is named beside it in
// another one: just before the quote opens ("Lind said, “We have been
// clear. ... We will send aid to Bolivia.”") or just after it closes
// ("“We thank Ecuador. We will send aid,” Lind said."). quoteSpeaker
// reads only the sentence of the verb, so the first person of the
// quote's other sentences had no speaker. Of the mentions that name the
// quote's speaker (namesSpeaker) or stand beside it with only a verb of
// saying between (saidBeside), the one nearest the quote is taken: in
// "Ana Lind, Peru's defence minister, said:" the office, which says for
// whom she speaks.
func (a *article) quoteOwnSpeaker(toks []model.Token, v, w int) (actor.Mention, bool) {
	if w < 0 {
		return actor.Mention{}, false
	}
	m, ok := a.quoteSpeakerAt(toks[v].Start)
	if !ok {
		return actor.Mention{}, false
	}
	return firstPersonFor(m, toks, w, "speaker of the quote"), true
}

// quoteSpeakerAt returns the mention of the speaker of the direct quote
// that holds the byte offset pos, named beside the quote (see
// quoteOwnSpeaker); false when no quote holds pos or no mention beside it
// names its speaker.
func (a *article) quoteSpeakerAt(pos int) (actor.Mention, bool) {
	for _, q := range a.quotes {
		if !q.Direct || pos < q.Start || pos >= q.End || q.Speaker.Name == "" {
			continue
		}
		var best actor.Mention
		gap := speakerGap + 1
		for _, ms := range a.mentions {
			for _, m := range ms {
				if m.Code == "" || m.Kind == actor.Pronoun {
					continue
				}
				d := speakerGap + 1
				switch {
				case m.Span.End <= q.Start:
					d = q.Start - m.Span.End
				case m.Span.Start >= q.End:
					d = m.Span.Start - q.End
				}
				if d >= gap || !a.namesSpeaker(m, q.Speaker.Name) && !a.saidBeside(m, q) {
					continue
				}
				best, gap = m, d
			}
		}
		return best, gap <= speakerGap
	}
	return actor.Mention{}, false
}

// saidBeside reports a mention m that only a verb of saying and marks
// part from the quote q: "Peru's defence minister said: “...”", "“...,”
// said Peru's defence minister", "“...,” the minister said". The quote
// is the mention's even where the quote's speaker is a name no mention
// holds ("Ana Lind, Peru's defence minister, said:").
func (a *article) saidBeside(m actor.Mention, q model.Quote) bool {
	lo, hi := m.Span.End, q.Start
	if m.Span.Start >= q.End {
		lo, hi = q.End, m.Span.Start
	}
	if lo > hi || hi > len(a.text) {
		return false
	}
	words := strings.FieldsFunc(a.text[lo:hi], func(r rune) bool {
		return r == ' ' || r == ',' || r == ':' || r == '"' || r == '“' || r == '”' || r == '\n'
	})
	return len(words) == 0 && m.Span.Start >= q.End || len(words) == 1 && saidWords[strings.ToLower(words[0])]
}

// saidWords are the forms of a verb of saying that join a quote to its
// speaker.
var saidWords = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "stated": true, "declared": true}

// quoteClose returns the first token of toks past the end of the direct
// quote that holds the verb at v, or -1 when no quote holds it or the
// quote goes on past the sentence. What follows a quote is its
// attribution (“We sent aid to Chile,” said Peru's foreign minister),
// none of the quoted verb's words: SEND's pattern "- * {FOREIGN
// MINISTER} [036]" must not reach the speaker.
func quoteClose(qs []model.Quote, toks []model.Token, v int) int {
	for _, q := range qs {
		if !q.Direct || toks[v].Start < q.Start || toks[v].Start >= q.End {
			continue
		}
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Start >= q.End {
				return k
			}
		}
		return -1
	}
	return -1
}
