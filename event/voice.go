package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// voiceSentences is how many sentences from the top noteVoice reads for
// the statement a document opens with.
const voiceSentences = 4

// noteVoice records the actor in whose voice the document speaks, when
// one of its first sentences is that actor's own statement in the
// present tense, outside any quotation, as government statements and
// press releases open ("The United States condemns the attack on ...",
// "Australia welcomes the agreement"): the main verb is in the simple
// present, a verb by which a statement takes a stand (stanceLemmas: not
// a headline's deed, "Israel strikes Gaza", nor its report of what
// someone said, "Russia says"), and its subject names an actor. The
// first sentence in the present decides; the voice is kept in a.voice
// for the "we" of later sentences (voiceWe).
func (a *article) noteVoice(toks []model.Token, ms []actor.Mention) {
	if a.voiceRead || a.si >= voiceSentences || !a.t.ok {
		return
	}
	r := a.t.root()
	if r < 0 || quotedAt(a.quotes, toks[r].Start) {
		return
	}
	if x := a.xpos(r); x != "VBZ" && x != "VBP" {
		return
	}
	if !stanceLemmas[a.w.lem[r]] {
		// The document opens with another present: a report
		// ("The report finds", "Russia says") or a headline's deed.
		a.voiceRead = true
		return
	}
	for _, k := range a.t.kids[r] {
		if base(a.t.rel[k]) != "nsubj" {
			continue
		}
		for _, m := range ms {
			if m.Code != "" && m.Kind != actor.Pronoun && m.Start <= k && k < m.End {
				a.voice, a.voiceRead = m, true
				return
			}
		}
		// A subject that names no actor ("The statement welcomes")
		// opens no statement of an actor's: the document has no voice.
		a.voiceRead = true
		return
	}
}

// stanceLemmas are the verbs (upper-case lemmas) with which a government
// statement or press release takes its stand in its author's voice.
var stanceLemmas = map[string]bool{
	"CONDEMN": true, "WELCOME": true, "CALL": true, "URGE": true, "SUPPORT": true,
	"REAFFIRM": true, "STAND": true, "REMAIN": true, "APPLAUD": true, "CONGRATULATE": true,
	"COMMEND": true, "DEPLORE": true, "DENOUNCE": true, "REJECT": true, "EXPRESS": true,
	"RECOGNIZE": true, "RECOGNISE": true, "JOIN": true, "OPPOSE": true, "THANK": true,
}

// voiceWe returns the document's voice (see noteVoice) as the mention of
// the "we" at w, which must stand outside any quotation: in a statement
// that opened in an actor's voice, "we" is that actor ("The United
// States condemns the attack. We call on the Taliban to ...").
func (a *article) voiceWe(toks []model.Token, w int) (actor.Mention, bool) {
	if w < 0 || a.voice.Code == "" || plainWord(toks[w].Form) != "we" || quotedAt(a.quotes, toks[w].Start) {
		return actor.Mention{}, false
	}
	return firstPersonFor(a.voice, toks, w, "the voice of the statement"), true
}

// statementVerbs are the verbs (upper-case lemmas) that, with a colon
// right after them, open a statement printed without quotation marks
// ("The Foreign Secretary said:", "Mr Lind added:").
var statementVerbs = map[string]bool{
	"SAY": true, "ADD": true, "COMMENT": true, "STATE": true, "DECLARE": true,
}

// statementPronouns gives the first person of a statement printed without
// quotation marks its speaker, as government releases print a minister's
// words after a line that introduces them ("The Foreign Secretary said:"
// and then paragraphs of "I condemn ...", "we will continue to ..."), and
// transcripts after a speaker's label ("SECRETARY KERRY: We talked ...",
// speakerLabel; a label that names no actor, "QUESTION:", is nobody's): in
// mentions, per sentence of sents, it adds a mention of the speaker at
// each "I", "me", "my", "we", "us" and "our" that follows such a colon,
// in the same sentence or in the sentences after it, until another
// speaker is introduced so or a paragraph opens with a quotation mark.
// A colon followed by a quotation mark opens a quotation, whose speaker
// the quotations' own reading gives (quoteSpeaker, speakerBefore). The
// speaker is the actor named right before the verb (statementSpeaker);
// when there is none, the words after the colon stay nobody's. ups are
// the sentences' upper-cased forms (see Coder.discards). It returns, per
// sentence, the speaker of a statement the whole sentence belongs to
// (one after the sentence that introduced it), a zero mention for a
// sentence of no such statement: the sentence is in the speaker's voice
// (see shownStance).
func statementPronouns(text string, sents []model.Sentence, ups [][]string, mentions [][]actor.Mention) []actor.Mention {
	var sp actor.Mention
	var voices []actor.Mention
	for i := range sents {
		if i >= len(mentions) || i >= len(ups) {
			return voices
		}
		toks := sents[i].Tokens
		toks = toks[:min(len(toks), len(ups[i]))]
		if sp.Code != "" && len(toks) > 0 && doubleQuote(toks[0].Form) && paragraphOpens(text, toks[0].Start) {
			sp = actor.Mention{}
		}
		from := 0
		if k := speakerLabel(text, toks); k > 0 {
			// "SECRETARY KERRY: We talked ...": a transcript's
			// speaker, until the next label ("QUESTION:" is nobody).
			sp, from = actor.Mention{}, k+1
			if s := holding(mentions[i], k-1); s >= 0 && mentions[i][s].Start == 0 && mentions[i][s].Code != "" && mentions[i][s].Person && mentions[i][s].Kind != actor.Pronoun {
				sp = mentions[i][s]
			}
		}
		for k := 1; k < len(toks); k++ {
			if toks[k].Form != ":" || !isVerb(toks[k-1]) || !statementVerbs[upperLemma(toks[k-1], ups[i][k-1])] {
				continue
			}
			sp, from = actor.Mention{}, k+1
			if k+1 < len(toks) && doubleQuote(toks[k+1].Form) || quotedNext(text, toks[k].End) {
				continue
			}
			if s := statementSpeaker(toks, mentions[i], k-1); s >= 0 {
				sp = mentions[i][s]
			}
		}
		if sp.Code != "" {
			mentions[i] = withFirstPerson(toks, mentions[i], sp, from)
			if from == 0 {
				if voices == nil {
					voices = make([]actor.Mention, len(sents))
				}
				voices[i] = sp
			}
		}
	}
	return voices
}

// speakerLabel returns the token index of the colon of a transcript's
// speaker label that opens the sentence toks at the start of a line
// ("SECRETARY KERRY:", "MR. KIRBY:", "QUESTION:", "Minister Lind:"): up
// to four capitalised words, no verb among them; 0 when the sentence
// opens with none. Only a person's label gives the words after it a
// speaker.
func speakerLabel(text string, toks []model.Token) int {
	if len(toks) < 2 || !paragraphOpens(text, toks[0].Start) {
		return 0
	}
	for k, t := range toks {
		if t.Form == ":" {
			return k
		}
		if k >= 4 || !isCapitalised(t.Form) || t.UPOS == "VERB" || t.UPOS == "AUX" {
			return 0
		}
	}
	return 0
}

// paragraphOpens reports whether the byte offset at opens a line of text.
func paragraphOpens(text string, at int) bool {
	at = min(at, len(text))
	j := strings.LastIndexByte(text[:at], '\n')
	return strings.TrimSpace(text[j+1:at]) == ""
}

// quotedNext reports whether the first character after the byte offset
// at, past spaces and line breaks, is a double quotation mark.
func quotedNext(text string, at int) bool {
	rest := strings.TrimLeft(text[min(at, len(text)):], " \t\r\n")
	return strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "”")
}

// statementSpeaker returns the mention of ms that says the verb at v: the
// one that ends right before it, past adverbs and a comma ("Mr Lind
// today said", "Ana Lind, the envoy, said"); a mention after a
// preposition only names what the one before it is ("the Special
// Representative for Syria said": the representative, not Syria), so the
// mention before it is read instead. -1 when no actor stands there.
func statementSpeaker(toks []model.Token, ms []actor.Mention, v int) int {
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "ADV" || toks[k].Form == ",") {
		k--
	}
	for k >= 0 {
		i := holding(ms, k)
		if i < 0 {
			return -1
		}
		m := ms[i]
		if m.Start > 0 && toks[m.Start-1].UPOS == "ADP" {
			k = m.Start - 2
			continue
		}
		if m.Code == "" {
			return -1
		}
		return i
	}
	return -1
}

// withFirstPerson returns ms with a mention of the speaker sp added at
// each first-person pronoun of toks from the token from on that no
// mention holds yet, in token order.
func withFirstPerson(toks []model.Token, ms []actor.Mention, sp actor.Mention, from int) []actor.Mention {
	var out []actor.Mention
	j := 0
	for k := from; k < len(toks); k++ {
		if !firstPersonWord(toks[k]) || holding(ms, k) >= 0 {
			continue
		}
		if out == nil {
			out = make([]actor.Mention, 0, len(ms)+2)
		}
		for j < len(ms) && ms[j].Start < k {
			out = append(out, ms[j])
			j++
		}
		we := firstPersonFor(sp, toks, k, statementWhy)
		we.Origin = actor.StatementSpeaker
		out = append(out, we)
	}
	if out == nil {
		return ms
	}
	return append(out, ms[j:]...)
}

// firstPersonWord reports a pronoun of the first person in any case: "I",
// "me", "my", "we", "us", "our", and "WE" or "OUR" in a line set in
// capitals ("US", the country, is no "us").
func firstPersonWord(t model.Token) bool {
	if t.UPOS != "PRON" && t.UPOS != "DET" || t.Form == "US" {
		return false
	}
	switch strings.ToLower(t.Form) {
	case "i", "me", "my", "we", "us", "our":
		return true
	}
	return false
}

// statementWhy opens the entry of a first-person mention that
// statementPronouns added.
const statementWhy = "the speaker of the statement"

// nationWe returns m, a party to an event of the given code, as the
// country when it is a "we", "us" or "our" that statementPronouns gave a
// government official's code: what a minister says "we" do ("we have
// supported the liberation of the town", "we are committed to defeating
// them", "we will increase our aid") the country does, as "the United
// Kingdom" would; the minister's own words, statements and appeals
// (spoken: "we condemn", "we call for") stay the government's.
func (a *article) nationWe(m actor.Mention, code string) actor.Mention {
	if m.Kind != actor.Pronoun || m.Origin != actor.StatementSpeaker || spoken(code) || len(m.Code) < 6 || m.Code[3:6] != "GOV" || !bareCountry(m.Code[:3]) {
		return m
	}
	if m.Span.End > len(a.text) || m.Span.Start >= m.Span.End {
		return m
	}
	switch strings.ToLower(a.text[m.Span.Start:m.Span.End]) {
	case "we", "us", "our":
		m.Code, m.Agent, m.Person = m.Code[:3], "", false
	}
	return m
}
